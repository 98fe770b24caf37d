"""Multi-row writes of the forum, each in one transaction."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from forum.models import Board, Post, PostRevision, Topic, make_slug
from forum.moderation.autoscreen import hold_after_edit, record_screening, screen_text
from forum.moderation.screening import detect_language
from forum.notifications.reading import do_auto_watch
from forum.notifications.services import do_notify_new_post
from forum.permissions import post_needs_approval
from forum.ratelimit import over_rate_limit
from forum.rendering import Rendered, find_mention_candidates, render_markdown
from resources.services import record_citations

MAX_MENTIONS = 30


class PostingTooFast(Exception):
    """The member hit the posting rate limit; the message says when to retry."""


def render_post_body(body: str) -> Rendered:
    """Render a post, linking @mentions of members who exist."""
    candidates = find_mention_candidates(body)
    members: list[tuple[str, str]] = []
    if candidates:
        User = get_user_model()
        # Bounded so a post full of @names cannot make one huge query.
        names = Q()
        for name in sorted(candidates)[:MAX_MENTIONS]:
            names |= Q(username__iexact=name)
        matched = User.objects.filter(names, is_active=True).only("username")
        members = [(user.username, user.get_absolute_url()) for user in matched]
    return render_markdown(body, members=members)


def check_posting_rate(user) -> None:
    """Fixed-window limit on new topics and replies, kept in the cache."""
    limit, window = settings.FORUM_POST_RATE_LIMIT, settings.FORUM_POST_RATE_WINDOW_SECONDS
    if over_rate_limit("post", user, limit=limit, window=window):
        raise PostingTooFast(
            _("You are posting very quickly. Please wait a minute before posting again.")
        )


@transaction.atomic
def start_topic(
    board: Board, *, author, title: str, body: str, language: str = "", tags: Iterable = ()
) -> Topic:
    now = timezone.now()
    # A board for one language decides; otherwise the text does, and the author may correct it.
    language = language or board.language or detect_language(f"{title}\n{body}")
    # New members' first posts wait for a moderator (FORUM_APPROVE_FIRST_POSTS), and so do
    # posts a screening rule holds: held content is not counted;
    # forum.moderation.services.do_approve_post counts it.
    screening = screen_text(body, lang=language, author=author)
    held = post_needs_approval(author) or _screening_holds(screening)
    topic = Topic.objects.create(
        board=board,
        title=title,
        slug=make_slug(title),
        author=author,
        created_at=now,
        last_activity_at=now,
        language=language,
        status=Topic.Status.HELD if held else Topic.Status.PUBLISHED,
    )
    post = _create_post(topic, author=author, body=body, now=now, title=title, held=held)
    record_screening(post, screening, held=_screening_holds(screening))
    Topic.objects.filter(pk=topic.pk).update(last_post=post)
    do_auto_watch(topic, user=author)
    if tags:
        topic.tags.set(tags)
    if held:
        return topic
    Board.objects.filter(pk=board.pk).update(
        topic_count=F("topic_count") + 1, post_count=F("post_count") + 1, last_post=post
    )
    topic.last_post = post
    do_notify_new_post(post, starts_topic=True)
    return topic


@transaction.atomic
def reply(topic: Topic, *, author, body: str) -> Post:
    now = timezone.now()
    screening = screen_text(body, lang=topic.language, author=author)
    held = post_needs_approval(author) or _screening_holds(screening)
    post = _create_post(topic, author=author, body=body, now=now, held=held)
    record_screening(post, screening, held=_screening_holds(screening))
    do_auto_watch(topic, user=author)
    if held:
        return post
    # Counters move by one here; moderation recomputes them (refresh_*_stats).
    Topic.objects.filter(pk=topic.pk).update(
        reply_count=F("reply_count") + 1, last_post=post, last_activity_at=now
    )
    Board.objects.filter(pk=topic.board_id).update(post_count=F("post_count") + 1, last_post=post)
    do_notify_new_post(post)
    return post


def _screening_holds(screening) -> bool:
    return screening is not None and screening.action == "hold"


def _create_post(
    topic: Topic, *, author, body: str, now, title: str = "", held: bool = False
) -> Post:
    rendered = render_post_body(body)
    post = Post.objects.create(
        topic=topic, author=author, body=body, body_html=rendered.html, created_at=now,
        status=Post.Status.HELD if held else Post.Status.PUBLISHED,
    )  # fmt: skip
    PostRevision.objects.create(post=post, body=body, title=title, editor=author, created_at=now)
    record_citations(post)
    return post


@transaction.atomic
def edit_post(
    post: Post, *, editor, body: str, title: str | None = None, reason: str = "",
    by_moderator: bool = False,
) -> bool:  # fmt: skip
    """Save a new version of `post`; returns False when nothing changed."""
    topic = post.topic
    title_changed = title is not None and title != topic.title
    if body == post.body and not title_changed:
        return False
    now = timezone.now()
    body_changed = body != post.body
    post.body = body
    rendered = render_post_body(body)
    post.body_html = rendered.html
    post.edited_at = now
    post.edited_by_moderator = by_moderator
    post.save(update_fields=["body", "body_html", "edited_at", "edited_by_moderator"])
    record_citations(post)
    if title_changed:
        topic.title = title
        topic.slug = make_slug(title)
        topic.save(update_fields=["title", "slug"])
    PostRevision.objects.create(
        post=post, body=body, title=topic.title if title_changed else "", editor=editor,
        created_at=now, by_moderator=by_moderator, reason=reason,
    )  # fmt: skip
    # Imported here: the moderation services import this module.
    from forum.moderation.services import after_post_edited

    after_post_edited(post, editor=editor, by_moderator=by_moderator)
    if body_changed and not by_moderator:
        # Re-screen the new text; a moderator's edit is already a review.
        screening = screen_text(body, lang=topic.language, author=post.author)
        held = hold_after_edit(post, screening)
        record_screening(post, screening, held=held)
    if body_changed and not by_moderator:
        # Members the author now mentions or quotes (a moderator's words are not theirs).
        do_notify_new_post(post, mentions=rendered.mentions, after_edit=True)
    return True


def refresh_topic_stats(topic: Topic) -> None:
    """Recompute the reply count and last post from the topic's published posts."""
    published = Post.objects.filter(topic=topic, status=Post.Status.PUBLISHED)
    last_post = published.order_by("-created_at", "-id").only("id", "created_at").first()
    topic.reply_count = max(published.count() - 1, 0)
    topic.last_post_id = last_post.pk if last_post else None
    topic.last_activity_at = last_post.created_at if last_post else topic.created_at
    topic.save(update_fields=["reply_count", "last_post", "last_activity_at"])


def refresh_board_stats(board: Board) -> None:
    """Recompute a board's counters from its published content."""
    published_topics = Q(topics__status=Topic.Status.PUBLISHED)
    counts = Board.objects.filter(pk=board.pk).aggregate(
        topics=Count("topics", filter=published_topics, distinct=True),
    )
    posts = Post.objects.published().filter(topic__board=board)
    last_post = posts.order_by("-created_at", "-id").only("id").first()
    board.topic_count = counts["topics"]
    board.post_count = posts.count()
    board.last_post_id = last_post.pk if last_post else None
    board.save(update_fields=["topic_count", "post_count", "last_post"])


def set_topic_language(topic: Topic, language: str) -> bool:
    if language == topic.language:
        return False
    topic.language = language
    topic.save(update_fields=["language"])
    return True
