from django import template

from resources.models import Resource

register = template.Library()


@register.simple_tag
def citable_resources():
    """Every resource's title and slug in library order, for the editor's "Cite a resource" list.

    Lazy: the one query runs only where the list is rendered.
    """
    return Resource.objects.in_library_order().only("title", "slug")
