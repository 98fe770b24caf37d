"""`[[resource:slug]]` in member Markdown: finding citations and linking them.

The pre-pass runs before Markdown (forum.rendering.register_preprocessor), so
it works on text: it leaves fenced code blocks and inline code spans alone
(members may quote the syntax there) and turns each citation into a Markdown
link, or into literal text when no resource has that slug.
"""

import re
from collections.abc import Callable, Mapping

from django.urls import reverse

MARKER = "[[resource:"
# Bounds the one lookup a post costs; further citations stay literal text.
MAX_CITATIONS_PER_TEXT = 50

_SCANNER = re.compile(
    # A fenced code block, up to its closing fence or the end of the text.
    r"(?P<fence>^[ ]{0,3}(?P<marker>`{3,}|~{3,})[^\n`]*(?:\n.*?)??"
    r"(?:\n[ ]{0,3}(?P=marker)[`~]*[ \t]*(?=\n|\Z)|\Z))"
    # An inline code span: n backticks, text without a blank line, n backticks.
    r"|(?P<code>(?P<ticks>`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)(?P=ticks)(?!`))"
    r"|\[\[resource:(?P<slug>[A-Za-z0-9_-]{1,100})\]\]",
    re.MULTILINE | re.DOTALL,
)
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape_markdown(text: str) -> str:
    """Backslash-escape every ASCII punctuation character (CommonMark allows it for all)."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def find_cited_slugs(text: str) -> list[str]:
    """Slugs cited in `text` outside code, lower-cased, first occurrence first, at most 50."""
    if MARKER not in text:
        return []
    slugs = (match["slug"].lower() for match in _SCANNER.finditer(text) if match["slug"])
    return list(dict.fromkeys(slugs))[:MAX_CITATIONS_PER_TEXT]


def replace_citations(text: str, titles: Mapping[str, str], url_for: Callable[[str], str]) -> str:
    """Replace citations of known slugs (`titles`: slug -> title) by Markdown links."""

    def replace(match: re.Match) -> str:
        if not match["slug"]:
            return match[0]  # code: left as written
        slug = match["slug"].lower()
        if slug not in titles:
            return escape_markdown(match[0])
        return f"[{escape_markdown(titles[slug])}]({url_for(slug)})"

    return _SCANNER.sub(replace, text)


def link_resource_citations(text: str) -> str:
    """The rendering pre-pass: one query for all the citations in `text`, none without any."""
    slugs = find_cited_slugs(text)
    if not slugs:
        return text
    from resources.models import Resource

    titles = dict(Resource.objects.filter(slug__in=slugs).values_list("slug", "title"))
    return replace_citations(text, titles, _resource_url)


def _resource_url(slug: str) -> str:
    return reverse("resources:resource-detail", kwargs={"slug": slug})
