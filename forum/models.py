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


# ---------------------------------------------------------------------------
# Moderation (issue 4): reports, unsafe-advice categories and safety labels,
# crisis resources, member notices, suspensions, staff notes, appeals and the
# append-only moderation log. Writes live in forum/moderation/services.py.
# ---------------------------------------------------------------------------


def _in_active_language(english: str, french: str) -> str:
    from django.utils.translation import get_language

    if (get_language() or "").startswith("fr") and french:
        return french
    return english


class UnsafeAdviceCategory(models.Model):
    """A kind of unsafe medical advice, with the warning readers see above a labelled post."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    warning_en = models.TextField(
        _("warning (English)"),
        help_text=_("Factual and careful; never dosing advice in the site's voice."),
    )
    warning_fr = models.TextField(_("warning (French)"))
    resources = models.ManyToManyField(
        "resources.Resource", blank=True, related_name="unsafe_advice_categories",
        verbose_name=_("evidence in the library"),
        help_text=_("Linked from the warning readers see above a labelled post."),
    )  # fmt: skip
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("offered to members and moderators"), default=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("unsafe-advice category")
        verbose_name_plural = _("unsafe-advice categories")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return _in_active_language(self.name_en, self.name_fr)

    @property
    def warning(self) -> str:
        return _in_active_language(self.warning_en, self.warning_fr)


class ModerationReason(models.Model):
    """A reason moderators can pick instead of writing one (staff-editable)."""

    title = models.CharField(_("short name"), max_length=80)
    text_en = models.TextField(_("text (English)"))
    text_fr = models.TextField(_("text (French)"))
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("offered to moderators"), default=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("moderation reason")
        verbose_name_plural = _("moderation reasons")

    def __str__(self) -> str:
        return self.title

    def text_in(self, language: str) -> str:
        return self.text_fr if language.startswith("fr") and self.text_fr else self.text_en


class CrisisResourceQuerySet(models.QuerySet):
    def for_panel(self) -> dict:
        """The crisis panel's content as the template wants it, in one query."""
        contacts, signs = [], []
        for resource in self.filter(is_active=True).order_by("kind", "position", "id"):
            (signs if resource.kind == CrisisResource.Kind.SIGN else contacts).append(resource)
        return {"crisis_contacts": contacts, "crisis_signs": signs}


class CrisisResource(models.Model):
    """One line of the crisis panel: an emergency contact or a sign that needs urgent care."""

    class Kind(models.TextChoices):
        CONTACT = "contact", _("Emergency contact")
        SIGN = "sign", _("Sign that needs urgent care")

    class Country(models.TextChoices):
        FRANCE = "FR", _("France")
        UNITED_KINGDOM = "GB", _("United Kingdom")
        UNITED_STATES = "US", _("United States")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    contact = models.CharField(
        _("number or address"), max_length=40, blank=True, help_text=_("For contacts: 15, 999…")
    )
    text_en = models.CharField(_("text (English)"), max_length=300)
    text_fr = models.CharField(_("text (French)"), max_length=300)
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("shown"), default=True)

    objects = CrisisResourceQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "position", "id"]
        verbose_name = _("crisis resource")
        verbose_name_plural = _("crisis resources")

    def __str__(self) -> str:
        return f"{self.contact} {self.text_en}".strip()

    @property
    def text(self) -> str:
        return _in_active_language(self.text_en, self.text_fr)


class ModerationActionQuerySet(models.QuerySet):
    def shown_to_member(self) -> "ModerationActionQuerySet":
        """Actions a member is told about (staff notes and role changes stay internal)."""
        return self.exclude(action__in=ModerationAction.INTERNAL)


class ModerationAction(models.Model):
    """Append-only log of every moderation action, by a moderator or automatic (actor null)."""

    class Action(models.TextChoices):
        REPORTS_DISMISS = "reports_dismiss", _("Reports dismissed")
        REPORTS_RESOLVE = "reports_resolve", _("Reports marked as handled")
        POST_LABEL = "post_label", _("Safety label applied")
        POST_UNLABEL = "post_unlabel", _("Safety label lifted")
        POST_HIDE = "post_hide", _("Post hidden")
        POST_AUTO_HIDE = "post_auto_hide", _("Post hidden automatically after reports")
        POST_REQUEUE = "post_requeue", _("Labelled post edited: sent back for review")
        POST_RESTORE = "post_restore", _("Post restored")
        POST_DELETE = "post_delete", _("Post deleted")
        POST_APPROVE = "post_approve", _("Post approved")
        POST_EDIT = "post_edit", _("Post edited by the moderators")
        TOPIC_HIDE = "topic_hide", _("Topic hidden")
        TOPIC_RESTORE = "topic_restore", _("Topic restored")
        TOPIC_DELETE = "topic_delete", _("Topic deleted")
        TOPIC_LOCK = "topic_lock", _("Topic locked")
        TOPIC_UNLOCK = "topic_unlock", _("Topic unlocked")
        TOPIC_PIN = "topic_pin", _("Topic pinned")
        TOPIC_UNPIN = "topic_unpin", _("Topic unpinned")
        TOPIC_MOVE = "topic_move", _("Topic moved")
        MEMBER_WARN = "member_warn", _("Warning")
        MEMBER_SUSPEND = "member_suspend", _("Suspension")
        MEMBER_UNSUSPEND = "member_unsuspend", _("Suspension lifted")
        MEMBER_NOTE = "member_note", _("Staff note added")
        ROLE_GRANT = "role_grant", _("Moderator role granted")
        ROLE_REVOKE = "role_revoke", _("Moderator role revoked")
        APPEAL_UPHOLD = "appeal_uphold", _("Appeal: decision upheld")
        APPEAL_OVERTURN = "appeal_overturn", _("Appeal: decision overturned")
        # Safety screening (issue 5): automatic, never a label; rules are staff data.
        SCREEN_FLAG = "screen_flag", _("Flagged for review by the safety screening")
        SCREEN_HOLD = "screen_hold", _("Held for approval by the safety screening")
        RULE_ADD = "rule_add", _("Screening rule added")
        RULE_CHANGE = "rule_change", _("Screening rule changed")
        RULE_ENABLE = "rule_enable", _("Screening rule enabled")
        RULE_DISABLE = "rule_disable", _("Screening rule disabled")

    INTERNAL = frozenset(
        {Action.MEMBER_NOTE, Action.ROLE_GRANT, Action.ROLE_REVOKE, Action.SCREEN_FLAG,
         Action.RULE_ADD, Action.RULE_CHANGE, Action.RULE_ENABLE, Action.RULE_DISABLE}
    )  # fmt: skip
    # Actions that take a post or topic out of sight; their reason is shown to the author.
    REMOVALS = frozenset(
        {Action.POST_HIDE, Action.POST_AUTO_HIDE, Action.POST_LABEL, Action.POST_DELETE,
         Action.TOPIC_HIDE, Action.TOPIC_DELETE}
    )  # fmt: skip
    # What a member may ask a second look at, once.
    APPEALABLE = frozenset(
        {
            Action.POST_LABEL, Action.POST_HIDE, Action.POST_AUTO_HIDE, Action.POST_DELETE,
            Action.POST_EDIT, Action.TOPIC_HIDE, Action.TOPIC_DELETE, Action.TOPIC_LOCK,
            Action.MEMBER_WARN, Action.MEMBER_SUSPEND,
        }
    )  # fmt: skip

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="moderation_actions_taken", verbose_name=_("moderator"),
        help_text=_("Empty for automatic actions."),
    )  # fmt: skip
    action = models.CharField(_("action"), max_length=24, choices=Action.choices)
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation_actions"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="moderation_actions"
    )
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="moderation_actions_received", verbose_name=_("member"),
    )  # fmt: skip
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    extra = models.JSONField(_("details"), default=dict, blank=True)

    objects = ModerationActionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation log")
        permissions = [("moderate_forum", _("Can use the moderation tools"))]
        indexes = [
            models.Index(fields=["target_user", "-created_at"], name="modaction_member"),
            models.Index(fields=["actor", "-created_at"], name="modaction_actor"),
            models.Index(fields=["post", "-created_at"], name="modaction_post"),
            models.Index(fields=["topic", "-created_at"], name="modaction_topic"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} @ {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        # The log is evidence: rows are written once and never changed.
        if not self._state.adding:
            raise ValueError("Moderation actions are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Moderation actions are append-only.")

    @property
    def is_automatic(self) -> bool:
        return self.actor_id is None

    @property
    def is_appealable(self) -> bool:
        return self.action in self.APPEALABLE


class ReportQuerySet(models.QuerySet):
    def open(self) -> "ReportQuerySet":
        return self.filter(status=Report.Status.OPEN)


class Report(models.Model):
    class Reason(models.TextChoices):
        AT_RISK = (
            "at_risk",
            _("Someone may be at risk (self-harm, medical emergency, severe withdrawal)"),
        )
        UNSAFE_ADVICE = "unsafe_advice", _("Unsafe medical advice")
        SPAM = "spam", _("Spam")
        HARASSMENT = "harassment", _("Harassment or abuse")
        OFF_TOPIC = "off_topic", _("Off-topic")
        OTHER = "other", _("Something else")
        # Never offered to members: written when a labelled post is edited.
        EDITED_AFTER_LABEL = "edited_after_label", _("Edited after a safety label")
        # Never offered to members: written by the safety screening (forum.moderation.autoscreen).
        SCREENING = "screening", _("Flagged by the safety screening")

    # Queue order: the most urgent first.
    PRIORITY = {
        Reason.AT_RISK: 40,
        Reason.UNSAFE_ADVICE: 30,
        Reason.SCREENING: 30,  # ordered like a member's unsafe-advice report
        Reason.EDITED_AFTER_LABEL: 25,
        Reason.HARASSMENT: 20,
        Reason.SPAM: 10,
        Reason.OFF_TOPIC: 10,
        Reason.OTHER: 10,
    }
    MEMBER_REASONS = [
        Reason.AT_RISK, Reason.UNSAFE_ADVICE, Reason.SPAM, Reason.HARASSMENT, Reason.OFF_TOPIC,
        Reason.OTHER,
    ]  # fmt: skip

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Action taken")
        DISMISSED = "dismissed", _("Dismissed")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="reports_made", verbose_name=_("reported by"),
        help_text=_("Empty when the system queued the post."),
    )  # fmt: skip
    reason = models.CharField(_("reason"), max_length=24, choices=Reason.choices)
    category = models.ForeignKey(
        UnsafeAdviceCategory, null=True, blank=True, on_delete=models.PROTECT,
        related_name="reports", verbose_name=_("kind of unsafe advice"),
    )  # fmt: skip
    note = models.TextField(_("note"), blank=True)
    post_snapshot = models.TextField(_("the post as it was reported"))
    priority = models.PositiveSmallIntegerField(default=0, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("resolved by"),
    )  # fmt: skip
    resolution = models.ForeignKey(
        ModerationAction, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    # Screening flags only: {"action", "categories", "daily_dose_mg", "matches": [{category,
    # source, start, end, text}]}; offsets point into post_snapshot.
    screening = models.JSONField(_("screening result"), default=dict, blank=True, editable=False)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-priority", "created_at", "id"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"], condition=Q(status="open"),
                name="report_one_open_per_member_post",
            )
        ]  # fmt: skip
        indexes = [
            models.Index(fields=["status", "post"], name="report_open_post"),
            models.Index(fields=["reporter", "-created_at"], name="report_reporter"),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} — {self.post}"

    @property
    def is_screening_flag(self) -> bool:
        return self.reason == self.Reason.SCREENING

    @property
    def screening_sources(self) -> list[str]:
        """The rules and detectors that matched, once each, in the order they matched."""
        sources = (match["source"] for match in self.screening.get("matches", []))
        return list(dict.fromkeys(sources))

    @property
    def screening_segments(self) -> list[tuple[str, bool]]:
        """post_snapshot as (text, matched) pairs: the template escapes each and marks matches."""
        from forum.moderation.screening import Match, highlight

        matches = [Match(**match) for match in self.screening.get("matches", [])]
        return highlight(self.post_snapshot, matches)


class SafetyLabelQuerySet(models.QuerySet):
    def active(self) -> "SafetyLabelQuerySet":
        return self.filter(lifted_at__isnull=True)


class SafetyLabel(models.Model):
    """Moderators flag a post as unsafe medical advice; readers see a warning above it."""

    class Mode(models.TextChoices):
        LABEL = "label", _("Label: the post stays readable under the warning")
        HIDE = "hide", _("Label and hide: readers see only the warning")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="safety_labels")
    categories = models.ManyToManyField(
        UnsafeAdviceCategory, related_name="labels", verbose_name=_("categories")
    )
    mode = models.CharField(_("mode"), max_length=8, choices=Mode.choices, default=Mode.LABEL)
    public_note = models.TextField(_("note shown to readers"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("flagged"), default=timezone.now)
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    lift_reason = models.TextField(_("reason for lifting"), blank=True)

    objects = SafetyLabelQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("safety label")
        verbose_name_plural = _("safety labels")
        constraints = [
            models.UniqueConstraint(
                fields=["post"], condition=Q(lifted_at__isnull=True),
                name="safety_label_one_active_per_post",
            )
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.get_mode_display()} — {self.post}"

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None

    @property
    def hides_post(self) -> bool:
        return self.mode == self.Mode.HIDE


class MemberNoticeQuerySet(models.QuerySet):
    def shown(self) -> "MemberNoticeQuerySet":
        """Notices whose post and topic are still published: a notification never shows,
        counts or mails content hidden after it was written. Moderation notices carry no
        post and always show (they tell the author about their own hidden content)."""
        shown = self.filter(
            Q(post__isnull=True)
            | Q(post__status=Post.Status.PUBLISHED, topic__status=Topic.Status.PUBLISHED)
        )
        from forum.permissions import ignores_q

        # Ignoring a member later also hides what they caused before.
        ignoring = IgnoredMember.objects.filter(
            ignores_q(OuterRef("recipient")), ignored=OuterRef("actor")
        )
        return shown.exclude(Exists(ignoring))

    def unread(self) -> "MemberNoticeQuerySet":
        return self.filter(read_at__isnull=True)

    def for_member(self, user) -> "MemberNoticeQuerySet":
        return self.filter(recipient=user).shown()

    def with_list_data(self) -> "MemberNoticeQuerySet":
        return self.select_related("actor", "topic", "post")


class MemberNotice(models.Model):
    """A message to one member (moderation outcomes today; reused by notifications later)."""

    class Kind(models.TextChoices):
        REPORT_RECEIVED = "report_received", _("Report received")
        REPORT_HANDLED = "report_handled", _("Report handled")
        CONTENT_MODERATED = "content_moderated", _("Moderation of your content")
        WARNING = "warning", _("Warning")
        SUSPENSION = "suspension", _("Suspension")
        APPEAL_DECIDED = "appeal_decided", _("Appeal decided")
        POST_APPROVED = "post_approved", _("Post approved")
        # Community notifications (forum.notifications): written with `post` and `topic`,
        # and shown from their current data, so a post hidden later shows no text.
        REPLY = "reply", _("Reply")
        NEW_TOPIC = "new_topic", _("New topic")
        MENTION = "mention", _("Mention")
        QUOTE = "quote", _("Quote")

    ABOUT_POSTS = frozenset({Kind.REPLY, Kind.NEW_TOPIC, Kind.MENTION, Kind.QUOTE})

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("from"),
    )  # fmt: skip
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Composed in the recipient's language when written, so mail can reuse it as is.
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), blank=True)
    url = models.CharField(_("link"), max_length=300, blank=True)
    action = models.ForeignKey(
        ModerationAction, null=True, blank=True, on_delete=models.SET_NULL, related_name="notices"
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    # Set when an email (immediate or digest) told the member; never emailed twice.
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)

    objects = MemberNoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("member notice")
        verbose_name_plural = _("member notices")
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notice_recipient"),
            # The header's unread count and the digest read only unread rows.
            models.Index(
                fields=["recipient", "topic"], condition=Q(read_at__isnull=True),
                name="notice_unread",
            ),
        ]  # fmt: skip

    def __str__(self) -> str:
        return self.subject

    @property
    def is_about_post(self) -> bool:
        return self.kind in self.ABOUT_POSTS

    @property
    def title(self) -> str:
        """What the notice says, in the active language. Notices about posts are worded from
        the current topic title and author name; the others keep the subject they were
        written with. Load with MemberNoticeQuerySet.with_list_data()."""
        if not self.is_about_post or self.topic is None or self.actor is None:
            return self.subject
        from django.utils.translation import gettext

        values = {"member": self.actor.public_name, "topic": self.topic.title}
        if self.kind == self.Kind.QUOTE:
            return gettext("%(member)s quoted you in “%(topic)s”") % values
        if self.kind == self.Kind.MENTION:
            return gettext("%(member)s mentioned you in “%(topic)s”") % values
        if self.kind == self.Kind.NEW_TOPIC:
            return gettext("%(member)s started a new topic: “%(topic)s”") % values
        return gettext("%(member)s replied in “%(topic)s”") % values

    @property
    def excerpt(self) -> str:
        """The post's current text as plain text, shortened; empty for other notices."""
        if self.post is None:
            return ""
        from django.utils.html import strip_tags
        from django.utils.text import Truncator

        return Truncator(strip_tags(self.post.body_html).strip()).chars(300)


class SuspensionQuerySet(models.QuerySet):
    def active(self, now=None) -> "SuspensionQuerySet":
        now = now or timezone.now()
        return self.filter(lifted_at__isnull=True, starts_at__lte=now, ends_at__gt=now)


class Suspension(models.Model):
    """A member may read but not post, reply, edit or report until `ends_at`."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suspensions"
    )
    starts_at = models.DateTimeField(_("from"), default=timezone.now)
    ends_at = models.DateTimeField(_("until"))
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip

    objects = SuspensionQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-id"]
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")
        indexes = [models.Index(fields=["member", "ends_at"], name="suspension_member")]

    def __str__(self) -> str:
        return f"{self.member} → {self.ends_at:%Y-%m-%d}"


class MemberNote(models.Model):
    """What moderators want each other to know about a member; never shown to the member."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("staff note")
        verbose_name_plural = _("staff notes")

    def __str__(self) -> str:
        return self.text[:60]


class Appeal(models.Model):
    """A member asks, once per action, for a second look by another moderator."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for a moderator")
        UPHELD = "upheld", _("Decision upheld")
        OVERTURNED = "overturned", _("Decision overturned")

    action = models.OneToOneField(ModerationAction, on_delete=models.PROTECT, related_name="appeal")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appeals"
    )
    message = models.TextField(_("why a second look"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("asked"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    decision_note = models.TextField(_("decision"), blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")

    def __str__(self) -> str:
        return f"{self.member}: {self.action}"


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


# ---------------------------------------------------------------------------
# Community (issue 6): topic tags, reactions, bookmarks and ignored members.
# Writes live in forum/community/services.py, checks in forum/permissions.py.
# ---------------------------------------------------------------------------


class TopicTag(models.Model):
    """A staff-managed label members put on their topics (at most three per topic)."""

    name_en = models.CharField(_("name (English)"), max_length=60)
    name_fr = models.CharField(_("name (French)"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("topic tag")
        verbose_name_plural = _("topic tags")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:tag-detail", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        return _in_active_language(self.name_en, self.name_fr)


class Reaction(models.Model):
    """A member found a post helpful, or thanks its author: one of each per member and post."""

    class Kind(models.TextChoices):
        HELPFUL = "helpful", _("Helpful")
        THANKS = "thanks", _("Thanks")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        constraints = [
            models.UniqueConstraint(
                fields=["post", "member", "kind"], name="reaction_one_of_each_per_member"
            )
        ]
        # The thread counts reactions per post and kind.
        indexes = [models.Index(fields=["post", "kind"], name="reaction_post_kind")]

    def __str__(self) -> str:
        return f"{self.member} → {self.post}: {self.kind}"


class BookmarkQuerySet(models.QuerySet):
    def visible_to(self, user) -> "BookmarkQuerySet":
        """Bookmarks of posts `user` may still see (a post hidden later drops out)."""
        posts = Post.objects.visible_to(user).filter(topic__in=Topic.objects.visible_to(user))
        return self.filter(post__in=posts)


class Bookmark(models.Model):
    """A post a member keeps for later; only they see their bookmarks."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmarks"
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="bookmarks")
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    objects = BookmarkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("bookmark")
        verbose_name_plural = _("bookmarks")
        constraints = [
            models.UniqueConstraint(fields=["member", "post"], name="bookmark_once_per_post")
        ]
        indexes = [models.Index(fields=["member", "-created_at", "-id"], name="bookmark_member")]

    def __str__(self) -> str:
        return f"{self.member} → {self.post}"


class IgnoredMember(models.Model):
    """`member` does not want to read `ignored`'s posts or hear from them.

    Moderators cannot be ignored (forum.permissions.check_can_ignore); a row that predates
    someone becoming a moderator is kept but has no effect (forum.permissions.ignores_q).
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ignoring"
    )
    ignored = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ignored_by"
    )
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("ignored member")
        verbose_name_plural = _("ignored members")
        constraints = [
            models.UniqueConstraint(fields=["member", "ignored"], name="ignore_once_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.member} ignores {self.ignored}"


# ---------------------------------------------------------------------------
# Safety screening (issue 5): staff rules and thresholds the screener reads
# (forum.moderation.screening stays free of Django; forum.moderation.autoscreen
# loads these and records flags).
# ---------------------------------------------------------------------------


class ScreeningRuleQuerySet(models.QuerySet):
    def enabled(self) -> "ScreeningRuleQuerySet":
        return self.filter(enabled=True)


class ScreeningRule(models.Model):
    """A watched phrase or regular expression: posts that match are flagged for review or
    held for approval. Never a safety label: a moderator decides."""

    class Language(models.TextChoices):
        ANY = "any", _("Any language")
        EN = "en", _("English")
        FR = "fr", _("French")

    class Action(models.TextChoices):
        FLAG = "flag", _("Flag for review (the post stays visible)")
        HOLD = "hold", _("Hold for approval (hidden until a moderator approves it)")

    name = models.CharField(
        _("name"), max_length=80, unique=True,
        help_text=_("Shown to moderators in the queue beside the words it matched."),
    )  # fmt: skip
    pattern = models.CharField(
        _("words or pattern"), max_length=200,
        help_text=_("A phrase (matched without regard to case or accents, on whole words) or, "
                    "if ticked below, a regular expression."),
    )  # fmt: skip
    is_regex = models.BooleanField(_("regular expression"), default=False)
    language = models.CharField(
        _("language"), max_length=3, choices=Language.choices, default=Language.ANY
    )
    category = models.ForeignKey(
        UnsafeAdviceCategory, on_delete=models.PROTECT, related_name="screening_rules",
        verbose_name=_("kind of unsafe advice"),
    )  # fmt: skip
    action = models.CharField(
        _("action"), max_length=4, choices=Action.choices, default=Action.FLAG
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    notes = models.TextField(_("notes for moderators"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("created by"),
    )  # fmt: skip
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScreeningRuleQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("screening rule")
        verbose_name_plural = _("screening rules")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        _forget_screening_config()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        _forget_screening_config()
        return result

    def as_rule(self):
        """The screener's frozen Rule (reads category.slug: select_related it)."""
        from forum.moderation.screening import Rule

        return Rule(
            name=self.name, pattern=self.pattern, is_regex=self.is_regex,
            language=self.language, category=self.category.slug, action=self.action,
        )  # fmt: skip


class ScreeningThresholds(models.Model):
    """The screener's dose limits, edited by staff in the admin; one row at most (pk 1).
    With no row the screener uses its defaults (docs/screening.md lists their sources)."""

    excessive_mg_per_day = models.FloatField(
        _("advised daily dose above which advice is flagged (mg/day)"), default=80.0
    )
    trial_max_mg_per_day = models.FloatField(
        _("highest daily dose studied in trials (mg/day, reference only)"), default=300.0
    )
    max_start_mg_per_day = models.FloatField(_("highest starting dose (mg/day)"), default=30.0)
    max_increase_mg_per_day = models.FloatField(
        _("fastest increase (mg per day, averaged)"), default=5.0
    )
    max_step_mg = models.FloatField(_("largest single increase (mg)"), default=20.0)
    min_taper_days = models.FloatField(_("shortest taper to a full stop (days)"), default=7.0)
    max_taper_mg_per_day = models.FloatField(_("fastest decrease (mg per day)"), default=15.0)
    assumed_tablet_mg = models.FloatField(
        _("tablet strength assumed when a post gives none (mg)"), default=10.0
    )
    assumed_body_weight_kg = models.FloatField(
        _("body weight assumed for mg/kg doses (kg)"), default=70.0
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("screening thresholds")
        verbose_name_plural = _("screening thresholds")

    def __str__(self) -> str:
        return str(_("Screening thresholds"))

    def save(self, *args, **kwargs):
        self.pk = 1  # a singleton: staff edit the one row
        super().save(*args, **kwargs)
        _forget_screening_config()

    def as_thresholds(self):
        from dataclasses import fields

        from forum.moderation.screening import Thresholds

        return Thresholds(**{f.name: getattr(self, f.name) for f in fields(Thresholds)})


def _forget_screening_config() -> None:
    # The rules and thresholds are cached per write (forum.moderation.autoscreen); forget
    # them now and again after commit, so no writer keeps an old copy.
    from django.db import transaction

    from forum.moderation.autoscreen import forget_config

    forget_config()
    transaction.on_commit(forget_config)


class ContentVersion(models.Model):
    """One row whose number changes with every write, so that pages cached for signed-out
    readers (forum.caching) are never served stale, whichever process wrote."""

    value = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.value)
