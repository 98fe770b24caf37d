"""Measure the safety screener against labelled posts (JSONL), without Django.

Each line is an object: {"text": str, "lang": "en"|"fr", "unsafe": bool,
"category": slug or null}. ``parse_jsonl`` validates it; ``evaluate`` scores
``screen()`` on it. A post counts as predicted unsafe when its result is flagged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from forum.moderation.screening import CATEGORIES, LANGUAGES, ScreeningResult, screen

Item = Mapping[str, Any]


class DatasetError(ValueError):
    """A labelled file cannot be read; the message names the line."""


def parse_jsonl(lines: Iterable[str]) -> list[dict[str, Any]]:
    """Validated items from JSONL lines; blank lines are skipped."""
    items: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"Line {number}: invalid JSON ({exc.msg}).") from exc
        if not isinstance(item, dict):
            raise DatasetError(f"Line {number}: expected a JSON object.")
        if not isinstance(item.get("text"), str):
            raise DatasetError(f'Line {number}: "text" is missing or not a string.')
        if item.get("lang") not in LANGUAGES:
            raise DatasetError(f'Line {number}: "lang" must be "en" or "fr".')
        if not isinstance(item.get("unsafe"), bool):
            raise DatasetError(f'Line {number}: "unsafe" must be true or false.')
        category = item.get("category")
        if category is not None and category not in CATEGORIES:
            raise DatasetError(f"Line {number}: unknown category {category!r}.")
        items.append(item)
    return items


def _scores(tp: int, fp: int, fn: int, n: int) -> dict[str, float | int]:
    # An empty denominator scores 1.0: nothing predicted means no false alarm.
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "n": n,
    }


def evaluate(
    items: Iterable[Item], *, screener: Callable[..., ScreeningResult] = screen
) -> dict[str, Any]:
    """Precision, recall and F1 of flagging unsafe posts, overall, per language and
    per category, plus the misclassified items.

    Overall and per-language figures count posts (n = posts). Per category, a
    post is a true positive when its gold category is among the predicted
    categories (n = gold posts of that category).
    """
    items = list(items)
    counts = {key: [0, 0, 0, 0] for key in ("overall", *LANGUAGES)}  # tp, fp, fn, n
    per_category = {slug: [0, 0, 0, 0] for slug in CATEGORIES}
    misclassified: list[dict[str, Any]] = []
    for item in items:
        result = screener(item["text"], lang=item["lang"])
        gold, predicted = item["unsafe"], result.flagged
        for key in ("overall", item["lang"]):
            row = counts[key]
            row[0] += gold and predicted
            row[1] += predicted and not gold
            row[2] += gold and not predicted
            row[3] += 1
        gold_category = item.get("category") if gold else None
        for slug in CATEGORIES:
            hit, said = slug == gold_category, slug in result.categories
            row = per_category[slug]
            row[0] += hit and said
            row[1] += said and not hit
            row[2] += hit and not said
            row[3] += hit
        if gold != predicted:
            misclassified.append(
                {
                    "text": item["text"],
                    "lang": item["lang"],
                    "expected": gold_category or ("unsafe" if gold else "safe"),
                    "got": ", ".join(result.categories) or "safe",
                }
            )
    return {
        "overall": _scores(*counts["overall"]),
        "per_language": {lang: _scores(*counts[lang]) for lang in LANGUAGES},
        "per_category": {
            slug: _scores(*row) for slug, row in per_category.items() if row[3] or row[1]
        },
        "misclassified": misclassified,
    }
