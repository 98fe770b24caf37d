"""The library in the site's sitemap; config/urls.py includes it with the forum's sections."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from resources.models import Resource


class LibrarySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self) -> list[str]:
        return ["resources:resource-list"]

    def location(self, item: str) -> str:
        return reverse(item)


class ResourceSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.7

    def items(self):
        return Resource.objects.order_by("id").only("slug", "updated_at")

    def lastmod(self, item: Resource):
        return item.updated_at


sitemaps = {"library": LibrarySitemap, "resources": ResourceSitemap}
