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


def _split_bars(pattern: str) -> list[str]:
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
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# id(compiled regex) -> the first letters its matches can start with (see ``may_match``).
_KEYS: dict[int, tuple[frozenset[str], frozenset[str]] | None] = {}
_LITERAL = re.compile(r"[a-z0-9']+")
_TOKEN = re.compile(r"[\w']+")


def _key(pattern: str) -> str | None:
    """The literal letters a match must start with (one or two), or None if unknown."""
    m = _LITERAL.match(pattern)
    if not m:
        return None
    literal = m.group()
    if pattern[m.end() : m.end() + 1] in {"?", "*", "{"}:
        literal = literal[:-1]
    return literal[:2] or None


def token_prefixes(text: str) -> tuple[set[str], set[str]]:
    """First letter and first two letters of each word, also split at apostrophes."""
    words = _TOKEN.findall(text)
    words += [part for word in words if "'" in word for part in word.split("'") if part]
    return {w[:1] for w in words}, {w[:2] for w in words}


def may_match(rx: re.Pattern[str], prefixes: tuple[set[str], set[str]]) -> bool:
    """False when no word of the text starts as any entry of ``rx`` must: skip the search."""
    keys = _KEYS.get(id(rx))
    if keys is None:
        return True
    ones, twos = keys
    return not (ones.isdisjoint(prefixes[0]) and twos.isdisjoint(prefixes[1]))


def compile_words(*patterns: str) -> re.Pattern[str]:
    """One regex for a word list, on word boundaries, grouped by first letter.

    A pattern ending in an apostrophe ("j'", "d'") needs no boundary after it.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    other: list[str] = []
    expanded = [e for p in patterns for e in _expand(p)]
    for pattern in dict.fromkeys(expanded):
        if _factorable(pattern):
            groups[pattern[0]].append(pattern[1:])
        else:
            other.append(pattern)
    branches = [
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items())
    ]
    rx = re.compile(rf"(?<!\w)(?:{'|'.join(branches + other)})(?:(?<=')|(?!\w))")
    keys = [_key(p) for p in expanded]
    if all(keys):
        _KEYS[id(rx)] = (
            frozenset(k for k in keys if k and len(k) == 1),
            frozenset(k for k in keys if k and len(k) == 2),
        )
    return rx
