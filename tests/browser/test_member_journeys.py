import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.models import User
from forum.models import Post, Topic
from tests.browser.conftest import confirmation_path
from tests.factories import BoardFactory, TopicFactory, UserFactory

# The live server needs committed data; seeded rows are restored after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a long and unusual passphrase 42"


def sign_in(page, username: str) -> None:
    page.goto(reverse("account_login"))
    page.get_by_label("Login").fill(username)
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/")


def test_new_member_signs_up_confirms_email_and_starts_a_topic(page, screenshot):
    page.goto("/")
    page.get_by_role("link", name="Sign up").click()
    page.get_by_label("Email").fill("newmember@example.com")
    page.get_by_label("Username").fill("newmember")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_load_state()
    assert not EmailAddress.objects.get(email="newmember@example.com").verified

    page.goto(confirmation_path(mail.outbox))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_load_state()
    assert EmailAddress.objects.get(email="newmember@example.com").verified

    board = BoardFactory(name="Questions")
    page.goto(board.get_absolute_url())
    page.get_by_role("link", name="New topic").click()
    screenshot(page, "new-topic-form")
    page.get_by_label("Title").fill("How long did the tiredness last for you?")
    page.get_by_label("Message").fill("I am at week **two** with my doctor.")
    page.get_by_role("button", name="Post topic").click()
    page.wait_for_url("**/t/**")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "How long did the tiredness last for you?"
    )
    assert page.locator(".post-body strong").inner_text() == "two"
    assert Topic.objects.get().author == User.objects.get(username="newmember")


def test_member_replies_quotes_and_edits(page, screenshot):
    author = UserFactory(username="alice")
    UserFactory(username="bob")
    topic = TopicFactory(
        board=BoardFactory(), author=author,
        title="Week three diary", first_post="Cravings are lower in the evening.",
    )  # fmt: skip
    sign_in(page, "bob")

    page.goto(topic.get_absolute_url())
    page.get_by_role("link", name="Quote").first.click()
    reply_box = page.get_by_label("Message")
    page.wait_for_function(
        "() => document.querySelector('.reply textarea').value.includes('> Cravings')"
    )
    reply_box.press("End")
    reply_box.type("\n\nGlad to hear it, keep your doctor in the loop.")
    page.get_by_role("button", name="Post reply").click()
    page.wait_for_url("**#post-*")
    reply = Post.objects.filter(author__username="bob").get()
    assert "> Cravings are lower in the evening." in reply.body
    assert page.locator(f"#post-{reply.pk} blockquote").inner_text().strip() == (
        "Cravings are lower in the evening."
    )

    page.locator(f"#post-{reply.pk}").get_by_role("link", name="Edit").click()
    page.get_by_label("Message").fill("Edited: glad to hear it.")
    page.get_by_role("button", name="Save changes").click()
    page.wait_for_url("**#post-*")
    assert "Edited: glad to hear it." in page.locator(f"#post-{reply.pk}").inner_text()
    assert page.locator(f"#post-{reply.pk} .edited").is_visible()
    screenshot(page, "topic")


def test_keyboard_only_member_reaches_and_submits_the_reply_form(page):
    author = UserFactory(username="alice")
    UserFactory(username="bob")
    topic = TopicFactory(board=BoardFactory(), author=author, title="Hello")
    sign_in(page, "bob")
    page.goto(topic.get_absolute_url())
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.name || ''")
        if focused == "body":
            break
    assert focused == "body", "the reply box is not reachable with Tab"
    page.keyboard.type("Typed with the keyboard only.")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Post reply"
    page.keyboard.press("Enter")
    page.wait_for_url("**#post-*")
    assert Post.objects.filter(body="Typed with the keyboard only.").exists()


def test_main_pages_have_no_serious_accessibility_violations(
    page,
    axe,
    screenshot,
):
    member = UserFactory(username="alice")
    topic = TopicFactory(board=BoardFactory(), author=member, title="Hello")
    pages = {
        "board-index": "/",
        "board": topic.board.get_absolute_url(),
        "topic": topic.get_absolute_url(),
        "library": reverse("resources:resource-list"),
        "signup": reverse("account_signup"),
    }
    problems = {}
    for name, url in pages.items():
        page.goto(url)
        screenshot(page, name)
        if violations := axe(page, name):
            problems[name] = violations
    sign_in(page, "alice")
    page.goto(reverse("forum:topic-create", args=[topic.board.slug]))
    if violations := axe(page, "new-topic-form"):
        problems["new-topic-form"] = violations
    assert problems == {}
