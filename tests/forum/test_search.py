"""Full-text search: matching, visibility, filters, hostile queries, snippets, query counts.

Runs on SQLite and on PostgreSQL (CI runs the suite on both); tests of one backend's
internals are skipped on the other.
"""

import datetime
from http import HTTPStatus

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.forms import ModelChoiceField
from django.urls import reverse
from django.utils import timezone

from forum import services
from forum.forms import SearchForm
from forum.models import Post, Topic
from forum.search import SEARCH_MAX_LENGTH, SearchQueryError, search_posts
from forum.search.query import highlight, parse_terms
from tests.factories import BoardFactory, PostFactory, TopicFactory, UserFactory


def on_postgresql(test):
    """PostgreSQL only: selected by `-m postgres`, skipped on SQLite."""
    skip = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL search")
    return pytest.mark.postgres(skip(test))


on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5")

ANONYMOUS = AnonymousUser()


def found(query: str, user=ANONYMOUS, **filters) -> list[Post]:
    return search_posts(query, user=user, **filters)[0:100]


def search_url(**params) -> str:
    from urllib.parse import urlencode

    return f"{reverse('forum:search')}?{urlencode(params)}"


def test_search_finds_a_post_by_a_word_of_its_body(topic, reply_post):
    assert found("welcome") == [reply_post]


def test_search_finds_a_topic_by_its_title_through_its_first_post(topic, reply_post):
    first_post = topic.posts.earliest("created_at", "id")
    assert found("month") == [first_post]


def test_search_matches_other_forms_of_a_word(board, member):
    post = TopicFactory(board=board, author=member, first_post="I split my doses.").last_post
    assert found("dose") == [post]


def test_search_ranks_title_matches_above_body_matches(board, member):
    mentioned = TopicFactory(board=board, author=member, first_post="Tapering slowly helped.")
    titled = TopicFactory(board=board, author=member, title="Tapering plan", first_post="Hi.")
    assert [post.topic for post in found("tapering")] == [titled, mentioned]


@pytest.mark.parametrize("status", [Post.Status.HIDDEN, Post.Status.HELD, Post.Status.DELETED])
def test_search_never_shows_posts_that_are_not_published(reply_post, other_member, status):
    Post.objects.filter(pk=reply_post.pk).update(status=status)
    assert found("welcome") == []
    assert found("welcome", user=UserFactory(username="stranger")) == []
    can_see_own = status != Post.Status.DELETED
    assert (found("welcome", user=other_member) == [reply_post]) is can_see_own


@pytest.mark.parametrize("status", [Topic.Status.HIDDEN, Topic.Status.HELD, Topic.Status.DELETED])
def test_search_never_shows_posts_of_topics_that_are_not_published(topic, reply_post, status):
    Topic.objects.filter(pk=topic.pk).update(status=status)
    assert found("welcome") == []
    assert found("welcome", user=reply_post.author) == []


def test_moderators_find_hidden_posts_but_not_deleted_ones(reply_post, moderator):
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    assert found("welcome", user=moderator) == [reply_post]
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.DELETED)
    assert found("welcome", user=moderator) == []


def test_search_filters_by_board_author_and_dates(board, member, other_member):
    elsewhere = BoardFactory(name="Elsewhere")
    ours = TopicFactory(board=board, author=member, first_post="Baclofen at night.").last_post
    theirs = TopicFactory(board=elsewhere, author=other_member, first_post="Baclofen too.")
    last_year = timezone.now() - datetime.timedelta(days=365)
    Post.objects.filter(pk=theirs.last_post_id).update(created_at=last_year)
    assert set(found("baclofen")) == {ours, theirs.last_post}
    assert found("baclofen", board=board) == [ours]
    assert found("baclofen", author="ALICE") == [ours]
    other_member.display_name = "Bob B."
    other_member.save(update_fields=["display_name"])
    assert found("baclofen", author="bob b.") == [theirs.last_post]
    today = timezone.localdate()
    assert found("baclofen", date_from=today) == [ours]
    assert found("baclofen", date_to=today - datetime.timedelta(days=1)) == [theirs.last_post]
    assert found("baclofen", date_from=today, date_to=today) == [ours]


@pytest.mark.skipif(
    not hasattr(Topic, "tags"), reason="topic tags arrive with another part of issue 6"
)
def test_search_filters_by_tag(client, board, member):
    from forum.models import TopicTag

    tag = TopicTag.objects.create(name_en="Side effects", slug="side-effects-search")
    tagged = TopicFactory(board=board, author=member, first_post="Dizzy at night.")
    tagged.tags.add(tag)
    TopicFactory(board=board, author=member, first_post="Dizzy in the morning.")
    assert [post.topic for post in found("dizzy", tag=tag)] == [tagged]
    page = client.get(search_url(q="dizzy", tag=tag.slug)).context["page"]
    assert [post.topic for post in page] == [tagged]


def test_search_follows_edits_title_changes_and_deletions(board, member):
    topic = services.start_topic(board, author=member, title="Sleep", body="Vivid dreams.")
    post = topic.posts.get()
    services.edit_post(post, editor=member, body="Strange nightmares.", title="Dreams")
    assert found("vivid") == []
    assert found("nightmares") == [post]
    assert found("dreams") == [post]
    assert found("sleep") == []
    reply = services.reply(topic, author=member, body="More nightmares.")
    assert set(found("nightmares")) == {post, reply}
    reply.delete()
    assert found("nightmares") == [post]


def test_deleting_a_first_post_moves_the_title_to_the_next_post(topic, reply_post):
    topic.posts.earliest("created_at", "id").delete()
    assert found("month") == [reply_post]


def test_snippet_marks_matches_and_escapes_member_text(board, member):
    body = 'Try <script>alert("x")</script> & \x02fake\x03 marks: dose at night'
    TopicFactory(board=board, author=member, first_post=body)
    (post,) = found("dose")
    assert "<mark>dose</mark>" in post.snippet
    assert "<script>" not in post.snippet
    assert "<mark>fake" not in post.snippet


def test_highlight_escapes_everything_but_its_own_marks():
    assert highlight('<b>\x02dose\x03</b> & "x"') == (
        "&lt;b&gt;<mark>dose</mark>&lt;/b&gt; &amp; &quot;x&quot;"
    )
    assert highlight("cut \x02in the mid") == "cut <mark>in the mid</mark>"
    assert highlight(None) == ""


def test_query_terms_read_like_a_web_search():
    terms = parse_terms('dose "at night" -alcohol or ( * ^ : "unclosed')
    assert [(t.text, t.negated, t.is_or) for t in terms] == [
        ("dose", False, False),
        ("at night", False, False),
        ("alcohol", True, False),
        ("or", False, True),
        ("unclosed", False, False),
    ]


HOSTILE_QUERIES = [
    '"unbalanced quote',
    'dose "',
    "dose AND OR NOT night",
    "NEAR(dose night, 2)",
    "dose*",
    "^dose",
    "title:dose",
    "(dose",
    "dose)",
    "- dose",
    "dose - -",
    "!dose & | <-> night",
    "'; DROP TABLE forum_post; --",
    "dose\x00night",
    "dose 😀 night",
    "ελληνικά 漢字 dose",
    "dose\\",
    "%_%dose",
    'ab"cd',
    "dose " * 39,
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_get_results_never_an_error(client, reply_post, query):
    TopicFactory(board=reply_post.topic.board, first_post="dose at night")
    search_posts(query, user=ANONYMOUS)[0:20]  # must not raise
    response = client.get(search_url(q=query))
    assert response.status_code in {HTTPStatus.OK, HTTPStatus.BAD_REQUEST}


@pytest.mark.parametrize("query", ['"', "*", "()", "😀", "-dose", "- -", "!!!", "or", "%_%"])
def test_queries_without_a_word_to_find_get_a_clear_message(client, db, query):
    with pytest.raises(SearchQueryError):
        search_posts(query, user=ANONYMOUS)
    response = client.get(search_url(q=query))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Type at least one word to search for." in response.content.decode()


def test_empty_search_shows_the_form_only(client, db):
    response = client.get(search_url(q="  "))
    assert response.status_code == HTTPStatus.OK
    assert response.context["page"] is None


def test_overlong_query_is_refused_with_the_limit(client, db):
    with pytest.raises(SearchQueryError, match=str(SEARCH_MAX_LENGTH)):
        search_posts("dose " * 2000, user=ANONYMOUS)
    response = client.get(search_url(q="dose " * 2000))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert f"at most {SEARCH_MAX_LENGTH} characters" in response.content.decode()


def test_nul_bytes_in_the_query_get_a_message(client, db):
    response = client.get(search_url(q="dose\x00"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    # Refused before the view by config.middleware.RejectNullCharactersMiddleware.
    assert "not allowed" in response.content.decode()


def test_search_page_shows_results_with_board_author_date_and_snippet(client, topic, reply_post):
    response = client.get(search_url(q="keep going"))
    content = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert '<meta name="robots" content="noindex">' in content
    assert reply_post.get_absolute_url() in content
    assert topic.title in content
    assert topic.board.name in content
    assert reply_post.author.public_name in content
    assert "<mark>keep</mark>" in content
    assert "1 post found" in content


def test_search_results_say_when_a_post_carries_a_safety_warning(
    client, topic, reply_post, moderator
):
    from forum.models import SafetyLabel

    SafetyLabel.objects.create(post=reply_post, mode=SafetyLabel.Mode.LABEL, created_by=moderator)
    content = client.get(search_url(q="welcome")).content.decode()
    assert "The moderators added a safety warning to this post" in content
    assert "safety warning" not in client.get(search_url(q="month")).content.decode()


def test_search_page_labels_every_control(client, db):
    content = client.get(reverse("forum:search")).content.decode()
    for name in ["q", "board", "author", "date_from", "date_to"]:
        assert f'for="id_{name}"' in content
        assert f'id="id_{name}"' in content


def test_search_page_filters_by_board_slug(client, topic, reply_post):
    other = BoardFactory()
    assert client.get(search_url(q="welcome", board=other.slug)).context["page"].object_list == []
    page = client.get(search_url(q="welcome", board=topic.board.slug)).context["page"]
    assert list(page) == [reply_post]


def test_search_page_refuses_an_end_date_before_the_start(client, db):
    response = client.get(search_url(q="dose", date_from="2025-02-01", date_to="2025-01-01"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "The end date is before the start date." in response.content.decode()


def test_search_page_paginates_and_keeps_the_filters_in_page_links(client, board, member, settings):
    for n in range(25):
        TopicFactory(board=board, author=member, first_post=f"Dose diary, day {n}.")
    response = client.get(search_url(q="dose", board=board.slug))
    assert response.context["page"].paginator.num_pages == 2
    assert f"?page=2&amp;q=dose&amp;board={board.slug}" in response.content.decode()
    second = client.get(search_url(q="dose", board=board.slug, page=2))
    assert len(second.context["page"]) == 5


def test_search_page_lists_matching_library_resources(client, db):
    from resources.models import Resource, Section

    section = Section.objects.create(title="Studies", slug="studies")
    resource = Resource.objects.create(
        section=section, kind=Resource.Kind.STUDY, slug="ameisen-2005",
        title="High-dose baclofen for suppression of alcohol dependence",
        authors="Ameisen O.", summary_html="<p>A case report &amp; more.</p>",
    )  # fmt: skip
    Resource.objects.create(
        section=section, kind=Resource.Kind.LINK, slug="leaflet", title="Unrelated leaflet"
    )
    content = client.get(search_url(q="suppression")).content.decode()
    assert resource.get_absolute_url() in content
    assert "A case report &amp; more." in content
    assert "Unrelated leaflet" not in content


def grow(board, *, topics: int, replies: int) -> None:
    authors = [UserFactory() for _ in range(3)]
    for t in range(topics):
        topic = TopicFactory(board=board, author=authors[t % 3], first_post="dose notes")
        for r in range(replies):
            PostFactory(topic=topic, author=authors[r % 3], body=f"dose reply {r}")


def search_page_queries(*, signed_in: bool) -> int:
    """Count, page of posts, library; one per select list of the form, one to look up the
    board filtered on; when signed in: the member, their role, unread notifications."""
    select_lists = sum(
        isinstance(field, ModelChoiceField) for field in SearchForm.base_fields.values()
    )
    return 3 + select_lists + 1 + (3 if signed_in else 0)


@pytest.mark.parametrize("size", [1, 8])
def test_search_page_query_count_is_fixed(
    client, board, member, django_assert_max_num_queries, size
):
    grow(board, topics=size, replies=size)
    client.force_login(member)
    with django_assert_max_num_queries(search_page_queries(signed_in=True)):
        response = client.get(search_url(q="dose", board=board.slug, author=""))
    assert len(response.context["page"]) == min(size * (size + 1), 20)


@pytest.mark.parametrize("size", [1, 8])
def test_search_page_query_count_is_fixed_for_anonymous_visitors(
    client, board, django_assert_max_num_queries, size
):
    grow(board, topics=size, replies=size)
    with django_assert_max_num_queries(search_page_queries(signed_in=False)):
        response = client.get(search_url(q="dose", board=board.slug))
    assert response.status_code == HTTPStatus.OK


@on_sqlite
def test_fts5_expression_quotes_every_term():
    from forum.search.sqlite import match_expression

    terms = parse_terms('dose "at ""night" -alcohol NEAR or * AND ab"cd')
    assert match_expression(terms) == (
        '(("dose") AND ("at ") AND ("night") AND ("NEAR" OR "AND") AND ("ab""cd")) NOT ("alcohol")'
    )


@on_sqlite
def test_sqlite_index_triggers_are_put_back_after_migrations(topic, reply_post):
    from forum.search import ensure_search_index, suspend_search_index
    from forum.search.sqlite import TRIGGERS

    suspend_search_index(using="default", plan=[("forum", "9999_example")])
    services.reply(topic, author=reply_post.author, body="Written during a migration.")
    ensure_search_index(using="default")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        assert cursor.fetchone()[0] >= len(TRIGGERS)
    assert len(found("migration")) == 1
    assert found("welcome") == [reply_post]


@on_postgresql
def test_french_topics_are_searched_with_french_stemming(board, member):
    french = TopicFactory(
        board=board, author=member, language="fr", first_post="Ils mangeaient peu."
    )
    TopicFactory(board=board, author=member, language="en", first_post="Ils mangeaient peu.")
    assert [post.topic for post in found("manger")] == [french]


@on_postgresql
def test_english_topics_are_searched_with_english_stemming(board, member):
    english = TopicFactory(board=board, author=member, language="en", first_post="Sleeping badly.")
    TopicFactory(board=board, author=member, language="fr", first_post="Sleeping badly.")
    assert [post.topic for post in found("sleep")] == [english]


@on_postgresql
def test_changing_a_topic_language_reindexes_its_posts(board, member):
    topic = TopicFactory(board=board, author=member, language="en", first_post="Ils mangeaient.")
    assert found("manger") == []
    Topic.objects.filter(pk=topic.pk).update(language="fr")
    assert [post.topic for post in found("manger")] == [topic]


@on_postgresql
def test_postgresql_search_answers_from_the_gin_index(board, member):
    topics = [TopicFactory(board=board, author=member) for _ in range(20)]
    Post.objects.bulk_create(
        Post(topic=topics[n % 20], author=member, body=f"Filler words {n}.", body_html="")
        for n in range(1000)
    )
    TopicFactory(board=board, author=member, language="fr", first_post="Des médicaments la nuit.")
    results = search_posts("médicaments nuit", user=ANONYMOUS)
    sql, params = results._ranked.query.sql_with_params()
    with connection.cursor() as cursor:
        # As autovacuum would: fresh rows wait in the GIN pending list, and statistics.
        cursor.execute("SELECT gin_clean_pending_list('forum_post_search_document')")
        cursor.execute("ANALYZE forum_post_search, forum_post, forum_topic")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql} LIMIT 20", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on forum_post_search_document" in plan, plan
    assert len(results[0:20]) == 1
