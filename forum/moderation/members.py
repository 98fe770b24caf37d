"""Moderation writes about members: warnings, suspensions, staff notes, roles, appeals.

Same contract as services.py: one transaction, idempotent, returns whether
anything changed, logged in the same transaction.
"""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from forum.models import (
    Appeal,
    MemberNote,
    MemberNotice,
    ModerationAction,
    Post,
    Suspension,
    Topic,
)
from forum.moderation import services
from forum.moderation.services import log_action, member_language, notify, record_url
from forum.permissions import MODERATORS_GROUP

Action = ModerationAction.Action

# A second identical warning this soon is a double submission, not a new warning.
DUPLICATE_WARNING_WINDOW = timedelta(minutes=10)


def _resolve_from(post: Post | None, *, moderator, action: ModerationAction) -> None:
    if post is not None:
        services._resolve_reports(post, moderator=moderator, action=action, status="resolved")


@transaction.atomic
def do_warn_member(member, *, moderator, reason: str, post: Post | None = None) -> bool:
    """Send a warning the member sees in their notices (a warning is always told)."""
    recent = ModerationAction.objects.filter(
        action=Action.MEMBER_WARN,
        target_user=member,
        actor=moderator,
        reason=reason,
        created_at__gte=timezone.now() - DUPLICATE_WARNING_WINDOW,
    ).exists()
    if recent:
        return False
    action = log_action(
        Action.MEMBER_WARN, actor=moderator, post=post, target_user=member, reason=reason
    )
    _resolve_from(post, moderator=moderator, action=action)
    with member_language(member):
        notify(
            member,
            kind=MemberNotice.Kind.WARNING,
            subject=_("A warning from the moderators"),
            body=_(
                "%(reason)s\n\nIf you think this is a mistake, you can ask once for a second "
                "look by another moderator from your moderation record."
            )
            % {"reason": reason},
            url=record_url(),
            action=action,
        )
    return True


@transaction.atomic
def do_suspend_member(
    member,
    *,
    moderator,
    days: int,
    reason: str,
    post: Post | None = None,
    notify_member: bool = True,
) -> bool:
    """Suspend for `days` from now; an active suspension is extended, never shortened."""
    now = timezone.now()
    ends_at = now + timedelta(days=days)
    current = Suspension.objects.active(now).filter(member=member).order_by("-ends_at").first()
    if current is not None and current.ends_at >= ends_at:
        return False
    if current is not None:
        current.ends_at = ends_at
        current.reason = reason
        current.save(update_fields=["ends_at", "reason"])
        suspension = current
    else:
        suspension = Suspension.objects.create(
            member=member, starts_at=now, ends_at=ends_at, reason=reason, created_by=moderator
        )
    action = log_action(
        Action.MEMBER_SUSPEND,
        actor=moderator,
        post=post,
        target_user=member,
        reason=reason,
        extra={"suspension": suspension.pk, "days": days, "until": ends_at.isoformat()},
    )
    _resolve_from(post, moderator=moderator, action=action)
    if notify_member:
        with member_language(member):
            until = formats.date_format(timezone.localtime(ends_at), "DATETIME_FORMAT")
            notify(
                member,
                kind=MemberNotice.Kind.SUSPENSION,
                subject=_("Your account is suspended until %(until)s") % {"until": until},
                body=_(
                    "Reason: %(reason)s\n\nYou can still read the forum, but not post, reply, "
                    "edit or report until then. You can ask once for a second look by "
                    "another moderator from your moderation record."
                )
                % {"reason": reason},
                url=record_url(),
                action=action,
            )
    return True


@transaction.atomic
def do_lift_suspension(member, *, moderator, reason: str = "", notify_member=True) -> bool:
    now = timezone.now()
    lifted = (
        Suspension.objects.active(now)
        .filter(member=member)
        .update(lifted_at=now, lifted_by=moderator)
    )
    if not lifted:
        return False
    action = log_action(Action.MEMBER_UNSUSPEND, actor=moderator, target_user=member, reason=reason)
    if notify_member:
        with member_language(member):
            notify(
                member,
                kind=MemberNotice.Kind.SUSPENSION,
                subject=_("Your suspension has been lifted: you can post again"),
                body=reason,
                url=record_url(),
                action=action,
            )
    return True


@transaction.atomic
def do_add_staff_note(member, *, moderator, text: str) -> MemberNote:
    note = MemberNote.objects.create(member=member, author=moderator, text=text)
    log_action(Action.MEMBER_NOTE, actor=moderator, target_user=member, extra={"note": note.pk})
    return note


@transaction.atomic
def do_grant_moderator(user, *, actor=None) -> bool:
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    if user.groups.filter(pk=group.pk).exists():
        return False
    user.groups.add(group)
    user.__dict__.pop("_is_moderator", None)
    log_action(Action.ROLE_GRANT, actor=actor, target_user=user)
    return True


@transaction.atomic
def do_revoke_moderator(user, *, actor=None) -> bool:
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is None or not user.groups.filter(pk=group.pk).exists():
        return False
    user.groups.remove(group)
    user.__dict__.pop("_is_moderator", None)
    log_action(Action.ROLE_REVOKE, actor=actor, target_user=user)
    return True


# --- Appeals ----------------------------------------------------------------------


@transaction.atomic
def do_request_appeal(action: ModerationAction, *, member, message: str) -> Appeal | None:
    """Ask once for a second look (the caller checked check_can_appeal); None if asked."""
    appeal, created = Appeal.objects.get_or_create(
        action=action, defaults={"member": member, "message": message}
    )
    return appeal if created else None


@transaction.atomic
def do_decide_appeal(appeal: Appeal, *, moderator, overturn: bool, note: str) -> bool:
    """Uphold or overturn (the caller checked check_can_decide_appeal: another moderator).
    Overturning undoes what can be undone: label, hide, delete, lock, suspension."""
    appeal = Appeal.objects.select_for_update().select_related("action").get(pk=appeal.pk)
    if appeal.status != Appeal.Status.OPEN:
        return False
    original = appeal.action
    if overturn:
        _undo(original, moderator=moderator, note=note)
    appeal.status = Appeal.Status.OVERTURNED if overturn else Appeal.Status.UPHELD
    appeal.decided_at = timezone.now()
    appeal.decided_by = moderator
    appeal.decision_note = note
    appeal.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    action = log_action(
        Action.APPEAL_OVERTURN if overturn else Action.APPEAL_UPHOLD,
        actor=moderator,
        post=original.post,
        topic=original.topic,
        target_user=appeal.member,
        reason=note,
        extra={"appeal": appeal.pk, "original_action": original.pk},
    )
    with member_language(appeal.member):
        subject = (
            _("Second look: the moderators reversed their decision")
            if overturn
            else _("Second look: the moderators kept their decision")
        )
        notify(
            appeal.member,
            kind=MemberNotice.Kind.APPEAL_DECIDED,
            subject=subject,
            body=note,
            url=record_url(),
            action=action,
        )
    return True


def _undo(original: ModerationAction, *, moderator, note: str) -> None:
    post = Post.objects.select_related("topic__board", "author").filter(pk=original.post_id).first()
    topic = Topic.objects.select_related("board", "author").filter(pk=original.topic_id).first()
    # The member is told once, by the appeal decision, not by each undo step.
    quiet = {"moderator": moderator, "notify_author": False}
    match original.action:
        case Action.POST_LABEL if post is not None:
            services.do_lift_label(post, reason=note, **quiet)
        case Action.POST_HIDE | Action.POST_AUTO_HIDE | Action.POST_DELETE if post is not None:
            services.do_restore_post(post, reason=note, **quiet)
        case Action.TOPIC_HIDE | Action.TOPIC_DELETE if topic is not None:
            services.do_restore_topic(topic, reason=note, **quiet)
        case Action.TOPIC_LOCK if topic is not None:
            services.do_unlock_topic(topic, moderator=moderator, reason=note)
        case Action.MEMBER_SUSPEND:
            do_lift_suspension(
                original.target_user, moderator=moderator, reason=note, notify_member=False
            )
        case _:
            # A warning or an edit cannot be taken back; the decision note says so.
            pass
