"""Community URLs, included at the forum's root by forum/urls.py."""

from django.urls import path

from forum.community import views

urlpatterns = [
    path("p/<int:pk>/react/", views.post_react, name="post-react"),
    path("p/<int:pk>/bookmark/", views.post_bookmark, name="post-bookmark"),
    path("bookmarks/", views.bookmark_list, name="bookmark-list"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag-detail"),
    path("t/<int:pk>/tags/", views.topic_tags_edit, name="topic-tags-edit"),
    path("u/<str:username>/ignore/", views.member_ignore, name="member-ignore"),
    path("settings/ignored/", views.ignored_list, name="ignored-list"),
]
