"""Whole-page cache for signed-out readers, who are most of a health forum's traffic.

A page is cached under the site's content version (forum.models.ContentVersion): every
request that may change content (POST, PUT, PATCH, DELETE) moves the version on, so a
moderator's label or hide shows to the next reader, from whichever process served it.
The version lives in the database rather than the cache so that several processes with
local-memory caches stay correct.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.http import HttpResponse
from django.utils import translation

from forum.models import ContentVersion

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
# Headers a cached page must replay; cookies are never cached (such pages are skipped).
MAX_CACHED_PATH_LENGTH = 300
REPLAYED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Robots-Tag", "Link")


def current_content_version() -> int | None:
    return ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first()


def bump_content_version() -> None:
    if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1):
        ContentVersion.objects.get_or_create(pk=1)


def _is_cacheable_request(request) -> bool:
    # A session or a pending message means the page may differ for this visitor.
    return (
        settings.FORUM_ANONYMOUS_CACHE_SECONDS > 0
        and request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.user.is_authenticated
        and len(request.get_full_path()) <= MAX_CACHED_PATH_LENGTH
    )


def cache_for_anonymous(view):
    """Serve `view` from the cache to signed-out readers; everyone else gets it fresh."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not _is_cacheable_request(request):
            return view(request, *args, **kwargs)
        version = current_content_version()
        if version is None:
            return view(request, *args, **kwargs)
        key = f"anon-page:{version}:{translation.get_language()}:{request.get_full_path()}"
        if (cached := cache.get(key)) is not None:
            content, headers = cached
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.cookies and not response.streaming:
            headers = [(name, response[name]) for name in REPLAYED_HEADERS if name in response]
            cache.set(key, (response.content, headers), settings.FORUM_ANONYMOUS_CACHE_SECONDS)
        return response

    return wrapped


def writes_no_content(view):
    """Mark a POST view that only computes (a preview): it leaves cached pages valid."""
    view.writes_no_content = True
    return view


class ContentVersionMiddleware:
    """Move the content version on after a member's request that may have written.

    Signed-out visitors cannot change what pages show (their POSTs sign in, sign up or
    pick a language), and refused requests change nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in SAFE_METHODS
            and response.status_code < 400
            and request.user.is_authenticated
            and not getattr(
                getattr(request.resolver_match, "func", None), "writes_no_content", False
            )
        ):
            bump_content_version()
        return response
