"""Atom feeds of the latest topics, of a board's topics and of a topic's posts.

Feeds are public documents that readers fetch without a session and keep: they show what a
signed-out visitor sees (published content only) and leave out boards marked `noindex`,
whoever asks. Authors appear by their public name only, never with an address or a link.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.db.models import Exists, OuterRef, Subquery
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from forum.models import Board, Post, SafetyLabel, Topic

FEED_ITEMS = 30


def public_topics():
    """Topics for feeds and the sitemap: what signed-out visitors see, outside noindex boards."""
    return Topic.objects.visible_to(AnonymousUser()).filter(board__noindex=False)


def public_posts():
    # Unsafe medical advice never leaves the site without its warning (forum.moderation).
    return (
        Post.objects.visible_to(AnonymousUser())
        .filter(topic__in=public_topics())
        .without_safety_label()
    )


class LatestTopicsFeed(Feed):
    feed_type = Atom1Feed

    def title(self) -> str:
        return _("%(site)s: latest topics") % {"site": settings.SITE_NAME}

    def subtitle(self) -> str:
        return _("New topics on every board of %(site)s.") % {"site": settings.SITE_NAME}

    def link(self) -> str:
        return reverse("forum:board-list")

    def topics(self):
        """Newest topics first, each with its first published post's HTML: one query."""
        first_post = Post.objects.filter(
            topic=OuterRef("pk"), status=Post.Status.PUBLISHED
        ).in_thread_order()
        # A first post under a safety label is left out: its warning cannot travel with it.
        labelled = first_post.annotate(
            labelled=Exists(SafetyLabel.objects.active().filter(post=OuterRef("pk")))
        )
        return (
            public_topics()
            .select_related("author", "board")
            .annotate(
                first_post_html=Subquery(first_post.values("body_html")[:1]),
                first_post_labelled=Subquery(labelled.values("labelled")[:1]),
            )
            .order_by("-created_at", "-id")
        )

    def items(self):
        return self.topics()[:FEED_ITEMS]

    def item_title(self, topic: Topic) -> str:
        return topic.title

    def item_description(self, topic: Topic) -> str:
        if getattr(topic, "first_post_labelled", False):
            return ""
        return topic.first_post_html or ""

    def item_link(self, topic: Topic) -> str:
        return topic.get_absolute_url()

    def item_pubdate(self, topic: Topic):
        return topic.created_at

    def item_updateddate(self, topic: Topic):
        return topic.last_activity_at

    def item_author_name(self, topic: Topic) -> str:
        return topic.author.public_name

    def item_categories(self, topic: Topic) -> list[str]:
        return [topic.board.name]


class BoardFeed(LatestTopicsFeed):
    def get_object(self, request, slug: str) -> Board:
        return get_object_or_404(Board, slug=slug, noindex=False)

    def title(self, board: Board) -> str:
        return _("%(site)s: %(board)s") % {"site": settings.SITE_NAME, "board": board.name}

    def subtitle(self, board: Board) -> str:
        return board.description or _("New topics in %(board)s.") % {"board": board.name}

    def link(self, board: Board) -> str:
        return board.get_absolute_url()

    def get_feed(self, obj: Board, request):
        feed = super().get_feed(obj, request)
        if obj.language:  # Feed.language is one value for every feed of the class
            feed.feed["language"] = obj.language
        return feed

    def items(self, board: Board):
        return self.topics().filter(board=board)[:FEED_ITEMS]


class TopicFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, slug: str, pk: int) -> Topic:
        return get_object_or_404(public_topics(), pk=pk)

    def title(self, topic: Topic) -> str:
        return topic.title

    def subtitle(self, topic: Topic) -> str:
        return _("The latest posts in this discussion on %(site)s.") % {"site": settings.SITE_NAME}

    def link(self, topic: Topic) -> str:
        return topic.get_absolute_url()

    def get_feed(self, obj: Topic, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.language
        return feed

    def items(self, topic: Topic):
        posts = public_posts().filter(topic=topic).select_related("author", "topic")
        return posts.order_by("-created_at", "-id")[:FEED_ITEMS]

    def item_title(self, post: Post) -> str:
        return _("%(author)s in “%(topic)s”") % {
            "author": post.author.public_name,
            "topic": post.topic.title,
        }

    def item_description(self, post: Post) -> str:
        return post.body_html

    def item_link(self, post: Post) -> str:
        return post.get_absolute_url()

    def item_pubdate(self, post: Post):
        return post.created_at

    def item_updateddate(self, post: Post):
        return post.edited_at or post.created_at

    def item_author_name(self, post: Post) -> str:
        return post.author.public_name
