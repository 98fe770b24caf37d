"""Warnings, suspensions, staff notes, appeals, roles and approval of first posts."""

from http import HTTPStatus
from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.urls import reverse

from forum.models import (
    Appeal,
    MemberNote,
    MemberNotice,
    ModerationAction,
    Post,
    SafetyLabel,
    Suspension,
    Topic,
)
from forum.moderation import members, services
from forum.permissions import check_can_decide_appeal, is_moderator
from tests.factories import UserFactory
from tests.forum.moderation_helpers import category


@pytest.fixture
def second_moderator(moderator):
    user = UserFactory(username="mod2")
    user.groups.add(*moderator.groups.all())
    return user


def test_warning_reaches_the_member_and_is_logged(moderator_client, member):
    response = moderator_client.post(
        reverse("forum:member-warn", args=[member.username]), {"reason": "Be kind."}
    )
    assert response.status_code == HTTPStatus.FOUND
    notice = MemberNotice.objects.get(recipient=member, kind=MemberNotice.Kind.WARNING)
    assert "Be kind." in notice.body
    assert ModerationAction.objects.filter(action="member_warn", target_user=member).exists()


def test_a_double_submitted_warning_is_sent_once(moderator, member):
    assert members.do_warn_member(member, moderator=moderator, reason="Be kind.")
    assert not members.do_warn_member(member, moderator=moderator, reason="Be kind.")
    assert MemberNotice.objects.filter(recipient=member).count() == 1


def test_warning_needs_a_reason(moderator_client, member):
    response = moderator_client.post(reverse("forum:member-warn", args=[member.username]), {})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not ModerationAction.objects.exists()


def test_moderators_cannot_moderate_themselves(moderator_client, moderator):
    response = moderator_client.post(
        reverse("forum:member-warn", args=[moderator.username]), {"reason": "x"}
    )
    assert response.status_code == HTTPStatus.FORBIDDEN


def test_suspended_member_can_read_but_not_post_reply_edit_or_report(
    client, moderator, member, topic, reply_post
):
    assert members.do_suspend_member(member, moderator=moderator, days=3, reason="Insults")
    client.force_login(member)
    page = client.get(topic.get_absolute_url())
    assert page.status_code == HTTPStatus.OK
    assert "suspended until" in page.content.decode() and "Insults" in page.content.decode()
    reply = client.post(
        reverse("forum:topic-reply", args=[topic.slug, topic.pk]), {"body": "Hello"}
    )
    assert reply.status_code == HTTPStatus.FORBIDDEN
    new_topic = client.post(
        reverse("forum:topic-create", args=[topic.board.slug]), {"title": "t", "body": "b"}
    )
    assert new_topic.status_code == HTTPStatus.FORBIDDEN
    first_post = topic.posts.first()
    edit = client.post(reverse("forum:post-edit", args=[first_post.pk]), {"body": "changed"})
    assert edit.status_code == HTTPStatus.FORBIDDEN
    report = client.post(reverse("forum:post-report", args=[reply_post.pk]), {"reason": "spam"})
    assert report.status_code == HTTPStatus.FORBIDDEN
    assert Post.objects.filter(topic=topic).count() == 2


def test_suspension_is_extended_never_shortened_and_can_be_lifted(moderator, member):
    assert members.do_suspend_member(member, moderator=moderator, days=7, reason="a")
    assert not members.do_suspend_member(member, moderator=moderator, days=2, reason="b")
    assert members.do_suspend_member(member, moderator=moderator, days=30, reason="c")
    assert Suspension.objects.count() == 1
    assert members.do_lift_suspension(member, moderator=moderator, reason="Apologised")
    assert not Suspension.objects.active().exists()
    assert not members.do_lift_suspension(member, moderator=moderator)


def test_suspended_member_sees_why_and_until_when_on_their_notices(client, moderator, member):
    members.do_suspend_member(member, moderator=moderator, days=3, reason="Insults")
    client.force_login(member)
    page = client.get(reverse("forum:notice-list")).content.decode()
    assert "Your account is suspended until" in page and "Insults" in page


def test_suspending_from_the_queue_resolves_the_posts_reports(moderator_client, member, reply_post):
    services.do_report_post(reply_post, reporter=member, reason="harassment")
    author = reply_post.author
    response = moderator_client.post(
        reverse("forum:member-suspend", args=[author.username]),
        {"days": 2, "reason": "Harassment", "post": reply_post.pk},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Suspension.objects.active().filter(member=author).exists()
    assert not reply_post.reports.filter(status="open").exists()


def test_staff_notes_are_shown_to_moderators_only(moderator_client, moderator, member, client):
    response = moderator_client.post(
        reverse("forum:member-note", args=[member.username]), {"text": "Contacted by email."}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert MemberNote.objects.get().author == moderator
    page = moderator_client.get(reverse("forum:member-moderate", args=[member.username]))
    assert "Contacted by email." in page.content.decode()
    client.force_login(member)
    record = client.get(reverse("forum:moderation-record")).content.decode()
    assert "Contacted by email." not in record


def test_member_sees_actions_on_their_content_on_their_record(client, moderator, reply_post):
    services.do_hide_post(reply_post, moderator=moderator, reason="Spam link")
    client.force_login(reply_post.author)
    page = client.get(reverse("forum:moderation-record")).content.decode()
    assert "Post hidden" in page and "Spam link" in page
    action = ModerationAction.objects.get()
    assert reverse("forum:action-appeal", args=[action.pk]) in page


def test_member_asks_once_for_a_second_look(client, moderator, reply_post):
    services.do_hide_post(reply_post, moderator=moderator, reason="Spam link")
    action = ModerationAction.objects.get()
    client.force_login(reply_post.author)
    url = reverse("forum:action-appeal", args=[action.pk])
    response = client.post(url, {"message": "It was a link to a study."})
    assert response.status_code == HTTPStatus.FOUND
    appeal = Appeal.objects.get()
    assert (appeal.member, appeal.status) == (reply_post.author, Appeal.Status.OPEN)
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN


def test_appeal_is_decided_by_another_moderator_who_can_overturn(
    client, moderator, second_moderator, reply_post
):
    services.do_hide_post(reply_post, moderator=moderator, reason="Spam link")
    appeal = members.do_request_appeal(
        ModerationAction.objects.get(), member=reply_post.author, message="Please"
    )
    with pytest.raises(PermissionDenied):
        check_can_decide_appeal(moderator, appeal)
    client.force_login(moderator)
    url = reverse("forum:appeal-decide", args=[appeal.pk])
    refused = client.post(url, {"decision": "overturned", "note": "Mine"})
    assert refused.status_code == HTTPStatus.FORBIDDEN
    client.force_login(second_moderator)
    response = client.post(url, {"decision": "overturned", "note": "It is a study link."})
    assert response.status_code == HTTPStatus.FOUND
    appeal.refresh_from_db()
    assert (appeal.status, appeal.decided_by) == (Appeal.Status.OVERTURNED, second_moderator)
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.PUBLISHED
    assert MemberNotice.objects.filter(
        recipient=reply_post.author, kind=MemberNotice.Kind.APPEAL_DECIDED
    ).exists()
    assert ModerationAction.objects.filter(action="appeal_overturn").exists()


def test_overturning_a_label_lifts_it_and_upholding_changes_nothing(
    moderator, second_moderator, reply_post, member
):
    services.do_label_post(
        reply_post, moderator=moderator, categories=[category()], mode="label", reason="x"
    )
    appeal = members.do_request_appeal(
        ModerationAction.objects.get(action="post_label"), member=reply_post.author, message="?"
    )
    assert members.do_decide_appeal(appeal, moderator=second_moderator, overturn=True, note="ok")
    assert not SafetyLabel.objects.active().exists()
    assert not members.do_decide_appeal(appeal, moderator=second_moderator, overturn=True, note="")
    members.do_warn_member(member, moderator=moderator, reason="Rude")
    warning = members.do_request_appeal(
        ModerationAction.objects.get(action="member_warn"), member=member, message="?"
    )
    assert members.do_decide_appeal(warning, moderator=second_moderator, overturn=False, note="")
    warning.refresh_from_db()
    assert warning.status == Appeal.Status.UPHELD


def test_appeals_appear_in_the_queue(moderator_client, moderator, other_member, reply_post):
    services.do_hide_post(reply_post, moderator=moderator, reason="Spam link")
    members.do_request_appeal(
        ModerationAction.objects.get(), member=reply_post.author, message="Please look again"
    )
    page = moderator_client.get(reverse("forum:mod-queue") + "?view=appeals").content.decode()
    assert "Please look again" in page
    assert "another moderator must give the second look" in page


def test_grant_and_revoke_moderator_commands(member):
    out = StringIO()
    call_command("grant_moderator", member.username, stdout=out)
    assert "is now a moderator" in out.getvalue()
    member.refresh_from_db()
    assert is_moderator(member)
    call_command("revoke_moderator", member.username, stdout=out)
    member = type(member).objects.get(pk=member.pk)
    assert not is_moderator(member)
    assert list(ModerationAction.objects.values_list("action", flat=True).order_by("id")) == [
        "role_grant",
        "role_revoke",
    ]


@pytest.mark.parametrize("command", ["grant_moderator", "revoke_moderator"])
def test_role_commands_refuse_unknown_users(db, command):
    with pytest.raises(CommandError, match="No member with the username 'ghost'"):
        call_command(command, "ghost")


def test_first_posts_wait_for_approval_then_count(client, member, board, moderator, settings):
    settings.FORUM_APPROVE_FIRST_POSTS = 1
    newcomer = UserFactory(username="newbie")
    client.force_login(newcomer)
    client.post(
        reverse("forum:topic-create", args=[board.slug]), {"title": "Hi all", "body": "Hello"}
    )
    topic = Topic.objects.get(title="Hi all")
    post = topic.posts.get()
    assert (topic.status, post.status) == (Topic.Status.HELD, Post.Status.HELD)
    board.refresh_from_db()
    assert board.topic_count == 0
    assert client.get(topic.get_absolute_url()).status_code == HTTPStatus.OK  # the author
    client.force_login(member)
    assert client.get(topic.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    client.force_login(moderator)
    queue = client.get(reverse("forum:mod-queue") + "?view=held").content.decode()
    assert "Hi all" in queue
    response = client.post(reverse("forum:post-approve", args=[post.pk]))
    assert response.status_code == HTTPStatus.FOUND
    topic.refresh_from_db()
    board.refresh_from_db()
    assert topic.status == Topic.Status.PUBLISHED
    assert (board.topic_count, board.post_count, board.last_post_id) == (1, 1, post.pk)
    assert MemberNotice.objects.filter(recipient=newcomer, kind="post_approved").exists()
    # Approved once: the next post is published straight away.
    client.force_login(newcomer)
    client.post(reverse("forum:topic-reply", args=[topic.slug, topic.pk]), {"body": "Again"})
    assert Post.objects.get(body="Again").status == Post.Status.PUBLISHED
