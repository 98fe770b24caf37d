"""Members report what worries them; enough unsafe-advice reports hide a post."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from forum.models import MemberNotice, ModerationAction, Post, Report
from forum.moderation import services
from tests.factories import PostFactory, UserFactory
from tests.forum.moderation_helpers import category, open_reports


def report_url(post):
    return reverse("forum:post-report", args=[post.pk])


def test_member_reports_unsafe_advice_with_a_category_and_gets_a_confirmation(
    member_client, member, reply_post
):
    response = member_client.post(
        report_url(reply_post),
        {"reason": "unsafe_advice", "category": category("abrupt_stop").pk, "note": ""},
        follow=True,
    )
    report = Report.objects.get()
    assert (report.reporter, report.reason, report.category.slug) == (
        member,
        Report.Reason.UNSAFE_ADVICE,
        "abrupt_stop",
    )
    assert report.status == Report.Status.OPEN
    assert "the moderators will review this post" in response.content.decode()
    assert MemberNotice.objects.filter(
        recipient=member, kind=MemberNotice.Kind.REPORT_RECEIVED
    ).exists()


def test_report_keeps_a_snapshot_of_the_post_as_it_was(member_client, reply_post):
    member_client.post(report_url(reply_post), {"reason": "spam"})
    Post.objects.filter(pk=reply_post.pk).update(body="Edited afterwards")
    assert Report.objects.get().post_snapshot == "Welcome, keep going!"


def test_unsafe_advice_report_needs_a_category(member_client, reply_post):
    response = member_client.post(report_url(reply_post), {"reason": "unsafe_advice"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Report.objects.exists()


def test_something_else_needs_a_note(member_client, reply_post):
    response = member_client.post(report_url(reply_post), {"reason": "other", "note": "  "})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Report.objects.exists()


def test_a_member_has_one_open_report_per_post(member_client, reply_post):
    member_client.post(report_url(reply_post), {"reason": "spam"})
    response = member_client.post(report_url(reply_post), {"reason": "harassment"}, follow=True)
    assert Report.objects.count() == 1
    assert "already reported" in response.content.decode()


def test_reporting_your_own_post_is_refused(client, other_member, reply_post):
    client.force_login(other_member)
    response = client.post(report_url(reply_post), {"reason": "spam"})
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not Report.objects.exists()


def test_unverified_members_cannot_report(client, unverified_member, reply_post):
    client.force_login(unverified_member)
    response = client.post(report_url(reply_post), {"reason": "spam"})
    assert response.status_code == HTTPStatus.FORBIDDEN


def test_reports_are_rate_limited(member_client, topic, other_member, settings):
    settings.FORUM_REPORT_RATE_LIMIT = 2
    posts = [PostFactory(topic=topic, author=other_member) for _ in range(3)]
    statuses = [
        member_client.post(report_url(post), {"reason": "spam"}).status_code for post in posts
    ]
    assert statuses == [HTTPStatus.FOUND, HTTPStatus.FOUND, HTTPStatus.TOO_MANY_REQUESTS]
    assert Report.objects.count() == 2


def test_reports_of_hidden_posts_are_not_found(member_client, reply_post):
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    response = member_client.get(report_url(reply_post))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_at_risk_report_shows_the_crisis_panel_to_the_reporter_at_once(member_client, reply_post):
    response = member_client.post(report_url(reply_post), {"reason": "at_risk"}, follow=True)
    page = response.content.decode()
    assert "If someone may be in danger now" in page
    for number in ("15", "112", "3114", "999", "111", "116 123", "911", "988"):
        assert f">{number}</a>" in page
    assert "Hallucinations" in page


def test_crisis_panel_is_in_french_for_french_readers(member_client, member, reply_post):
    member_client.post(report_url(reply_post), {"reason": "at_risk"})
    response = member_client.get(reply_post.topic.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")
    assert "Numéro national de prévention du suicide" in response.content.decode()


def test_reporter_is_told_when_the_report_was_handled(member, moderator, reply_post):
    services.do_report_post(reply_post, reporter=member, reason="spam")
    services.do_dismiss_reports(reply_post, moderator=moderator, reason="Fine")
    assert MemberNotice.objects.filter(
        recipient=member, kind=MemberNotice.Kind.REPORT_HANDLED
    ).exists()
    assert Report.objects.get().status == Report.Status.DISMISSED


@pytest.fixture
def reporters(db):
    return [UserFactory() for _ in range(3)]


def report_unsafe(post, reporter):
    return services.do_report_post(
        post, reporter=reporter, reason="unsafe_advice", category=category("excessive_dose")
    )


def test_threshold_of_distinct_reporters_hides_the_post_automatically(
    reporters, reply_post, settings
):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 3
    for reporter in reporters[:2]:
        report_unsafe(reply_post, reporter)
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.PUBLISHED
    report_unsafe(reply_post, reporters[2])
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.HIDDEN
    action = ModerationAction.objects.get(action=ModerationAction.Action.POST_AUTO_HIDE)
    assert action.actor is None and action.target_user == reply_post.author
    assert MemberNotice.objects.filter(recipient=reply_post.author, action=action).exists()
    # The reports stay open: a moderator still has to review the post.
    assert open_reports(reply_post).count() == 3
    reply_post.topic.refresh_from_db()
    assert reply_post.topic.reply_count == 0


def test_other_reasons_do_not_count_towards_the_threshold(reporters, reply_post, settings):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 2
    for reporter in reporters:
        services.do_report_post(reply_post, reporter=reporter, reason="spam")
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.PUBLISHED


def test_dismissing_the_reports_of_an_automatically_hidden_post_publishes_it(
    reporters, reply_post, moderator, settings
):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 2
    for reporter in reporters[:2]:
        report_unsafe(reply_post, reporter)
    assert services.do_dismiss_reports(reply_post, moderator=moderator, reason="Not unsafe")
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.PUBLISHED
    assert not open_reports(reply_post).exists()
    assert not services.do_dismiss_reports(reply_post, moderator=moderator)


def test_report_link_shows_for_verified_members_but_not_on_their_own_posts(
    member_client, topic, reply_post
):
    page = member_client.get(topic.get_absolute_url()).content.decode()
    assert report_url(reply_post) in page
    assert report_url(topic.posts.first()) not in page
