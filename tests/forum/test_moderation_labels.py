"""Safety labels: the warning every reader sees above unsafe medical advice."""

from http import HTTPStatus

import pytest
from django.core.management import call_command
from django.urls import reverse

from forum.models import MemberNotice, ModerationAction, Post, PostRevision, Report, SafetyLabel
from forum.moderation import services
from forum.services import edit_post
from tests.forum.moderation_helpers import category, open_reports, reason_template

WARNING = "Stopping baclofen suddenly, especially after high doses, can cause a dangerous"


@pytest.fixture
def library(db):
    """The library as `make run` loads it, which also links the categories to it."""
    call_command("load_resources", stdout=None)


def label(post, moderator, *, mode=SafetyLabel.Mode.LABEL, slugs=("abrupt_stop",), note=""):
    return services.do_label_post(
        post,
        moderator=moderator,
        categories=[category(slug) for slug in slugs],
        mode=mode,
        reason="Unsafe advice",
        public_note=note,
    )


def test_moderator_labels_a_post_from_the_form_and_the_author_is_told(
    moderator_client, moderator, reply_post
):
    response = moderator_client.post(
        reverse("forum:post-label", args=[reply_post.pk]),
        {
            "categories": [category("abrupt_stop").pk, category("mixing_depressants").pk],
            "mode": "label",
            "reason_template": reason_template().pk,
            "public_note": "Please talk to your doctor.",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    safety_label = SafetyLabel.objects.get(post=reply_post)
    assert safety_label.created_by == moderator
    assert set(safety_label.categories.values_list("slug", flat=True)) == {
        "abrupt_stop",
        "mixing_depressants",
    }
    action = ModerationAction.objects.get(action=ModerationAction.Action.POST_LABEL)
    assert action.reason.startswith("This post contains medical advice")
    notice = MemberNotice.objects.get(recipient=reply_post.author, action=action)
    assert "second look" in notice.body


def test_label_needs_a_category_and_a_reason(moderator_client, reply_post):
    response = moderator_client.post(
        reverse("forum:post-label", args=[reply_post.pk]), {"mode": "label"}
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not SafetyLabel.objects.exists()


def test_anonymous_readers_see_the_banner_with_the_warning_and_a_working_resource_link(
    client, library, moderator, reply_post
):
    label(reply_post, moderator, note="Talk to your prescriber first.")
    page = client.get(reply_post.topic.get_absolute_url()).content.decode()
    assert 'role="note"' in page
    assert WARNING in page
    assert "Talk to your prescriber first." in page
    assert "Flagged by the moderators on" in page
    assert "Welcome, keep going!" in page  # a label keeps the post readable
    resource = category("abrupt_stop").resources.get(seed_key="safety-of-high-dose-baclofen")
    assert f'href="{resource.get_absolute_url()}"' in page
    assert client.get(resource.get_absolute_url()).status_code == HTTPStatus.OK


def test_banner_is_in_french_for_french_readers(client, moderator, reply_post):
    label(reply_post, moderator)
    page = client.get(reply_post.topic.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")
    assert "Arrêter brutalement le baclofène" in page.content.decode()


def test_label_and_hide_shows_readers_only_the_banner_and_a_collapsed_notice(
    client, moderator, reply_post, topic
):
    label(reply_post, moderator, mode=SafetyLabel.Mode.HIDE)
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.HIDDEN
    page = client.get(topic.get_absolute_url()).content.decode()
    assert WARNING in page
    assert "Welcome, keep going!" not in page
    assert "The moderators have hidden this post" in page
    topic.refresh_from_db()
    assert topic.reply_count == 0


def test_author_still_reads_a_hidden_labelled_post_and_sees_why(
    client, moderator, reply_post, topic
):
    label(reply_post, moderator, mode=SafetyLabel.Mode.HIDE)
    client.force_login(reply_post.author)
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "Welcome, keep going!" in page
    assert "Why the moderators acted:" in page and "Unsafe advice" in page


def test_moderators_read_a_hidden_labelled_post(moderator_client, moderator, reply_post, topic):
    label(reply_post, moderator, mode=SafetyLabel.Mode.HIDE)
    page = moderator_client.get(topic.get_absolute_url()).content.decode()
    assert "Welcome, keep going!" in page


def test_labelling_twice_the_same_way_changes_nothing(moderator, reply_post):
    assert label(reply_post, moderator)
    assert not label(reply_post, moderator)
    assert SafetyLabel.objects.count() == 1
    assert ModerationAction.objects.filter(action="post_label").count() == 1


def test_labelling_resolves_the_open_reports(moderator, member, reply_post):
    services.do_report_post(
        reply_post, reporter=member, reason="unsafe_advice", category=category()
    )
    label(reply_post, moderator)
    report = Report.objects.get()
    assert report.status == Report.Status.RESOLVED
    assert report.resolved_by == moderator
    assert report.resolution.action == ModerationAction.Action.POST_LABEL


def test_authors_edit_after_a_label_goes_back_to_the_queue_and_keeps_the_label(
    moderator, reply_post
):
    label(reply_post, moderator)
    assert edit_post(reply_post, editor=reply_post.author, body="I changed my advice.")
    assert SafetyLabel.objects.active().filter(post=reply_post).exists()
    report = open_reports(reply_post).get()
    assert report.reason == Report.Reason.EDITED_AFTER_LABEL and report.reporter is None
    assert report.post_snapshot == "I changed my advice."
    edit_post(reply_post, editor=reply_post.author, body="Changed again.")
    assert open_reports(reply_post).count() == 1


def test_author_can_edit_a_labelled_post_through_the_site(client, moderator, reply_post):
    label(reply_post, moderator)
    client.force_login(reply_post.author)
    response = client.post(
        reverse("forum:post-edit", args=[reply_post.pk]), {"body": "Please ask your doctor."}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert open_reports(reply_post).filter(reason="edited_after_label").exists()


def test_moderator_lifts_a_label_with_a_reason(moderator_client, moderator, reply_post):
    label(reply_post, moderator, mode=SafetyLabel.Mode.HIDE)
    url = reverse("forum:post-unlabel", args=[reply_post.pk])
    assert moderator_client.post(url, {}).status_code == HTTPStatus.BAD_REQUEST
    response = moderator_client.post(url, {"reason": "The author fixed it."})
    assert response.status_code == HTTPStatus.FOUND
    safety_label = SafetyLabel.objects.get()
    assert (
        safety_label.lifted_by == moderator and safety_label.lift_reason == "The author fixed it."
    )
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.PUBLISHED
    assert ModerationAction.objects.filter(action="post_unlabel").exists()


def test_moderator_edit_needs_a_reason_and_is_signed_in_the_history(
    moderator_client, moderator, reply_post, client
):
    url = reverse("forum:post-moderate-edit", args=[reply_post.pk])
    response = moderator_client.post(url, {"body": "Welcome."})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    response = moderator_client.post(url, {"body": "Welcome.", "reason": "Removed a dose."})
    assert response.status_code == HTTPStatus.FOUND
    reply_post.refresh_from_db()
    assert reply_post.body == "Welcome." and reply_post.edited_by_moderator
    revision = PostRevision.objects.filter(post=reply_post).first()
    assert (revision.by_moderator, revision.reason, revision.editor) == (
        True,
        "Removed a dose.",
        moderator,
    )
    assert ModerationAction.objects.filter(action="post_edit", post=reply_post).exists()
    # The foundation's edit page sends moderators to the signed edit.
    redirect = moderator_client.get(reverse("forum:post-edit", args=[reply_post.pk]))
    assert redirect["Location"] == url


def test_labelled_posts_never_leave_the_site_in_feeds_without_their_warning(
    client, moderator, topic, reply_post
):
    label(reply_post, moderator)
    label(topic.posts.first(), moderator)
    topic_feed = client.get(reverse("forum:topic-feed", args=[topic.slug, topic.pk]))
    assert "Welcome, keep going!" not in topic_feed.content.decode()
    latest = client.get(reverse("forum:latest-feed")).content.decode()
    assert topic.title in latest and "First post." not in latest


def test_hidden_labelled_posts_offer_no_report_link(client, moderator, member, reply_post):
    label(reply_post, moderator, mode=SafetyLabel.Mode.HIDE)
    client.force_login(member)
    page = client.get(reply_post.topic.get_absolute_url()).content.decode()
    assert reverse("forum:post-report", args=[reply_post.pk]) not in page


def test_permalink_of_a_post_hidden_under_a_label_leads_readers_to_its_banner(
    client, moderator, topic, reply_post, settings
):
    settings.FORUM_POSTS_PER_PAGE = 1
    label(reply_post, moderator, mode=SafetyLabel.Mode.HIDE)
    response = client.get(reply_post.get_absolute_url())
    assert response["Location"] == f"{topic.get_absolute_url()}?page=2#post-{reply_post.pk}"
    page = client.get(response["Location"]).content.decode()
    assert WARNING in page and "Welcome, keep going!" not in page
