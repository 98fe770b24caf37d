"""Staff rules: validation, compilation and matching."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .model import CATEGORIES, RULE_ACTIONS, RULE_LANGUAGES, Match, Rule
from .text import fold

# --------------------------------------------------------------------------- rules


def validate_rule(rule: Rule) -> None:
    """Raise ValueError with a message a form can show if ``rule`` cannot be used."""
    if not rule.name.strip():
        raise ValueError("The rule needs a name.")
    if not rule.pattern.strip():
        raise ValueError("The rule's pattern is empty.")
    if rule.language not in RULE_LANGUAGES:
        raise ValueError(
            f"Unknown language {rule.language!r}: use one of {', '.join(RULE_LANGUAGES)}."
        )
    if rule.category not in CATEGORIES:
        raise ValueError(f"Unknown category {rule.category!r}: use one of {', '.join(CATEGORIES)}.")
    if rule.action not in RULE_ACTIONS:
        raise ValueError(f"Unknown action {rule.action!r}: use one of {', '.join(RULE_ACTIONS)}.")
    if rule.is_regex:
        try:
            re.compile(rule.pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"Invalid regular expression: {exc}.") from exc


@lru_cache(maxsize=512)
def _compile_rule(rule: Rule) -> re.Pattern[str]:
    validate_rule(rule)
    if rule.is_regex:
        return re.compile(rule.pattern, re.IGNORECASE)
    words = fold(rule.pattern).split()
    return re.compile(rf"(?<!\w){r'\s+'.join(re.escape(w) for w in words)}(?!\w)")


def _rule_matches(
    rules: Iterable[Rule], masked: str, folded: str, lang: str
) -> list[tuple[Match, str]]:
    found: list[tuple[Match, str]] = []
    for rule in rules:
        if rule.language not in {"any", lang}:
            continue
        rx = _compile_rule(rule)
        # Phrases match the folded text (accent-insensitive); regexes the text as written.
        for m in rx.finditer(masked if rule.is_regex else folded):
            if m.end() > m.start():
                found.append(
                    (
                        Match(
                            rule.category,
                            rule.name,
                            m.start(),
                            m.end(),
                            masked[m.start() : m.end()],
                        ),
                        rule.action,
                    )
                )
    return found
