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
