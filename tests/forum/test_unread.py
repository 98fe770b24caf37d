"""Unread tracking: read positions, 'new posts' marks and links, 'mark board read'."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from forum import services
from forum.models import TopicReadState
from tests.factories import PostFactory, TopicFactory, UserFactory


def unread_titles(client, board) -> set[str]:
    page = client.get(board.get_absolute_url()).context["page"]
    return {topic.title for topic in page if topic.is_unread}


@pytest.fixture
def old_member(member):
    # Topics older than the member are not "new" to them: join them before the test data.
    member.date_joined = member.date_joined.replace(year=2000)
    member.save(update_fields=["date_joined"])
    return member


def test_viewing_a_topic_records_the_last_post_shown(member_client, topic, member, reply_post):
    member_client.get(topic.get_absolute_url())
    assert TopicReadState.objects.get(user=member, topic=topic).last_read_post_id == reply_post.pk


def test_read_position_only_moves_forward(member_client, settings, topic, member, other_member):
    settings.FORUM_POSTS_PER_PAGE = 1
    PostFactory(topic=topic, author=other_member)
    last = PostFactory(topic=topic, author=other_member)
    member_client.get(topic.get_absolute_url(), {"page": 3})
    member_client.get(topic.get_absolute_url(), {"page": 1})
    assert TopicReadState.objects.get(user=member, topic=topic).last_read_post_id == last.pk


def test_board_marks_topics_with_posts_the_member_has_not_read(
    member_client, board, old_member, other_member
):
    read = TopicFactory(board=board, author=other_member, title="Read")
    unread = TopicFactory(board=board, author=other_member, title="Unread")
    member_client.get(read.get_absolute_url())
    assert unread_titles(member_client, board) == {"Unread"}

    services.reply(read, author=other_member, body="Something new")
    assert unread_titles(member_client, board) == {"Read", "Unread"}
    page = member_client.get(board.get_absolute_url()).content.decode()
    assert reverse("forum:topic-unread", args=[unread.slug, unread.pk]) in page


def test_topics_older_than_the_member_are_not_new_to_them(client, board, other_member):
    TopicFactory(board=board, author=other_member, title="Ancient")
    newcomer = UserFactory(username="newcomer3")
    client.force_login(newcomer)
    assert unread_titles(client, board) == set()


def test_unread_link_leads_to_the_first_post_not_read(member_client, topic, member, other_member):
    member_client.get(topic.get_absolute_url())
    first_new = services.reply(topic, author=other_member, body="New one")
    services.reply(topic, author=other_member, body="Newer one")
    response = member_client.get(reverse("forum:topic-unread", args=[topic.slug, topic.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == first_new.get_absolute_url()


def test_unread_link_of_a_fully_read_topic_leads_to_its_last_post(member_client, topic, reply_post):
    member_client.get(topic.get_absolute_url())
    response = member_client.get(reverse("forum:topic-unread", args=[topic.slug, topic.pk]))
    assert response.url == reply_post.get_absolute_url()


def test_unread_link_skips_posts_the_member_may_not_see(member_client, topic, member, other_member):
    member_client.get(topic.get_absolute_url())
    PostFactory(topic=topic, author=other_member, status="hidden")
    visible = PostFactory(topic=topic, author=other_member)
    response = member_client.get(reverse("forum:topic-unread", args=[topic.slug, topic.pk]))
    assert response.url == visible.get_absolute_url()


def test_mark_board_read_clears_the_new_marks_until_the_next_post(
    member_client, board, old_member, other_member
):
    topic = TopicFactory(board=board, author=other_member, title="Busy")
    url = reverse("forum:board-mark-read", args=[board.slug])
    assert member_client.get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert member_client.post(url).status_code == HTTPStatus.FOUND
    assert unread_titles(member_client, board) == set()
    services.reply(topic, author=other_member, body="Later")
    assert unread_titles(member_client, board) == {"Busy"}


def test_visitors_see_nothing_as_unread_and_cannot_mark_boards_read(client, board, topic):
    assert unread_titles(client, board) == set()
    response = client.post(reverse("forum:board-mark-read", args=[board.slug]))
    assert reverse("account_login") in response.url


@pytest.mark.parametrize("size", [1, 12])
def test_board_page_with_unread_marks_has_a_fixed_query_count(
    member_client, board, old_member, django_assert_max_num_queries, size
):
    authors = [UserFactory() for _ in range(3)]
    for number in range(size):
        topic = TopicFactory(board=board, author=authors[number % 3])
        if number % 2:
            member_client.get(topic.get_absolute_url())
    # user, board, role, tags, count, watch level, unread count, topics with read state,
    # their tags
    with django_assert_max_num_queries(10):
        response = member_client.get(board.get_absolute_url())
    assert len([topic for topic in response.context["page"] if topic.is_unread]) == (size + 1) // 2


@pytest.mark.parametrize("replies", [1, 25])
def test_topic_page_with_the_read_state_upsert_has_a_fixed_query_count(
    member_client, topic, member, other_member, django_assert_max_num_queries, replies
):
    for _ in range(replies):
        PostFactory(topic=topic, author=other_member)
    member_client.get(topic.get_absolute_url())  # the second visit updates the row
    PostFactory(topic=topic, author=other_member)
    # session, user, member's state, topic, tags, count, posts, labels, unread count,
    # watch level, read-state upsert
    with django_assert_max_num_queries(11):
        response = member_client.get(topic.get_absolute_url())
    assert response.status_code == HTTPStatus.OK


def test_tag_page_marks_topics_with_unread_posts(member_client, board, old_member, other_member):
    from forum.models import TopicTag

    tag = TopicTag.objects.first()
    topic = TopicFactory(board=board, author=other_member, title="Tagged")
    topic.tags.add(tag)
    page = member_client.get(reverse("forum:tag-detail", args=[tag.slug]))
    assert [t.is_unread for t in page.context["page"]] == [True]
    assert reverse("forum:topic-unread", args=[topic.slug, topic.pk]) in page.content.decode()
