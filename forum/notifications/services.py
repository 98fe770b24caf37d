"""Who hears about a new post, and marking notifications read.

A newly published post notifies, at most once per member: the authors of the posts it
quotes, the members it @mentions, the watchers of its topic and the topic's author (or,
for a new topic, the watchers of its board). Nobody hears about their own post, about a
topic they muted (or a board, unless they watch the topic), or from a member they ignore.
Held posts notify when approved (forum.moderation.services.do_approve_post), hidden ones
never.
"""

import re
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from forum.models import MemberNotice, Post, Topic, Watch
from forum.notifications.emails import queue_notice_email, recipient_language
from forum.permissions import ignored_by

Kind = MemberNotice.Kind

# forum.views.quote_markdown writes `@name [wrote](/p/<pk>/):` above the quoted lines.
QUOTE_LINK_RE = re.compile(r"\]\(/p/(\d+)/\)")
MAX_QUOTED_POSTS = 10


def quoted_post_ids(body: str) -> list[int]:
    return [int(pk) for pk in dict.fromkeys(QUOTE_LINK_RE.findall(body))][:MAX_QUOTED_POSTS]


def do_notify_new_post(
    post: Post,
    *,
    mentions: Iterable[str] | None = None,
    starts_topic: bool = False,
    after_edit: bool = False,
) -> list[MemberNotice]:
    """Write the notifications a newly published post causes and queue their emails
    (after commit). `mentions` are the usernames forum.rendering linked; None: find them.
    `after_edit`: the post was edited; only members it now mentions or quotes, and who had
    no notification about it yet, hear of it."""
    topic = post.topic
    if post.status != Post.Status.PUBLISHED or topic.status != Topic.Status.PUBLISHED:
        return []
    if mentions is None:
        from forum.services import render_post_body

        mentions = render_post_body(post.body).mentions

    # Highest priority first: a member quoted and mentioned hears of the quote only.
    kinds: dict[int, str] = {}

    def add(user_ids: Iterable[int], kind: str) -> None:
        for user_id in user_ids:
            kinds.setdefault(user_id, kind)

    if quoted := quoted_post_ids(post.body):
        add(
            Post.objects.published().filter(pk__in=quoted).values_list("author_id", flat=True),
            Kind.QUOTE,
        )
    User = get_user_model()
    if mentions:
        add(User.objects.filter(username__in=list(mentions)).values_list("pk", flat=True),
            Kind.MENTION)  # fmt: skip
    topic_watches, board_watches = {}, {}
    for user_id, topic_id, level in Watch.objects.filter(
        Q(topic=topic) | Q(board_id=topic.board_id)
    ).values_list("user_id", "topic_id", "level"):
        (topic_watches if topic_id else board_watches)[user_id] = level
    WATCHING, MUTED = Watch.Level.WATCHING, Watch.Level.MUTED
    if starts_topic:
        add([user_id for user_id, level in board_watches.items() if level == WATCHING],
            Kind.NEW_TOPIC)  # fmt: skip
    elif not after_edit:
        add([topic.author_id], Kind.REPLY)
        add([user_id for user_id, level in topic_watches.items() if level == WATCHING],
            Kind.REPLY)  # fmt: skip

    # A muted topic never notifies; nor does a muted board, unless the member chose to
    # watch this topic of it.
    muted = {user_id for user_id, level in topic_watches.items() if level == MUTED} | {
        user_id
        for user_id, level in board_watches.items()
        if level == MUTED and topic_watches.get(user_id) != WATCHING
    }
    for user_id in {post.author_id, *muted}:
        kinds.pop(user_id, None)
    if not kinds:
        return []
    for user_id in ignored_by(post.author, kinds):
        kinds.pop(user_id)
    recipients = User.objects.filter(pk__in=kinds, is_active=True)
    # One unread reply notification per topic is enough: the member has not read the
    # last one yet, and it links to the first post they have not seen.
    already_told = MemberNotice.objects.unread().filter(
        recipient__in=list(kinds), topic=topic, kind__in=[Kind.REPLY, Kind.NEW_TOPIC]
    )
    skip_replies = set(already_told.values_list("recipient_id", flat=True))
    if after_edit:
        told_of_post = MemberNotice.objects.filter(recipient__in=list(kinds), post=post)
        recipients = recipients.exclude(pk__in=told_of_post.values("recipient_id"))
    notices = []
    for recipient in recipients.only("pk", "email", "preferred_language", "email_notifications"):
        kind = kinds[recipient.pk]
        if kind == Kind.REPLY and recipient.pk in skip_replies:
            continue
        notice = MemberNotice(
            recipient=recipient, kind=kind, actor=post.author, topic=topic, post=post,
            url=post.get_absolute_url(),
        )  # fmt: skip
        with recipient_language(recipient):
            notice.subject = notice.title[:200]  # for the admin; pages word it afresh
        notices.append(notice)
    MemberNotice.objects.bulk_create(notices)
    for notice in notices:
        queue_notice_email(notice)
    return notices


def do_mark_notice_read(notice: MemberNotice) -> bool:
    if notice.read_at is not None:
        return False
    notice.read_at = timezone.now()
    notice.save(update_fields=["read_at"])
    return True


def do_mark_all_notices_read(user) -> int:
    return MemberNotice.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def do_stop_notification_emails(user) -> bool:
    """Unsubscribe: no more notification emails (notifications stay on the site)."""
    never = type(user).EmailNotifications.NEVER
    if user.email_notifications == never:
        return False
    user.email_notifications = never
    user.save(update_fields=["email_notifications"])
    return True
