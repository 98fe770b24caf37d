"""Every moderation URL: anonymous visitors log in, members get 403, moderators get through."""

from http import HTTPStatus

import pytest
from django.conf import settings
from django.urls import reverse

from forum.models import ModerationAction, ScreeningRule
from forum.moderation import services
from tests.factories import BoardFactory
from tests.forum.moderation_helpers import category

# (url name, kind of object in the URL, method)
MODERATOR_URLS = [
    ("forum:mod-queue", None, "get"),
    ("forum:mod-log", None, "get"),
    ("forum:post-moderate", "post", "get"),
    ("forum:post-moderate-edit", "post", "get"),
    ("forum:post-label", "post", "post"),
    ("forum:post-unlabel", "post", "post"),
    ("forum:post-hide", "post", "post"),
    ("forum:post-restore", "post", "post"),
    ("forum:post-delete", "post", "post"),
    ("forum:post-approve", "post", "post"),
    ("forum:post-reports-dismiss", "post", "post"),
    ("forum:post-reports-resolve", "post", "post"),
    ("forum:topic-moderate", "topic", "get"),
    ("forum:topic-hide", "topic", "post"),
    ("forum:topic-restore", "topic", "post"),
    ("forum:topic-delete", "topic", "post"),
    ("forum:topic-lock", "topic", "post"),
    ("forum:topic-unlock", "topic", "post"),
    ("forum:topic-pin", "topic", "post"),
    ("forum:topic-unpin", "topic", "post"),
    ("forum:topic-move", "topic", "post"),
    ("forum:member-moderate", "member", "get"),
    ("forum:member-warn", "member", "post"),
    ("forum:member-suspend", "member", "post"),
    ("forum:member-unsuspend", "member", "post"),
    ("forum:member-note", "member", "post"),
    ("forum:appeal-decide", "appeal", "post"),
    ("forum:screening-rule-list", None, "get"),
    ("forum:screening-rule-add", None, "get"),
    ("forum:screening-rule-edit", "rule", "get"),
    ("forum:screening-rule-enable", "rule", "post"),
    ("forum:screening-rule-disable", "rule", "post"),
    ("forum:screening-rule-try", None, "post"),
]
# POST views that answer with a page rather than a redirect.
RENDERING_POSTS = {"forum:screening-rule-try"}


@pytest.fixture
def targets(topic, reply_post, other_member, moderator, member):
    action = services.log_action(
        ModerationAction.Action.MEMBER_WARN, actor=None, target_user=other_member, reason="x"
    )
    from forum.models import Appeal

    appeal = Appeal.objects.create(action=action, member=other_member, message="Please")
    rule = ScreeningRule.objects.create(name="watched", pattern="word", category=category())
    return {
        "post": reply_post.pk,
        "topic": topic.pk,
        "member": other_member.username,
        "appeal": appeal.pk,
        "rule": rule.pk,
        # A valid submission for every action form.
        "data": {
            "reason": "Checking permissions",
            "categories": [category().pk],
            "mode": "label",
            "days": 3,
            "text": "A staff note",
            "board": BoardFactory().pk,
            "decision": "upheld",
            "note": "Fine",
            "name": "tried",
            "pattern": "some words",
            "language": "any",
            "category": category().pk,
            "action": "flag",
        },
    }


def url_for(name, kind, targets):
    return reverse(name, args=[targets[kind]] if kind else [])


def request(client, method, url, targets):
    return getattr(client, method)(url, targets["data"] if method == "post" else {})


@pytest.mark.parametrize(("name", "kind", "method"), MODERATOR_URLS)
def test_moderation_url_sends_anonymous_visitors_to_log_in(client, targets, name, kind, method):
    url = url_for(name, kind, targets)
    response = request(client, method, url, targets)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse(settings.LOGIN_URL))


@pytest.mark.parametrize(("name", "kind", "method"), MODERATOR_URLS)
def test_moderation_url_is_forbidden_to_members(member_client, targets, name, kind, method):
    response = request(member_client, method, url_for(name, kind, targets), targets)
    assert response.status_code == HTTPStatus.FORBIDDEN


@pytest.mark.parametrize(("name", "kind", "method"), MODERATOR_URLS)
def test_moderation_url_is_forbidden_to_the_author_of_the_content(
    client, other_member, targets, name, kind, method
):
    # other_member wrote reply_post and is the member in the URL.
    client.force_login(other_member)
    response = request(client, method, url_for(name, kind, targets), targets)
    assert response.status_code == HTTPStatus.FORBIDDEN


@pytest.mark.parametrize(("name", "kind", "method"), MODERATOR_URLS)
def test_moderation_url_lets_moderators_through(moderator_client, targets, name, kind, method):
    response = request(moderator_client, method, url_for(name, kind, targets), targets)
    renders = method == "get" or name in RENDERING_POSTS
    assert response.status_code == (HTTPStatus.OK if renders else HTTPStatus.FOUND)


@pytest.mark.parametrize(("name", "kind", "method"), [u for u in MODERATOR_URLS if u[2] == "post"])
def test_moderation_actions_refuse_get(moderator_client, targets, name, kind, method):
    response = moderator_client.get(url_for(name, kind, targets))
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


MEMBER_URLS = [
    ("forum:notice-list", "get"),
    ("forum:moderation-record", "get"),
    ("forum:notices-mark-read", "post"),
]


@pytest.mark.parametrize(("name", "method"), MEMBER_URLS)
def test_own_notices_and_record_send_anonymous_visitors_to_log_in(client, name, method):
    response = getattr(client, method)(reverse(name))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse(settings.LOGIN_URL))


@pytest.mark.parametrize(("name", "method"), MEMBER_URLS)
def test_members_reach_their_own_notices_and_record(member_client, name, method):
    response = getattr(member_client, method)(reverse(name))
    assert response.status_code == (HTTPStatus.OK if method == "get" else HTTPStatus.FOUND)


def test_report_page_sends_anonymous_visitors_to_log_in(client, reply_post):
    response = client.get(reverse("forum:post-report", args=[reply_post.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse(settings.LOGIN_URL))


def test_appeal_of_someone_elses_decision_is_not_found(member_client, targets):
    action = ModerationAction.objects.get()
    response = member_client.get(reverse("forum:action-appeal", args=[action.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND
