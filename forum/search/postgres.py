"""PostgreSQL backend: a tsvector per post under a GIN index, ts_rank and ts_headline.

`forum_post_search` (post_id, config, document) holds, for each post, the text search
configuration of its topic's language and the weighted tsvector of its text: the topic
title (weight A) on the topic's first post, the body (weight B). Triggers keep it in sync.

A query is parsed with websearch_to_tsquery (no syntax error is possible: quotes, OR and -
work as on web search engines) once per configuration, and each post is matched against
the query parsed with its own configuration: French posts with French stemming, English
posts with English stemming. Written as one `config = X AND document @@ query_X` per
configuration so that each is a GIN index scan (see docs/search.md for the plan).
"""

from django.db.models import BooleanField, FloatField, QuerySet, TextField
from django.db.models.expressions import RawSQL

from forum.search.query import START, STOP

TABLE = "forum_post_search"
# Topic.language -> text search configuration; other languages fall back to English.
CONFIGS = {"en": "english", "fr": "french"}
DEFAULT_CONFIG = "english"
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15, ShortWord=3, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)


def _config_of(language: str) -> str:
    cases = " ".join(f"WHEN '{code}' THEN '{config}'" for code, config in CONFIGS.items())
    return f"(CASE {language} {cases} ELSE '{DEFAULT_CONFIG}' END)::regconfig"


DDL = [
    f"""CREATE TABLE IF NOT EXISTS {TABLE} (
        post_id bigint PRIMARY KEY,
        config regconfig NOT NULL,
        document tsvector NOT NULL
    )""",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_document ON {TABLE} USING gin (document)",
    # The first `how_many` posts of a topic, in thread order.
    """CREATE OR REPLACE FUNCTION forum_post_search_head(topic bigint, how_many int)
    RETURNS bigint[] LANGUAGE sql STABLE AS $$
        SELECT ARRAY(SELECT id FROM forum_post WHERE topic_id = topic
                     ORDER BY created_at, id LIMIT how_many)
    $$""",
    f"""CREATE OR REPLACE FUNCTION forum_post_search_refresh(post_ids bigint[])
    RETURNS void LANGUAGE sql AS $$
        INSERT INTO {TABLE} (post_id, config, document)
        SELECT p.id, c.config,
               setweight(to_tsvector(c.config, CASE WHEN p.id = (forum_post_search_head(
                   p.topic_id, 1))[1] THEN t.title ELSE '' END), 'A')
               || setweight(to_tsvector(c.config, p.body), 'B')
        FROM forum_post p
        JOIN forum_topic t ON t.id = p.topic_id
        CROSS JOIN LATERAL (SELECT {_config_of("t.language")} AS config) c
        WHERE p.id = ANY(post_ids)
        ON CONFLICT (post_id) DO UPDATE
            SET config = EXCLUDED.config, document = EXCLUDED.document
    $$""",
    f"""CREATE OR REPLACE FUNCTION forum_post_search_on_post() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM {TABLE} WHERE post_id = OLD.id;
            -- The topic may have a new first post, which carries the title.
            PERFORM forum_post_search_refresh(forum_post_search_head(OLD.topic_id, 1));
        ELSIF TG_OP = 'INSERT' THEN
            IF forum_post_search_head(NEW.topic_id, 1) = ARRAY[NEW.id] THEN
                -- First in its topic (or backdated before the first): the former first
                -- post loses the title.
                PERFORM forum_post_search_refresh(forum_post_search_head(NEW.topic_id, 2));
            ELSE
                PERFORM forum_post_search_refresh(ARRAY[NEW.id]);
            END IF;
        ELSIF NEW.topic_id IS DISTINCT FROM OLD.topic_id
              OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            PERFORM forum_post_search_refresh(ARRAY[NEW.id]
                || forum_post_search_head(OLD.topic_id, 2)
                || forum_post_search_head(NEW.topic_id, 2));
        ELSIF NEW.body IS DISTINCT FROM OLD.body THEN
            PERFORM forum_post_search_refresh(ARRAY[NEW.id]);
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE OR REPLACE TRIGGER forum_post_search_post
    AFTER INSERT OR DELETE OR UPDATE OF body, topic_id, created_at ON forum_post
    FOR EACH ROW EXECUTE FUNCTION forum_post_search_on_post()""",
    """CREATE OR REPLACE FUNCTION forum_post_search_on_topic() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.language IS DISTINCT FROM OLD.language THEN
            PERFORM forum_post_search_refresh(
                ARRAY(SELECT id FROM forum_post WHERE topic_id = NEW.id));
        ELSIF NEW.title IS DISTINCT FROM OLD.title THEN
            PERFORM forum_post_search_refresh(forum_post_search_head(NEW.id, 1));
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE OR REPLACE TRIGGER forum_post_search_topic
    AFTER UPDATE OF title, language ON forum_topic
    FOR EACH ROW EXECUTE FUNCTION forum_post_search_on_topic()""",
    # Django's flush (transactional tests) truncates forum_post: follow it.
    f"""CREATE OR REPLACE FUNCTION forum_post_search_on_truncate() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN TRUNCATE {TABLE}; RETURN NULL; END $$""",
    """CREATE OR REPLACE TRIGGER forum_post_search_truncate AFTER TRUNCATE ON forum_post
    FOR EACH STATEMENT EXECUTE FUNCTION forum_post_search_on_truncate()""",
]


def install(connection) -> None:
    """Create the table, its GIN index, functions and triggers (idempotent); index every post."""
    with connection.cursor() as cursor:
        for statement in DDL:
            cursor.execute(statement)
        cursor.execute("SELECT forum_post_search_refresh(ARRAY(SELECT id FROM forum_post))")


def uninstall(connection) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS forum_post_search_post ON forum_post")
        cursor.execute("DROP TRIGGER IF EXISTS forum_post_search_truncate ON forum_post")
        cursor.execute("DROP TRIGGER IF EXISTS forum_post_search_topic ON forum_topic")
        for function in ("on_post()", "on_topic()", "on_truncate()", "refresh(bigint[])",
                         "head(bigint, int)"):  # fmt: skip
            cursor.execute(f"DROP FUNCTION IF EXISTS forum_post_search_{function}")
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")


def suspend(connection) -> None:
    """PostgreSQL alters tables in place, triggers included: nothing to do around migrations."""


def ensure_index(connection) -> bool:
    return False


def _tsquery(config_sql: str) -> str:
    return f"websearch_to_tsquery({config_sql}, %s)"


def matching(posts: QuerySet, query: str) -> QuerySet:
    configs = sorted(set(CONFIGS.values()) | {DEFAULT_CONFIG})
    condition = " OR ".join(
        f'("{TABLE}"."config" = \'{config}\'::regconfig '
        f'AND "{TABLE}"."document" @@ {_tsquery(f"'{config}'::regconfig")})'
        for config in configs
    )
    match = RawSQL(f"({condition})", [query] * len(configs), output_field=BooleanField())
    return posts.filter(search_document__isnull=False).filter(match)


def ranked(matches: QuerySet, query: str) -> QuerySet:
    config = f'"{TABLE}"."config"'
    rank = RawSQL(
        f'ts_rank("{TABLE}"."document", {_tsquery(config)})', [query], output_field=FloatField()
    )
    # Computed for the rows of the page only: PostgreSQL evaluates costly output
    # expressions after ORDER BY ... LIMIT.
    snippet = RawSQL(
        f'ts_headline({config}, translate("forum_post"."body", %s, \'\'), {_tsquery(config)}, %s)',
        [START + STOP, query, HEADLINE_OPTIONS],
        output_field=TextField(),
    )
    return matches.annotate(search_rank=rank, search_snippet=snippet).order_by(
        "-search_rank", "-created_at", "-id"
    )


def matching_resources(resources: QuerySet, query: str) -> QuerySet:
    """The library is small (tens of items): its vectors are computed on the fly."""
    table = resources.model._meta.db_table

    def text(*columns: str) -> str:
        return " || ' ' || ".join(f'coalesce("{table}"."{column}", \'\')' for column in columns)

    config = _config_of(f'"{table}"."language"')
    document = (
        f"setweight(to_tsvector({config}, {text('title')}), 'A') || "
        f"setweight(to_tsvector({config}, {text('authors', 'summary')}), 'B') || "
        f"setweight(to_tsvector({config}, {text('body')}), 'C')"
    )
    match = RawSQL(f"({document}) @@ {_tsquery(config)}", [query], output_field=BooleanField())
    rank = RawSQL(f"ts_rank({document}, {_tsquery(config)})", [query], output_field=FloatField())
    return resources.filter(match).annotate(search_rank=rank).order_by("-search_rank", "id")
