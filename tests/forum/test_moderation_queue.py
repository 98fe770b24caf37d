"""The review queue and the moderation log: order, content, filters, fixed query counts."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.models import ModerationAction, Report, SafetyLabel
from forum.moderation import members, services
from tests.factories import PostFactory, TopicFactory, UserFactory
from tests.forum.moderation_helpers import category

QUEUE = reverse("forum:mod-queue")


def report(post, reason="spam", reporter=None, **kwargs):
    return services.do_report_post(
        post, reporter=reporter or UserFactory(), reason=reason, **kwargs
    )


def test_queue_orders_by_severity_then_number_of_reports_then_age(
    moderator_client, topic, other_member, settings
):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 0
    spam_twice, old_spam, unsafe, at_risk = (
        PostFactory(topic=topic, author=other_member) for _ in range(4)
    )
    report(old_spam)
    Report.objects.filter(post=old_spam).update(created_at=timezone.now() - timedelta(days=2))
    report(spam_twice)
    report(spam_twice)
    report(unsafe, "unsafe_advice", category=category())
    report(at_risk, "at_risk")
    page = moderator_client.get(QUEUE).context["page"]
    assert [post.pk for post in page] == [at_risk.pk, unsafe.pk, spam_twice.pk, old_spam.pk]


def test_queue_shows_the_post_the_reports_and_the_authors_record(
    moderator_client, moderator, member, reply_post
):
    members.do_warn_member(reply_post.author, moderator=moderator, reason="Earlier")
    members.do_add_staff_note(reply_post.author, moderator=moderator, text="Known to us.")
    report(reply_post, "other", reporter=member, note="Looks like an ad")
    page = moderator_client.get(QUEUE).content.decode()
    assert "Welcome, keep going!" in page
    assert reply_post.get_absolute_url() in page
    assert "Looks like an ad" in page and member.public_name in page
    assert "1 warning" in page and "Known to us." in page


def test_queue_action_resolves_the_reports_and_returns_to_the_queue(
    moderator_client, member, reply_post
):
    report(reply_post, reporter=member)
    response = moderator_client.post(
        reverse("forum:post-hide", args=[reply_post.pk]),
        {"reason": "Spam", "next": QUEUE + "?page=1"},
    )
    assert response["Location"] == QUEUE + "?page=1"
    assert moderator_client.get(QUEUE).context["page"].paginator.count == 0
    resolved = Report.objects.get()
    assert resolved.resolution.action == ModerationAction.Action.POST_HIDE


def test_queue_is_paginated(moderator_client, topic, other_member):
    for _ in range(21):
        report(PostFactory(topic=topic, author=other_member))
    first = moderator_client.get(QUEUE).context["page"]
    assert len(first) == 20 and first.has_next()
    assert len(moderator_client.get(QUEUE + "?page=2").context["page"]) == 1


def grow_queue(size: int, board) -> None:
    for _ in range(size):
        topic = TopicFactory(board=board)
        post = PostFactory(topic=topic)
        report(post, "unsafe_advice", category=category())
        report(post, "at_risk")
        moderator = UserFactory()
        services.do_label_post(
            PostFactory(topic=topic),
            moderator=moderator,
            categories=[category()],
            mode=SafetyLabel.Mode.LABEL,
            reason="x",
        )
        members.do_add_staff_note(post.author, moderator=moderator, text="note")


@pytest.mark.parametrize("size", [1, 8])
@pytest.mark.parametrize("view", ["reports", "held", "appeals"])
def test_queue_query_count_is_fixed(
    moderator_client, board, django_assert_max_num_queries, size, view, settings
):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 0
    grow_queue(size, board)
    # session, user, member state, page count, items, reports, labels, categories,
    # record counts, notes, suspensions, three tab counts, categories, reasons
    with django_assert_max_num_queries(16):
        response = moderator_client.get(QUEUE + f"?view={view}")
    assert response.status_code == HTTPStatus.OK


def test_log_filters_by_moderator_member_action_and_date(moderator_client, moderator, member):
    other_moderator = UserFactory(username="othermod")
    members.do_warn_member(member, moderator=moderator, reason="One")
    members.do_warn_member(member, moderator=other_moderator, reason="Two")
    members.do_add_staff_note(member, moderator=moderator, text="n")
    log = reverse("forum:mod-log")

    def reasons(**query):
        page = moderator_client.get(log, query).context["page"]
        return sorted(action.reason or action.action for action in page)

    assert reasons() == ["One", "Two", "member_note"]
    assert reasons(moderator="othermod") == ["Two"]
    assert reasons(member=member.username, action="member_warn") == ["One", "Two"]
    today = timezone.localdate()
    assert reasons(since=today.isoformat(), until=today.isoformat()) == [
        "One",
        "Two",
        "member_note",
    ]
    assert reasons(until=(today - timedelta(days=1)).isoformat()) == []


def test_automatic_actions_show_as_system_in_the_log(moderator_client, reply_post, settings):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 1
    report(reply_post, "unsafe_advice", category=category())
    response = moderator_client.get(reverse("forum:mod-log"), {"automatic": "on"})
    assert [action.action for action in response.context["page"]] == ["post_auto_hide"]
    assert "system" in response.content.decode()
