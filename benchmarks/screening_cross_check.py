"""Leave one labelled set out: ``python benchmarks/screening_cross_check.py [SET ...]``.

For each named set (default: the sets written blind, see docs/screening.md), trains
the classifier on every other file in tests/data and measures the whole screener on
the left-out set with those weights: an estimate of how it does on posts it has not
learned from. The detectors were written with some of these sets in view, so the
figures are still a little optimistic. Takes about 40 s a set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from forum.moderation.screening.learned import Classifier, using
from forum.moderation.screening.training import train
from forum.moderation.screening_eval import evaluate, parse_jsonl

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
BLIND_SETS = ("eval2", "dev3_en", "dev3_fr", "train6", "final", "final2", "final3", "final4")


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return parse_jsonl(lines)


def _pair(langs: dict, key: str) -> str:
    return " / ".join(
        f"{langs[lang][key]:.3f}" if langs[lang]["n"] else "  -  " for lang in ("en", "fr")
    )


def main(names: list[str]) -> None:
    files = sorted(DATA.glob("screening_*.jsonl"))
    print(f"{'left out':<12} {'posts':>5}  {'precision en/fr':>15}  {'recall en/fr':>13}")
    for name in names:
        left_out = DATA / f"screening_{name}.jsonl"
        training = [item for path in files if path != left_out for item in _read(path)]
        with using(Classifier.from_json(train(training))):
            report = evaluate(_read(left_out))
        langs, posts = report["per_language"], report["overall"]["n"]
        precision, recall = _pair(langs, "precision"), _pair(langs, "recall")
        print(f"{name:<12} {posts:>5}  {precision:>15}  {recall:>13}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or list(BLIND_SETS))
