"""Notifications: who is told about a post, what the list and emails show, preferences."""

from http import HTTPStatus
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from forum import services
from forum.models import MemberNotice, Post, Watch
from forum.moderation.services import do_approve_post, do_hide_post
from forum.notifications.emails import send_notice_email_now
from forum.views import quote_markdown
from tests.factories import PostFactory, TopicFactory, UserFactory

Kind = MemberNotice.Kind


@pytest.fixture
def carol(db):
    return UserFactory(username="carol")


@pytest.fixture
def watcher(topic, other_member):
    Watch.objects.create(user=other_member, topic=topic, level=Watch.Level.WATCHING)
    return other_member


def reply_through_the_site(client, topic, author, body: str, capture) -> None:
    client.force_login(author)
    with capture(execute=True):
        response = client.post(
            reverse("forum:topic-reply", args=[topic.slug, topic.pk]), {"body": body}
        )
    assert response.status_code == HTTPStatus.FOUND


def notices_of(user):
    return MemberNotice.objects.filter(recipient=user)


def set_email_preference(user, value: str) -> None:
    user.email_notifications = value
    user.save(update_fields=["email_notifications"])


def test_reply_to_a_watched_topic_queues_one_email_with_the_right_text_and_unsubscribe_link(
    client, topic, member, watcher, carol, django_capture_on_commit_callbacks
):
    set_email_preference(member, "never")  # the topic's author: only the watcher is mailed
    reply_through_the_site(
        client, topic, carol, "Week three: sleeping better.", django_capture_on_commit_callbacks
    )

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [watcher.email]
    assert "carol replied in “My first month”" in email.subject
    assert "Week three: sleeping better." in email.body
    html = email.alternatives[0].content
    assert "Week three: sleeping better." in html
    unsubscribe_url = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in email.body and unsubscribe_url in html

    # GET only asks (link scanners must not unsubscribe anyone); POST unsubscribes.
    visitor = Client(enforce_csrf_checks=True)
    path = urlparse(unsubscribe_url).path
    assert visitor.get(path).status_code == HTTPStatus.OK
    watcher.refresh_from_db()
    assert watcher.email_notifications == "immediately"
    response = visitor.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == HTTPStatus.OK
    watcher.refresh_from_db()
    assert watcher.email_notifications == "never"


def test_unsubscribe_link_with_a_forged_signature_changes_nothing(client, member):
    response = client.post(reverse("forum:unsubscribe", args=[f"{member.pk}:forged"]))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    member.refresh_from_db()
    assert member.email_notifications == "immediately"


def test_reply_notifies_the_topic_author_and_watchers_but_not_the_replier(
    topic, member, watcher, carol
):
    post = services.reply(topic, author=carol, body="Hello")
    assert set(MemberNotice.objects.filter(post=post).values_list("recipient", "kind")) == {
        (member.pk, Kind.REPLY),
        (watcher.pk, Kind.REPLY),
    }
    assert not notices_of(carol).exists()


def test_replier_watches_the_topic_unless_their_setting_is_off(topic, carol, other_member):
    services.reply(topic, author=carol, body="Hello")
    other_member.auto_watch = False
    other_member.save(update_fields=["auto_watch"])
    services.reply(topic, author=other_member, body="Hi")
    assert Watch.objects.filter(user=carol, topic=topic, level=Watch.Level.WATCHING).exists()
    assert not Watch.objects.filter(user=other_member, topic=topic).exists()


def test_mention_notifies_the_mentioned_member(topic, carol, other_member):
    post = services.reply(topic, author=carol, body="What do you think, @bob?")
    notice = notices_of(other_member).get()
    assert (notice.kind, notice.post, notice.actor) == (Kind.MENTION, post, carol)


def test_quote_notifies_the_quoted_author_once_even_though_the_quote_names_them(
    topic, reply_post, carol, other_member
):
    services.reply(topic, author=carol, body=quote_markdown(reply_post) + "So true.")
    assert list(notices_of(other_member).values_list("kind", flat=True)) == [Kind.QUOTE]


def test_editing_a_post_to_mention_someone_notifies_them_once(topic, member, carol, other_member):
    post = services.reply(topic, author=carol, body="Hello")
    notices_of(member).update(read_at=timezone.now())
    services.edit_post(post, editor=carol, body="Hello @bob and @alice")
    services.edit_post(post, editor=carol, body="Hello again @bob and @alice")
    assert list(notices_of(other_member).values_list("kind", flat=True)) == [Kind.MENTION]
    # alice was already told of this post (a reply in her topic): not again.
    assert notices_of(member).count() == 1


def test_new_topic_notifies_the_watchers_of_its_board(board, member, other_member):
    Watch.objects.create(user=other_member, board=board, level=Watch.Level.WATCHING)
    topic = services.start_topic(board, author=member, title="Hello all", body="First day.")
    notice = notices_of(other_member).get()
    assert (notice.kind, notice.topic) == (Kind.NEW_TOPIC, topic)


def test_muted_topic_never_notifies_not_even_a_mention(topic, member, carol, other_member):
    for user in (member, other_member):
        Watch.objects.create(user=user, topic=topic, level=Watch.Level.MUTED)
    services.reply(topic, author=carol, body="@bob and @alice, news!")
    assert not MemberNotice.objects.exists()


def test_reply_notifications_wait_for_the_member_to_read_the_previous_one(topic, member, carol):
    services.reply(topic, author=carol, body="One")
    services.reply(topic, author=carol, body="Two")
    assert notices_of(member).count() == 1
    notices_of(member).update(read_at=timezone.now())
    services.reply(topic, author=carol, body="Three")
    assert notices_of(member).count() == 2


def test_member_ignoring_the_author_is_not_notified(topic, member, carol):
    from forum.models import IgnoredMember

    IgnoredMember.objects.create(member=member, ignored=carol)
    services.reply(topic, author=carol, body="@alice hello")
    assert not notices_of(member).exists()


def test_held_reply_notifies_nobody_until_a_moderator_approves_it(
    settings, topic, member, moderator, django_capture_on_commit_callbacks
):
    settings.FORUM_APPROVE_FIRST_POSTS = 1
    newcomer = UserFactory(username="newcomer2")
    with django_capture_on_commit_callbacks(execute=True):
        post = services.reply(topic, author=newcomer, body="My first words, @alice")
    assert post.status == Post.Status.HELD
    assert not notices_of(member).exists()
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        do_approve_post(post, moderator=moderator)
    assert notices_of(member).get().kind == Kind.MENTION
    # The mention, and the newcomer's "your post has been approved".
    assert sorted(email.to[0] for email in mail.outbox) == [member.email, newcomer.email]


def test_post_hidden_later_leaves_no_trace_in_the_list_the_count_or_email(
    member_client, topic, member, moderator, carol
):
    post = services.reply(topic, author=carol, body="Secret remedy: double the dose.")
    page = member_client.get(reverse("forum:notice-list")).content.decode()
    assert "Secret remedy" in page
    assert "Notifications (1" in page

    do_hide_post(post, moderator=moderator, reason="Unsafe")
    page = member_client.get(reverse("forum:notice-list")).content.decode()
    assert "Secret remedy" not in page
    assert "carol replied" not in page
    assert "Notifications (" not in page
    notice = MemberNotice.objects.get(post=post)
    assert send_notice_email_now(notice.pk) is False
    assert mail.outbox == []


def test_moderation_notices_show_in_the_same_list_and_are_emailed(
    member_client, topic, member, moderator, django_capture_on_commit_callbacks
):
    post = PostFactory(topic=topic, author=member, body="My own post")
    with django_capture_on_commit_callbacks(execute=True):
        do_hide_post(post, moderator=moderator, reason="Off-topic")
    page = member_client.get(reverse("forum:notice-list")).content.decode()
    assert "Reason: Off-topic" in page
    assert "Notifications (1" in page
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [member.email]


def test_failed_sending_leaves_the_notification_to_be_emailed_again(
    monkeypatch, topic, member, carol
):
    services.reply(topic, author=carol, body="Hello")
    notice = notices_of(member).get()

    def smtp_down(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", smtp_down)
    with pytest.raises(ConnectionRefusedError):
        send_notice_email_now(notice.pk)
    notice.refresh_from_db()
    assert notice.emailed_at is None
    monkeypatch.undo()
    assert send_notice_email_now(notice.pk) is True
    assert send_notice_email_now(notice.pk) is False  # never twice
    assert len(mail.outbox) == 1


def test_email_is_written_in_the_members_language(
    topic, member, watcher, carol, django_capture_on_commit_callbacks
):
    set_email_preference(member, "never")
    watcher.preferred_language = "fr"
    watcher.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(topic, author=carol, body="Bonjour")
    email = mail.outbox[0]
    assert "carol a répondu dans « My first month »" in email.subject
    assert '<html lang="fr">' in email.alternatives[0].content
    assert "Bonjour" in email.body


@pytest.mark.parametrize("preference", ["daily", "never"])
def test_members_who_did_not_ask_for_immediate_emails_get_none(
    topic, member, carol, django_capture_on_commit_callbacks, preference
):
    set_email_preference(member, preference)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(topic, author=carol, body="Hello")
    assert notices_of(member).exists()
    assert mail.outbox == []


def test_daily_digest_sends_one_email_per_member_and_is_idempotent(
    board, member, carol, other_member
):
    set_email_preference(member, "daily")
    first = TopicFactory(board=board, author=member, title="Sleep")
    second = TopicFactory(board=board, author=member, title="Cravings")
    services.reply(first, author=carol, body="Try magnesium?")
    services.reply(second, author=other_member, body="Same here.")

    call_command("send_digests", stdout=None)
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == [member.email]
    assert "carol replied in “Sleep”" in digest.body
    assert "bob replied in “Cravings”" in digest.body
    assert "List-Unsubscribe" in digest.extra_headers

    call_command("send_digests", stdout=None)
    assert len(mail.outbox) == 1
    member.refresh_from_db()
    assert member.last_digest_at is not None


def test_next_digest_lists_only_notifications_written_since_the_last_one(board, member, carol):
    set_email_preference(member, "daily")
    topic = TopicFactory(board=board, author=member, title="Sleep")
    services.reply(topic, author=carol, body="Old news")
    call_command("send_digests", stdout=None)
    MemberNotice.objects.update(read_at=timezone.now())
    member.last_digest_at = timezone.now() - timezone.timedelta(days=1)
    member.save(update_fields=["last_digest_at"])
    services.reply(topic, author=carol, body="Fresh news")
    call_command("send_digests", stdout=None)
    assert len(mail.outbox) == 2
    assert "Fresh news" in mail.outbox[1].body and "Old news" not in mail.outbox[1].body


def test_following_a_notification_marks_it_read(member_client, topic, member, carol):
    post = services.reply(topic, author=carol, body="Hello")
    notice = notices_of(member).get()
    response = member_client.get(reverse("forum:notice-open", args=[notice.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == post.get_absolute_url()
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_member_cannot_open_someone_elses_notification(client, topic, member, carol):
    services.reply(topic, author=carol, body="Hello")
    client.force_login(carol)
    notice = notices_of(member).get()
    response = client.get(reverse("forum:notice-open", args=[notice.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND
    notice.refresh_from_db()
    assert notice.read_at is None


def test_mark_all_read_needs_a_post_and_marks_only_the_members_notices(
    member_client, topic, reply_post, member, carol, other_member
):
    services.reply(topic, author=carol, body="@bob hello")
    url = reverse("forum:notices-mark-read")
    assert member_client.get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert member_client.post(url).status_code == HTTPStatus.FOUND
    assert not notices_of(member).unread().exists()
    assert notices_of(other_member).unread().exists()


def test_notification_pages_ask_visitors_to_sign_in(client):
    response = client.get(reverse("forum:notice-list"))
    assert response.status_code == HTTPStatus.FOUND
    assert reverse("account_login") in response.url


def test_settings_page_saves_the_email_preference(member_client, member):
    response = member_client.post(
        reverse("accounts:settings"),
        {"display_name": "", "bio": "", "preferred_language": "", "email_notifications": "daily",
         "auto_watch": ""},
    )  # fmt: skip
    assert response.status_code == HTTPStatus.FOUND
    member.refresh_from_db()
    assert (member.email_notifications, member.auto_watch) == ("daily", False)


@pytest.mark.parametrize("size", [2, 12])
def test_notification_list_query_count_is_fixed(
    member_client, board, member, django_assert_max_num_queries, size
):
    for number in range(size):
        topic = TopicFactory(board=board, author=member, title=f"Topic {number}")
        services.reply(topic, author=UserFactory(), body=f"Reply {number}")
    # user, notices with actor/topic/post, count for the paginator, role, suspension,
    # unread count
    with django_assert_max_num_queries(6):
        response = member_client.get(reverse("forum:notice-list"))
    assert len(response.context["page"]) == size
