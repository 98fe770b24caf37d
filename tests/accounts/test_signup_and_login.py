import re
from http import HTTPStatus

from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.models import User
from forum.models import Topic

PASSWORD = "a long and unusual passphrase 42"


def sign_up(client, username="newmember", email="new@example.com"):
    return client.post(
        reverse("account_signup"),
        {"username": username, "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_new_member_signs_up_confirms_email_and_posts(client, board):
    response = sign_up(client)
    assert response.status_code == HTTPStatus.FOUND
    user = User.objects.get(username="newmember")
    assert not EmailAddress.objects.get(user=user).verified

    # Posting is refused until the address is confirmed.
    refused = client.post(
        reverse("forum:topic-create", args=[board.slug]), {"title": "Hi", "body": "Hello"}
    )
    assert refused.status_code == HTTPStatus.FORBIDDEN

    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", mail.outbox[0].body).group(
        0
    )
    path = link.split("://", 1)[1].split("/", 1)[1]
    confirm_page = client.get("/" + path)
    assert confirm_page.status_code == HTTPStatus.OK
    client.post("/" + path)
    assert EmailAddress.objects.get(user=user).verified

    posted = client.post(
        reverse("forum:topic-create", args=[board.slug]), {"title": "Hi all", "body": "Hello"}
    )
    assert posted.status_code == HTTPStatus.FOUND
    assert Topic.objects.filter(title="Hi all", author=user).exists()


def test_member_logs_in_by_username_or_email(client, member):
    for login in [member.username, member.email]:
        client.logout()
        response = client.post(
            reverse("account_login"), {"login": login, "password": "correct horse battery staple"}
        )
        assert response.status_code == HTTPStatus.FOUND, login
        assert client.get(reverse("accounts:settings")).status_code == HTTPStatus.OK


def test_signup_pages_use_the_site_layout(client, db):
    content = client.get(reverse("account_signup")).content.decode()
    assert 'class="site-header"' in content
    assert "Medical disclaimer" in content


def test_signup_is_rate_limited(client, db, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/h/ip"}
    for i in range(2):
        sign_up(client, username=f"user{i}", email=f"user{i}@example.com")
        client.logout()
    response = sign_up(client, username="user9", email="user9@example.com")
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert not User.objects.filter(username="user9").exists()


def test_failed_logins_are_rate_limited_even_with_the_right_password(client, member):
    for _ in range(6):
        client.post(reverse("account_login"), {"login": member.username, "password": "wrong"})
    response = client.post(
        reverse("account_login"),
        {"login": member.username, "password": "correct horse battery staple"},
    )
    assert response.status_code == HTTPStatus.OK
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_an_email(client, member):
    response = client.post(reverse("account_reset_password"), {"email": member.email})
    assert response.status_code == HTTPStatus.FOUND
    assert len(mail.outbox) == 1
    assert "password" in mail.outbox[0].subject.lower()


def test_two_factor_setup_asks_for_the_password_then_shows_the_code(member_client):
    url = reverse("mfa_activate_totp")
    reauth = member_client.get(url)
    assert reauth.status_code == HTTPStatus.FOUND
    member_client.post(reauth["Location"], {"password": "correct horse battery staple"})
    response = member_client.get(url)
    assert response.status_code == HTTPStatus.OK
    assert "site-header" in response.content.decode()
