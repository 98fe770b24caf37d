"""Writes of the community features. Each `set_*` is idempotent: it returns whether
anything changed, so a double-submitted form does no harm."""

from collections.abc import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from forum.models import Bookmark, IgnoredMember, Post, Reaction, Topic, TopicTag
from forum.ratelimit import over_rate_limit

MAX_TAGS_PER_TOPIC = 3


class ReactingTooFast(Exception):
    """The member hit the reaction rate limit; the message says what to do."""


def check_reaction_rate(user) -> None:
    """Fixed-window limit kept in the cache: generous for people, a brake for scripts."""
    limit, window = settings.FORUM_REACTION_RATE_LIMIT, settings.FORUM_REACTION_RATE_WINDOW_SECONDS
    if over_rate_limit("reaction", user, limit=limit, window=window):
        raise ReactingTooFast(
            _("You are reacting very quickly. Please wait a minute before reacting again.")
        )


def set_reaction(post: Post, *, member, kind: str, on: bool) -> bool:
    """Add (`on`) or withdraw `member`'s reaction of `kind` to `post`."""
    if not on:
        deleted, _rows = Reaction.objects.filter(post=post, member=member, kind=kind).delete()
        return bool(deleted)
    try:
        # The savepoint keeps a concurrent duplicate (unique constraint) from breaking an
        # outer transaction.
        with transaction.atomic():
            _reaction, created = Reaction.objects.get_or_create(post=post, member=member, kind=kind)
    except IntegrityError:
        return False
    return created


def reaction_counts(post: Post) -> dict[str, int]:
    counts = dict.fromkeys(Reaction.Kind.values, 0)
    for kind in Reaction.objects.filter(post=post).values_list("kind", flat=True):
        counts[kind] += 1
    return counts


def set_bookmark(post: Post, *, member, on: bool) -> bool:
    if not on:
        deleted, _rows = Bookmark.objects.filter(post=post, member=member).delete()
        return bool(deleted)
    try:
        with transaction.atomic():
            _bookmark, created = Bookmark.objects.get_or_create(post=post, member=member)
    except IntegrityError:
        return False
    return created


def set_ignore(target, *, member, on: bool) -> bool:
    """`member` starts (`on`) or stops ignoring `target`; forum.permissions.check_can_ignore
    is asked first."""
    if not on:
        deleted, _rows = IgnoredMember.objects.filter(member=member, ignored=target).delete()
        return bool(deleted)
    try:
        with transaction.atomic():
            _row, created = IgnoredMember.objects.get_or_create(member=member, ignored=target)
    except IntegrityError:
        return False
    return created


@transaction.atomic
def set_topic_tags(topic: Topic, tags: Iterable[TopicTag]) -> bool:
    tags = list(tags)
    if len(tags) > MAX_TAGS_PER_TOPIC:
        raise ValueError(f"A topic has at most {MAX_TAGS_PER_TOPIC} tags.")
    current = set(topic.tags.values_list("pk", flat=True))
    if current == {tag.pk for tag in tags}:
        return False
    topic.tags.set(tags)
    return True
