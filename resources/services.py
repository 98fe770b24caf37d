"""Writes of the resource library; Markdown is rendered here, never in save()."""

from django.db import transaction
from django.utils import timezone

from forum.models import Post
from forum.rendering import render_markdown
from resources.citations import find_cited_slugs
from resources.models import Citation, Resource


def render_resource(resource: Resource) -> None:
    """Set the sanitized HTML of the summary and body from their Markdown (no save)."""
    resource.summary_html = _render(resource.summary)
    resource.body_html = _render(resource.body)


def _render(text: str) -> str:
    return render_markdown(text).html if text.strip() else ""


@transaction.atomic
def save_resource_by_staff(resource: Resource, *, changed: bool = True) -> None:
    """Render and save a resource staff created or edited.

    A change marks the item as edited by staff, so `load_resources` never
    overwrites it; saving an unchanged form leaves the mark as it was.
    """
    render_resource(resource)
    if changed:
        resource.edited_by_staff = True
    resource.save()


@transaction.atomic
def record_citations(post: Post) -> bool:
    """Make the post's Citation rows match the resources its body cites; True if any changed."""
    slugs = find_cited_slugs(post.body)
    if not slugs:
        deleted, _ = Citation.objects.filter(post=post).delete()
        return bool(deleted)
    wanted = set(Resource.objects.filter(slug__in=slugs).values_list("pk", flat=True))
    existing = set(Citation.objects.filter(post=post).values_list("resource_id", flat=True))
    stale = existing - wanted
    if stale:
        Citation.objects.filter(post=post, resource_id__in=stale).delete()
    added = wanted - existing
    if added:
        now = timezone.now()
        Citation.objects.bulk_create(
            [Citation(post=post, resource_id=pk, created_at=now) for pk in sorted(added)],
            ignore_conflicts=True,  # a concurrent edit of the same post recorded it first
        )
    return bool(stale or added)
