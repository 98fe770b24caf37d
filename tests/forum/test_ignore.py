"""A member ignores another: their posts collapse, they cannot mention or notify them.
Moderators cannot be ignored."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from forum import permissions
from forum.models import IgnoredMember
from forum.permissions import MODERATORS_GROUP
from tests.factories import PostFactory, UserFactory


def ignore(client, target, state="on"):
    return client.post(reverse("forum:member-ignore", args=[target.username]), {"state": state})


def test_member_ignores_another_from_their_profile(member_client, member, other_member):
    response = ignore(member_client, other_member)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == other_member.get_absolute_url()
    assert IgnoredMember.objects.filter(member=member, ignored=other_member).exists()


def test_ignoring_twice_keeps_one_row(member_client, member, other_member):
    ignore(member_client, other_member)
    ignore(member_client, other_member)
    assert IgnoredMember.objects.filter(member=member).count() == 1


def test_member_stops_ignoring(member_client, member, other_member):
    ignore(member_client, other_member)
    ignore(member_client, other_member, "off")
    assert not IgnoredMember.objects.exists()


def test_moderators_cannot_be_ignored(member_client, moderator):
    response = ignore(member_client, moderator)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "Moderators cannot be ignored" in response.content.decode()
    assert not IgnoredMember.objects.exists()


def test_member_cannot_ignore_themselves(member_client, member):
    assert ignore(member_client, member).status_code == HTTPStatus.FORBIDDEN


def test_anonymous_visitor_is_sent_to_sign_in_to_ignore(client, other_member):
    response = ignore(client, other_member)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))


def test_profile_offers_the_ignore_button_to_other_members(member_client, other_member):
    html = member_client.get(other_member.get_absolute_url()).content.decode()
    assert 'aria-pressed="false">Ignore this member</button>' in html


def test_profile_of_a_moderator_explains_why_they_cannot_be_ignored(member_client, moderator):
    html = member_client.get(moderator.get_absolute_url()).content.decode()
    assert "Moderators cannot be ignored" in html
    assert "Ignore this member</button>" not in html


def test_posts_by_an_ignored_member_collapse_on_the_topic_page(
    member_client, member, other_member, reply_post, topic
):
    IgnoredMember.objects.create(member=member, ignored=other_member)
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert html.count('<details class="ignored-post">') == 1
    assert "Post by a member you ignore — show" in html
    assert "Welcome, keep going!" in html  # inside <details>: readable without JavaScript


def test_posts_are_not_collapsed_for_other_readers(client, member, other_member, topic, reply_post):
    IgnoredMember.objects.create(member=member, ignored=other_member)
    assert 'class="ignored-post"' not in client.get(topic.get_absolute_url()).content.decode()


def test_ignoring_someone_who_became_a_moderator_has_no_effect(
    member_client, member, other_member, topic, reply_post
):
    IgnoredMember.objects.create(member=member, ignored=other_member)
    other_member.groups.add(Group.objects.get_or_create(name=MODERATORS_GROUP)[0])
    html = member_client.get(topic.get_absolute_url()).content.decode()
    assert 'class="ignored-post"' not in html
    assert not permissions.is_ignoring(member, other_member)


def test_is_ignoring_tells_notifications_whom_to_skip(member, other_member):
    assert not permissions.is_ignoring(member, other_member)
    IgnoredMember.objects.create(member=member, ignored=other_member)
    assert permissions.is_ignoring(member, other_member)
    assert not permissions.is_ignoring(other_member, member)


def test_ignored_by_returns_the_recipients_who_ignore_the_actor(
    member, other_member, django_assert_num_queries
):
    third = UserFactory()
    IgnoredMember.objects.create(member=member, ignored=other_member)
    IgnoredMember.objects.create(member=third, ignored=member)
    recipients = {member.pk, third.pk, other_member.pk}
    with django_assert_num_queries(2):  # the actor's role, then the ignores
        assert permissions.ignored_by(other_member, recipients) == {member.pk}


def test_settings_page_lists_ignored_members_with_a_stop_button(
    member_client, member, other_member
):
    IgnoredMember.objects.create(member=member, ignored=other_member)
    response = member_client.get(reverse("forum:ignored-list"))
    assert response.status_code == HTTPStatus.OK
    assert "Stop ignoring" in response.content.decode()
    response = member_client.post(
        reverse("forum:member-ignore", args=[other_member.username]),
        {"state": "off", "next": reverse("forum:ignored-list")},
    )
    assert response["Location"] == reverse("forum:ignored-list")
    assert not IgnoredMember.objects.exists()


def test_anonymous_visitor_is_sent_to_sign_in_for_the_ignore_list(client, db):
    response = client.get(reverse("forum:ignored-list"))
    assert response.status_code == HTTPStatus.FOUND


@pytest.mark.parametrize("size", [1, 12])
def test_topic_page_query_count_is_fixed_whatever_the_ignored_members(
    client, member, topic, django_assert_max_num_queries, size
):
    for _ in range(size):
        author = UserFactory()
        IgnoredMember.objects.create(member=member, ignored=author)
        PostFactory(topic=topic, author=author)
    client.force_login(member)
    # +3 for notifications: the header's unread count, the watch level, the read-state upsert
    with django_assert_max_num_queries(11):
        response = client.get(topic.get_absolute_url())
    assert response.content.decode().count('<details class="ignored-post">') == size
