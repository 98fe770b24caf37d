"""Posts cite the library as [[resource:slug]]; resource pages list the topics that do."""

import re
from datetime import timedelta
from html import unescape
from http import HTTPStatus

import pytest
from django.urls import reverse

from forum import services as forum_services
from forum.models import Post, Topic
from forum.rendering import render_markdown
from resources.citations import (
    MAX_CITATIONS_PER_TEXT,
    find_cited_slugs,
    replace_citations,
)
from resources.models import Citation, Resource, Section
from resources.services import record_citations
from resources.views import DISCUSSED_IN_PER_PAGE
from tests.factories import TopicFactory, UserFactory


def detail_url(slug: str) -> str:
    return reverse("resources:resource-detail", args=[slug])


def fake_url(slug: str) -> str:
    return f"/library/{slug}/"


@pytest.fixture
def study(db):
    section = Section.objects.create(title="Studies", slug="studies")
    return Resource.objects.create(
        section=section, kind=Resource.Kind.STUDY, title="A *bold* [claim]", slug="a-study"
    )


@pytest.fixture
def guide(study):
    return Resource.objects.create(
        section=study.section, kind=Resource.Kind.GUIDE_PAGE, title="Dosing guide", slug="guide"
    )


def cite(board, author, *slugs: str, title: str = "About a study") -> Topic:
    body = "See " + " and ".join(f"[[resource:{slug}]]" for slug in slugs) + "."
    return forum_services.start_topic(board, author=author, title=title, body=body)


# The pure parts.


def test_cited_slugs_are_found_once_each_in_order_and_lower_cased():
    text = "[[resource:b]] then [[resource:A]], [[resource:b]] and [[resource:nope"
    assert find_cited_slugs(text) == ["b", "a"]


def test_cited_slugs_inside_code_are_ignored():
    text = (
        "Write `[[resource:in-span]]` like this:\n\n```\n[[resource:in-fence]]\n```\n\n"
        "~~~md\n[[resource:in-tilde-fence]]\n~~~\n\nthen [[resource:real]]"
    )
    assert find_cited_slugs(text) == ["real"]


def test_cited_slugs_are_capped_per_text():
    text = " ".join(f"[[resource:r{n}]]" for n in range(MAX_CITATIONS_PER_TEXT + 5))
    assert len(find_cited_slugs(text)) == MAX_CITATIONS_PER_TEXT


def test_known_citation_becomes_a_link_with_the_title_as_escaped_text():
    out = replace_citations("see [[resource:s]]!", {"s": "A *bold* [claim]"}, fake_url)
    assert out == r"see [A \*bold\* \[claim\]](/library/s/)!"


def test_unknown_citation_stays_literal_text():
    out = replace_citations("see [[resource:gone_away]]", {}, fake_url)
    assert render_markdown(out).html == "<p>see [[resource:gone_away]]</p>\n"


def test_citation_syntax_inside_code_is_left_as_written():
    text = "`[[resource:s]]` and [[resource:s]]"
    out = replace_citations(text, {"s": "T"}, fake_url)
    assert out == "`[[resource:s]]` and [T](/library/s/)"


@pytest.mark.parametrize(
    "title",
    [
        "[x](javascript:alert(1))",
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "**not bold** _not em_ `not code` # not a heading",
        "&amp; \\ back\\slash",
    ],
)
def test_any_title_renders_as_its_literal_text_inside_one_link(title):
    html = render_markdown(replace_citations("[[resource:s]]", {"s": title}, fake_url)).html
    match = re.fullmatch(
        r'<p><a href="/library/s/" rel="nofollow ugc noopener">(.*)</a></p>\n', html
    )
    assert match, html
    assert unescape(match[1]) == title


# The rendering pre-pass, registered by ResourcesConfig.ready().


def test_post_rendering_links_known_citations_with_one_query(
    study, guide, django_assert_num_queries
):
    with django_assert_num_queries(1):
        html = render_markdown(
            "[[resource:a-study]], [[resource:guide]], [[resource:a-study]], [[resource:nope]]"
        ).html
    assert html.count(f'href="{study.get_absolute_url()}"') == 2
    assert f'href="{guide.get_absolute_url()}"' in html
    assert "A *bold* [claim]</a>" in html
    assert "[[resource:nope]]" in html


def test_post_rendering_without_citations_costs_no_query(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        render_markdown("Nothing cited here, [[only brackets]].")


# Recording citations through the forum's services.


def test_member_posting_a_citation_links_it_and_records_it(member_client, board, study):
    response = member_client.post(
        reverse("forum:topic-create", args=[board.slug]),
        {"title": "Has anyone read this?", "body": "About [[resource:a-study]]"},
    )
    assert response.status_code == HTTPStatus.FOUND
    post = Post.objects.get(topic__title="Has anyone read this?")
    assert f'<a href="{study.get_absolute_url()}"' in post.body_html
    assert list(Citation.objects.values_list("resource", "post")) == [(study.pk, post.pk)]


def test_reply_citing_a_resource_is_recorded(topic, other_member, study):
    post = forum_services.reply(topic, author=other_member, body="[[resource:A-Study]] helped.")
    assert Citation.objects.filter(post=post, resource=study).exists()


def test_editing_a_post_syncs_its_citations(board, member, study, guide):
    topic = cite(board, member, "a-study")
    post = topic.posts.get()
    forum_services.edit_post(post, editor=member, body="Now only [[resource:guide]].")
    assert list(Citation.objects.filter(post=post).values_list("resource", flat=True)) == [guide.pk]
    forum_services.edit_post(post, editor=member, body="No citation any more.")
    assert not Citation.objects.filter(post=post).exists()


def test_recording_twice_changes_nothing(board, member, study):
    post = cite(board, member, "a-study", "missing").posts.get()
    assert record_citations(post) is False
    assert Citation.objects.filter(post=post).count() == 1


# "Discussed in" on the resource page.


def discussed_in(response) -> list[str]:
    return [topic.title for topic in response.context["page"]]


def test_resource_page_lists_citing_topics_most_recently_cited_first(client, board, member, study):
    older = cite(board, member, "a-study", title="Older topic")
    cite(board, member, "guide", title="Not about this study")
    newer = cite(board, member, "a-study", title="Newer topic")
    again = forum_services.reply(older, author=member, body="Again: [[resource:a-study]]")
    later = Citation.objects.get(post=newer.posts.get()).created_at + timedelta(minutes=1)
    Citation.objects.filter(post=again).update(created_at=later)

    response = client.get(detail_url("a-study"))

    assert response.status_code == HTTPStatus.OK
    assert discussed_in(response) == ["Older topic", "Newer topic"]
    html = response.content.decode()
    assert "Discussed in" in html
    assert reverse("forum:post-detail", args=[again.pk]) in html


def test_resource_page_shows_no_topic_the_reader_may_not_see(
    client, board, member, other_member, moderator, study
):
    hidden_topic = cite(board, member, "a-study", title="Hidden topic")
    Topic.objects.filter(pk=hidden_topic.pk).update(status=Topic.Status.HIDDEN)
    visible_topic = TopicFactory(board=board, author=member, title="Topic with a hidden reply")
    hidden_reply = forum_services.reply(visible_topic, author=member, body="[[resource:a-study]]")
    Post.objects.filter(pk=hidden_reply.pk).update(status=Post.Status.HIDDEN)

    assert discussed_in(client.get(detail_url("a-study"))) == []
    client.force_login(other_member)
    assert discussed_in(client.get(detail_url("a-study"))) == []
    client.force_login(member)  # the author still sees what was hidden from others
    assert sorted(discussed_in(client.get(detail_url("a-study")))) == [
        "Hidden topic",
        "Topic with a hidden reply",
    ]
    client.force_login(moderator)
    assert len(discussed_in(client.get(detail_url("a-study")))) == 2


def test_resource_page_paginates_citing_topics(client, board, member, study):
    for number in range(DISCUSSED_IN_PER_PAGE + 2):
        cite(board, member, "a-study", title=f"Topic {number}")
    first = client.get(detail_url("a-study"))
    second = client.get(detail_url("a-study") + "?page=2")
    assert len(discussed_in(first)) == DISCUSSED_IN_PER_PAGE
    assert discussed_in(second) == ["Topic 1", "Topic 0"]


@pytest.mark.parametrize("size", [1, DISCUSSED_IN_PER_PAGE + 5])
def test_resource_page_query_count_is_fixed_for_anonymous_readers(
    client, board, study, django_assert_max_num_queries, size
):
    authors = [UserFactory() for _ in range(3)]
    for number in range(size):
        topic = cite(board, authors[number % 3], "a-study", "guide", title=f"Topic {number}")
        forum_services.reply(topic, author=authors[0], body="Me too: [[resource:a-study]]")
    # resource, its tags, count of citing topics, the page of topics
    with django_assert_max_num_queries(4):
        response = client.get(detail_url("a-study"))
    assert len(discussed_in(response)) == min(size, DISCUSSED_IN_PER_PAGE)


@pytest.mark.parametrize("size", [1, DISCUSSED_IN_PER_PAGE + 5])
def test_resource_page_query_count_is_fixed_for_members(
    client, board, member, study, django_assert_max_num_queries, size
):
    for number in range(size):
        cite(board, member, "a-study", title=f"Topic {number}")
    client.force_login(member)
    # user, resource, its tags, role, count of citing topics, the page of topics,
    # unread notifications
    with django_assert_max_num_queries(7):
        response = client.get(detail_url("a-study"))
    assert len(discussed_in(response)) == min(size, DISCUSSED_IN_PER_PAGE)
