from django.contrib import admin

from forum.models import Board, Post, PostRevision, Topic


@admin.register(Board)
class BoardAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position", "language", "topic_count", "post_count")
    list_editable = ("position",)
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name", "description")


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("title", "board", "author", "created_at", "reply_count", "status", "pinned")
    list_filter = ("board", "status", "pinned", "locked", "language")
    search_fields = ("title", "author__username")
    raw_id_fields = ("author", "last_post")
    date_hierarchy = "created_at"


class PostRevisionInline(admin.TabularInline):
    model = PostRevision
    extra = 0
    can_delete = False
    readonly_fields = ("created_at", "editor", "by_moderator", "reason", "title", "body")


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ("__str__", "author", "created_at", "status")
    list_filter = ("status",)
    search_fields = ("body", "author__username")
    raw_id_fields = ("topic", "author")
    readonly_fields = ("body_html",)
    inlines = [PostRevisionInline]


# --- Moderation (issue 4) -------------------------------------------------------------

from forum.models import (  # noqa: E402
    Appeal,
    CrisisResource,
    MemberNote,
    MemberNotice,
    ModerationAction,
    ModerationReason,
    Report,
    SafetyLabel,
    Suspension,
    UnsafeAdviceCategory,
)


@admin.register(UnsafeAdviceCategory)
class UnsafeAdviceCategoryAdmin(admin.ModelAdmin):
    list_display = ("name_en", "slug", "position", "is_active")
    list_editable = ("position", "is_active")
    search_fields = ("slug", "name_en", "name_fr", "warning_en", "warning_fr")
    filter_horizontal = ("resources",)


@admin.register(ModerationReason)
class ModerationReasonAdmin(admin.ModelAdmin):
    list_display = ("title", "position", "is_active")
    list_editable = ("position", "is_active")


@admin.register(CrisisResource)
class CrisisResourceAdmin(admin.ModelAdmin):
    list_display = ("kind", "country", "contact", "text_en", "position", "is_active")
    list_filter = ("kind", "country", "is_active")
    list_editable = ("position", "is_active")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records of what happened: written by the moderation services, never by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ModerationAction)
class ModerationActionAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor", "action", "target_user", "post", "topic")
    list_filter = ("action", "created_at")
    search_fields = ("reason", "actor__username", "target_user__username")
    date_hierarchy = "created_at"


@admin.register(Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "reason", "category", "reporter", "post", "status")
    list_filter = ("status", "reason", "category")
    search_fields = ("note", "post_snapshot", "reporter__username")


@admin.register(SafetyLabel)
class SafetyLabelAdmin(ReadOnlyAdmin):
    list_display = ("post", "mode", "created_by", "created_at", "lifted_at")
    list_filter = ("mode",)


@admin.register(Suspension)
class SuspensionAdmin(ReadOnlyAdmin):
    list_display = ("member", "starts_at", "ends_at", "lifted_at", "created_by")


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ("member", "action", "status", "created_at", "decided_by")
    list_filter = ("status",)


@admin.register(MemberNote)
class MemberNoteAdmin(ReadOnlyAdmin):
    list_display = ("member", "author", "created_at")
    search_fields = ("member__username", "text")


@admin.register(MemberNotice)
class MemberNoticeAdmin(ReadOnlyAdmin):
    list_display = ("recipient", "kind", "subject", "created_at", "read_at")
    list_filter = ("kind",)


# --- Community (issue 6) --------------------------------------------------------------

from forum.models import TopicTag  # noqa: E402


@admin.register(TopicTag)
class TopicTagAdmin(admin.ModelAdmin):
    list_display = ("name_en", "name_fr", "slug", "position")
    list_editable = ("position",)
    prepopulated_fields = {"slug": ("name_en",)}
    search_fields = ("name_en", "name_fr", "slug")


# --- Safety screening (issue 5) ---------------------------------------------------------

from forum.models import ScreeningRule, ScreeningThresholds  # noqa: E402
from forum.moderation import autoscreen  # noqa: E402
from forum.moderation.forms import ScreeningRuleForm  # noqa: E402


@admin.register(ScreeningRule)
class ScreeningRuleAdmin(admin.ModelAdmin):
    """The same form and services as /mod/rules/: checked patterns, every change logged."""

    form = ScreeningRuleForm
    list_display = ("name", "pattern", "is_regex", "language", "category", "action", "enabled")
    list_filter = ("enabled", "action", "language", "category")
    search_fields = ("name", "pattern", "notes")
    readonly_fields = ("created_by", "created_at", "updated_at")

    def save_model(self, request, obj, form, change):
        if change:
            stored = ScreeningRule.objects.select_related("category").get(pk=obj.pk)
            autoscreen.do_change_rule(
                obj, moderator=request.user, before=autoscreen.rule_snapshot(stored)
            )
        else:
            autoscreen.do_add_rule(obj, moderator=request.user)

    def has_delete_permission(self, request, obj=None):
        # Disable a rule instead: flags in the log keep its name.
        return False


@admin.register(ScreeningThresholds)
class ScreeningThresholdsAdmin(admin.ModelAdmin):
    """One row: the screener's dose limits (defaults and sources in docs/screening.md)."""

    readonly_fields = ("updated_at",)

    def has_add_permission(self, request):
        return not ScreeningThresholds.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
