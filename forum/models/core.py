"""Boards, topics, posts and their revisions: the forum itself."""

from django.conf import settings
from django.db import models
from django.db.models import (
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

TITLE_MAX_LENGTH = 200


def in_active_language(english: str, french: str) -> str:
    from django.utils.translation import get_language

    if (get_language() or "").startswith("fr") and french:
        return french
    return english


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
    noindex = models.BooleanField(
        _("hidden from search engines"), default=False,
        help_text=_("Ask search engines not to index this board and its topics, and leave them "
                    "out of the sitemap and public feeds."),
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

    def with_tags(self) -> "TopicQuerySet":
        """Each topic's tags, in one more query for the whole list."""
        return self.prefetch_related(
            Prefetch("tags", queryset=TopicTag.objects.all(), to_attr="tag_list")
        )

    def with_read_state(self, user) -> "TopicQuerySet":
        """Annotate `is_unread`: the topic has a post `user` has not seen, newer than when
        they joined and than their last 'mark board read'. Subqueries, so a list of topics
        stays one query. Anonymous readers see nothing as unread."""
        if not user.is_authenticated:
            return self.annotate(is_unread=Value(False))
        read_up_to = TopicReadState.objects.filter(user=user, topic=OuterRef("pk"))
        board_read_at = BoardReadState.objects.filter(user=user, board=OuterRef("board"))
        joined = Value(user.date_joined)
        queryset = self.annotate(
            last_read_post_id=Subquery(read_up_to.values("last_read_post_id")[:1]),
            unread_since=Greatest(
                Coalesce(Subquery(board_read_at.values("read_at")[:1]), joined), joined
            ),
        )
        return queryset.annotate(
            is_unread=ExpressionWrapper(
                Q(last_post_id__gt=Coalesce(F("last_read_post_id"), Value(0)))
                & Q(last_activity_at__gt=F("unread_since")),
                output_field=models.BooleanField(),
            )
        )


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
    tags = models.ManyToManyField(
        "TopicTag", blank=True, related_name="topics", verbose_name=_("tags")
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

    def with_community_data(self, user) -> "PostQuerySet":
        """Reaction counts, whether `user` reacted or bookmarked, and whether `user` ignores
        the author: correlated subqueries in the same query, whatever the page holds."""
        from forum.permissions import ignores_q

        def count(kind: str):
            counted = (
                Reaction.objects.filter(post=OuterRef("pk"), kind=kind)
                .order_by()
                .values("post")
                .annotate(total=models.Count("pk"))
                .values("total")
            )
            return Coalesce(Subquery(counted[:1]), 0)

        queryset = self.annotate(
            helpful_count=count(Reaction.Kind.HELPFUL),
            thanks_count=count(Reaction.Kind.THANKS),
        )
        if not user.is_authenticated:
            false = Value(False, output_field=models.BooleanField())
            return queryset.annotate(
                user_found_helpful=false, user_thanked=false, user_bookmarked=false,
                by_ignored_member=false,
            )  # fmt: skip
        mine = Reaction.objects.filter(post=OuterRef("pk"), member=user)
        return queryset.annotate(
            user_found_helpful=Exists(mine.filter(kind=Reaction.Kind.HELPFUL)),
            user_thanked=Exists(mine.filter(kind=Reaction.Kind.THANKS)),
            user_bookmarked=Exists(Bookmark.objects.filter(post=OuterRef("pk"), member=user)),
            by_ignored_member=Exists(
                IgnoredMember.objects.filter(ignores_q(user), ignored=OuterRef("author"))
            ),
        )

    def shown_in_thread_to(self, user) -> "PostQuerySet":
        """visible_to(user), plus posts hidden under a safety label: readers see their
        warning banner in the thread (the body stays collapsed; see topic_detail)."""
        labelled_hidden = Q(status=Post.Status.HIDDEN) & Exists(
            SafetyLabel.objects.active().filter(post=OuterRef("pk"), mode=SafetyLabel.Mode.HIDE)
        )
        return self.visible_to(user) | self.filter(labelled_hidden)

    def with_safety_label_flag(self) -> "PostQuerySet":
        """Annotate `has_safety_label`, for lists that show an excerpt without the banner."""
        return self.annotate(
            has_safety_label=Exists(SafetyLabel.objects.active().filter(post=OuterRef("pk")))
        )

    def without_safety_label(self) -> "PostQuerySet":
        """Leave out posts under an active safety label: for places that cannot show the
        warning with the text (feeds and other copies taken off the site)."""
        return self.exclude(Exists(SafetyLabel.objects.active().filter(post=OuterRef("pk"))))

    def with_moderation_data(self, user) -> "PostQuerySet":
        """What the thread shows about moderation, at a fixed number of queries: the active
        label (with categories and their resources), whether the crisis panel shows, whether
        `user` has an open report on the post, and why a post is not published."""
        open_report = Report.objects.filter(post=OuterRef("pk"), status=Report.Status.OPEN)
        at_risk = Report.objects.filter(
            post=OuterRef("pk"),
            reason=Report.Reason.AT_RISK,
            status__in=[Report.Status.OPEN, Report.Status.RESOLVED],
        )
        last_removal = ModerationAction.objects.filter(
            post=OuterRef("pk"), action__in=ModerationAction.REMOVALS
        ).order_by("-created_at", "-id")
        queryset = self.annotate(
            shows_crisis_panel=Exists(at_risk),
            reported_by_user=Exists(open_report.filter(reporter=user))
            if user.is_authenticated
            else Value(False),
            removal_reason=Subquery(last_removal.values("reason")[:1]),
        )
        return queryset.prefetch_related(
            Prefetch(
                "safety_labels",
                queryset=SafetyLabel.objects.active().prefetch_related(
                    Prefetch(
                        "categories",
                        queryset=UnsafeAdviceCategory.objects.prefetch_related("resources"),
                    )
                ),
                to_attr="active_labels",
            )
        )


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


class PostSearchDocument(models.Model):
    """A post's row in the full-text index, written by database triggers (forum/search/).

    Unmanaged: a GIN-indexed tsvector table on PostgreSQL, an FTS5 table on SQLite. Declared
    so that search queries can join it; read its columns through forum.search only.
    """

    post = models.OneToOneField(
        Post, primary_key=True, on_delete=models.DO_NOTHING, db_constraint=False,
        related_name="search_document",
    )  # fmt: skip

    class Meta:
        managed = False
        db_table = "forum_post_search"

    def __str__(self) -> str:
        return f"search document of post {self.post_id}"


class ContentVersion(models.Model):
    """One row whose number changes with every write, so that pages cached for signed-out
    readers (forum.caching) are never served stale, whichever process wrote."""

    value = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.value)


# The other areas' models are used inside QuerySet methods; they import this module
# first, so they come last.
from forum.models.community import Bookmark, IgnoredMember, Reaction, TopicTag  # noqa: E402
from forum.models.moderation import (  # noqa: E402
    ModerationAction,
    Report,
    SafetyLabel,
    UnsafeAdviceCategory,
)
from forum.models.notifications import BoardReadState, TopicReadState  # noqa: E402
