import pytest
from django.urls import reverse

URLS = [
    "/t/x/99999999999999999999999/",
    "/p/99999999999999999999999/",
    "/p/99999999999999999999999/edit/",
    "/b/test-questions/?page=99999999999999999999999",
    "/b/test-questions/?page=-1",
    "/b/test-questions/?tag=%00",
    "/b/test-questions/?lang=%00",
    "/search/?q=%00%00",
    "/search/?q=" + "a" * 10000,
    '/search/?q="unbalanced',
    "/search/?board=99999999999999999999999&q=x",
    "/search/?author=%00&q=x",
    "/search/?date_from=2020-13-45&q=x",
    "/library/?q=%00",
    "/library/?kind=nope&tag=%00",
    "/library/nope/",
    "/u/%00/",
    "/tags/%00/",
    "/t/x/1/?page=abc",
    "/mod/queue/?page=abc",
    "/feeds/latest/?page=x",
    "/t/x/1/unread/",
    "/notifications/?page=-5",
]


@pytest.mark.parametrize("url", URLS)
def test_hostile_urls_never_500(client, topic, member, url):
    client.force_login(member)
    response = client.get(url)
    assert response.status_code < 500, url
    client.logout()
    assert client.get(url).status_code < 500, url


def test_nul_characters_in_a_url_get_a_clear_400(client, db):
    response = client.get("/library/?q=%00")
    assert response.status_code == 400
    assert "not allowed" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("reply", {"body": "hello\x00world"}),
        ("topic", {"title": "T\x00", "body": "text"}),
        ("report", {"reason": "other", "note": "\x00"}),
        ("settings", {"display_name": "\x00", "bio": "", "preferred_language": ""}),
    ],
)
def test_nul_characters_in_forms_are_refused_not_500(member_client, topic, reply_post, name, data):
    url = {
        "reply": reverse("forum:topic-reply", args=[topic.slug, topic.pk]),
        "topic": reverse("forum:topic-create", args=[topic.board.slug]),
        "report": reverse("forum:post-report", args=[reply_post.pk]),
        "settings": reverse("accounts:settings"),
    }[name]
    response = member_client.post(url, data)
    assert 400 <= response.status_code < 500
