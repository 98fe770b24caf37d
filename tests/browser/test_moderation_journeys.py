import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from forum.models import Report, SafetyLabel, UnsafeAdviceCategory
from forum.permissions import MODERATORS_GROUP
from tests.browser.test_member_journeys import sign_in
from tests.factories import BoardFactory, PostFactory, TopicFactory, UserFactory

# Seeded categories, reasons and crisis resources must survive the live server's flushes.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UNSAFE_TEXT = "Honestly just stop it cold turkey, you'll be fine, no need to taper."


def test_report_then_label_from_the_queue_shows_the_banner_to_anonymous_readers(
    page, browser, live_server, axe, screenshot
):
    call_command("load_resources", verbosity=0)
    alice = UserFactory(username="alice")
    UserFactory(username="bob")
    moderator = UserFactory(username="mod")
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    topic = TopicFactory(board=BoardFactory(), author=alice, title="Coming off after a year")
    unsafe = PostFactory(topic=topic, author=UserFactory(username="carol"), body=UNSAFE_TEXT)

    # A member reports the post as unsafe medical advice.
    sign_in(page, "bob")
    page.goto(topic.get_absolute_url())
    page.locator(f"#post-{unsafe.pk}").get_by_role("link", name="Report").click()
    page.get_by_role("radio", name="Unsafe medical advice").check()
    abrupt = UnsafeAdviceCategory.objects.get(slug="abrupt_stop")
    page.get_by_label("Kind of unsafe medical advice").select_option(str(abrupt.pk))
    page.get_by_role("button", name="Send the report").click()
    page.wait_for_load_state()
    assert Report.objects.filter(post=unsafe, reporter__username="bob").exists()

    # A moderator labels it from the queue.
    page.context.clear_cookies()
    sign_in(page, "mod")
    page.goto(reverse("forum:mod-queue"))
    screenshot(page, "moderation-queue")
    assert axe(page, "moderation-queue") == []
    queue_item = page.locator(f"article[aria-labelledby='queue-{unsafe.pk}-title']")
    queue_item.locator("summary", has_text="Decide").click()
    item = page.locator(f"form.mod-action-form:has(input[name=post][value='{unsafe.pk}'])")
    item.get_by_label(abrupt.name_en).check()
    item.get_by_label("In your own words").fill("Stopping suddenly can cause dangerous withdrawal.")
    item.get_by_role("button", name="Apply the safety label").click()
    page.wait_for_load_state()
    assert SafetyLabel.objects.filter(post=unsafe).exists()

    # An anonymous reader sees the warning above the post, linked to the library.
    anonymous = browser.new_context(base_url=live_server.url)
    reader = anonymous.new_page()
    reader.goto(topic.get_absolute_url())
    banner = reader.locator(f"#post-{unsafe.pk} .safety-banner")
    assert banner.is_visible()
    screenshot(reader, "topic-with-safety-label")
    assert abrupt.warning_en[:40] in banner.inner_text()
    evidence = banner.locator(".safety-evidence a").first
    evidence.click()
    reader.wait_for_load_state()
    assert "/library/" in reader.url
    assert reader.get_by_role("heading", level=1).is_visible()
    screenshot(reader, "resource-detail")
    anonymous.close()


def test_search_finds_a_post(page):
    topic = TopicFactory(board=BoardFactory(), title="Sleep on baclofen")
    PostFactory(topic=topic, body="Melatonin helped my insomnia during titration.")
    page.goto("/")
    page.get_by_label("Search the forum").fill("insomnia")
    page.get_by_label("Search the forum").press("Enter")
    page.wait_for_url("**/search/**")
    assert "Melatonin helped my insomnia" in page.locator("main").inner_text()


def test_visitor_switches_to_french(page, screenshot):
    BoardFactory(name="Questions")
    page.goto("/")
    page.get_by_label("Language").select_option("fr")
    page.get_by_role("button", name="Change").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "fr"
    main = page.locator("main").inner_text()
    header = page.locator("header").inner_text()
    assert "Boards" not in header and "Sign in" not in header
    assert "Medical disclaimer" not in page.locator("footer").inner_text()
    assert main
    screenshot(page, "board-index-fr")
