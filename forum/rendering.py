"""Markdown -> sanitized HTML, in one place.

Member text is rendered with markdown-it-py (raw HTML disabled) and then
cleaned by nh3; nothing else in the project may mark member content safe.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "ul", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"align"},
    "th": {"align"},
}
ALLOWED_CLASSES = {
    "a": {"mention", "resource-link"},
    "span": {"resource-missing"},
}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"

MENTION_RE = re.compile(r"(?<![\w@/])@([A-Za-z0-9_.+-]{1,150}?)(?=[^\w.+-]|[.+-](?:\s|$)|$)")

# Top-level page headings are h1/h2, so member headings start at h3.
HEADING_SHIFT = 2


@dataclass
class Rendered:
    html: str
    mentions: list[str] = field(default_factory=list)


def find_mention_candidates(text: str) -> set[str]:
    return {match.group(1).lower() for match in MENTION_RE.finditer(text)}


def _shift_headings(state) -> None:
    for token in state.tokens:
        if token.type in {"heading_open", "heading_close"}:
            level = min(int(token.tag[1]) + HEADING_SHIFT, 6)
            token.tag = f"h{level}"


def _link_mentions(state) -> None:
    """Turn @name into a profile link when `name` is a known member (env["mentions"])."""
    known: dict[str, tuple[str, str]] = state.env.get("mentions") or {}
    if not known:
        return
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        link_depth = 0
        for token in block.children:
            if token.type == "link_open":
                link_depth += 1
            elif token.type == "link_close":
                link_depth -= 1
            if token.type != "text" or link_depth or "@" not in token.content:
                children.append(token)
                continue
            children.extend(_split_mentions(token.content, known, state.env))
        block.children = children


def _split_mentions(text: str, known: dict[str, tuple[str, str]], env: dict) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    for match in MENTION_RE.finditer(text):
        member = known.get(match.group(1).lower())
        if member is None:
            continue
        username, url = member
        if match.start() > position:
            tokens.append(_text_token(text[position : match.start()]))
        link = Token("link_open", "a", 1)
        link.attrs = {"href": url, "class": "mention"}
        tokens += [link, _text_token("@" + username), Token("link_close", "a", -1)]
        env.setdefault("mentioned", []).append(username)
        position = match.end()
    if position < len(text):
        tokens.append(_text_token(text[position:]))
    return tokens


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _render_image_as_link(self, tokens, idx, options, env) -> str:
    # Remote images would reveal readers' addresses to third parties, which
    # matters on a health forum; show the link and let readers decide.
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    alt = self.renderInline(token.children or [], options, env) or escapeHtml(src)
    return f'<a href="{escapeHtml(src)}">{alt}</a>'


def _build_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
    md.enable(["table", "strikethrough", "linkify"])
    md.core.ruler.push("shift_headings", _shift_headings)
    md.core.ruler.push("link_mentions", _link_mentions)
    md.add_render_rule("image", _render_image_as_link)
    return md


_parser = _build_parser()

# Other parts of the site (the resource library) register extra inline syntax
# as a text -> text pre-pass producing Markdown links; kept as a list so the
# forum does not import them.
Preprocessor = Callable[[str], str]
_preprocessors: list[Preprocessor] = []


def register_preprocessor(preprocessor: Preprocessor) -> None:
    if preprocessor not in _preprocessors:
        _preprocessors.append(preprocessor)


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def render_markdown(text: str, *, members: Iterable[tuple[str, str]] = ()) -> Rendered:
    """Render member Markdown to sanitized HTML.

    `members` is (username, profile_url) for the @mentions that should become
    links; the caller looks them up so that this module stays free of queries.
    """
    for preprocess in _preprocessors:
        text = preprocess(text)
    env: dict = {"mentions": {username.lower(): (username, url) for username, url in members}}
    html = _parser.render(text, env)
    mentioned = list(dict.fromkeys(env.get("mentioned", [])))
    return Rendered(html=sanitize(html), mentions=mentioned)
