"""A classifier learned from labelled posts: linear models over words.

The detectors recognise unsafe advice from how it is built (an act plus an advice
cue, minus negation, questions and warnings). Members phrase the same advice in
more ways than patterns can list, so a linear classifier trained on the labelled
posts in ``tests/data`` reads every post as well. Its features are words, word
pairs and four-letter pieces of words (which survive typos, slang and French
endings), number sizes, the quoted lines a reply answers, and whether the post
asks a question.

One logistic model scores "unsafe" and one per category names the likeliest
category. ``screen`` uses them to flag a post the detectors pass (its score, or a
passage's, is high), to clear the detectors' matches in a post it finds plainly
safe, and to keep the likeliest of the categories the detectors name; the match it
makes highlights the sentence that weighs most. ``training.train`` writes the
weights file; it is loaded once, on first use.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from .concepts import topics
from .cues import _Sentence, _sentences
from .model import CATEGORIES, Match

WEIGHTS_PATH = Path(__file__).with_name("classifier_weights.json")
FEATURE_VERSION = 1
# The models, in the order of each feature's weight vector.
LABELS: tuple[str, ...] = ("unsafe", *(c for c in CATEGORIES if c != "other"))

# A passage (two sentences) this suspect keeps the detectors running in a post the
# classifier finds plainly safe as a whole, and one more suspect flags the post.
PASSAGE_KEEPS_DETECTORS = 0.7
PASSAGE_FLAGS = 0.85
# A second category the detectors name stays if the classifier finds it this likely
# relative to the likeliest (keep_likeliest).
SECOND_CATEGORY_SHARE = 0.5
# Known features a post needs before its summed weights count in full (evidence_scale).
MIN_EVIDENCE = 30
# A bare amount is enough to name a dose category ("from 40 to 120 in a weekend").
_AMOUNT_RE = re.compile(r"\b[1-9]\d{1,3}\b")
_TOKEN_RE = re.compile(r"[a-z]+|\d+(?:[.,]\d+)?")
# Numbers count by size, so "120" and "125" are the same evidence.
_NUMBER_BUCKETS = ((10, "#<10"), (50, "#<50"), (100, "#<100"), (160, "#<160"), (250, "#<250"))


def _number(token: str) -> str:
    value = float(token.replace(",", "."))
    for limit, name in _NUMBER_BUCKETS:
        if value < limit:
            return name
    return "#250+"


@lru_cache(maxsize=50_000)
def _word_features(token: str) -> tuple[str, ...]:
    # Cached: members' vocabulary is small, and most words recur in every post.
    marked = f"<{token}>"
    return ("w:" + token, *("c:" + marked[i : i + 4] for i in range(len(marked) - 3)))


def _tokens(folded: str) -> list[str]:
    return [_number(t) if t[0].isdigit() else t for t in _TOKEN_RE.findall(folded)]


def _token_features(token: str) -> tuple[str, ...]:
    return ("w:" + token,) if token[0] == "#" else _word_features(token)


def features(masked_folded: str, quote_folded: str = "") -> list[str]:
    """The features of a folded post whose quoted lines are blanked (``text``), once per
    occurrence; ``quote_folded`` is the folded quoted lines, if any."""
    found: list[str] = []
    previous = ""
    for token in _tokens(masked_folded):
        found += _token_features(token)
        if previous:
            found.append(f"b:{previous}_{token}")
        previous = token
    return found + _post_features(masked_folded, quote_folded)


def _post_features(masked_folded: str, quote_folded: str) -> list[str]:
    found = ["has_question"] if "?" in masked_folded else []
    if quote_folded:
        found.append("has_quote")
        found += {"q:" + t for t in _TOKEN_RE.findall(quote_folded) if not t[0].isdigit()}
    return found


def evidence_scale(known: int) -> float:
    """What the summed weights are multiplied by: 1/sqrt(n), so long posts are not more
    suspect for being long, but never above 1/sqrt(MIN_EVIDENCE), so a three-word post
    ("Bonne journée à tous !") cannot score high on a few loosely unsafe words."""
    return 1.0 / math.sqrt(max(known, MIN_EVIDENCE))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Classifier:
    """Logistic models sharing one feature table: feature -> weight per label.

    A post's score is the bias plus its known features' weights summed over their
    occurrences and divided by the square root of their number, as in training: long
    posts are not more suspect for being long.
    """

    def __init__(self, weights: dict[str, list[float]], bias: list[float]):
        self.weights = weights
        self.bias = bias
        # token -> (summed "unsafe" weight of its known features, how many are known)
        self._token_weights: dict[str, tuple[float, int]] = {}

    @classmethod
    def from_json(cls, data: dict) -> Classifier:
        if (
            not isinstance(data, dict)
            or data.get("feature_version") != FEATURE_VERSION
            or data.get("labels") != list(LABELS)
        ):
            raise ValueError("The classifier weights were trained for other features or labels.")
        return cls(data["weights"], data["bias"])

    def _token_weight(self, token: str) -> tuple[float, int]:
        cached = self._token_weights.get(token)
        if cached is None:
            rows = [r for f in _token_features(token) if (r := self.weights.get(f)) is not None]
            cached = (sum(r[0] for r in rows), len(rows))
            if len(self._token_weights) < 100_000:
                self._token_weights[token] = cached
        return cached

    def _sum(self, folded: str) -> tuple[float, int]:
        """The summed "unsafe" weight of a text's words and word pairs, and how many of
        its features are known; each word's share is computed once per process."""
        weights = self.weights
        total, known, previous = 0.0, 0, ""
        for token in _tokens(folded):
            weight, count = self._token_weight(token)
            total += weight
            known += count
            if previous and (row := weights.get(f"b:{previous}_{token}")) is not None:
                total += row[0]
                known += 1
            previous = token
        return total, known

    def _unsafe(self, total: float, known: int) -> float:
        return _sigmoid(self.bias[0] + total * evidence_scale(known))

    def unsafe_score(self, masked_folded: str, quote_folded: str = "") -> float:
        """The "unsafe" score of ``features(masked_folded, quote_folded)``."""
        total, known = self._sum(masked_folded)
        for f in _post_features(masked_folded, quote_folded):
            if (row := self.weights.get(f)) is not None:
                total += row[0]
                known += 1
        return self._unsafe(total, known)

    def passage_score(self, sentences: list[_Sentence]) -> float:
        """The highest "unsafe" score of two sentences in a row: one sentence of advice
        in a long, otherwise careful diary weighs little in the post's score."""
        parts = [self._sum(sentence.text) for sentence in sentences]
        if len(parts) < 2:
            return self._unsafe(*parts[0]) if parts else 0.0
        return max(self._unsafe(a[0] + b[0], a[1] + b[1]) for a, b in pairwise(parts))

    def scores(self, found: list[str]) -> list[float]:
        """Every label's score for a feature list."""
        rows = [row for f in found if (row := self.weights.get(f)) is not None]
        scale = evidence_scale(len(rows))
        return [
            _sigmoid(bias + scale * sum(row[i] for row in rows)) for i, bias in enumerate(self.bias)
        ]

    def category(self, found: list[str], allowed: set[str]) -> str | None:
        """The likeliest of the ``allowed`` categories, if any."""
        scores = self.scores(found)
        ranked = [(scores[i], label) for i, label in enumerate(LABELS) if label in allowed]
        return max(ranked)[1] if ranked else None

    def ranked_sentences(self, sentences: list[_Sentence], category: str) -> list[int]:
        """Indexes of the sentences that weigh towards ``category``, heaviest first: what
        the queue highlights."""
        label = LABELS.index(category)
        weights = self.weights
        scored = []
        for i, sentence in enumerate(sentences):
            weight = sum(
                row[0] + row[label]
                for f in features(sentence.text)
                if (row := weights.get(f)) is not None
            )
            if weight > 0:
                scored.append((-weight, i))
        return [i for _, i in sorted(scored)]


def load_classifier(path: Path) -> Classifier:
    """A classifier from a weights file (OSError, ValueError when it cannot be used)."""
    return Classifier.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def _shipped() -> Classifier | None:
    try:
        return load_classifier(WEIGHTS_PATH)
    except FileNotFoundError:
        return None


_override: list[Classifier] = []


def default_classifier() -> Classifier | None:
    """The classifier ``screen`` uses: the shipped weights, or None when the file is
    missing (screening then relies on the detectors alone)."""
    return _override[-1] if _override else _shipped()


@contextmanager
def using(classifier: Classifier) -> Iterator[Classifier]:
    """Screen with another classifier for a while: to measure weights trained without
    the set being measured (``screening_report --weights``). Not for use across threads."""
    _override.append(classifier)
    try:
        yield classifier
    finally:
        _override.pop()


def unsafe_score(folded: str, quote_folded: str) -> float | None:
    """The shipped classifier's unsafe score for a folded post, or None without one."""
    classifier = default_classifier()
    return None if classifier is None else classifier.unsafe_score(folded, quote_folded)


def passage_score(folded: str) -> float:
    """The shipped classifier's ``Classifier.passage_score`` for a folded post (0 without
    a classifier)."""
    classifier = default_classifier()
    return 0.0 if classifier is None else classifier.passage_score(_sentences(folded))


def keep_likeliest(matches: list[Match], folded: str, quote_folded: str) -> list[Match]:
    """The detectors' matches whose category the classifier finds at least half as likely
    as the likeliest they name: one unsafe post often meets two detectors ("double up
    and skip the doctor"), and the moderator should see the category that fits."""
    classifier = default_classifier()
    named = {m.category for m in matches}
    if classifier is None or len(named) < 2:
        return matches
    scores = dict(zip(LABELS, classifier.scores(features(folded, quote_folded)), strict=True))
    best = max(scores.get(c, 0.0) for c in named)
    keep = {c for c in named if scores.get(c, best) >= SECOND_CATEGORY_SHARE * best}
    return [m for m in matches if m.category in keep]


def second_opinion(masked: str, folded: str, quote_folded: str, has_dose: bool) -> list[Match]:
    """The classifier's match for a post it scores as unsafe: the likeliest category,
    preferring those whose subject the post mentions, on the sentence that weighs most
    for it."""
    classifier = default_classifier()
    if classifier is None:
        return []
    found = features(folded, quote_folded)
    has_dose = has_dose or _AMOUNT_RE.search(folded) is not None
    mentioned = topics(folded + " " + quote_folded, has_dose)
    category = classifier.category(found, mentioned) or classifier.category(found, set(LABELS[1:]))
    sentences = _sentences(folded)
    if not sentences:
        return []
    ranked = classifier.ranked_sentences(sentences, category)
    sentence = sentences[ranked[0] if ranked else 0]
    # Trim the sentence's surrounding blanks so the highlight sits on the words.
    text = masked[sentence.start : sentence.end]
    start = sentence.start + len(text) - len(text.lstrip())
    end = sentence.end - (len(text) - len(text.rstrip()))
    return [Match(category, f"classifier:{category}", start, end, masked[start:end])]
