from dataclasses import dataclass
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render

from forum.caching import cache_for_anonymous
from resources.models import Resource, Section, Tag

SEARCH_MAX_LENGTH = 200
SEARCH_MAX_WORDS = 10
DISCUSSED_IN_PER_PAGE = 10


@dataclass
class SectionGroup:
    section: Section
    resources: list[Resource]


@dataclass
class Facet:
    value: str
    label: str
    count: int


@cache_for_anonymous
def resource_list(request):
    """The library by section, in the document's order; filters by kind, tag and words."""
    kind = request.GET.get("kind", "")
    tag = request.GET.get("tag", "")
    query = " ".join(request.GET.get("q", "").split())[:SEARCH_MAX_LENGTH]
    resources = Resource.objects.with_list_data().in_library_order()
    # An unknown kind or tag matches nothing, and the page says so.
    if kind:
        resources = resources.filter(kind=kind)
    if tag:
        resources = resources.filter(tags__slug=tag)
    for word in query.split()[:SEARCH_MAX_WORDS]:
        resources = resources.filter(
            Q(title__icontains=word) | Q(authors__icontains=word) | Q(summary__icontains=word)
        )
    groups = [
        SectionGroup(section=section, resources=list(items))
        for section, items in groupby(resources, key=lambda resource: resource.section)
    ]
    kind_counts = dict(Resource.objects.order_by().values_list("kind").annotate(count=Count("id")))
    kinds = [
        Facet(value=value, label=label, count=kind_counts[value])
        for value, label in Resource.Kind.choices
        if value in kind_counts
    ]
    tags = [
        Facet(value=item.slug, label=item.name, count=item.count)
        for item in Tag.objects.annotate(count=Count("resources")).filter(count__gt=0)
    ]
    context = {
        "groups": groups,
        "total": sum(len(group.resources) for group in groups),
        "kinds": kinds,
        "tags": tags,
        "kind": kind,
        "tag": tag,
        "library_query": query,
        "is_filtered": bool(kind or tag or query),
    }
    return render(request, "resources/resource_list.html", context)


@cache_for_anonymous
def resource_detail(request, slug: str):
    resource = get_object_or_404(Resource.objects.with_list_data(), slug=slug)
    topics = resource.citing_topics(request.user)
    page = Paginator(topics, DISCUSSED_IN_PER_PAGE).get_page(request.GET.get("page"))
    context = {"resource": resource, "page": page}
    return render(request, "resources/resource_detail.html", context)
