"""Watching and muting topics and boards (forms that work without JavaScript)."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from forum import services
from forum.models import MemberNotice, Watch


def watch_topic_url(topic):
    return reverse("forum:topic-watch", args=[topic.slug, topic.pk])


def test_member_watches_then_mutes_then_resets_a_topic(member_client, topic, member):
    url = watch_topic_url(topic)
    assert member_client.post(url, {"level": "watch"}).status_code == HTTPStatus.FOUND
    assert Watch.objects.get(user=member, topic=topic).level == Watch.Level.WATCHING
    member_client.post(url, {"level": "mute"})
    assert Watch.objects.get(user=member, topic=topic).level == Watch.Level.MUTED
    member_client.post(url, {"level": "reset"})
    assert not Watch.objects.filter(user=member, topic=topic).exists()


def test_topic_page_shows_the_watch_buttons_for_the_current_level(member_client, topic, member):
    page = member_client.get(topic.get_absolute_url()).content.decode()
    assert 'value="watch"' in page and 'value="mute"' in page
    Watch.objects.create(user=member, topic=topic, level=Watch.Level.MUTED)
    page = member_client.get(topic.get_absolute_url()).content.decode()
    assert "You muted this." in page and 'value="mute"' not in page


def test_watching_needs_a_signed_in_member_and_a_post(member_client, topic):
    url = watch_topic_url(topic)
    response = Client().post(url, {"level": "watch"})
    assert response.status_code == HTTPStatus.FOUND
    assert reverse("account_login") in response.url
    assert member_client.get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert not Watch.objects.exists()


def test_hidden_topic_cannot_be_watched_by_other_members(client, topic, other_member):
    topic.status = topic.Status.HIDDEN
    topic.save(update_fields=["status"])
    client.force_login(other_member)
    response = client.post(watch_topic_url(topic), {"level": "watch"})
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_unknown_level_changes_nothing(member_client, topic):
    member_client.post(watch_topic_url(topic), {"level": "everything"})
    assert not Watch.objects.exists()


def test_member_watches_a_board_and_hears_of_its_new_topics(
    member_client, board, member, other_member
):
    member_client.post(reverse("forum:board-watch", args=[board.slug]), {"level": "watch"})
    services.start_topic(board, author=other_member, title="New here", body="Hello")
    assert MemberNotice.objects.get(recipient=member).kind == MemberNotice.Kind.NEW_TOPIC


def test_muting_a_topic_one_started_stops_reply_notifications(
    member_client, topic, member, other_member
):
    member_client.post(watch_topic_url(topic), {"level": "mute"})
    services.reply(topic, author=other_member, body="Hello")
    assert not MemberNotice.objects.filter(recipient=member).exists()


def test_muted_board_is_silent_except_for_topics_the_member_watches(
    board, topic, member, other_member
):
    Watch.objects.create(user=other_member, board=board, level=Watch.Level.MUTED)
    services.reply(topic, author=member, body="@bob are you there?")
    assert not MemberNotice.objects.filter(recipient=other_member).exists()
    Watch.objects.create(user=other_member, topic=topic, level=Watch.Level.WATCHING)
    services.reply(topic, author=member, body="Now?")
    assert MemberNotice.objects.filter(recipient=other_member).count() == 1


def test_auto_watch_never_overrides_a_mute(topic, member):
    Watch.objects.create(user=member, topic=topic, level=Watch.Level.MUTED)
    services.reply(topic, author=member, body="Back again")
    assert Watch.objects.get(user=member, topic=topic).level == Watch.Level.MUTED


@pytest.mark.parametrize("size", [1, 10])
def test_board_watch_buttons_keep_the_board_page_query_count_fixed(
    member_client, board, member, django_assert_max_num_queries, size
):
    for number in range(size):
        services.start_topic(board, author=member, title=f"Topic {number}", body="Hi")
    Watch.objects.create(user=member, board=board, level=Watch.Level.WATCHING)
    # user, board, role, tags, count, watch level, unread count, topics, their tags
    with django_assert_max_num_queries(10):
        response = member_client.get(board.get_absolute_url())
    assert "You are watching this." in response.content.decode()
