from http import HTTPStatus

from django.urls import reverse

from forum.models import Topic
from tests.factories import TopicFactory


def start(client, board, **data):
    return client.post(reverse("forum:topic-create", args=[board.slug]), data)


def test_topic_language_is_detected_from_the_text(member_client, board):
    start(
        member_client,
        board,
        title="Mon premier mois",
        body="Je suis à 60 mg avec mon médecin, et les envies ont baissé.",
    )
    start(
        member_client,
        board,
        title="My first month",
        body="I am at 60 mg with my doctor and the cravings are lower.",
    )
    assert Topic.objects.get(title="Mon premier mois").language == "fr"
    assert Topic.objects.get(title="My first month").language == "en"


def test_author_can_choose_the_language_when_starting(member_client, board):
    start(member_client, board, title="Hello", body="Bonjour à tous", language="en")
    assert Topic.objects.get(title="Hello").language == "en"


def test_a_one_language_board_decides_the_language(member_client, board):
    board.language = "fr"
    board.save()
    start(member_client, board, title="Hello", body="I write English here")
    assert Topic.objects.get(title="Hello").language == "fr"


def test_author_corrects_the_language_on_the_first_post(member_client, topic):
    post = topic.posts.get()
    response = member_client.post(
        reverse("forum:post-edit", args=[post.pk]),
        {"title": topic.title, "body": post.body, "language": "fr"},
    )
    assert response.status_code == HTTPStatus.FOUND
    topic.refresh_from_db()
    assert topic.language == "fr"


def test_board_lists_filter_by_language(client, board, member):
    TopicFactory(board=board, author=member, title="English one", language="en")
    TopicFactory(board=board, author=member, title="Le forum en francais", language="fr")
    french = client.get(board.get_absolute_url() + "?lang=fr")
    assert [t.title for t in french.context["page"]] == ["Le forum en francais"]
    unknown = client.get(board.get_absolute_url() + "?lang=xx")
    assert len(unknown.context["page"]) == 2
