"""Head tags shared by public pages: canonical links and plain-text descriptions."""

import html

from django import template
from django.utils.html import format_html, strip_tags
from django.utils.text import Truncator

register = template.Library()

DESCRIPTION_LENGTH = 160


@register.filter
def excerpt(rendered_html: str, length: int = DESCRIPTION_LENGTH) -> str:
    """Plain text of sanitized HTML, cut at a word; not safe: autoescape it where it is used."""
    text = " ".join(html.unescape(strip_tags(rendered_html or "")).split())
    return Truncator(text).chars(length)


@register.simple_tag(takes_context=True)
def canonical_link(context, obj, page_number: int = 1) -> str:
    """<link rel="canonical"> to `obj`'s absolute URL, with ?page=N past the first page."""
    url = context["request"].build_absolute_uri(obj.get_absolute_url())
    if page_number and int(page_number) > 1:
        url += f"?page={int(page_number)}"
    return format_html('<link rel="canonical" href="{}">', url)
