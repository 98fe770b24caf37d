"""/sitemap.xml: the boards, the topics and the library, as signed-out visitors see them.

Boards marked `noindex` and their topics stay out; so do member profiles (members may hide
theirs, and listing the others would only help to find who is here).
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from forum.feeds import public_topics
from forum.models import Board, Topic


class PageSitemap(Sitemap):
    def items(self) -> list[str]:
        return ["forum:board-list", "resources:resource-list"]

    def location(self, name: str) -> str:
        return reverse(name)


class BoardSitemap(Sitemap):
    def items(self):
        return Board.objects.filter(noindex=False).select_related("last_post").order_by("id")

    def lastmod(self, board: Board):
        return board.last_post.created_at if board.last_post else None


class TopicSitemap(Sitemap):
    def items(self):
        return public_topics().only("id", "slug", "last_activity_at").order_by("id")

    def lastmod(self, topic: Topic):
        return topic.last_activity_at


class ResourceSitemap(Sitemap):
    def items(self):
        from resources.models import Resource

        return Resource.objects.only("id", "slug", "updated_at").order_by("id")

    def lastmod(self, resource):
        return resource.updated_at


SITEMAPS = {
    "pages": PageSitemap,
    "boards": BoardSitemap,
    "topics": TopicSitemap,
    "resources": ResourceSitemap,
}
