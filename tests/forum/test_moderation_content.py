"""Hide, restore, delete, lock, pin and move: counters stay right and everything is logged."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from forum.models import Board, ModerationAction, Post, Topic
from forum.moderation import services
from tests.factories import BoardFactory, PostFactory, TopicFactory


@pytest.fixture
def thread(board, member, other_member):
    """A board with two topics; the first has three replies."""
    topic = TopicFactory(board=board, author=member, title="Dose diary")
    replies = [PostFactory(topic=topic, author=other_member) for _ in range(3)]
    other_topic = TopicFactory(board=board, author=other_member, title="Hello")
    from forum.services import refresh_board_stats, refresh_topic_stats

    refresh_topic_stats(topic)
    refresh_topic_stats(other_topic)
    refresh_board_stats(board)
    return topic, replies, other_topic


def counts(board, topic):
    board.refresh_from_db()
    topic.refresh_from_db()
    return board.topic_count, board.post_count, topic.reply_count


def test_hiding_a_post_updates_counters_and_last_post(moderator, board, thread):
    topic, replies, _other = thread
    assert counts(board, topic) == (2, 5, 3)
    assert services.do_hide_post(replies[-1], moderator=moderator, reason="Spam")
    assert counts(board, topic) == (2, 4, 2)
    assert topic.last_post == replies[-2]
    assert Post.objects.get(pk=replies[-1].pk).status == Post.Status.HIDDEN


def test_restoring_a_post_puts_the_counters_back(moderator, board, thread):
    topic, replies, _other = thread
    services.do_hide_post(replies[-1], moderator=moderator, reason="Spam")
    assert services.do_restore_post(replies[-1], moderator=moderator, reason="Mistake")
    assert counts(board, topic) == (2, 5, 3)
    assert topic.last_post == replies[-1]
    assert not services.do_restore_post(replies[-1], moderator=moderator)


def test_deleting_a_post_updates_counters(moderator, board, thread):
    topic, replies, _other = thread
    assert services.do_delete_post(replies[0], moderator=moderator, reason="Spam")
    assert counts(board, topic) == (2, 4, 2)
    assert not services.do_delete_post(replies[0], moderator=moderator, reason="Spam")


def test_hiding_and_restoring_a_topic_updates_the_board(moderator, board, thread):
    topic, _replies, other = thread
    assert services.do_hide_topic(topic, moderator=moderator, reason="Off-topic")
    board.refresh_from_db()
    assert (board.topic_count, board.post_count) == (1, 1)
    assert board.last_post == other.posts.get()
    assert services.do_restore_topic(topic, moderator=moderator)
    board.refresh_from_db()
    assert (board.topic_count, board.post_count) == (2, 5)


def test_deleting_a_topic_updates_the_board(moderator, board, thread):
    topic, _replies, _other = thread
    assert services.do_delete_topic(topic, moderator=moderator, reason="Spam")
    board.refresh_from_db()
    assert (board.topic_count, board.post_count) == (1, 1)
    assert Topic.objects.get(pk=topic.pk).status == Topic.Status.DELETED


def test_moving_a_topic_updates_both_boards_and_the_topic_ordering(moderator, board, thread):
    topic, _replies, other = thread
    target = BoardFactory(name="Elsewhere")
    assert services.do_move_topic(topic, moderator=moderator, board=target, reason="Better")
    board.refresh_from_db()
    target.refresh_from_db()
    assert (board.topic_count, board.post_count) == (1, 1)
    assert (target.topic_count, target.post_count) == (1, 4)
    assert target.last_post == topic.last_post
    assert list(Topic.objects.filter(board=target).listed()) == [topic]
    assert list(Topic.objects.filter(board=board).listed()) == [other]
    assert not services.do_move_topic(topic, moderator=moderator, board=target)
    action = ModerationAction.objects.get(action="topic_move")
    assert action.extra == {"changed": ["board_id"], "from": board.slug, "to": target.slug}


def test_move_through_the_view(moderator_client, board, thread):
    topic, _replies, _other = thread
    target = BoardFactory()
    response = moderator_client.post(
        reverse("forum:topic-move", args=[topic.pk]), {"board": target.pk}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Topic.objects.get(pk=topic.pk).board == target


def test_lock_pin_and_their_reverse_are_idempotent_and_logged(moderator, topic):
    assert services.do_lock_topic(topic, moderator=moderator)
    assert not services.do_lock_topic(topic, moderator=moderator)
    assert services.do_pin_topic(topic, moderator=moderator)
    assert services.do_unpin_topic(topic, moderator=moderator)
    assert services.do_unlock_topic(topic, moderator=moderator)
    topic.refresh_from_db()
    assert (topic.locked, topic.pinned) == (False, False)
    assert list(ModerationAction.objects.order_by("id").values_list("action", flat=True)) == [
        "topic_lock",
        "topic_pin",
        "topic_unpin",
        "topic_unlock",
    ]


def test_hidden_topics_are_not_found_by_readers_but_their_author_sees_why(
    member_client, moderator, topic, other_member
):
    services.do_hide_topic(topic, moderator=moderator, reason="Personal information")
    client = Client()
    assert client.get(topic.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    client.force_login(other_member)
    assert client.get(topic.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    page = member_client.get(topic.get_absolute_url())
    assert page.status_code == HTTPStatus.OK
    assert "Personal information" in page.content.decode()


def test_hidden_posts_are_not_found_by_readers_but_moderators_see_them(
    moderator, moderator_client, reply_post
):
    services.do_hide_post(reply_post, moderator=moderator, reason="Spam")
    client = Client()
    assert client.get(reply_post.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    topic_page = client.get(reply_post.topic.get_absolute_url()).content.decode()
    assert "Welcome, keep going!" not in topic_page
    page = moderator_client.get(reply_post.topic.get_absolute_url()).content.decode()
    assert "Welcome, keep going!" in page and "Why the moderators acted:" in page


def test_every_action_is_logged_in_the_same_transaction(moderator, reply_post, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("log failed")

    monkeypatch.setattr(services, "log_action", fail)
    with pytest.raises(RuntimeError):
        services.do_hide_post(reply_post, moderator=moderator, reason="Spam")
    assert Post.objects.get(pk=reply_post.pk).status == Post.Status.PUBLISHED


def test_moderation_log_is_append_only(moderator, reply_post):
    services.do_hide_post(reply_post, moderator=moderator, reason="Spam")
    action = ModerationAction.objects.get()
    action.reason = "Rewritten"
    with pytest.raises(ValueError):
        action.save()
    with pytest.raises(ValueError):
        action.delete()


def test_lock_from_the_queue_resolves_the_posts_reports(moderator_client, member, reply_post):
    services.do_report_post(reply_post, reporter=member, reason="harassment")
    response = moderator_client.post(
        reverse("forum:topic-lock", args=[reply_post.topic_id]),
        {"post": reply_post.pk, "next": reverse("forum:mod-queue")},
    )
    assert response["Location"] == reverse("forum:mod-queue")
    assert not reply_post.reports.filter(status="open").exists()
    assert Topic.objects.get(pk=reply_post.topic_id).locked


def test_next_url_to_another_site_is_ignored(moderator_client, topic):
    response = moderator_client.post(
        reverse("forum:topic-pin", args=[topic.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("forum:topic-moderate", args=[topic.pk])


def test_boards_exist_for_move(db):
    assert Board.objects.exists()  # seeded by the foundation's migration
