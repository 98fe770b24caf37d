"""Signed-out readers get cached pages, never stale ones."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from forum.caching import bump_content_version
from forum.models import Post, Topic
from tests.factories import PostFactory


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.FORUM_ANONYMOUS_CACHE_SECONDS = 60


def test_second_anonymous_view_is_served_from_the_cache(client, topic, django_assert_num_queries):
    first = client.get(topic.get_absolute_url())
    with django_assert_num_queries(1):  # the content version only
        second = client.get(topic.get_absolute_url())
    assert second.status_code == HTTPStatus.OK
    assert second.content == first.content
    assert second["Content-Language"] == first["Content-Language"]


def test_a_reply_posted_through_the_site_shows_at_once(client, topic, other_member):
    client.get(topic.get_absolute_url())
    client.force_login(other_member)
    client.post(
        reverse("forum:topic-reply", args=[topic.slug, topic.pk]), {"body": "Fresh words here"}
    )
    client.logout()
    client.cookies.clear()
    assert "Fresh words here" in client.get(topic.get_absolute_url()).content.decode()


def test_a_post_hidden_by_a_moderator_disappears_at_once_for_readers(
    client, topic, reply_post, moderator
):
    assert "Welcome, keep going!" in client.get(topic.get_absolute_url()).content.decode()
    client.force_login(moderator)
    client.post(reverse("forum:post-hide", args=[reply_post.pk]), {"reason": "Spam."})
    client.logout()
    client.cookies.clear()
    reply_post.refresh_from_db()
    assert reply_post.status == Post.Status.HIDDEN
    assert "Welcome, keep going!" not in client.get(topic.get_absolute_url()).content.decode()


def test_pages_are_cached_per_language(client, topic):
    english = client.get(topic.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    french = client.get(topic.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")
    assert english["Content-Language"] == "en"
    assert french["Content-Language"] == "fr"


def test_signed_in_members_never_get_the_cached_page(client, topic, member):
    client.get(topic.get_absolute_url())
    client.force_login(member)
    response = client.get(topic.get_absolute_url())
    assert 'name="body"' in response.content.decode()  # their reply form


def test_writes_outside_requests_show_after_a_version_bump(client, topic):
    client.get(topic.get_absolute_url())
    PostFactory(topic=topic, body="Written by a command")
    Topic.objects.filter(pk=topic.pk).update(reply_count=1)
    bump_content_version()
    assert "Written by a command" in client.get(topic.get_absolute_url()).content.decode()


def test_anonymous_pages_set_no_cookie(client, topic):
    for url in ["/", topic.board.get_absolute_url(), topic.get_absolute_url()]:
        assert not client.get(url).cookies, url


def test_language_switch_works_without_a_csrf_token(client, db):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("set_language"), {"language": "fr", "next": "/"})
    assert response.status_code == HTTPStatus.FOUND
    assert response.cookies["django_language"].value == "fr"
