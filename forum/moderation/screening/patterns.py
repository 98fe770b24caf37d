"""Compiling long word lists into regexes that stay fast.

Python's ``re`` tries every alternative of ``a|b|c...`` at each word start. The
lexicons hold hundreds of entries, so ``compile_words`` groups the entries by
their first letter (``b(?:enzo\\w*|ars?)|x(?:anax|...)``): at each word start
only the entries sharing its first letter are tried. Matching is the same as
``(?<!\\w)(?:entry|entry|...)(?!\\w)``.
"""

from __future__ import annotations

import re
from collections import defaultdict


def _has_top_level_bar(pattern: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


def _factorable(pattern: str) -> bool:
    return (
        bool(pattern)
        and (pattern[0].isalnum() or pattern[0] == "'")
        and not (len(pattern) > 1 and pattern[1] in "?*+{")
        and not _has_top_level_bar(pattern)
    )


def _expand(pattern: str, depth: int = 0) -> list[str]:
    """Distribute a leading group: "(?:a|b) c" -> ["a c", "b c"]; "(?:a )?b" -> ["a b", "b"]."""
    if depth > 3 or not pattern.startswith("(?:") or _factorable(pattern):
        return [pattern]
    level, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        level += (char == "(") - (char == ")")
        if level == 0:
            break
        i += 1
    inner, rest = pattern[3:i], pattern[i + 1 :]
    optional = rest.startswith("?") and not rest.startswith("?=")
    if optional:
        rest = rest[1:]
    elif rest[:1] in {"*", "+", "{"} or ("|" in rest and _has_top_level_bar(rest)):
        return [pattern]
    alternatives = _split_bars(inner) + ([""] if optional else [])
    expanded: list[str] = []
    for alternative in alternatives:
        expanded.extend(_expand(alternative + rest, depth + 1))
    return expanded


def _split_top_level(pattern: str, separator: str) -> list[str]:
    """The pattern split at ``separator`` outside groups, classes and escapes."""
    parts, depth, i, start, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _split_bars(pattern: str) -> list[str]:
    return _split_top_level(pattern, "|")


_LITERAL = re.compile(r"[a-z0-9']+")


def _top_level_words(pattern: str) -> list[str]:
    """The pattern split at spaces outside groups and classes."""
    if "(" not in pattern and "[" not in pattern:
        return pattern.split(" ")  # most expanded entries: no group left
    return _split_top_level(pattern, " ")


def _rank(literal: str) -> tuple[int, int]:
    """Rarer first: a long word, a number, a short word, a common little word."""
    if not literal:
        return (0, 0)
    if literal in _COMMON:
        return (1, len(literal))
    if literal[0].isdigit():
        return (3, len(literal))
    return (4 if len(literal) >= 4 else 2, len(literal))


def _required_start(entry: str, length: int) -> str | None:
    """A literal every match of ``entry`` has at a word start: its longest plain word
    ("a guy" -> "guy", "x ?[2-9] your dose" -> "dose"), cut to ``length``; "0" for
    digits; None when unknown."""
    best = ""
    for word in _top_level_words(entry):
        m = _LITERAL.match(word)
        if not m:
            continue
        literal = m.group()
        if word[m.end() : m.end() + 1] in {"?", "*", "{"}:
            literal = literal[:-1]
        if _rank(literal) >= _rank(best):  # on a tie the later word: "my own kids" -> "kids"
            best = literal
    if not best and entry.startswith("\\d"):
        return "#"  # any number
    if best == entry and len(best) < 3:
        return "=" + best  # a short word on its own ("g", "ad"): that word only
    return best[:length] or None


_PLAIN_GROUP = re.compile(r"\(\?:((?:[a-z0-9' |?*+-]|\\w)+)\)(\??)")
# Words too common to tell a list apart: "my (sister|...)" is known by "sister".
_COMMON = frozenset(
    re.findall(
        r"\w+",
        "a an the to in on at of no me my ma ta tu te de du un une le la les et and or go it"
        " i is en y with your you this that from avec pour dans sur est pas tout toute votre"
        " notre ton mon son sa ses mes tes vos nos leur out up off for",
    )
)


def _expand_plain(pattern: str, budget: int = 64) -> list[str]:
    """Distribute groups of plain words anywhere: "my (?:mum|dad)" -> "my mum", "my dad"."""
    m = _PLAIN_GROUP.search(pattern)
    if not m:
        return [pattern]
    alternatives = m.group(1).split("|") + ([""] if m.group(2) else [])
    if len(alternatives) > budget:
        return [pattern]
    expanded: list[str] = []
    for alternative in alternatives:
        expanded.extend(
            _expand_plain(pattern[: m.start()] + alternative + pattern[m.end() :], budget // 2)
        )
    return expanded


def literal_starts(patterns: tuple[str, ...] | list[str], length: int = 5) -> list[str] | None:
    """For each entry of a word list, a literal its matches have at a word start (see
    ``_required_start``), or None when some entry has none."""
    starts: set[str] = set()
    for p in patterns:
        for part in _split_bars(p):
            for entry in {x for e in _expand(part) for x in _expand_plain(e)}:
                start = _required_start(entry, length)
                if start is None:
                    return None
                starts.add(start)
    return sorted(starts)


class WordIndex:
    """Which of several word lists a sentence may hold, from its words' first letters.

    Each list is known by the literal starts of its entries; a word maps to the lists
    one of its 1-4 letter prefixes starts. Words repeat across posts, so the answer per
    word is kept.
    """

    def __init__(self, lists: list[list[str] | None]) -> None:
        self.always = frozenset(i for i, starts in enumerate(lists) if starts is None)
        self.by_prefix: dict[str, set[int]] = defaultdict(set)
        for i, starts in enumerate(lists):
            for start in starts or ():
                self.by_prefix[start].add(i)
        self.memo: dict[str, frozenset[int]] = {}

    def _word(self, word: str) -> frozenset[int]:
        found = self.memo.get(word)
        if found is None:
            hits: set[int] = set()
            if word[0].isdigit():
                hits |= self.by_prefix.get("#", set())
            for n in range(1, min(5, len(word)) + 1):
                hits |= self.by_prefix.get(word[:n], set())
            if len(word) < 3:
                hits |= self.by_prefix.get("=" + word, set())
            if len(self.memo) > 50_000:
                self.memo.clear()
            found = self.memo[word] = frozenset(hits)
        return found

    def lists(self, words: frozenset[str]) -> set[int]:
        """The lists a sentence may hold, from its words (split at apostrophes too)."""
        found = set(self.always)
        memo = self.memo
        for word in words:
            hit = memo.get(word)
            found |= hit if hit is not None else self._word(word)
        return found


# id(regex from compile_alternatives) -> its entries, for a ``WordIndex``.
ENTRIES: dict[int, list[str]] = {}


def compile_alternatives(*patterns: str) -> re.Pattern[str]:
    """``compile_words`` for patterns that are themselves "a|b|c" alternations."""
    entries = [part for p in patterns for part in _split_bars(p) if part]
    rx = compile_words(*entries, limit=200)
    ENTRIES[id(rx)] = entries
    return rx


def _grouped(pattern: str, limit: int) -> list[str]:
    """``_expand`` unless it yields more than ``limit`` patterns (a long act pattern whose
    leading group is a whole word list): then by first letter of that group only."""
    expanded = _expand(pattern)
    if len(expanded) <= limit:
        return expanded
    return [pattern]


def compile_words(*patterns: str, limit: int = 10_000) -> re.Pattern[str]:
    """One regex for a word list, on word boundaries, grouped by first letter.

    A pattern ending in an apostrophe ("j'", "d'") needs no boundary after it.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    other: list[str] = []
    expanded = [e for p in patterns for e in _grouped(p, limit)]
    for pattern in dict.fromkeys(expanded):
        if _factorable(pattern):
            groups[pattern[0]].append(pattern[1:])
        else:
            other.append(pattern)
    branches = [
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items())
    ]
    rx = re.compile(rf"(?<!\w)(?:{'|'.join(branches + other)})(?:(?<=')|(?!\w))")
    return rx
