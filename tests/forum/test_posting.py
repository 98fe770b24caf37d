from http import HTTPStatus

import pytest
from django.urls import reverse

from forum.models import Board, Post, PostRevision, Topic


def new_topic_url(board):
    return reverse("forum:topic-create", args=[board.slug])


def reply_url(topic):
    return reverse("forum:topic-reply", args=[topic.slug, topic.pk])


def test_member_starts_a_topic_and_counters_follow(member_client, board):
    response = member_client.post(
        new_topic_url(board), {"title": "Week one", "body": "Starting **today**."}
    )
    topic = Topic.objects.get(title="Week one")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == topic.get_absolute_url()
    board.refresh_from_db()
    assert (board.topic_count, board.post_count) == (1, 1)
    assert board.last_post == topic.posts.get()
    page = member_client.get(topic.get_absolute_url())
    assert "<strong>today</strong>" in page.content.decode()


def test_reply_updates_last_activity_and_reply_count(client, topic, other_member):
    before = topic.last_activity_at
    client.force_login(other_member)
    response = client.post(reply_url(topic), {"body": "Good luck!"})
    post = Post.objects.get(body="Good luck!")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == post.get_absolute_url()
    topic.refresh_from_db()
    assert topic.reply_count == 1
    assert topic.last_post == post
    assert topic.last_activity_at >= before
    assert topic.last_activity_at == post.created_at


def test_post_permalink_redirects_to_page_and_anchor(client, topic, settings):
    settings.FORUM_POSTS_PER_PAGE = 2
    replies = [Post.objects.create(topic=topic, author=topic.author, body=f"r{i}", body_html="")
               for i in range(3)]  # fmt: skip
    response = client.get(replies[-1].get_absolute_url())
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{topic.get_absolute_url()}?page=2#post-{replies[-1].pk}"
    first = client.get(replies[0].get_absolute_url())
    assert first["Location"] == f"{topic.get_absolute_url()}#post-{replies[0].pk}"


def test_topic_url_with_wrong_slug_redirects_to_canonical(client, topic):
    response = client.get(reverse("forum:topic-detail", args=["old-title", topic.pk]))
    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY or response.status_code == 302
    assert response["Location"] == topic.get_absolute_url()


def test_quote_prefills_reply_with_quoted_text(member_client, topic, reply_post):
    response = member_client.get(reply_url(topic) + f"?quote={reply_post.pk}")
    body = response.context["form"].initial["body"]
    assert body.startswith(
        f"@{reply_post.author.username} [wrote]({reply_post.get_absolute_url()})"
    )
    assert "> Welcome, keep going!" in body


def test_quote_of_a_post_from_another_topic_is_ignored(member_client, topic, board):
    elsewhere = Post.objects.create(
        topic=Topic.objects.create(board=board, title="x", slug="x", author=topic.author),
        author=topic.author, body="secret", body_html="",
    )  # fmt: skip
    response = member_client.get(reply_url(topic) + f"?quote={elsewhere.pk}")
    assert response.context["form"].initial["body"] == ""


def test_author_edits_post_and_revision_history_is_kept(member_client, topic):
    post = topic.posts.get()
    response = member_client.post(
        reverse("forum:post-edit", args=[post.pk]), {"title": "Renamed", "body": "New text"}
    )
    assert response.status_code == HTTPStatus.FOUND
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.body == "New text" and post.edited_at is not None
    assert topic.title == "Renamed" and topic.slug == "renamed"
    assert list(post.revisions.values_list("body", flat=True)) == ["New text", "First post."]
    history = member_client.get(reverse("forum:post-revisions", args=[post.pk]))
    assert history.status_code == HTTPStatus.OK
    assert "First post." in history.content.decode()
    page = member_client.get(topic.get_absolute_url())
    assert "edited" in page.content.decode()


def test_non_author_gets_403_on_edit(client, reply_post, member):
    client.force_login(member)
    url = reverse("forum:post-edit", args=[reply_post.pk])
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    assert client.post(url, {"body": "hijack"}).status_code == HTTPStatus.FORBIDDEN
    reply_post.refresh_from_db()
    assert reply_post.body == "Welcome, keep going!"


def test_revision_history_is_private_to_author_and_moderators(
    client, reply_post, member, moderator
):
    url = reverse("forum:post-revisions", args=[reply_post.pk])
    client.force_login(member)
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN
    client.force_login(moderator)
    assert client.get(url).status_code == HTTPStatus.OK


def test_editing_after_the_window_is_refused_and_keeps_the_text(member_client, topic, settings):
    settings.FORUM_EDIT_WINDOW_MINUTES = 1
    post = topic.posts.get()
    Post.objects.filter(pk=post.pk).update(created_at=post.created_at.replace(year=2020))
    response = member_client.post(
        reverse("forum:post-edit", args=[post.pk]), {"title": "T", "body": "late edit"}
    )
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "late edit" in response.content.decode()
    assert "time allowed for editing" in response.content.decode()


def test_markdown_preview_renders_without_saving(member_client, board):
    response = member_client.post(
        new_topic_url(board), {"title": "Draft", "body": "*hello*", "preview": "1"}
    )
    assert response.status_code == HTTPStatus.OK
    assert "<em>hello</em>" in response.content.decode()
    assert not Topic.objects.filter(title="Draft").exists()


def test_preview_endpoint_returns_sanitized_fragment(member_client):
    response = member_client.post(
        reverse("forum:markdown-preview"), {"body": "<script>x</script>**b**"}
    )
    assert response.status_code == HTTPStatus.OK
    assert (
        response.content.decode().strip()
        == "<p>&lt;script&gt;x&lt;/script&gt;<strong>b</strong></p>"
    )


def test_preview_endpoint_is_post_only(member_client):
    assert (
        member_client.get(reverse("forum:markdown-preview")).status_code
        == HTTPStatus.METHOD_NOT_ALLOWED
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": "", "body": "text"}, "Please give your topic a title."),
        ({"title": "   ", "body": "text kept"}, "Please give your topic a title."),
        ({"title": "Kept title", "body": " \n\t "}, "Please write a message."),
        ({"title": "x" * 201, "body": "text kept"}, "at most 200 characters"),
    ],
)
def test_bad_topic_input_gets_400_with_message_and_keeps_text(member_client, board, data, message):
    response = member_client.post(new_topic_url(board), data)
    content = response.content.decode()
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in content
    for value in data.values():
        if value.strip():
            assert value in content
    assert not Topic.objects.exists()


def test_body_over_the_maximum_is_refused_with_the_limit(member_client, board, settings):
    settings.FORUM_MAX_POST_LENGTH = 100
    response = member_client.post(new_topic_url(board), {"title": "Long", "body": "y" * 101})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "at most 100 characters (it has 101)" in response.content.decode()
    assert not Topic.objects.exists()


def test_unknown_ids_are_404(client, db):
    assert client.get(reverse("forum:board-detail", args=["nope"])).status_code == 404
    assert client.get(reverse("forum:topic-detail", args=["x", 999999])).status_code == 404
    assert client.get(reverse("forum:post-detail", args=[999999])).status_code == 404
    assert client.get(reverse("forum:topic-create", args=["nope"])).status_code == 404


def test_reply_to_locked_topic_is_refused_and_keeps_text(member_client, topic):
    Topic.objects.filter(pk=topic.pk).update(locked=True)
    response = member_client.post(reply_url(topic), {"body": "my careful words"})
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "locked" in response.content.decode()
    assert "my careful words" in response.content.decode()
    assert topic.posts.count() == 1


def test_signed_out_visitor_is_sent_to_login(client, topic, board):
    for url in [new_topic_url(board), reply_url(topic)]:
        response = client.post(url, {"title": "t", "body": "b"})
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"].startswith(reverse("account_login"))
    assert Post.objects.count() == 1


def test_unverified_member_cannot_post_and_is_told_why(client, unverified_member, board):
    client.force_login(unverified_member)
    response = client.post(new_topic_url(board), {"title": "Hello", "body": "kept body"})
    content = response.content.decode()
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "confirm your email address" in content
    assert "kept body" in content
    assert not Topic.objects.exists()


def test_posting_rate_limit_answers_429_and_keeps_text(member_client, topic, settings):
    settings.FORUM_POST_RATE_LIMIT = 2
    for i in range(2):
        assert (
            member_client.post(reply_url(topic), {"body": f"r{i}"}).status_code == HTTPStatus.FOUND
        )
    response = member_client.post(reply_url(topic), {"body": "one too many"})
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "one too many" in response.content.decode()


def test_mentions_in_a_post_link_to_the_profile(member_client, topic, other_member):
    member_client.post(reply_url(topic), {"body": "thanks @bob!"})
    post = Post.objects.get(body="thanks @bob!")
    assert f'href="{other_member.get_absolute_url()}"' in post.body_html


def test_board_page_lists_pinned_first_then_by_activity(client, board, member):
    from tests.factories import TopicFactory

    old = TopicFactory(board=board, author=member, title="Old")
    new = TopicFactory(board=board, author=member, title="New")
    pinned = TopicFactory(board=board, author=member, title="Rules", pinned=True)
    Topic.objects.filter(pk=old.pk).update(last_activity_at=new.last_activity_at.replace(year=2020))
    response = client.get(board.get_absolute_url())
    titles = [topic.title for topic in response.context["page"]]
    assert titles == [pinned.title, new.title, old.title]


def test_default_boards_are_seeded_including_a_french_one(db):
    slugs = set(Board.objects.values_list("slug", flat=True))
    assert {"introductions", "titration-diaries", "side-effects-safety", "questions",
            "research-news", "francais"} <= slugs  # fmt: skip
    assert Board.objects.get(slug="francais").language == "fr"


def test_each_post_gets_a_first_revision(member_client, board):
    member_client.post(new_topic_url(board), {"title": "Hello", "body": "v1"})
    assert PostRevision.objects.get().body == "v1"
