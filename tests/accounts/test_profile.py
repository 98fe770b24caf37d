from http import HTTPStatus

from django.urls import reverse

from forum.models import Topic


def test_profile_lists_member_topics_and_replies(client, topic, reply_post, other_member):
    response = client.get(other_member.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Welcome, keep going!" in content
    owner = client.get(topic.author.get_absolute_url()).content.decode()
    assert topic.title in owner


def test_profile_hides_posts_of_hidden_topics_from_others(client, topic, reply_post):
    Topic.objects.filter(pk=topic.pk).update(status=Topic.Status.HIDDEN)
    content = client.get(reply_post.author.get_absolute_url()).content.decode()
    assert "Welcome, keep going!" not in content


def test_unknown_profile_is_404(client, db):
    assert (
        client.get(reverse("accounts:profile", args=["ghost"])).status_code == HTTPStatus.NOT_FOUND
    )


def test_member_updates_settings(member_client, member):
    response = member_client.post(
        reverse("accounts:settings"),
        {"display_name": "Alice B.", "bio": "Two years sober.", "preferred_language": "fr"},
    )
    assert response.status_code == HTTPStatus.FOUND
    member.refresh_from_db()
    assert (member.display_name, member.preferred_language) == ("Alice B.", "fr")
    page = member_client.get(reverse("forum:board-list"))
    assert page["Content-Language"] == "fr"


def test_settings_need_login(client, db):
    response = client.get(reverse("accounts:settings"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))


def test_profile_excerpt_of_a_labelled_post_says_it_carries_a_warning(
    client, reply_post, moderator
):
    from forum.models import SafetyLabel

    SafetyLabel.objects.create(post=reply_post, created_by=moderator)
    content = client.get(reply_post.author.get_absolute_url()).content.decode()
    assert "The moderators added a safety warning to this post" in content
