"""Atom feeds, the sitemap, robots.txt and the head tags of public pages."""

from http import HTTPStatus
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from forum.models import Board, Post, Topic
from tests.factories import BoardFactory, PostFactory, TopicFactory, UserFactory

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def atom_entries(response) -> list[dict]:
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.findtext(f"{ATOM}summary") or "",
            "author": entry.findtext(f"{ATOM}author/{ATOM}name"),
            "author_email": entry.findtext(f"{ATOM}author/{ATOM}email"),
            "author_uri": entry.findtext(f"{ATOM}author/{ATOM}uri"),
        }
        for entry in root.iter(f"{ATOM}entry")
    ]


def sitemap_locations(response) -> list[str]:
    root = ElementTree.fromstring(response.content)
    return [url.findtext(f"{SITEMAP}loc") for url in root.iter(f"{SITEMAP}url")]


def latest_feed(client):
    return client.get(reverse("forum:latest-feed"))


def board_feed(client, board):
    return client.get(reverse("forum:board-feed", args=[board.slug]))


def topic_feed(client, topic):
    return client.get(reverse("forum:topic-feed", args=[topic.slug, topic.pk]))


@pytest.fixture
def hidden_board(db):
    return BoardFactory(name="Private matters", slug="private-matters", noindex=True)


def test_latest_feed_lists_new_topics_with_their_first_post(client, topic):
    (entry,) = atom_entries(latest_feed(client))
    assert entry["title"] == "My first month"
    assert entry["link"].endswith(topic.get_absolute_url())
    assert "First post." in entry["summary"]


def test_feed_authors_are_named_by_display_name_only(client, board, member):
    member.display_name = "Alice B."
    member.save(update_fields=["display_name"])
    TopicFactory(board=board, author=member)
    (entry,) = atom_entries(latest_feed(client))
    assert entry["author"] == "Alice B."
    assert entry["author_email"] is None
    assert entry["author_uri"] is None
    assert member.email not in latest_feed(client).content.decode()


@pytest.mark.parametrize("status", [Topic.Status.HIDDEN, Topic.Status.HELD, Topic.Status.DELETED])
def test_feeds_never_show_topics_that_are_not_published(client, topic, moderator, status):
    Topic.objects.filter(pk=topic.pk).update(status=status)
    client.force_login(moderator)  # feeds show what signed-out visitors see, whoever asks
    assert atom_entries(latest_feed(client)) == []
    assert atom_entries(board_feed(client, topic.board)) == []
    assert topic_feed(client, topic).status_code == HTTPStatus.NOT_FOUND


def test_feeds_never_show_posts_that_are_not_published(client, topic, reply_post):
    visible = PostFactory(topic=topic, body="Still here.")
    Post.objects.filter(pk=reply_post.pk).update(status=Post.Status.HIDDEN)
    held = PostFactory(topic=topic, body="Waiting for approval.", status=Post.Status.HELD)
    content = topic_feed(client, topic).content.decode()
    assert "Still here." in content
    assert "Welcome, keep going!" not in content
    assert held.body not in content
    assert reply_post.get_absolute_url() not in content
    assert visible.get_absolute_url() in content


def test_latest_feed_does_not_show_a_hidden_first_post(client, topic):
    Post.objects.filter(topic=topic).update(status=Post.Status.HIDDEN)
    (entry,) = atom_entries(latest_feed(client))
    assert "First post." not in entry["summary"]


def test_boards_kept_from_search_engines_stay_out_of_feeds(client, hidden_board, topic):
    secret = TopicFactory(board=hidden_board, title="Something private")
    assert [entry["title"] for entry in atom_entries(latest_feed(client))] == [topic.title]
    assert board_feed(client, hidden_board).status_code == HTTPStatus.NOT_FOUND
    assert topic_feed(client, secret).status_code == HTTPStatus.NOT_FOUND


def test_board_feed_lists_only_its_topics(client, topic):
    other = TopicFactory(board=BoardFactory(), title="Elsewhere")
    titles = [entry["title"] for entry in atom_entries(board_feed(client, topic.board))]
    assert titles == [topic.title]
    assert other.title not in titles


def test_topic_feed_lists_posts_newest_first_in_the_topic_language(client, topic, reply_post):
    Topic.objects.filter(pk=topic.pk).update(language="fr")
    response = topic_feed(client, topic)
    root = ElementTree.fromstring(response.content)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    entries = atom_entries(response)
    assert [e["summary"] for e in entries] == [reply_post.body_html, topic.last_post.body_html]


def test_unknown_board_and_topic_feeds_are_404(client, db):
    assert client.get("/b/nope/feed/").status_code == HTTPStatus.NOT_FOUND
    assert client.get("/t/nope/999/feed/").status_code == HTTPStatus.NOT_FOUND


def grow(board, *, topics: int, replies: int) -> Topic:
    authors = [UserFactory() for _ in range(3)]
    for t in range(topics):
        topic = TopicFactory(board=board, author=authors[t % 3])
        for r in range(replies):
            PostFactory(topic=topic, author=authors[r % 3])
    return topic


@pytest.mark.parametrize("size", [1, 8])
def test_feeds_query_count_is_fixed(client, board, django_assert_max_num_queries, size):
    topic = grow(board, topics=size, replies=size)
    client.get(reverse("forum:board-list"))  # the current Site is cached after one request
    # topics with their first post
    with django_assert_max_num_queries(2):
        assert latest_feed(client).status_code == HTTPStatus.OK
    # board, topics
    with django_assert_max_num_queries(2):
        assert board_feed(client, board).status_code == HTTPStatus.OK
    # topic, posts
    with django_assert_max_num_queries(2):
        response = topic_feed(client, topic)
    assert len(atom_entries(response)) == size + 1


def test_pages_link_to_their_feeds(client, topic):
    latest = reverse("forum:latest-feed")
    home = client.get(reverse("forum:board-list")).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in home
    assert latest in home
    board_page = client.get(topic.board.get_absolute_url()).content.decode()
    assert reverse("forum:board-feed", args=[topic.board.slug]) in board_page
    topic_page = client.get(topic.get_absolute_url()).content.decode()
    assert reverse("forum:topic-feed", args=[topic.slug, topic.pk]) in topic_page


def test_sitemap_lists_boards_published_topics_and_resources_with_lastmod(
    client, topic, hidden_board
):
    from resources.models import Resource, Section

    section = Section.objects.create(title="Studies", slug="studies")
    resource = Resource.objects.create(
        section=section, kind=Resource.Kind.STUDY, slug="ameisen-2005", title="Case report"
    )
    hidden = TopicFactory(board=topic.board, title="Hidden one")
    Topic.objects.filter(pk=hidden.pk).update(status=Topic.Status.HIDDEN)
    secret = TopicFactory(board=hidden_board, title="Private one")
    response = client.get(reverse("sitemap"))
    assert response.status_code == HTTPStatus.OK
    locations = sitemap_locations(response)
    paths = {location.split("://", 1)[1].split("/", 1)[1] for location in locations}
    assert topic.get_absolute_url()[1:] in paths
    assert topic.board.get_absolute_url()[1:] in paths
    assert resource.get_absolute_url()[1:] in paths
    assert hidden.get_absolute_url()[1:] not in paths
    assert secret.get_absolute_url()[1:] not in paths
    assert hidden_board.get_absolute_url()[1:] not in paths
    assert topic.author.get_absolute_url()[1:] not in paths
    content = response.content.decode()
    assert f"<lastmod>{topic.last_activity_at:%Y-%m-%d}</lastmod>" in content


def test_robots_txt_points_to_the_sitemap_and_keeps_private_paths_out(client, db):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in body
    for path in ["/accounts/", "/mod/", "/search/", "/preview/", "/settings/"]:
        assert f"Disallow: {path}\n" in body


def test_board_and_topic_pages_have_canonical_links_with_the_page(client, topic, settings):
    settings.FORUM_POSTS_PER_PAGE = 1
    PostFactory(topic=topic)
    url = topic.get_absolute_url()
    first = client.get(url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}">' in first
    second = client.get(f"{url}?page=2&utm_source=x").content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}?page=2">' in second
    board_url = topic.board.get_absolute_url()
    board_page = client.get(f"{board_url}?sort=x").content.decode()
    assert f'<link rel="canonical" href="http://testserver{board_url}">' in board_page


def test_resource_pages_have_a_canonical_link(client, db):
    from resources.models import Resource, Section

    section = Section.objects.create(title="Studies", slug="studies")
    resource = Resource.objects.create(
        section=section, kind=Resource.Kind.STUDY, slug="ameisen-2005", title="Case report"
    )
    content = client.get(resource.get_absolute_url()).content.decode()
    url = resource.get_absolute_url()
    assert f'<link rel="canonical" href="http://testserver{url}">' in content


def test_topic_description_is_the_escaped_first_post_excerpt(client, board, member):
    body = 'Dose "tips" & **tricks** <b>raw</b> ' + "word " * 60
    topic = TopicFactory(board=board, author=member, first_post=body)
    content = client.get(topic.get_absolute_url()).content.decode()
    description = content.split('<meta name="description" content="', 1)[1].split('">', 1)[0]
    assert description.startswith("Dose &quot;tips&quot; &amp; tricks &lt;b&gt;raw&lt;/b&gt; word")
    assert description.endswith("…")
    assert len(description) < 220


def test_later_topic_pages_describe_themselves(client, topic, settings):
    settings.FORUM_POSTS_PER_PAGE = 1
    PostFactory(topic=topic)
    content = client.get(f"{topic.get_absolute_url()}?page=2").content.decode()
    assert '<meta name="description" content="My first month: page 2 of the discussion">' in content


def test_topic_description_never_shows_a_hidden_first_post(client, topic, reply_post):
    Post.objects.filter(pk=topic.last_post_id).update(status=Post.Status.HIDDEN)
    content = client.get(topic.get_absolute_url()).content.decode()
    assert "First post." not in content.split("</head>")[0]


def test_noindex_board_pages_and_topics_ask_robots_not_to_index(client, hidden_board):
    topic = TopicFactory(board=hidden_board)
    for url in [hidden_board.get_absolute_url(), topic.get_absolute_url()]:
        content = client.get(url).content.decode()
        assert '<meta name="robots" content="noindex">' in content
        assert reverse("forum:board-feed", args=[hidden_board.slug]) not in content
        assert reverse("forum:topic-feed", args=[topic.slug, topic.pk]) not in content


def test_public_pages_have_no_noindex(client, topic):
    for url in [topic.board.get_absolute_url(), topic.get_absolute_url()]:
        assert 'content="noindex"' not in client.get(url).content.decode()


def test_staff_mark_a_board_noindex_in_the_admin(admin_client, board):
    url = reverse("admin:forum_board_change", args=[board.pk])
    form = admin_client.get(url).content.decode()
    assert 'name="noindex"' in form
    Board.objects.filter(pk=board.pk).update(noindex=True)
    board.refresh_from_db()
    assert board.noindex
