from django.conf import settings
from django.db import models
from django.db.models import (
    Exists,
    OuterRef,
    Q,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.models.community import IgnoredMember
from forum.models.core import Post, Topic, in_active_language

# ---------------------------------------------------------------------------
# Moderation (issue 4): reports, unsafe-advice categories and safety labels,
# crisis resources, member notices, suspensions, staff notes, appeals and the
# append-only moderation log. Writes live in forum/moderation/services.py.
# ---------------------------------------------------------------------------


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
        return in_active_language(self.name_en, self.name_fr)

    @property
    def warning(self) -> str:
        return in_active_language(self.warning_en, self.warning_fr)


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
        return in_active_language(self.text_en, self.text_fr)


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
    # Screening flags only: {"action", "categories", "daily_dose_mg", "classifier_score",
    # "matches": [{category, source, start, end, text}]}; offsets point into post_snapshot.
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
