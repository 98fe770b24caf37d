import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from forum.permissions import MODERATORS_GROUP
from tests.factories import BoardFactory, PostFactory, TopicFactory, UserFactory


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SECURE_SSL_REDIRECT = False
    # Tests write with the ORM between requests; tests/forum/test_caching.py turns it on.
    settings.FORUM_ANONYMOUS_CACHE_SECONDS = 0
    # Tasks run where they are enqueued, so tests can read the outbox at once.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # Rate limits and cached counters must not leak from one test to the next.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def member(db):
    return UserFactory(username="alice")


@pytest.fixture
def other_member(db):
    return UserFactory(username="bob")


@pytest.fixture
def unverified_member(db):
    return UserFactory(username="newcomer", verified=False)


@pytest.fixture
def moderator(db):
    user = UserFactory(username="mod")
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def board(db):
    return BoardFactory(name="Questions", slug="test-questions")


@pytest.fixture
def topic(board, member):
    return TopicFactory(board=board, author=member, title="My first month")


@pytest.fixture
def reply_post(topic, other_member):
    return PostFactory(topic=topic, author=other_member, body="Welcome, keep going!")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client
