"""Moderation URLs, included by forum/urls.py: `urlpatterns` under "mod/" (moderators
only), `member_urlpatterns` at the forum's root (reports, record, appeals; the notices list is
forum.notifications)."""

from django.urls import path

from forum.moderation import member_views, rule_views, views

urlpatterns = [
    path("queue/", views.queue_view, name="mod-queue"),
    path("log/", views.log_view, name="mod-log"),
    path("p/<int:pk>/", views.post_moderate, name="post-moderate"),
    path("p/<int:pk>/label/", views.post_label, name="post-label"),
    path("p/<int:pk>/unlabel/", views.post_unlabel, name="post-unlabel"),
    path("p/<int:pk>/hide/", views.post_hide, name="post-hide"),
    path("p/<int:pk>/restore/", views.post_restore, name="post-restore"),
    path("p/<int:pk>/delete/", views.post_delete, name="post-delete"),
    path("p/<int:pk>/approve/", views.post_approve, name="post-approve"),
    path("p/<int:pk>/dismiss/", views.post_reports_dismiss, name="post-reports-dismiss"),
    path("p/<int:pk>/resolve/", views.post_reports_resolve, name="post-reports-resolve"),
    path("p/<int:pk>/edit/", views.post_moderate_edit, name="post-moderate-edit"),
    path("t/<int:pk>/", views.topic_moderate, name="topic-moderate"),
    path("t/<int:pk>/hide/", views.topic_hide, name="topic-hide"),
    path("t/<int:pk>/restore/", views.topic_restore, name="topic-restore"),
    path("t/<int:pk>/delete/", views.topic_delete, name="topic-delete"),
    path("t/<int:pk>/lock/", views.topic_lock, name="topic-lock"),
    path("t/<int:pk>/unlock/", views.topic_unlock, name="topic-unlock"),
    path("t/<int:pk>/pin/", views.topic_pin, name="topic-pin"),
    path("t/<int:pk>/unpin/", views.topic_unpin, name="topic-unpin"),
    path("t/<int:pk>/move/", views.topic_move, name="topic-move"),
    path("u/<str:username>/", views.member_moderate, name="member-moderate"),
    path("u/<str:username>/warn/", views.member_warn, name="member-warn"),
    path("u/<str:username>/suspend/", views.member_suspend, name="member-suspend"),
    path("u/<str:username>/unsuspend/", views.member_unsuspend, name="member-unsuspend"),
    path("u/<str:username>/note/", views.member_note, name="member-note"),
    path("appeals/<int:pk>/decide/", views.appeal_decide, name="appeal-decide"),
    path("rules/", rule_views.rule_list, name="screening-rule-list"),
    path("rules/add/", rule_views.rule_add, name="screening-rule-add"),
    path("rules/try/", rule_views.rule_try, name="screening-rule-try"),
    path("rules/<int:pk>/", rule_views.rule_edit, name="screening-rule-edit"),
    path("rules/<int:pk>/enable/", rule_views.rule_enable, name="screening-rule-enable"),
    path("rules/<int:pk>/disable/", rule_views.rule_disable, name="screening-rule-disable"),
]

member_urlpatterns = [
    path("p/<int:pk>/report/", member_views.post_report, name="post-report"),
    path("record/", member_views.moderation_record, name="moderation-record"),
    path("record/<int:pk>/appeal/", member_views.action_appeal, name="action-appeal"),
]
