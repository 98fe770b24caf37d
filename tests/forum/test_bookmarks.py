"""Members bookmark posts and find them on a page only they see."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from forum.models import Bookmark, Post, Topic
from tests.factories import PostFactory, TopicFactory, UserFactory


def bookmark(client, post, state="on"):
    return client.post(reverse("forum:post-bookmark", args=[post.pk]), {"state": state})


def test_member_bookmarks_a_post(member_client, member, reply_post):
    response = bookmark(member_client, reply_post)
    assert response.status_code == HTTPStatus.FOUND
    assert Bookmark.objects.filter(member=member, post=reply_post).exists()


def test_bookmarking_twice_keeps_one_bookmark(member_client, member, reply_post):
    bookmark(member_client, reply_post)
    bookmark(member_client, reply_post)
    assert Bookmark.objects.filter(member=member).count() == 1


def test_member_removes_a_bookmark(member_client, member, reply_post):
    bookmark(member_client, reply_post)
    bookmark(member_client, reply_post, "off")
    assert not Bookmark.objects.exists()


def test_member_may_bookmark_their_own_post(member_client, member, topic):
    bookmark(member_client, topic.posts.get())
    assert Bookmark.objects.filter(member=member).exists()


def test_anonymous_visitor_is_sent_to_sign_in_to_bookmark(client, reply_post):
    response = bookmark(client, reply_post)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))
    assert not Bookmark.objects.exists()


def test_hidden_post_cannot_be_bookmarked(member_client, reply_post):
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    assert bookmark(member_client, reply_post).status_code == HTTPStatus.NOT_FOUND
    assert not Bookmark.objects.exists()


def test_bookmark_button_shows_its_state_on_the_topic_page(member_client, member, reply_post):
    Bookmark.objects.create(member=member, post=reply_post)
    html = member_client.get(reply_post.topic.get_absolute_url()).content.decode()
    assert 'aria-pressed="true">Bookmarked<span class="visually-hidden"> the post by bob' in html


def test_bookmark_list_shows_only_the_members_own_bookmarks(
    member_client, member, other_member, reply_post, topic
):
    Bookmark.objects.create(member=member, post=reply_post)
    Bookmark.objects.create(member=other_member, post=topic.posts.order_by("pk").first())
    response = member_client.get(reverse("forum:bookmark-list"))
    assert response.status_code == HTTPStatus.OK
    assert [b.post for b in response.context["page"]] == [reply_post]


def test_post_hidden_after_being_bookmarked_leaves_the_list(member_client, member, reply_post):
    Bookmark.objects.create(member=member, post=reply_post)
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    response = member_client.get(reverse("forum:bookmark-list"))
    assert list(response.context["page"]) == []


def test_post_in_a_topic_hidden_later_leaves_the_list(member_client, member, reply_post):
    Bookmark.objects.create(member=member, post=reply_post)
    Topic.objects.filter(pk=reply_post.topic_id).update(status=Topic.Status.HIDDEN)
    response = member_client.get(reverse("forum:bookmark-list"))
    # The topic is the member's own: they still see it, and so their bookmark.
    assert len(response.context["page"]) == 1
    Topic.objects.filter(pk=reply_post.topic_id).update(status=Topic.Status.DELETED)
    response = member_client.get(reverse("forum:bookmark-list"))
    assert list(response.context["page"]) == []


def test_moderator_still_sees_their_bookmark_of_a_hidden_post(
    moderator_client, moderator, reply_post
):
    Bookmark.objects.create(member=moderator, post=reply_post)
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    response = moderator_client.get(reverse("forum:bookmark-list"))
    assert len(response.context["page"]) == 1


def test_anonymous_visitor_is_sent_to_sign_in_for_the_bookmark_list(client, db):
    response = client.get(reverse("forum:bookmark-list"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("size", [1, 15])
def test_bookmark_list_query_count_is_fixed(
    client, member, board, django_assert_max_num_queries, size
):
    for _ in range(size):
        topic = TopicFactory(board=board, author=UserFactory())
        Bookmark.objects.create(member=member, post=PostFactory(topic=topic, author=UserFactory()))
    client.force_login(member)
    # session, user, role, count, bookmarks with their posts, topics, boards and authors
    with django_assert_max_num_queries(5):
        response = client.get(reverse("forum:bookmark-list"))
    assert len(response.context["page"]) == size
