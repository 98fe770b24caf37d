"""The "Cite a resource" helper under the post editor."""

from http import HTTPStatus

from django.urls import reverse

from resources.citations import find_cited_slugs


def test_post_editor_offers_every_resource_with_its_citation_code(member_client, board, library):
    response = member_client.get(reverse("forum:topic-create", args=[board.slug]))
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Cite a resource from the library" in html
    assert '<li data-cite-code="[[resource:switch-dose]]">' in html
    assert "<code>[[resource:reddit-r-baclofen]]</code>" in html
    assert html.count("<li data-cite-code=") == 28
    assert "js/cite.js" in html


def test_post_editor_documents_the_syntax_for_readers_without_javascript(
    member_client, board, library
):
    html = member_client.get(reverse("forum:topic-create", args=[board.slug])).content.decode()
    start = html.index('<details class="cite-helper"')
    helptext = html[start : html.index('<ul class="cite-list">', start)]
    assert find_cited_slugs(helptext) == ["switch-dose"]
    assert f'href="{reverse("resources:resource-list")}"' in helptext


def test_post_editor_shows_no_helper_while_the_library_is_empty(member_client, board):
    html = member_client.get(reverse("forum:topic-create", args=[board.slug])).content.decode()
    assert "cite-helper" not in html
    assert "js/cite.js" not in html
