"""Notification, watching and unread URLs, included at the forum's root by forum/urls.py."""

from django.urls import path

from forum.notifications import views

urlpatterns = [
    path("notifications/", views.notice_list, name="notice-list"),
    path("notifications/read/", views.notices_mark_read, name="notices-mark-read"),
    path("notifications/<int:pk>/", views.notice_open, name="notice-open"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("t/<slug:slug>/<int:pk>/watch/", views.topic_watch, name="topic-watch"),
    path("t/<slug:slug>/<int:pk>/unread/", views.topic_unread, name="topic-unread"),
    path("b/<slug:slug>/watch/", views.board_watch, name="board-watch"),
    path("b/<slug:slug>/read/", views.board_mark_read, name="board-mark-read"),
]
