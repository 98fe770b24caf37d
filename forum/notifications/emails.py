"""Notification emails.

Written in the member's language from the data as it is when the email goes out (a post
hidden in the meantime is not mailed), sent by the tasks in forum.tasks once the
transaction that wrote the notification commits, and each carrying a signed one-click
unsubscribe link (RFC 8058: List-Unsubscribe and List-Unsubscribe-Post headers).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from forum.models import MemberNotice

UNSUBSCRIBE_SALT = "forum.notifications.unsubscribe"
# The thank-you for a report is shown on the site only: it answers the member's own click.
NOT_EMAILED = frozenset({MemberNotice.Kind.REPORT_RECEIVED})
# A scheduler that runs send_digests more often than daily still sends one digest a day.
DIGEST_MIN_INTERVAL = timedelta(hours=20)
DIGEST_MAX_NOTICES = 50


def _emailed_kinds() -> list[str]:
    return [kind for kind in MemberNotice.Kind.values if kind not in NOT_EMAILED]


@contextmanager
def recipient_language(user) -> Iterator[None]:
    with translation.override(getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE):
        yield


def queue_notice_email(notice: MemberNotice) -> bool:
    """Send `notice` by email after the current transaction commits, if its recipient
    asked for immediate emails. Never blocks the request: forum.tasks does the sending."""
    recipient = notice.recipient
    Preference = get_user_model().EmailNotifications
    if (
        notice.kind in NOT_EMAILED
        or recipient.email_notifications != Preference.IMMEDIATELY
        or not recipient.email
    ):
        return False
    from forum.tasks import send_notice_email

    notice_id = notice.pk
    transaction.on_commit(lambda: send_notice_email.enqueue(notice_id))
    return True


def unsubscribe_token(user) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_for_unsubscribe_token(token: str):
    """The member a token was made for, or None when it is forged or the member is gone."""
    try:
        user_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=user_id).first()


def absolute_url(path: str) -> str:
    domain = Site.objects.get_current().domain  # cached after the first lookup
    return f"{settings.ACCOUNT_DEFAULT_HTTP_PROTOCOL}://{domain}{path}"


def _send(recipient, template: str, subject: str, context: dict) -> None:
    unsubscribe = absolute_url(reverse("forum:unsubscribe", args=[unsubscribe_token(recipient)]))
    context = {
        **context,
        "recipient": recipient,
        "SITE_NAME": settings.SITE_NAME,
        "unsubscribe_url": unsubscribe,
        "settings_url": absolute_url(reverse("accounts:settings")),
        "notifications_url": absolute_url(reverse("forum:notice-list")),
    }
    message = EmailMultiAlternatives(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body=render_to_string(f"forum/email/{template}.txt", context),
        to=[recipient.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(
        render_to_string(f"forum/email/{template}.html", context), "text/html"
    )
    message.send()


def send_notice_email_now(notice_id: int) -> bool:
    """Email one notification, unless it was read, already emailed, is no longer visible,
    or its recipient changed their preference since."""
    notice = (
        MemberNotice.objects.shown()
        .unread()
        .filter(pk=notice_id, emailed_at__isnull=True)
        .select_related("recipient", "actor", "topic", "post")
        .first()
    )
    if notice is None:
        return False
    recipient = notice.recipient
    Preference = get_user_model().EmailNotifications
    if not recipient.is_active or recipient.email_notifications != Preference.IMMEDIATELY:
        return False
    # Claimed before sending, so that a retried or duplicated task never mails twice.
    claimed = MemberNotice.objects.filter(pk=notice.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return False
    try:
        with recipient_language(recipient):
            context = {"notice": notice, "notice_url": absolute_url(notice_open_path(notice))}
            _send(recipient, "notification", notice.title, context)
    except Exception:
        # Unclaim, so that a retry (or the member's next digest) can still tell them.
        MemberNotice.objects.filter(pk=notice.pk).update(emailed_at=None)
        raise
    return True


def notice_open_path(notice: MemberNotice) -> str:
    return reverse("forum:notice-open", args=[notice.pk])


def members_due_a_digest(now=None):
    """Members on the daily digest with unread, unmailed notifications written since their
    last digest, who had no digest in the last DIGEST_MIN_INTERVAL."""
    now = now or timezone.now()
    User = get_user_model()
    pending = (
        MemberNotice.objects.shown()
        .unread()
        .filter(recipient=OuterRef("pk"), emailed_at__isnull=True, kind__in=_emailed_kinds())
        .filter(Q(created_at__gt=OuterRef("last_digest_at")) | Q(recipient__last_digest_at=None))
    )
    return (
        User.objects.filter(email_notifications=User.EmailNotifications.DAILY, is_active=True)
        .exclude(email="")
        .filter(Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - DIGEST_MIN_INTERVAL))
        .filter(Exists(pending))
    )


@transaction.atomic
def send_digest_now(user_id: int) -> int:
    """Email `user_id` one digest of their pending notifications; returns how many it listed.
    Idempotent: the member's row is locked, and `last_digest_at` and the notices'
    `emailed_at` are written in the same transaction as the sending."""
    now = timezone.now()
    user = members_due_a_digest(now).select_for_update().filter(pk=user_id).first()
    if user is None:
        return 0
    notices = (
        MemberNotice.objects.for_member(user)
        .unread()
        .filter(emailed_at__isnull=True, kind__in=_emailed_kinds())
        .with_list_data()
        .order_by("created_at", "id")
    )
    if user.last_digest_at:
        notices = notices.filter(created_at__gt=user.last_digest_at)
    notices = list(notices[:DIGEST_MAX_NOTICES])
    user.last_digest_at = now
    user.save(update_fields=["last_digest_at"])
    if not notices:
        return 0
    MemberNotice.objects.filter(pk__in=[notice.pk for notice in notices]).update(emailed_at=now)
    with recipient_language(user):
        for notice in notices:
            notice.open_url = absolute_url(notice_open_path(notice))
        subject = ngettext(
            "Your daily digest: %(count)d new notification",
            "Your daily digest: %(count)d new notifications",
            len(notices),
        ) % {"count": len(notices)}
        _send(user, "digest", subject, {"notices": notices})
    return len(notices)
