"""Members may keep their profile away from search engines and signed-out visitors."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from forum.rendering import render_markdown
from tests.factories import TopicFactory


@pytest.fixture
def private_member(member):
    member.display_name = "Alice B."
    member.bio = "Two years without a drink."
    member.hide_profile_from_public = True
    member.save(update_fields=["display_name", "bio", "hide_profile_from_public"])
    return member


def test_member_hides_their_profile_from_the_settings_page(member_client, member):
    page = member_client.get(reverse("accounts:settings")).content.decode()
    assert 'name="hide_profile_from_public"' in page
    assert "hide my profile from search engines and signed-out visitors" in page.lower()
    response = member_client.post(
        reverse("accounts:settings"),
        {"display_name": "", "bio": "", "preferred_language": "", "hide_profile_from_public": "on"},
    )
    assert response.status_code == HTTPStatus.FOUND
    member.refresh_from_db()
    assert member.hide_profile_from_public


def test_profiles_are_public_by_default(client, member):
    response = client.get(member.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert 'content="noindex"' not in content
    assert "X-Robots-Tag" not in response.headers
    assert f'<link rel="canonical" href="http://testserver{member.get_absolute_url()}">' in content


def test_hidden_profile_is_for_members_only_when_signed_out(client, private_member):
    response = client.get(private_member.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "This profile is visible to members only." in content
    assert '<meta name="robots" content="noindex">' in content
    assert response["X-Robots-Tag"] == "noindex"
    assert "Alice B." not in content
    assert "Two years without a drink." not in content
    assert 'rel="canonical"' not in content


def test_signed_in_members_see_a_hidden_profile_marked_noindex(
    client, private_member, other_member
):
    client.force_login(other_member)
    response = client.get(private_member.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Two years without a drink." in content
    assert '<meta name="robots" content="noindex">' in content
    assert response["X-Robots-Tag"] == "noindex"


def test_hidden_members_appear_in_feeds_by_display_name_only(client, private_member, board):
    TopicFactory(board=board, author=private_member)
    feed = client.get(reverse("forum:latest-feed")).content.decode()
    assert "<name>Alice B.</name>" in feed
    assert private_member.get_absolute_url() not in feed
    assert private_member.email not in feed


def test_no_profile_is_listed_in_the_sitemap(client, private_member, other_member, board):
    TopicFactory(board=board, author=other_member)
    sitemap = client.get(reverse("sitemap")).content.decode()
    assert "/u/" not in sitemap


def test_images_in_posts_are_links_so_no_image_or_its_metadata_is_published():
    # The forum hosts no uploads; Markdown images become plain links (forum/rendering.py).
    html = render_markdown("![my scan](https://example.com/scan.jpg)").html
    assert "<img" not in html
    assert 'href="https://example.com/scan.jpg"' in html
