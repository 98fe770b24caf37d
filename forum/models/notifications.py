from django.conf import settings
from django.db import models
from django.db.models import (
    Q,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.models.core import Board, Topic

# ---------------------------------------------------------------------------
# Notifications (issue 6): watching topics and boards, and how far each member
# has read. Notifications themselves are MemberNotice rows (above); writes live
# in forum/notifications/.
# ---------------------------------------------------------------------------


class Watch(models.Model):
    """A member watches (is told about new posts) or mutes (is never told about) a topic,
    or watches or mutes a board (is told about its new topics)."""

    class Level(models.TextChoices):
        WATCHING = "watching", _("Watching")
        MUTED = "muted", _("Muted")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="watches"
    )
    board = models.ForeignKey(
        Board, null=True, blank=True, on_delete=models.CASCADE, related_name="watches"
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("watch")
        verbose_name_plural = _("watches")
        constraints = [
            models.CheckConstraint(
                condition=Q(topic__isnull=True) ^ Q(board__isnull=True),
                name="watch_topic_or_board",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"], condition=Q(topic__isnull=False),
                name="watch_one_per_topic",
            ),
            models.UniqueConstraint(
                fields=["user", "board"], condition=Q(board__isnull=False),
                name="watch_one_per_board",
            ),
        ]  # fmt: skip
        indexes = [
            # Who to tell about a new post or topic: the watchers of one topic or board.
            models.Index(fields=["topic", "level"], name="watch_topic_level"),
            models.Index(fields=["board", "level"], name="watch_board_level"),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.level} {self.topic or self.board}"


class TopicReadState(models.Model):
    """The last post a member has seen in a topic; it only moves forward
    (forum.notifications.reading.mark_topic_read)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="read_states")
    # A plain id, not a foreign key: compared with Topic.last_post_id and post ids only.
    last_read_post_id = models.PositiveBigIntegerField()
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="readstate_one_per_topic")
        ]

    def __str__(self) -> str:
        return f"{self.user} read {self.topic} up to #{self.last_read_post_id}"


class BoardReadState(models.Model):
    """'Mark board read': topics of the board with no activity after `read_at` are read."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="read_states")
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "board"], name="boardread_one_per_board")
        ]

    def __str__(self) -> str:
        return f"{self.user} read {self.board} at {self.read_at:%Y-%m-%d %H:%M}"
