import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from forum.models import Board, Post, PostRevision, Topic
from forum.rendering import render_markdown


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        """Members are verified unless built with verified=False (as allauth's own tests do)."""
        if create:
            EmailAddress.objects.create(
                user=user, email=user.email, primary=True, verified=extracted is not False
            )


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Board

    name = factory.Sequence(lambda n: f"Board {n}")
    slug = factory.Sequence(lambda n: f"board-{n}")
    description = "A board for tests."


class TopicFactory(factory.django.DjangoModelFactory):
    """A topic with its first post, counters consistent as forum.services leaves them."""

    class Meta:
        model = Topic
        skip_postgeneration_save = True

    board = factory.SubFactory(BoardFactory)
    title = factory.Sequence(lambda n: f"Topic number {n}")
    slug = factory.LazyAttribute(lambda topic: topic.title.lower().replace(" ", "-"))
    author = factory.SubFactory(UserFactory)

    @factory.post_generation
    def first_post(topic, create, extracted, **kwargs):
        if create:
            post = PostFactory(topic=topic, author=topic.author, body=extracted or "First post.")
            Topic.objects.filter(pk=topic.pk).update(last_post=post)
            Board.objects.filter(pk=topic.board_id).update(last_post=post)
            topic.last_post = post


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post
        skip_postgeneration_save = True

    topic = factory.SubFactory(TopicFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"Reply number {n}.")
    body_html = factory.LazyAttribute(lambda post: render_markdown(post.body).html)
    created_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def revision(post, create, extracted, **kwargs):
        if create:
            PostRevision.objects.create(post=post, body=post.body, editor=post.author)
