"""Helpful and Thanks on posts: one of each per member and post, never on your own posts."""

import datetime
from http import HTTPStatus

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from forum.community import services
from forum.models import Post, Reaction, Suspension
from tests.factories import PostFactory, UserFactory


def react(client, post, kind="helpful", state="on", **headers):
    return client.post(
        reverse("forum:post-react", args=[post.pk]), {"kind": kind, "state": state}, **headers
    )


def test_member_marks_a_reply_helpful(member_client, member, reply_post):
    response = react(member_client, reply_post)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reply_post.get_absolute_url()
    assert Reaction.objects.filter(post=reply_post, member=member, kind="helpful").exists()


def test_member_gives_both_reactions_but_only_one_of_each(member_client, member, reply_post):
    react(member_client, reply_post, "helpful")
    react(member_client, reply_post, "helpful")
    react(member_client, reply_post, "thanks")
    kinds = sorted(Reaction.objects.filter(member=member).values_list("kind", flat=True))
    assert kinds == ["helpful", "thanks"]


def test_database_refuses_a_second_reaction_of_the_same_kind(member, reply_post):
    Reaction.objects.create(post=reply_post, member=member, kind="helpful")
    with pytest.raises(IntegrityError):
        Reaction.objects.create(post=reply_post, member=member, kind="helpful")


def test_member_withdraws_a_reaction(member_client, member, reply_post):
    react(member_client, reply_post, "thanks", "on")
    react(member_client, reply_post, "thanks", "off")
    assert not Reaction.objects.filter(member=member).exists()


def test_set_reaction_reports_whether_anything_changed(member, reply_post):
    assert services.set_reaction(reply_post, member=member, kind="helpful", on=True)
    assert not services.set_reaction(reply_post, member=member, kind="helpful", on=True)
    assert services.set_reaction(reply_post, member=member, kind="helpful", on=False)
    assert not services.set_reaction(reply_post, member=member, kind="helpful", on=False)


def test_member_cannot_react_to_their_own_post(member_client, member, topic):
    own_post = topic.posts.get()
    response = react(member_client, own_post)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "your own post" in response.content.decode()
    assert not Reaction.objects.exists()


def test_unverified_member_cannot_react(client, unverified_member, reply_post):
    client.force_login(unverified_member)
    response = react(client, reply_post)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "confirm your email" in response.content.decode()
    assert not Reaction.objects.exists()


def test_suspended_member_cannot_react(client, member, reply_post):
    Suspension.objects.create(
        member=member, ends_at=timezone.now() + datetime.timedelta(days=3), reason="Cool down"
    )
    client.force_login(member)
    response = react(client, reply_post)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not Reaction.objects.exists()


def test_hidden_post_cannot_be_reacted_to(member_client, reply_post):
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    response = react(member_client, reply_post)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not Reaction.objects.exists()


def test_moderator_cannot_react_to_a_hidden_post_they_can_see(moderator_client, reply_post):
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    response = react(moderator_client, reply_post)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not Reaction.objects.exists()


def test_anonymous_visitor_is_sent_to_sign_in(client, reply_post):
    response = react(client, reply_post)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))
    assert not Reaction.objects.exists()


def test_reacting_needs_a_post_request(member_client, reply_post):
    response = member_client.get(reverse("forum:post-react", args=[reply_post.pk]))
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_unknown_reaction_is_a_bad_request(member_client, reply_post):
    response = react(member_client, reply_post, kind="love")
    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_reacting_is_rate_limited(member_client, reply_post, settings):
    settings.FORUM_REACTION_RATE_LIMIT = 2
    react(member_client, reply_post, "helpful")
    react(member_client, reply_post, "thanks")
    response = react(member_client, reply_post, "helpful", "off")
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert Reaction.objects.count() == 2


def test_javascript_gets_the_new_count_and_label(member_client, reply_post, other_member):
    response = react(member_client, reply_post, HTTP_ACCEPT="application/json")
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"pressed": True, "count": 1, "label": "Helpful (1)"}


def test_topic_page_shows_counts_and_what_the_reader_pressed(client, member, topic, reply_post):
    Reaction.objects.create(post=reply_post, member=member, kind="helpful")
    Reaction.objects.create(post=reply_post, member=UserFactory(), kind="helpful")
    Reaction.objects.create(post=reply_post, member=UserFactory(), kind="thanks")
    client.force_login(member)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert 'aria-pressed="true"><span data-reaction-label>Helpful (2)</span>' in html
    assert 'aria-pressed="false"><span data-reaction-label>Thanks (1)</span>' in html
    # Each button names the post it is about, for screen readers.
    assert '<span class="visually-hidden"> the post by bob</span></button>' in html


def test_author_sees_counts_on_their_own_post_without_buttons(
    client, other_member, topic, reply_post, member
):
    Reaction.objects.create(post=reply_post, member=member, kind="thanks")
    client.force_login(other_member)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Helpful: 0 · Thanks: 1" in html
    assert f'action="{reverse("forum:post-react", args=[reply_post.pk])}"' not in html


def test_profile_shows_reactions_received_on_published_posts(client, other_member, reply_post):
    for _ in range(2):
        Reaction.objects.create(post=reply_post, member=UserFactory(), kind="helpful")
    hidden = PostFactory(topic=reply_post.topic, author=other_member, status=Post.Status.HIDDEN)
    Reaction.objects.create(post=hidden, member=UserFactory(), kind="thanks")
    response = client.get(other_member.get_absolute_url())
    assert response.context["reactions_received"] == {"helpful": 2, "thanks": 0}


@pytest.mark.parametrize("size", [1, 12])
def test_topic_page_query_count_is_fixed_whatever_the_reactions(
    client, topic, member, django_assert_max_num_queries, size
):
    readers = [UserFactory() for _ in range(3)]
    for _ in range(size):
        post = PostFactory(topic=topic, author=UserFactory())
        for reader in readers:
            Reaction.objects.create(post=post, member=reader, kind="helpful")
            Reaction.objects.create(post=post, member=reader, kind="thanks")
        Reaction.objects.create(post=post, member=member, kind="thanks")
    client.force_login(member)
    # session, user, member's state, topic, tags, count, posts (with reactions), labels,
    # notifications' unread count, watch level and read-state upsert
    with django_assert_max_num_queries(11):
        response = client.get(topic.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert (
        response.content.decode().count('aria-pressed="true"><span data-reaction-label>Thanks (4)')
        == size
    )
