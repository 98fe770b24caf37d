"""Every user-facing string in our templates goes through the translation machinery."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType

TEMPLATE_DIR = Path(settings.BASE_DIR) / "templates"
VISIBLE_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "label"}
WORD = re.compile(r"[^\W\d_]{2,}")


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skip += 1
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value and WORD.search(value):
                self.found.append(f"{name}={value!r}")

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and WORD.search(data):
            self.found.append(data.strip())


def untranslated_text(source: str) -> list[str]:
    # Template tags are replaced by a placeholder so attribute values stay parseable.
    outside: list[str] = []
    depth = 0
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0]
            if name in {"blocktranslate", "blocktrans"}:
                depth += 1
            elif name in {"endblocktranslate", "endblocktrans"}:
                depth -= 1
            outside.append(" ")
        elif token.token_type == TokenType.TEXT and depth == 0:
            outside.append(token.contents)
        else:
            outside.append(" ")
    parser = VisibleText()
    parser.feed("".join(outside))
    return parser.found


TEMPLATES = sorted(TEMPLATE_DIR.rglob("*.html"))


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(TEMPLATE_DIR)))
def test_template_has_no_untranslated_text(path):
    assert untranslated_text(path.read_text()) == []


def test_detector_finds_untranslated_text():
    assert untranslated_text('<p>Hello</p><img alt="A chart">') == ["Hello", "alt='A chart'"]
    assert untranslated_text("<p>{% translate 'Hello' %} {{ name }}</p>") == []
