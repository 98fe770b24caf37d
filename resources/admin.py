from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from resources import services
from resources.models import Citation, Resource, Section, Tag


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "position")
    list_editable = ("position",)
    prepopulated_fields = {"slug": ("title",)}
    search_fields = ("title", "intro")


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name", "slug")


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ("title", "section", "kind", "language", "position", "edited_by_staff")
    list_filter = ("section", "kind", "language", "tags", "edited_by_staff")
    list_select_related = ("section",)
    search_fields = ("title", "slug", "summary", "body", "authors", "journal")
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("tags",)
    readonly_fields = ("edited_by_staff", "seed_key", "created_at", "updated_at")
    fieldsets = [
        (None, {"fields": ("section", "position", "kind", "title", "slug", "language", "tags")}),
        (_("Text (Markdown)"), {"fields": ("summary", "body")}),
        (
            _("Reference"),
            {"fields": ("authors", "journal", "year", "volume", "issue", "pages", "url")},
        ),
        (
            _("Seed"),
            {"fields": ("edited_by_staff", "seed_key", "created_at", "updated_at")},
        ),
    ]
    actions = ["follow_seed_again"]

    def save_model(self, request, obj, form, change):
        # The HTML is rendered and the item marked as staff's in one service call.
        services.save_resource_by_staff(obj, changed=not change or form.has_changed())

    @admin.action(description=_("Reset to the seed content at the next load_resources"))
    def follow_seed_again(self, request, queryset):
        # Clearing the checksum makes the loader rewrite the item even if the seed is unchanged.
        count = queryset.filter(seed_key__isnull=False).update(
            edited_by_staff=False, seed_checksum=""
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d seeded item will be reset to the seed content by load_resources.",
                "%(count)d seeded items will be reset to the seed content by load_resources.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ("resource", "post", "created_at")
    list_select_related = ("resource", "post__topic")
    search_fields = ("resource__title", "post__topic__title")
    raw_id_fields = ("resource", "post")
    date_hierarchy = "created_at"
