"""Pre-flag likely unsafe medical advice in forum posts for moderator review.

Pure Python, no network, no Django import: the moderation services call
``screen()`` on a post's Markdown source and queue whatever it flags. The
screener only *suggests*; a moderator decides and applies any safety label.

How a post is read (details in docs/screening.md):

1. Block quotes (lines starting with ``>``) are blanked out, keeping offsets
   (``text``). A post made *only* of quotes is screened as is.
2. The text is case- and accent-folded to a string of the *same length*.
3. Act patterns per category (``acts``, ``steps``) find the dangerous act; the
   advice model (``advice``, ``cues``) decides whether the poster recommends or
   normalises it, and what cancels that (negation, warnings, questions,
   reported speech).
4. A concept layer (``concepts`` with the word lists in ``lexicon_en`` and
   ``lexicon_fr``) catches what the act patterns miss: a category concept plus
   an advice or normalising cue in the same or the next sentence.
5. Doses (``doses``) are compared with ``Thresholds`` for the dose categories.
6. A classifier learned from labelled posts (``learned``, trained by ``training``)
   scores the post: a detector match in a post it scores as plainly safe is
   dropped, and it flags on its own a post the detectors pass when its score is
   high, the post names the category's subject and its key sentence does not
   read as a question, a warning or a member's own story.
7. Staff rules (``rules``) match as written, whatever the context.

Modules: model (public types), text, doses, lexicon, acts, steps, cues, advice,
lexicon_en, lexicon_fr, concepts, rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .advice import _detect
from .doses import _extract_doses, _max_daily, estimate_daily_dose, extract_doses
from .learned import (
    PASSAGE_FLAGS,
    PASSAGE_KEEPS_DETECTORS,
    keep_likeliest,
    passage_score,
    second_opinion,
    unsafe_score,
)
from .model import (
    CATEGORIES,
    DEFAULT_THRESHOLDS,
    LANGUAGES,
    RULE_ACTIONS,
    RULE_LANGUAGES,
    Dose,
    Match,
    Rule,
    ScreeningResult,
    Thresholds,
)
from .rules import _rule_matches, validate_rule
from .text import _guess_language, _mask_quotes, _quoted_lines, detect_language, fold

__all__ = [
    "CATEGORIES",
    "DEFAULT_THRESHOLDS",
    "LANGUAGES",
    "RULE_ACTIONS",
    "RULE_LANGUAGES",
    "Dose",
    "Match",
    "Rule",
    "ScreeningResult",
    "Thresholds",
    "detect_language",
    "estimate_daily_dose",
    "extract_doses",
    "fold",
    "highlight",
    "screen",
    "validate_rule",
]


def screen(
    text: str,
    *,
    lang: str | None = None,
    rules: Iterable[Rule] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> ScreeningResult:
    """Screen one post's Markdown source.

    ``lang`` None means guess it. Rules only apply in their language (or
    "any"). The action is "hold" if a matching rule says so, "flag" if anything
    matched, else "none".
    """
    masked = _mask_quotes(text)
    folded = fold(masked)
    lang = lang if lang in LANGUAGES else _guess_language(folded)
    doses = _extract_doses(folded, masked, lang, thresholds)
    quote = fold(text) if masked != text else ""
    quoted = _quoted_lines(quote)
    score = unsafe_score(folded, quoted) if thresholds.classifier_min_score <= 1 else None
    passage = None
    if score is not None and score < max(
        thresholds.classifier_min_score, thresholds.classifier_clear_score
    ):
        passage = passage_score(folded)
    if (
        score is not None
        and score < thresholds.classifier_clear_score
        and passage < PASSAGE_KEEPS_DETECTORS
    ):
        # Plainly safe to the classifier, as a whole and passage by passage: any detector
        # match would be dropped, so the detectors, most of the time here, need not run.
        matches = []
    else:
        matches = _detect(folded, masked, doses, lang, thresholds, quote=quoted)
        if score is not None:
            matches = keep_likeliest(matches, folded, quoted)
        if (
            not matches
            and score is not None
            and (score >= thresholds.classifier_min_score or passage >= PASSAGE_FLAGS)
        ):
            matches = second_opinion(masked, folded, quoted, has_dose=bool(doses))
    if passage is not None and passage > score:
        score = passage  # the score that decided, shown to the moderator
    action = "flag" if matches else "none"
    for match, rule_action in _rule_matches(rules, masked, folded, lang):
        matches.append(match)
        action = "hold" if rule_action == "hold" else action if action == "hold" else "flag"
    matches.sort(key=lambda m: (m.start, m.end))
    return ScreeningResult(
        matches=tuple(matches),
        daily_dose_mg=_max_daily(doses, folded, thresholds),
        action=action,
        classifier_score=score,
    )


def highlight(text: str, matches: Sequence[Match]) -> list[tuple[str, bool]]:
    """Split ``text`` into (segment, matched) pairs; overlapping matches merge."""
    spans = sorted((max(0, m.start), min(len(text), m.end)) for m in matches if m.end > m.start)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    segments: list[tuple[str, bool]] = []
    pos = 0
    for start, end in merged:
        if start > pos:
            segments.append((text[pos:start], False))
        segments.append((text[start:end], True))
        pos = end
    if pos < len(text):
        segments.append((text[pos:], False))
    return segments
