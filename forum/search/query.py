"""What both backends share: cleaning the member's query, splitting it, highlighting snippets."""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

SEARCH_MAX_LENGTH = 200

# The databases wrap matched words in these two control characters. They are removed
# from the text before it is indexed or highlighted, so they cannot come from a member:
# the snippet is escaped whole, then only they become <mark> and </mark>.
START, STOP = "\x02", "\x03"

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A letter or a digit: what the FTS5 tokenizer and PostgreSQL's parser keep as words.
WORD_CHARACTER = re.compile(r"[^\W_]")
# "a phrase" (an unclosed quote runs to the end), or a run of non-space characters.
TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class SearchQueryError(ValueError):
    """The query cannot be searched; str(error) is a translated message for the member."""


@dataclass(frozen=True)
class Term:
    text: str
    negated: bool = False
    is_or: bool = False


def clean_query(query: str) -> str:
    """The query as searched: control characters gone, spaces collapsed, length checked."""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", query).split())
    if len(text) > SEARCH_MAX_LENGTH:
        raise SearchQueryError(
            _("Search for at most %(limit)d characters (you typed %(length)d).")
            % {"limit": SEARCH_MAX_LENGTH, "length": len(text)}
        )
    if not any(not term.negated and not term.is_or for term in parse_terms(text)):
        # Nothing to look up (only symbols, or only -exclusions, which would list everything).
        raise SearchQueryError(_("Type at least one word to search for."))
    return text


def parse_terms(query: str) -> list[Term]:
    """Words and "phrases", with -exclusions and `or`, as websearch_to_tsquery reads them."""
    terms: list[Term] = []
    for match in TERM.finditer(query):
        negated, phrase, word = match.groups()
        if word is not None:
            if word.lower() == "or":
                terms.append(Term("or", is_or=True))
                continue
            negated, text = word.startswith("-"), word.removeprefix("-")
        else:
            negated, text = bool(negated), phrase
        if WORD_CHARACTER.search(text):
            terms.append(Term(text, negated=negated))
    return terms


def highlight(snippet: str | None) -> SafeString:
    """Escape a snippet from the database, then turn its sentinels into <mark> elements."""
    text = escape(snippet or "")
    opened = text.count(START)
    text = text.replace(START, "<mark>").replace(STOP, "</mark>")
    # A fragment cut inside a match would leave <mark> open and swallow the page.
    text += "</mark>" * max(opened - text.count("</mark>"), 0)
    return mark_safe(text)  # escaped above: the only tags are ours
