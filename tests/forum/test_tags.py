"""Topic tags: chosen when starting a topic, edited by the author and moderators, shown on
lists and on the topic page, and filtering boards, a page per tag and search."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from forum.models import Topic, TopicTag
from tests.factories import BoardFactory, PostFactory, TopicFactory, UserFactory


def tag(slug: str) -> TopicTag:
    return TopicTag.objects.get(slug=slug)


def test_seed_migration_adds_the_starting_tags(db):
    assert list(TopicTag.objects.values_list("slug", flat=True)) == [
        "success-story", "question", "side-effects", "titration-diary", "research",
        "en-francais",
    ]  # fmt: skip


def test_tag_name_follows_the_active_language(db, settings):
    from django.utils import translation

    with translation.override("fr"):
        assert tag("side-effects").name == "Effets secondaires"
    with translation.override("en"):
        assert tag("side-effects").name == "Side effects"


def test_member_starts_a_topic_with_tags(member_client, board):
    response = member_client.post(
        reverse("forum:topic-create", args=[board.slug]),
        {
            "title": "Week two",
            "body": "Dose notes",
            "tags": [tag("question").pk, tag("research").pk],
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    topic = Topic.objects.get(title="Week two")
    assert set(topic.tags.values_list("slug", flat=True)) == {"question", "research"}


def test_tags_are_optional_when_starting_a_topic(member_client, board):
    response = member_client.post(
        reverse("forum:topic-create", args=[board.slug]), {"title": "Hello", "body": "Hi all"}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert not Topic.objects.get(title="Hello").tags.exists()


def test_a_topic_takes_at_most_three_tags(member_client, board):
    four = list(TopicTag.objects.values_list("pk", flat=True)[:4])
    response = member_client.post(
        reverse("forum:topic-create", args=[board.slug]),
        {"title": "Too many", "body": "Text", "tags": four},
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "at most 3 tags" in response.content.decode()
    assert not Topic.objects.filter(title="Too many").exists()


def test_topic_form_offers_tags_as_checkboxes_in_a_fieldset(member_client, board):
    html = member_client.get(reverse("forum:topic-create", args=[board.slug])).content.decode()
    assert "<fieldset" in html and "<legend" in html
    assert 'type="checkbox" name="tags"' in html


def test_author_changes_tags_from_the_first_post_edit_form(member_client, topic):
    first_post = topic.posts.get()
    response = member_client.post(
        reverse("forum:post-edit", args=[first_post.pk]),
        {"title": topic.title, "body": first_post.body, "tags": [tag("success-story").pk]},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert list(topic.tags.values_list("slug", flat=True)) == ["success-story"]


def test_reply_edit_form_has_no_tags(client, reply_post, other_member):
    client.force_login(other_member)
    response = client.get(reverse("forum:post-edit", args=[reply_post.pk]))
    assert "tags" not in response.context["form"].fields


def test_moderator_edits_the_tags_of_someone_elses_topic(moderator_client, topic):
    response = moderator_client.post(
        reverse("forum:topic-tags-edit", args=[topic.pk]), {"tags": [tag("research").pk]}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert list(topic.tags.values_list("slug", flat=True)) == ["research"]


def test_other_member_cannot_edit_a_topics_tags(client, other_member, topic):
    client.force_login(other_member)
    response = client.post(
        reverse("forum:topic-tags-edit", args=[topic.pk]), {"tags": [tag("research").pk]}
    )
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not topic.tags.exists()


def test_anonymous_visitor_is_sent_to_sign_in_to_edit_tags(client, topic):
    response = client.get(reverse("forum:topic-tags-edit", args=[topic.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))


def test_topic_page_and_board_page_show_the_tags(client, board, topic):
    topic.tags.set([tag("titration-diary")])
    assert "Titration diary" in client.get(topic.get_absolute_url()).content.decode()
    html = client.get(board.get_absolute_url()).content.decode()
    assert f'href="{board.get_absolute_url()}?tag=titration-diary">Titration diary</a>' in html


def test_board_page_filters_by_tag(client, board, topic):
    other = TopicFactory(board=board, title="Untagged")
    topic.tags.set([tag("question")])
    response = client.get(board.get_absolute_url(), {"tag": "question"})
    assert list(response.context["page"]) == [topic]
    assert other not in response.context["page"]


def test_board_page_with_an_unknown_tag_is_not_found(client, board):
    response = client.get(board.get_absolute_url(), {"tag": "nope"})
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_tag_page_lists_topics_across_boards_that_the_reader_may_see(client, topic):
    elsewhere = TopicFactory(board=BoardFactory(), title="Elsewhere")
    hidden = TopicFactory(board=topic.board, title="Hidden", status=Topic.Status.HIDDEN)
    for tagged in (topic, elsewhere, hidden):
        tagged.tags.set([tag("research")])
    response = client.get(reverse("forum:tag-detail", args=["research"]))
    assert response.status_code == HTTPStatus.OK
    assert set(response.context["page"]) == {topic, elsewhere}


def test_tag_page_of_an_unknown_tag_is_not_found(client, db):
    assert client.get(reverse("forum:tag-detail", args=["nope"])).status_code == 404


def test_search_filters_by_tag(client, board):
    tagged = TopicFactory(board=board, first_post="baclofen dose notes")
    tagged.tags.set([tag("titration-diary")])
    TopicFactory(board=board, first_post="baclofen dose elsewhere")
    response = client.get(reverse("forum:search"), {"q": "baclofen", "tag": "titration-diary"})
    assert response.status_code == HTTPStatus.OK
    assert [post.topic_id for post in response.context["page"]] == [tagged.pk]


def grow_tagged(board, size: int) -> None:
    tags = list(TopicTag.objects.all()[:3])
    author = UserFactory()
    for _ in range(size):
        topic = TopicFactory(board=board, author=author)
        topic.tags.set(tags)
        PostFactory(topic=topic, author=author)


@pytest.mark.parametrize("size", [1, 8])
def test_tag_filtered_board_page_query_count_is_fixed(
    client, board, member, django_assert_max_num_queries, size
):
    grow_tagged(board, size)
    client.force_login(member)
    # session, user, board, tags, count, topics, their tags, notifications' unread count,
    # board watch level
    with django_assert_max_num_queries(9):
        response = client.get(board.get_absolute_url(), {"tag": "success-story"})
    assert len(response.context["page"]) == size


@pytest.mark.parametrize("size", [1, 8])
def test_tag_page_query_count_is_fixed(client, board, django_assert_max_num_queries, size):
    grow_tagged(board, size)
    # tag, count, topics, their tags
    with django_assert_max_num_queries(4):
        response = client.get(reverse("forum:tag-detail", args=["success-story"]))
    assert len(response.context["page"]) == size
