"""Moderation writes on reports, posts and topics.

Every function is one transaction, idempotent, and returns whether anything
changed; each change writes its ModerationAction in the same transaction.
Resolving open reports counts as a change: confirming an automatic hide from the
queue is a decision worth logging. Member-level actions live in members.py.
"""

from collections.abc import Iterable
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from forum.models import (
    Board,
    MemberNotice,
    ModerationAction,
    Post,
    Report,
    SafetyLabel,
    Topic,
    UnsafeAdviceCategory,
)
from forum.notifications.emails import queue_notice_email
from forum.notifications.services import do_notify_new_post
from forum.ratelimit import over_rate_limit
from forum.services import edit_post, refresh_board_stats, refresh_topic_stats

Action = ModerationAction.Action


class ReportingTooFast(Exception):
    """The member hit the report rate limit; the message says so."""


# --- Log and notices -----------------------------------------------------------


def log_action(
    action: str,
    *,
    actor,
    post: Post | None = None,
    topic: Topic | None = None,
    target_user=None,
    reason: str = "",
    extra: dict | None = None,
) -> ModerationAction:
    """Append to the moderation log; call inside the transaction of the change it records."""
    if post is not None and topic is None:
        topic = post.topic
    return ModerationAction.objects.create(
        action=action,
        actor=actor,
        post=post,
        topic=topic,
        target_user=target_user,
        reason=reason,
        extra=extra or {},
    )


@contextmanager
def member_language(member):
    """Compose text for `member` in their language, whoever triggers it."""
    with translation.override(getattr(member, "preferred_language", "") or settings.LANGUAGE_CODE):
        yield


def notify(
    recipient,
    *,
    kind: str,
    subject: str,
    body: str = "",
    url: str = "",
    action: ModerationAction | None = None,
) -> MemberNotice:
    notice = MemberNotice.objects.create(
        recipient=recipient, kind=kind, subject=subject[:200], body=body, url=url, action=action
    )
    queue_notice_email(notice)  # after commit, if the member wants emails
    return notice


def record_url() -> str:
    return reverse("forum:moderation-record")


def _tell_author(post_or_topic, action: ModerationAction, subject, *, extra_body: str = ""):
    """Tell the author what happened to their content, why, and that they may appeal."""
    author = post_or_topic.author
    with member_language(author):
        parts = [_("Reason: %(reason)s") % {"reason": action.reason}] if action.reason else []
        if extra_body:
            parts.append(str(extra_body))
        if action.is_appealable:
            parts.append(
                _(
                    "If you think this is a mistake, you can ask once for a second look by "
                    "another moderator from your moderation record."
                )
            )
        notify(
            author,
            kind=MemberNotice.Kind.CONTENT_MODERATED,
            subject=str(subject),
            body="\n\n".join(parts),
            url=post_or_topic.get_absolute_url(),
            action=action,
        )


# --- Reports ---------------------------------------------------------------------


def check_report_rate(user) -> None:
    """Fixed-window limit on reports, kept in the cache like check_posting_rate."""
    limit, window = settings.FORUM_REPORT_RATE_LIMIT, settings.FORUM_REPORT_RATE_WINDOW_SECONDS
    if over_rate_limit("report", user, limit=limit, window=window):
        raise ReportingTooFast(
            _("You have sent many reports in a short time. Please try again later.")
        )


@transaction.atomic
def do_report_post(
    post: Post,
    *,
    reporter,
    reason: str,
    category: UnsafeAdviceCategory | None = None,
    note: str = "",
) -> Report | None:
    """File a report (the caller checked check_can_report_post and the rate);
    None when the member already has an open report on this post."""
    if Report.objects.open().filter(post=post, reporter=reporter).exists():
        return None
    report = Report.objects.create(
        post=post,
        reporter=reporter,
        reason=reason,
        category=category if reason == Report.Reason.UNSAFE_ADVICE else None,
        note=note,
        post_snapshot=post.body,
        priority=Report.PRIORITY[reason],
    )
    with member_language(reporter):
        notify(
            reporter,
            kind=MemberNotice.Kind.REPORT_RECEIVED,
            subject=_("Thank you: the moderators received your report"),
            body=_("Reason: %(reason)s. You will get a notice when it has been handled.")
            % {"reason": report.get_reason_display()},
            url=post.get_absolute_url(),
        )
    if reason == Report.Reason.UNSAFE_ADVICE:
        hide_if_reported_enough(post)
    return report


def hide_if_reported_enough(post: Post) -> bool:
    """FORUM_REPORT_HIDE_THRESHOLD distinct members reporting unsafe advice hide the post
    until a moderator reviews it (an automatic, logged action)."""
    threshold = settings.FORUM_REPORT_HIDE_THRESHOLD
    post = Post.objects.select_for_update().select_related("topic", "author").get(pk=post.pk)
    if not threshold or post.status != Post.Status.PUBLISHED:
        return False
    reporters = (
        Report.objects.open()
        .filter(post=post, reason=Report.Reason.UNSAFE_ADVICE, reporter__isnull=False)
        .values("reporter")
        .distinct()
        .count()
    )
    if reporters < threshold:
        return False
    _set_post_status(post, Post.Status.HIDDEN)
    with member_language(post.author):
        reason = _(
            "Hidden automatically: %(count)d members reported it as unsafe medical advice. "
            "A moderator will review it."
        ) % {"count": reporters}
        action = log_action(
            Action.POST_AUTO_HIDE,
            actor=None,
            post=post,
            target_user=post.author,
            reason=reason,
            extra={"reporters": reporters, "threshold": threshold},
        )
        _tell_author(post, action, _("Your post is hidden until a moderator reviews it"))
    return True


def _resolve_reports(post: Post, *, moderator, action: ModerationAction, status: str) -> int:
    reports = list(Report.objects.open().filter(post=post).select_related("reporter"))
    if not reports:
        return 0
    Report.objects.filter(pk__in=[report.pk for report in reports]).update(
        status=status, resolved_at=action.created_at, resolved_by=moderator, resolution=action
    )
    told = set()
    for report in reports:
        if report.reporter is None or report.reporter_id in told:
            continue
        told.add(report.reporter_id)
        with member_language(report.reporter):
            notify(
                report.reporter,
                kind=MemberNotice.Kind.REPORT_HANDLED,
                subject=_("Your report has been handled"),
                body=_(
                    "The moderators reviewed the post you reported. Thank you for helping "
                    "keep the community safe."
                ),
                url=reverse("forum:post-detail", args=[post.pk]),
            )
    return len(reports)


def _open_reports_exist(post: Post) -> bool:
    return Report.objects.open().filter(post=post).exists()


@transaction.atomic
def do_dismiss_reports(post: Post, *, moderator, reason: str = "") -> bool:
    """Nothing to act on. A post the reports hid automatically is published again."""
    post = _locked(post)
    if not _open_reports_exist(post):
        return False
    restored = False
    if post.status == Post.Status.HIDDEN and _last_removal(post) == Action.POST_AUTO_HIDE:
        _set_post_status(post, Post.Status.PUBLISHED)
        restored = True
    action = log_action(
        Action.REPORTS_DISMISS,
        actor=moderator,
        post=post,
        target_user=post.author,
        reason=reason,
        extra={"restored": restored},
    )
    _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.DISMISSED)
    return True


@transaction.atomic
def do_resolve_reports(post: Post, *, moderator, reason: str = "") -> bool:
    """Handled outside the post (e.g. the member was contacted); the post stays as it is."""
    post = _locked(post)
    if not _open_reports_exist(post):
        return False
    action = log_action(
        Action.REPORTS_RESOLVE, actor=moderator, post=post, target_user=post.author, reason=reason
    )
    _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.RESOLVED)
    return True


def _last_removal(post: Post) -> str | None:
    return (
        ModerationAction.objects.filter(post=post, action__in=ModerationAction.REMOVALS)
        .order_by("-created_at", "-id")
        .values_list("action", flat=True)
        .first()
    )


# --- Posts -----------------------------------------------------------------------


def _locked(post: Post) -> Post:
    """A fresh copy of `post`, locked until the transaction ends: decisions read the
    state the database has, not the one the caller loaded (an automatic hide may have
    happened in between)."""
    return Post.objects.select_for_update().select_related("topic__board", "author").get(pk=post.pk)


def _set_post_status(post: Post, status: str) -> bool:
    """Change the status and recompute the counters it affects; False if unchanged."""
    if post.status == status:
        return False
    post.status = status
    post.save(update_fields=["status"])
    refresh_topic_stats(post.topic)
    refresh_board_stats(post.topic.board)
    return True


def _act_on_post(
    post: Post,
    *,
    moderator,
    action_name: str,
    new_status: str | None,
    reason: str,
    notify_author: bool,
    subject,
    extra: dict | None = None,
) -> bool:
    """The shape of most post actions: change status, log, resolve reports, tell the author."""
    post = _locked(post)
    changed = new_status is not None and _set_post_status(post, new_status)
    if not changed and not _open_reports_exist(post):
        return False
    action = log_action(
        action_name,
        actor=moderator,
        post=post,
        target_user=post.author,
        reason=reason,
        extra={"status_changed": changed, **(extra or {})},
    )
    _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.RESOLVED)
    if notify_author and changed and post.author_id != getattr(moderator, "pk", None):
        _tell_author(post, action, subject)
    return True


@transaction.atomic
def do_hide_post(post: Post, *, moderator, reason: str, notify_author: bool = True) -> bool:
    with member_language(post.author):
        subject = _("The moderators hid one of your posts")
    return _act_on_post(
        post,
        moderator=moderator,
        action_name=Action.POST_HIDE,
        new_status=Post.Status.HIDDEN,
        reason=reason,
        notify_author=notify_author,
        subject=subject,
    )


@transaction.atomic
def do_restore_post(post: Post, *, moderator, reason: str = "", notify_author: bool = True) -> bool:
    """Publish a hidden or deleted post again; a label that hid it now only labels it."""
    post = _locked(post)
    if post.status not in (Post.Status.HIDDEN, Post.Status.DELETED):
        return False
    SafetyLabel.objects.active().filter(post=post).update(mode=SafetyLabel.Mode.LABEL)
    with member_language(post.author):
        subject = _("The moderators restored one of your posts")
    return _act_on_post(
        post,
        moderator=moderator,
        action_name=Action.POST_RESTORE,
        new_status=Post.Status.PUBLISHED,
        reason=reason,
        notify_author=notify_author,
        subject=subject,
    )


@transaction.atomic
def do_delete_post(post: Post, *, moderator, reason: str, notify_author: bool = True) -> bool:
    with member_language(post.author):
        subject = _("The moderators deleted one of your posts")
    return _act_on_post(
        post,
        moderator=moderator,
        action_name=Action.POST_DELETE,
        new_status=Post.Status.DELETED,
        reason=reason,
        notify_author=notify_author,
        subject=subject,
    )


@transaction.atomic
def do_approve_post(post: Post, *, moderator, reason: str = "") -> bool:
    """Publish a held post (and its topic when it opens one), then fix the counters."""
    post = _locked(post)
    if post.status != Post.Status.HELD:
        return False
    topic = post.topic
    starts_topic = topic.status == Topic.Status.HELD
    if topic.status == Topic.Status.HELD:
        topic.status = Topic.Status.PUBLISHED
        topic.save(update_fields=["status"])
    post.status = Post.Status.PUBLISHED
    post.save(update_fields=["status"])
    refresh_topic_stats(topic)
    refresh_board_stats(topic.board)
    action = log_action(
        Action.POST_APPROVE, actor=moderator, post=post, target_user=post.author, reason=reason
    )
    _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.RESOLVED)
    with member_language(post.author):
        notify(
            post.author,
            kind=MemberNotice.Kind.POST_APPROVED,
            subject=_("Your post has been approved and is now visible"),
            url=post.get_absolute_url(),
            action=action,
        )
    # Replies, mentions and quotes were held back with the post: notify now.
    do_notify_new_post(post, starts_topic=starts_topic)
    return True


@transaction.atomic
def do_label_post(
    post: Post,
    *,
    moderator,
    categories: Iterable[UnsafeAdviceCategory],
    mode: str,
    reason: str,
    public_note: str = "",
    notify_author: bool = True,
) -> bool:
    """Flag `post` as unsafe medical advice. `mode` HIDE also hides it from readers,
    who then see only the warning; LABEL keeps it readable under the warning."""
    post = _locked(post)
    categories = sorted(categories, key=lambda category: (category.position, category.pk))
    slugs = [category.slug for category in categories]
    label = SafetyLabel.objects.active().filter(post=post).first()
    label_changed = label is None or (
        label.mode != mode
        or label.public_note != public_note
        or sorted(label.categories.values_list("slug", flat=True)) != sorted(slugs)
    )
    if label is None:
        label = SafetyLabel.objects.create(
            post=post, mode=mode, public_note=public_note, created_by=moderator
        )
    elif label_changed:
        label.mode = mode
        label.public_note = public_note
        label.save(update_fields=["mode", "public_note"])
    label.categories.set(categories)
    status_changed = False
    if mode == SafetyLabel.Mode.HIDE and post.status == Post.Status.PUBLISHED:
        status_changed = _set_post_status(post, Post.Status.HIDDEN)
    elif mode == SafetyLabel.Mode.LABEL and post.status == Post.Status.HIDDEN:
        # The moderator judged it readable under the warning (e.g. after an automatic hide).
        status_changed = _set_post_status(post, Post.Status.PUBLISHED)
    if not label_changed and not status_changed and not _open_reports_exist(post):
        return False
    action = log_action(
        Action.POST_LABEL,
        actor=moderator,
        post=post,
        target_user=post.author,
        reason=reason,
        extra={"label": label.pk, "categories": slugs, "mode": mode, "public_note": public_note},
    )
    _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.RESOLVED)
    if notify_author and (label_changed or status_changed):
        with member_language(post.author):
            names = ", ".join(category.name for category in categories)
            subject = (
                _("The moderators hid your post behind a safety warning")
                if mode == SafetyLabel.Mode.HIDE
                else _("The moderators added a safety warning to your post")
            )
            body = _(
                "Warning: %(categories)s. You may edit your post; a moderator will then review "
                "it again (the warning stays until a moderator lifts it)."
            ) % {"categories": names}
            _tell_author(post, action, subject, extra_body=body)
    return True


@transaction.atomic
def do_lift_label(post: Post, *, moderator, reason: str, notify_author: bool = True) -> bool:
    post = _locked(post)
    label = SafetyLabel.objects.active().filter(post=post).first()
    if label is None:
        return False
    now = timezone.now()
    label.lifted_at = now
    label.lifted_by = moderator
    label.lift_reason = reason
    label.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    restored = label.hides_post and _set_post_status(post, Post.Status.PUBLISHED)
    action = log_action(
        Action.POST_UNLABEL,
        actor=moderator,
        post=post,
        target_user=post.author,
        reason=reason,
        extra={"label": label.pk, "restored": restored},
    )
    _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.RESOLVED)
    if notify_author:
        with member_language(post.author):
            _tell_author(post, action, _("The safety warning on your post has been lifted"))
    return True


@transaction.atomic
def do_moderator_edit(
    post: Post, *, moderator, body: str, reason: str, notify_author: bool = True
) -> bool:
    """Edit out unsafe text; the revision is signed "edited by the moderators: reason"."""
    if not edit_post(post, editor=moderator, body=body, reason=reason, by_moderator=True):
        return False
    revision = post.revisions.order_by("-created_at", "-id").values_list("pk", flat=True).first()
    action = log_action(
        Action.POST_EDIT,
        actor=moderator,
        post=post,
        target_user=post.author,
        reason=reason,
        extra={"revision": revision},
    )
    _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.RESOLVED)
    if notify_author and post.author_id != moderator.pk:
        with member_language(post.author):
            _tell_author(post, action, _("The moderators edited one of your posts"))
    return True


def after_post_edited(post: Post, *, editor, by_moderator: bool) -> bool:
    """Hook called by forum.services.edit_post, in its transaction: an author's edit of a
    labelled post goes back to the queue; the label stays until a moderator lifts it."""
    if by_moderator or not SafetyLabel.objects.active().filter(post=post).exists():
        return False
    already_queued = (
        Report.objects.open()
        .filter(post=post, reason=Report.Reason.EDITED_AFTER_LABEL)
        .update(post_snapshot=post.body)
    )
    if already_queued:
        return False
    Report.objects.create(
        post=post,
        reporter=None,
        reason=Report.Reason.EDITED_AFTER_LABEL,
        post_snapshot=post.body,
        priority=Report.PRIORITY[Report.Reason.EDITED_AFTER_LABEL],
    )
    log_action(Action.POST_REQUEUE, actor=None, post=post, target_user=post.author)
    return True


# --- Topics ----------------------------------------------------------------------


def _resolve_topic_reports(topic: Topic, *, moderator, action: ModerationAction) -> None:
    for post in Post.objects.filter(topic=topic, reports__status=Report.Status.OPEN).distinct():
        post.topic = topic
        _resolve_reports(post, moderator=moderator, action=action, status=Report.Status.RESOLVED)


def _set_topic(
    topic: Topic,
    *,
    moderator,
    action_name: str,
    changes: dict,
    reason: str,
    notify_author: bool,
    subject=None,
    resolve_post: Post | None = None,
    resolve_all: bool = False,
    extra: dict | None = None,
) -> bool:
    topic = Topic.objects.select_for_update().select_related("board", "author").get(pk=topic.pk)
    changed_fields = [field for field, value in changes.items() if getattr(topic, field) != value]
    pending_reports = resolve_post is not None and _open_reports_exist(resolve_post)
    if not changed_fields and not pending_reports:
        return False
    for field in changed_fields:
        setattr(topic, field, changes[field])
    if changed_fields:
        topic.save(update_fields=changed_fields)
    action = log_action(
        action_name,
        actor=moderator,
        topic=topic,
        target_user=topic.author,
        reason=reason,
        extra={"changed": changed_fields, **(extra or {})},
    )
    if resolve_all:
        _resolve_topic_reports(topic, moderator=moderator, action=action)
    elif resolve_post is not None:
        _resolve_reports(
            resolve_post, moderator=moderator, action=action, status=Report.Status.RESOLVED
        )
    if "status" in changed_fields:
        refresh_board_stats(topic.board)
    if subject is not None and notify_author and changed_fields:
        with member_language(topic.author):
            _tell_author(topic, action, subject)
    return True


@transaction.atomic
def do_hide_topic(topic: Topic, *, moderator, reason: str, notify_author: bool = True) -> bool:
    with member_language(topic.author):
        subject = _("The moderators hid one of your topics")
    return _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_HIDE,
        changes={"status": Topic.Status.HIDDEN},
        reason=reason,
        notify_author=notify_author,
        subject=subject,
        resolve_all=True,
    )


@transaction.atomic
def do_restore_topic(topic: Topic, *, moderator, reason: str = "", notify_author=True) -> bool:
    topic = Topic.objects.select_for_update().select_related("board", "author").get(pk=topic.pk)
    if topic.status not in (Topic.Status.HIDDEN, Topic.Status.DELETED):
        return False
    with member_language(topic.author):
        subject = _("The moderators restored one of your topics")
    return _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_RESTORE,
        changes={"status": Topic.Status.PUBLISHED},
        reason=reason,
        notify_author=notify_author,
        subject=subject,
    )


@transaction.atomic
def do_delete_topic(topic: Topic, *, moderator, reason: str, notify_author: bool = True) -> bool:
    with member_language(topic.author):
        subject = _("The moderators deleted one of your topics")
    return _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_DELETE,
        changes={"status": Topic.Status.DELETED},
        reason=reason,
        notify_author=notify_author,
        subject=subject,
        resolve_all=True,
    )


@transaction.atomic
def do_lock_topic(
    topic: Topic,
    *,
    moderator,
    reason: str = "",
    notify_author: bool = True,
    resolve_post: Post | None = None,
) -> bool:
    with member_language(topic.author):
        subject = _("The moderators locked one of your topics")
    return _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_LOCK,
        changes={"locked": True},
        reason=reason,
        notify_author=notify_author,
        subject=subject,
        resolve_post=resolve_post,
    )


@transaction.atomic
def do_unlock_topic(topic: Topic, *, moderator, reason: str = "") -> bool:
    return _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_UNLOCK,
        changes={"locked": False},
        reason=reason,
        notify_author=False,
    )


@transaction.atomic
def do_pin_topic(topic: Topic, *, moderator, reason: str = "") -> bool:
    return _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_PIN,
        changes={"pinned": True},
        reason=reason,
        notify_author=False,
    )


@transaction.atomic
def do_unpin_topic(topic: Topic, *, moderator, reason: str = "") -> bool:
    return _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_UNPIN,
        changes={"pinned": False},
        reason=reason,
        notify_author=False,
    )


@transaction.atomic
def do_move_topic(
    topic: Topic, *, moderator, board: Board, reason: str = "", notify_author: bool = True
) -> bool:
    """Move to another board; both boards' counters are recomputed."""
    old_board = Board.objects.get(pk=topic.board_id)
    with member_language(topic.author):
        subject = _("The moderators moved your topic to “%(board)s”") % {"board": board.name}
    changed = _set_topic(
        topic,
        moderator=moderator,
        action_name=Action.TOPIC_MOVE,
        changes={"board_id": board.pk},
        reason=reason,
        notify_author=notify_author,
        subject=subject,
        extra={"from": old_board.slug, "to": board.slug},
    )
    if changed:
        refresh_board_stats(old_board)
        refresh_board_stats(board)
        topic.board = board
    return changed
