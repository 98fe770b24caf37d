from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

TITLE_MAX_LENGTH = 200


def make_slug(text: str, max_length: int = 80) -> str:
    return slugify(text, allow_unicode=False)[:max_length].strip("-") or "topic"


class Board(models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, blank=True,
        help_text=_("Set when the board is for one language only."),
    )  # fmt: skip
    # Denormalised so the board index costs one query whatever the traffic;
    # forum.services.refresh_board_stats recomputes them from visible content.
    topic_count = models.PositiveIntegerField(default=0, editable=False)
    post_count = models.PositiveIntegerField(default=0, editable=False)
    last_post = models.ForeignKey(
        "Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("board")
        verbose_name_plural = _("boards")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:board-detail", kwargs={"slug": self.slug})


class TopicQuerySet(models.QuerySet):
    def visible_to(self, user) -> "TopicQuerySet":
        from forum.permissions import is_moderator

        if is_moderator(user):
            return self.exclude(status=Topic.Status.DELETED)
        visible = Q(status=Topic.Status.PUBLISHED)
        if user.is_authenticated:
            visible |= Q(author=user, status__in=[Topic.Status.HIDDEN, Topic.Status.HELD])
        return self.filter(visible)

    def listed(self) -> "TopicQuerySet":
        """Topics as a board page shows them: pinned first, then by activity."""
        return self.order_by("-pinned", "-last_activity_at", "-id")

    def with_list_data(self) -> "TopicQuerySet":
        return self.select_related("author", "board", "last_post__author")


class Topic(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        HELD = "held", _("Awaiting approval")
        HIDDEN = "hidden", _("Hidden by the moderators")
        DELETED = "deleted", _("Deleted")

    board = models.ForeignKey(
        Board, on_delete=models.PROTECT, related_name="topics", verbose_name=_("board")
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="topics",
        verbose_name=_("author"),
    )  # fmt: skip
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    last_post = models.ForeignKey(
        "Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    reply_count = models.PositiveIntegerField(_("replies"), default=0, editable=False)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PUBLISHED
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity_at"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [
            models.Index(
                fields=["board", "status", "-pinned", "-last_activity_at"], name="topic_board_list"
            ),
            models.Index(fields=["author", "-created_at"], name="topic_author_recent"),
            models.Index(fields=["-last_activity_at"], name="topic_latest"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:topic-detail", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class PostQuerySet(models.QuerySet):
    def visible_to(self, user) -> "PostQuerySet":
        from forum.permissions import is_moderator

        if is_moderator(user):
            return self.exclude(status=Post.Status.DELETED)
        visible = Q(status=Post.Status.PUBLISHED)
        if user.is_authenticated:
            visible |= Q(author=user, status__in=[Post.Status.HIDDEN, Post.Status.HELD])
        return self.filter(visible)

    def published(self) -> "PostQuerySet":
        return self.filter(status=Post.Status.PUBLISHED, topic__status=Topic.Status.PUBLISHED)

    def filter_before(self, post: "Post") -> "PostQuerySet":
        """Posts that come before `post` in thread order."""
        return self.filter(
            Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, id__lt=post.pk)
        )

    def in_thread_order(self) -> "PostQuerySet":
        return self.order_by("created_at", "id")


class Post(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("Published")
        HELD = "held", _("Awaiting approval")
        HIDDEN = "hidden", _("Hidden by the moderators")
        DELETED = "deleted", _("Deleted")

    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, related_name="posts", verbose_name=_("topic")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="posts",
        verbose_name=_("author"),
    )  # fmt: skip
    body = models.TextField(_("message"))
    # Rendered and sanitized once on write (forum.rendering), never per view.
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    edited_by_moderator = models.BooleanField(default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PUBLISHED
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [
            models.Index(fields=["topic", "status", "created_at", "id"], name="post_thread_order"),
            models.Index(fields=["author", "-created_at"], name="post_author_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.topic} #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("forum:post-detail", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def is_within_edit_window(self, now=None) -> bool:
        minutes = settings.FORUM_EDIT_WINDOW_MINUTES
        if not minutes:
            return True
        now = now or timezone.now()
        return (now - self.created_at).total_seconds() <= minutes * 60


class PostRevision(models.Model):
    """One version of a post's text: the first is written with the post, one more per edit."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    title = models.CharField(max_length=TITLE_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_moderator = models.BooleanField(default=False)
    reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["post", "-created_at"], name="revision_post_recent")]

    def __str__(self) -> str:
        return f"{self.post} @ {self.created_at:%Y-%m-%d %H:%M}"
