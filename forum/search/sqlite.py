"""SQLite backend: an FTS5 table, ranked by bm25(), snippets from snippet().

The table `forum_post_search` (rowid = post_id = forum_post.id; columns title and body)
holds a copy of each post's text, with the topic title on the topic's first post only.
Triggers on forum_post and forum_topic keep it in sync (see forum/search/__init__.py for
why triggers rather than calls from forum.services).

SQLite alters most columns by rebuilding the table (create, copy, drop, rename), and the
rename fails while a trigger on another table names the dropped one ("error in trigger
...: no such table: main.forum_post"). So the migration creates the table only, the
triggers are dropped before any `migrate` that has work to do (pre_migrate) and put back,
with a full re-index, after it (post_migrate): other apps' migrations never see them.
"""

from django.db.models import BooleanField, FloatField, QuerySet, TextField
from django.db.models.expressions import RawSQL

from forum.search.query import Term, parse_terms

TABLE = "forum_post_search"
TRIGGERS = (
    "forum_post_search_insert",
    "forum_post_search_body",
    "forum_post_search_move",
    "forum_post_search_delete",
    "forum_post_search_title",
)
# Title matches weigh more than body matches (bm25 column weights: post_id, title, body).
BM25 = f'bm25("{TABLE}", 0.0, 4.0, 1.0)'
SNIPPET_TOKENS = 32


def _clean(column: str) -> str:
    """The text with the highlight sentinels removed, so that they cannot come from members."""
    return f"replace(replace({column}, char(2), ''), char(3), '')"


def _first_posts(topic: str, how_many: int) -> str:
    return (
        f"SELECT id FROM forum_post WHERE topic_id = {topic} "
        f"ORDER BY created_at, id LIMIT {how_many}"
    )


def _reindex(post_ids: str) -> str:
    """Statements that (re)write the index rows of the posts selected by `post_ids`."""
    first = "(SELECT f.id FROM forum_post f WHERE f.topic_id = p.topic_id ORDER BY f.created_at, f.id LIMIT 1)"  # noqa: E501
    return f"""
        DELETE FROM {TABLE} WHERE rowid IN ({post_ids});
        INSERT INTO {TABLE} (rowid, post_id, title, body)
        SELECT p.id, p.id, CASE WHEN p.id = {first} THEN {_clean("t.title")} ELSE '' END,
               {_clean("p.body")}
        FROM forum_post p JOIN forum_topic t ON t.id = p.topic_id
        WHERE p.id IN ({post_ids});
    """


CREATE_TABLE = f"""CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(
    post_id UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2'
)"""

TRIGGERS_DDL = [
    # A new post; when it comes first in its topic (backdated imports), the former first
    # post loses the title.
    f"""CREATE TRIGGER IF NOT EXISTS forum_post_search_insert AFTER INSERT ON forum_post BEGIN
        {
        _reindex(
            f"SELECT new.id UNION SELECT id FROM ({_first_posts('new.topic_id', 2)}) "
            f"WHERE new.id = ({_first_posts('new.topic_id', 1)})"
        )
    }
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS forum_post_search_body AFTER UPDATE OF body ON forum_post
    WHEN new.body IS NOT old.body AND new.topic_id IS old.topic_id
         AND new.created_at IS old.created_at BEGIN
        {_reindex("SELECT new.id")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS forum_post_search_move
    AFTER UPDATE OF topic_id, created_at ON forum_post
    WHEN new.topic_id IS NOT old.topic_id OR new.created_at IS NOT old.created_at BEGIN
        {
        _reindex(
            f"SELECT new.id UNION SELECT id FROM ({_first_posts('old.topic_id', 2)}) "
            f"UNION SELECT id FROM ({_first_posts('new.topic_id', 2)})"
        )
    }
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS forum_post_search_delete AFTER DELETE ON forum_post BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.id;
        {_reindex(_first_posts("old.topic_id", 1))}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS forum_post_search_title AFTER UPDATE OF title ON forum_topic
    WHEN new.title IS NOT old.title BEGIN
        {_reindex(_first_posts("new.id", 1))}
    END""",
]


def install(connection) -> None:
    """Create the FTS5 table (migration); post_migrate adds the triggers (ensure_index)."""
    with connection.cursor() as cursor:
        cursor.execute(CREATE_TABLE)


def uninstall(connection) -> None:
    suspend(connection)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")


def suspend(connection) -> None:
    """Drop the triggers (pre_migrate), so that migrations may rebuild forum tables."""
    with connection.cursor() as cursor:
        for trigger in TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def ensure_index(connection) -> bool:
    """Create missing triggers and re-index every post; returns whether it had to."""
    with connection.cursor() as cursor:
        placeholders = ", ".join(["%s"] * len(TRIGGERS))
        cursor.execute(
            "SELECT count(*) FROM sqlite_master "
            f"WHERE type = 'trigger' AND name IN ({placeholders})",
            TRIGGERS,
        )
        if cursor.fetchone()[0] == len(TRIGGERS):
            return False
        for statement in TRIGGERS_DDL:
            cursor.execute(statement)
        cursor.execute(f"DELETE FROM {TABLE}")
        for statement in _reindex("SELECT id FROM forum_post").split(";"):
            if statement.strip():
                cursor.execute(statement)
    return True


def match_expression(terms: list[Term]) -> str:
    """An FTS5 MATCH expression built from quoted strings only: member text is never syntax.

    Words and "phrases" must all match (`or` between two terms offers a choice); a leading
    minus excludes a term, as websearch_to_tsquery does on PostgreSQL.
    """
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for term in terms:
        if term.is_or:
            join_next = bool(groups)
            continue
        quoted = '"' + term.text.replace('"', '""') + '"'
        if term.negated:
            excluded.append(quoted)
        elif join_next:
            groups[-1].append(quoted)
        else:
            groups.append([quoted])
        join_next = False
    expression = " AND ".join("(" + " OR ".join(group) + ")" for group in groups)
    if expression and excluded:
        expression = f"({expression}) NOT ({' OR '.join(excluded)})"
    return expression


def matching(posts: QuerySet, query: str) -> QuerySet:
    expression = match_expression(parse_terms(query))
    if not expression:
        return posts.none()
    condition = RawSQL(f'"{TABLE}" MATCH %s', [expression], output_field=BooleanField())
    return posts.filter(search_document__isnull=False).filter(condition)


def ranked(matches: QuerySet, query: str) -> QuerySet:
    # char(2) and char(3) are forum.search.query.START and STOP.
    snippet = f"snippet(\"{TABLE}\", 2, char(2), char(3), '…', {SNIPPET_TOKENS})"
    return matches.annotate(
        search_rank=RawSQL(f"-{BM25}", [], output_field=FloatField()),
        search_snippet=RawSQL(snippet, [], output_field=TextField()),
    ).order_by("-search_rank", "-created_at", "-id")


def matching_resources(resources: QuerySet, query: str) -> QuerySet:
    """The library is small (tens of items): a scan with LIKE is enough on SQLite."""
    from django.db.models import Q

    for term in parse_terms(query):
        if term.is_or:
            continue
        words = Q()
        for field in ("title", "authors", "summary", "body"):
            words |= Q(**{f"{field}__icontains": term.text})
        resources = resources.exclude(words) if term.negated else resources.filter(words)
    return resources.order_by("title", "id")
