from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView
from django.views.i18n import JavaScriptCatalog, set_language

from forum.sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots-txt",
    ),
    path("accounts/", include("allauth.urls")),
    # CSRF-exempt: the worst a forged request can do is switch the interface language.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include("accounts.urls")),
    path("library/", include("resources.urls")),
    path("", include("forum.urls")),
]

if settings.DEBUG:
    from django.views.defaults import page_not_found, permission_denied, server_error

    # Preview the error pages while developing.
    urlpatterns += [
        path("__errors__/403/", permission_denied, {"exception": Exception()}),
        path("__errors__/404/", page_not_found, {"exception": Exception()}),
        path("__errors__/500/", server_error),
    ]
