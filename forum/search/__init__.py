"""Full-text search over posts (topic titles included) and the resource library.

One interface, a backend per database: PostgreSQL (tsvector + GIN index, ts_rank,
ts_headline, English and French stemming) in forum/search/postgres.py, SQLite (FTS5,
bm25, snippet) in forum/search/sqlite.py.

The index is a table beside forum_post (migration forum/0005_search_index) kept in sync by
database triggers rather than by calls from forum.services: posts are also written by
moderation (bulk `.update()`s), the admin, data migrations and the test factories, and a
trigger cannot be forgotten by any of them. On SQLite the triggers are set aside while
`migrate` runs (pre_migrate / post_migrate, see sqlite.py). Status is not indexed: visibility
is decided at query time by Post/Topic.visible_to(user), in the same query as the match.
See docs/search.md.
"""

import datetime
from types import ModuleType

from django.apps import apps
from django.db import connection, connections
from django.db.models import Q, QuerySet
from django.utils import timezone

from forum.models import Board, Post, Topic
from forum.search import postgres, sqlite
from forum.search.query import (
    SEARCH_MAX_LENGTH,
    SearchQueryError,
    clean_query,
    highlight,
)

__all__ = [
    "SEARCH_MAX_LENGTH",
    "SearchQueryError",
    "SearchResults",
    "search_posts",
    "search_resources",
]

BACKENDS: dict[str, ModuleType] = {"postgresql": postgres, "sqlite": sqlite}


def backend_for(vendor: str) -> ModuleType:
    try:
        return BACKENDS[vendor]
    except KeyError:
        raise NotImplementedError(f"No search backend for {vendor}.") from None


class SearchResults:
    """Ranked matches for django.core.paginator.Paginator: count() is one query, a slice one.

    Each post of a slice carries `search_rank`, `snippet` (safe HTML, matches in <mark>) and
    `has_safety_label`, with its topic, board and author loaded.
    """

    def __init__(self, matches: QuerySet, ranked: QuerySet):
        self._matches = matches
        self._ranked = ranked

    def count(self) -> int:
        return self._matches.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        posts = list(self._ranked[key])
        for post in posts:
            post.snippet = highlight(post.search_snippet)
        return posts


def search_posts(
    query: str,
    *,
    user,
    board: Board | None = None,
    author: str = "",
    tag=None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> SearchResults:
    """Posts `user` may see that match `query`, best first.

    `author` is a username or display name (case-insensitive); dates are inclusive, in the
    current time zone. Raises SearchQueryError (translated message) for a query that cannot
    be searched: too long, or without a single word.
    """
    query = clean_query(query)
    posts = Post.objects.visible_to(user).filter(topic__in=Topic.objects.visible_to(user))
    if board is not None:
        posts = posts.filter(topic__board=board)
    if author:
        posts = posts.filter(
            Q(author__username__iexact=author) | Q(author__display_name__iexact=author)
        )
    if tag is not None:
        # Topic tags arrive with another part of issue 6; the filter is ready for them.
        posts = posts.filter(topic__tags=tag)
    if date_from is not None:
        posts = posts.filter(created_at__gte=_start_of_day(date_from))
    if date_to is not None:
        posts = posts.filter(created_at__lt=_start_of_day(date_to + datetime.timedelta(days=1)))
    backend = backend_for(connection.vendor)
    matches = backend.matching(posts, query)
    # A snippet cannot carry a safety label's warning: the result says there is one.
    ranked = (
        backend.ranked(matches, query)
        .with_safety_label_flag()
        .select_related("topic__board", "author")
    )
    return SearchResults(matches, ranked)


def search_resources(query: str, *, limit: int = 5) -> list:
    """Up to `limit` library resources matching `query`, best first (one query)."""
    try:
        Resource = apps.get_model("resources", "Resource")
    except LookupError:
        return []
    query = clean_query(query)
    backend = backend_for(connection.vendor)
    return list(backend.matching_resources(Resource.objects.all(), query)[:limit])


def _index_installed(db) -> bool:
    return db.vendor in BACKENDS and "forum_post_search" in db.introspection.table_names()


def suspend_search_index(*, using: str = "default", plan=None, **kwargs) -> None:
    """pre_migrate: let migrations rebuild forum tables (SQLite drops the index triggers)."""
    db = connections[using]
    if plan and _index_installed(db):
        backend_for(db.vendor).suspend(db)


def ensure_search_index(*, using: str = "default", **kwargs) -> None:
    """post_migrate: put back the index triggers and re-index if they were missing (SQLite)."""
    db = connections[using]
    if _index_installed(db):
        backend_for(db.vendor).ensure_index(db)


def _start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
