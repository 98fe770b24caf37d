"""Watching and unread tracking: the writes.

Watch rows say who is told about new posts (forum.notifications.services); read states
say which posts of a topic a member has seen (TopicQuerySet.with_read_state reads them).
"""

from django.db import connection, transaction
from django.utils import timezone

from forum.models import Board, BoardReadState, Post, Topic, TopicReadState, Watch


def do_auto_watch(topic: Topic, *, user) -> bool:
    """Watch a topic the member starts or replies to, if their setting says so. Never
    overrides a choice they made (a muted topic stays muted)."""
    if not getattr(user, "auto_watch", False):
        return False
    _, created = Watch.objects.get_or_create(
        user=user, topic=topic, defaults={"level": Watch.Level.WATCHING}
    )
    return created


@transaction.atomic
def do_set_watch(target: Topic | Board, *, user, level: str | None) -> bool:
    """Watch, mute (a Watch.Level) or forget (None) a topic or a board; False when the
    member's choice was already that."""
    key = {"topic": target} if isinstance(target, Topic) else {"board": target}
    current = Watch.objects.select_for_update().filter(user=user, **key).first()
    if level is None:
        if current is None:
            return False
        current.delete()
        return True
    if current is None:
        Watch.objects.create(user=user, level=level, **key)
        return True
    if current.level == level:
        return False
    current.level = level
    current.save(update_fields=["level"])
    return True


def watch_level(target: Topic | Board, *, user) -> str | None:
    if not user.is_authenticated:
        return None
    key = {"topic": target} if isinstance(target, Topic) else {"board": target}
    return Watch.objects.filter(user=user, **key).values_list("level", flat=True).first()


# An upsert that only moves forward; the same SQL on PostgreSQL and SQLite (3.24+).
_MARK_READ_SQL = """
INSERT INTO {table} (user_id, topic_id, last_read_post_id, read_at)
VALUES (%s, %s, %s, %s)
ON CONFLICT (user_id, topic_id) DO UPDATE
SET last_read_post_id = excluded.last_read_post_id, read_at = excluded.read_at
WHERE {table}.last_read_post_id < excluded.last_read_post_id
"""


def mark_topic_read(topic: Topic, *, user, up_to_post_id: int) -> None:
    """Record that `user` has seen `topic` up to post `up_to_post_id`: one query."""
    if not user.is_authenticated or not up_to_post_id:
        return
    table = connection.ops.quote_name(TopicReadState._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            _MARK_READ_SQL.format(table=table),
            [user.pk, topic.pk, up_to_post_id, timezone.now()],
        )


def do_mark_board_read(board: Board, *, user) -> None:
    BoardReadState.objects.update_or_create(
        user=user, board=board, defaults={"read_at": timezone.now()}
    )


def first_unread_post(topic: Topic, *, user) -> Post | None:
    """The first post of `topic` that `user` may see and has not read; None when they have
    read everything. Members who never opened the topic start at its first post."""
    posts = Post.objects.visible_to(user).filter(topic=topic).in_thread_order()
    read_up_to = (
        TopicReadState.objects.filter(user=user, topic=topic)
        .values_list("last_read_post_id", flat=True)
        .first()
    )
    if read_up_to:
        posts = posts.filter(pk__gt=read_up_to)
    return posts.only("pk").first()
