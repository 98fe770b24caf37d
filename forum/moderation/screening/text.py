"""Text folding (same length, no accents), quote masking and language guessing."""

from __future__ import annotations

import re
import unicodedata

# --------------------------------------------------------------------------- text folding


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    # One character in, one out: offsets in the folded text stay valid.
    table.update({ord(c): "'" for c in "\u2019\u2018\u02bc`\u00b4"})
    table.update({ord(c): '"' for c in "\u201c\u201d\u00ab\u00bb\u201e"})
    table.update({ord(c): " " for c in "\u00a0\u202f\u2009"})
    table.update({ord("\u00d7"): "x", ord("\u2013"): "-", ord("\u2014"): "-", ord("\u00b5"): "u"})
    return table


_FOLD_TABLE = _build_fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_TABLE.get(ord(m.group()), m.group())


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes, keeping the length."""
    # Substituting only the few non-ASCII characters is much faster than translate().
    folded = text if text.isascii() else _NON_ASCII.sub(_fold_char, text)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # e.g. "İ" lowers to two code points
        lowered = "".join(c.lower()[0] for c in folded)
    return lowered


_QUOTE_LINE_RE = re.compile(r"^[ \t]{0,3}>.*$", re.MULTILINE)


def _quoted_lines(text: str) -> str:
    """The quoted lines of a reply, joined: what the reply answers."""
    return "\n".join(m.group() for m in _QUOTE_LINE_RE.finditer(text)) if text else ""


def _mask_quotes(text: str) -> str:
    masked = _QUOTE_LINE_RE.sub(lambda m: " " * len(m.group()), text)
    # Only quotes: screen them, since reposting advice bare spreads it.
    return masked if masked.strip() else text


# --------------------------------------------------------------------------- language


_FR_HINTS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "et",
        "est",
        "pas",
        "je",
        "tu",
        "il",
        "elle",
        "nous",
        "vous",
        "ils",
        "avec",
        "pour",
        "sur",
        "dans",
        "mais",
        "que",
        "qui",
        "ce",
        "cette",
        "mon",
        "ton",
        "ma",
        "ta",
        "mes",
        "tes",
        "ne",
        "plus",
        "tres",
        "c'est",
        "j'ai",
        "suis",
        "faut",
        "moi",
        "ca",
        "au",
        "aux",
        "sans",
        "comme",
        "quand",
        "bien",
        "rien",
        "fait",
        "jour",
    ]
)
_EN_HINTS = frozenset(
    [
        "the",
        "and",
        "is",
        "are",
        "i",
        "you",
        "it",
        "to",
        "of",
        "in",
        "on",
        "with",
        "for",
        "but",
        "not",
        "my",
        "your",
        "this",
        "that",
        "have",
        "has",
        "was",
        "be",
        "do",
        "don't",
        "just",
        "can",
        "should",
        "what",
        "it's",
        "i'm",
        "if",
        "so",
        "at",
        "day",
    ]
)
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def detect_language(text: str) -> str:
    """A cheap en/fr guess from function words; ties go to English."""
    return _guess_language(fold(text))


def _guess_language(folded: str) -> str:
    fr = en = 0
    for word in _WORD_RE.findall(folded):
        fr += word in _FR_HINTS
        en += word in _EN_HINTS
    return "fr" if fr > en else "en"
