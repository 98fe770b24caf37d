"""Pages cost a fixed number of queries whatever the amount of data."""

import pytest
from django.urls import reverse

from tests.factories import BoardFactory, PostFactory, TopicFactory, UserFactory


def grow_forum(board, *, topics: int, replies_per_topic: int) -> None:
    authors = [UserFactory() for _ in range(3)]
    for t in range(topics):
        topic = TopicFactory(board=board, author=authors[t % 3])
        for r in range(replies_per_topic):
            PostFactory(topic=topic, author=authors[r % 3])
    BoardFactory.create_batch(2)


@pytest.mark.parametrize("size", [1, 6])
def test_board_index_query_count_is_fixed(
    client, board, member, django_assert_max_num_queries, size
):
    grow_forum(board, topics=size, replies_per_topic=size)
    client.force_login(member)
    # session, user, boards with their latest post
    with django_assert_max_num_queries(3):
        response = client.get(reverse("forum:board-list"))
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 8])
def test_board_page_query_count_is_fixed(
    client, board, member, django_assert_max_num_queries, size
):
    grow_forum(board, topics=size, replies_per_topic=2)
    client.force_login(member)
    # + the header's unread notifications and the member's watch level of the board,
    # and the tags (the filter, and each topic's)
    with django_assert_max_num_queries(10):
        response = client.get(board.get_absolute_url())
    assert len(response.context["page"]) == size


@pytest.mark.parametrize("replies", [1, 25])
def test_topic_page_query_count_is_fixed(
    client, topic, member, other_member, django_assert_max_num_queries, replies
):
    for _ in range(replies):
        PostFactory(topic=topic, author=other_member)
    client.force_login(member)
    # session, user, role, topic, its tags, count, posts, verified email, unread
    # notifications, watch level, read-state upsert
    with django_assert_max_num_queries(11):
        response = client.get(topic.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("replies", [1, 25])
def test_topic_page_query_count_is_fixed_for_anonymous_readers(
    client, topic, other_member, django_assert_max_num_queries, replies
):
    for _ in range(replies):
        PostFactory(topic=topic, author=other_member)
    # topic, its tags, count, posts (with reactions)
    with django_assert_max_num_queries(5):
        response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
