from django.urls import include, path

from forum import feeds, views
from forum.community import urls as community_urls
from forum.moderation import urls as moderation_urls
from forum.notifications import urls as notification_urls

app_name = "forum"

urlpatterns = [
    path("", views.board_list, name="board-list"),
    path("b/<slug:slug>/", views.board_detail, name="board-detail"),
    path("b/<slug:slug>/new/", views.topic_create, name="topic-create"),
    path("t/<slug:slug>/<int:pk>/", views.topic_detail, name="topic-detail"),
    path("t/<slug:slug>/<int:pk>/reply/", views.topic_reply, name="topic-reply"),
    path("feeds/latest/", feeds.LatestTopicsFeed(), name="latest-feed"),
    path("b/<slug:slug>/feed/", feeds.BoardFeed(), name="board-feed"),
    path("t/<slug:slug>/<int:pk>/feed/", feeds.TopicFeed(), name="topic-feed"),
    path("p/<int:pk>/", views.post_detail, name="post-detail"),
    path("p/<int:pk>/edit/", views.post_edit, name="post-edit"),
    path("p/<int:pk>/revisions/", views.post_revisions, name="post-revisions"),
    path("search/", views.search, name="search"),
    path("preview/", views.markdown_preview, name="markdown-preview"),
    path("mod/", include(moderation_urls.urlpatterns)),
    *moderation_urls.member_urlpatterns,
    *notification_urls.urlpatterns,
    *community_urls.urlpatterns,
]
