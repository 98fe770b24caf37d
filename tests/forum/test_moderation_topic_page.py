"""The topic page with moderation on it keeps a fixed number of queries."""

from http import HTTPStatus

import pytest
from django.core.management import call_command
from django.test import Client

from forum.models import SafetyLabel
from forum.moderation import services
from tests.factories import PostFactory, UserFactory
from tests.forum.moderation_helpers import category


def grow_thread(topic, moderator, size: int) -> None:
    """`size` labelled posts (half hidden, two categories each), reports, an at-risk post."""
    for index in range(size):
        post = PostFactory(topic=topic, author=UserFactory())
        services.do_label_post(
            post,
            moderator=moderator,
            categories=[category("abrupt_stop"), category("excessive_dose")],
            mode=SafetyLabel.Mode.HIDE if index % 2 else SafetyLabel.Mode.LABEL,
            reason="x",
        )
        services.do_report_post(PostFactory(topic=topic), reporter=UserFactory(), reason="spam")
    services.do_report_post(PostFactory(topic=topic), reporter=UserFactory(), reason="at_risk")


@pytest.fixture
def library(db):
    call_command("load_resources", stdout=None)


@pytest.mark.parametrize("size", [1, 6])
def test_topic_page_with_labels_has_a_fixed_query_count_for_anonymous_readers(
    topic, moderator, library, django_assert_max_num_queries, size
):
    grow_thread(topic, moderator, size)
    # topic, its tags, count, posts, labels, categories, resources, crisis resources
    with django_assert_max_num_queries(8):
        response = Client().get(topic.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert response.content.decode().count('aria-labelledby="safety-') == size


@pytest.mark.parametrize("size", [1, 6])
def test_topic_page_with_labels_has_a_fixed_query_count_for_members(
    client, topic, member, moderator, library, django_assert_max_num_queries, size
):
    grow_thread(topic, moderator, size)
    client.force_login(member)
    # + session, user and the member's state (role, verified email, suspension), and for
    # notifications the header's unread count, the watch level and the read-state upsert,
    # and the topic's tags
    with django_assert_max_num_queries(14):
        response = client.get(topic.get_absolute_url())
    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("size", [1, 6])
def test_topic_page_with_labels_has_a_fixed_query_count_for_moderators(
    moderator_client, topic, moderator, library, django_assert_max_num_queries, size
):
    grow_thread(topic, moderator, size)
    with django_assert_max_num_queries(14):
        response = moderator_client.get(topic.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert 'href="/mod/p/' in response.content.decode()


def test_topic_page_adds_no_query_when_nothing_is_moderated(topic, django_assert_num_queries):
    # topic, its tags (issue 6), count, posts, (empty) labels
    with django_assert_num_queries(5):
        Client().get(topic.get_absolute_url())
