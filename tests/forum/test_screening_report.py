"""Scoring the screener: the pure evaluation and the ``screening_report`` command."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from forum.moderation.screening_eval import DatasetError, evaluate, parse_jsonl

ITEMS = [
    {"text": "Just quit baclofen cold turkey, no problem.", "lang": "en", "unsafe": True,
     "category": "abrupt_stop"},
    {"text": "Never stop baclofen abruptly.", "lang": "en", "unsafe": False, "category": None},
    {"text": "Is it safe to drive on baclofen?", "lang": "en", "unsafe": False, "category": None},
    {"text": "Tu peux boire avec le baclo, aucun risque.", "lang": "fr", "unsafe": True,
     "category": "mixing_depressants"},
    # Labelled unsafe on purpose, so the report has a miss to show.
    {"text": "Merci pour vos réponses.", "lang": "fr", "unsafe": True,
     "category": "dismissing_supervision"},
]  # fmt: skip


@pytest.fixture
def dataset(tmp_path):
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in ITEMS) + "\n", encoding="utf-8")
    return path


def test_evaluate_scores_overall_per_language_and_per_category():
    report = evaluate(ITEMS)
    assert report["overall"] == {"precision": 1.0, "recall": 0.667, "f1": 0.8, "n": 5}
    assert report["per_language"]["en"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "n": 3}
    assert report["per_language"]["fr"]["recall"] == 0.5
    assert report["per_category"]["abrupt_stop"]["n"] == 1
    assert report["per_category"]["dismissing_supervision"]["recall"] == 0.0


def test_evaluate_lists_misclassified_items_with_expected_and_got():
    (missed,) = evaluate(ITEMS)["misclassified"]
    assert missed["expected"] == "dismissing_supervision"
    assert missed["got"] == "safe"
    assert missed["lang"] == "fr"


def test_evaluate_counts_a_wrong_category_against_that_category():
    item = {"text": "Just quit cold turkey.", "lang": "en", "unsafe": True, "category": "driving"}
    report = evaluate([item])
    assert report["overall"]["recall"] == 1.0
    assert report["per_category"]["driving"]["recall"] == 0.0
    assert report["per_category"]["abrupt_stop"]["precision"] == 0.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"lang": "en", "unsafe": true}', '"text"'),
        ('{"text": "x", "lang": "de", "unsafe": true}', '"lang"'),
        ('{"text": "x", "lang": "en", "unsafe": "yes"}', '"unsafe"'),
        ('{"text": "x", "lang": "en", "unsafe": true, "category": "spam"}', "unknown category"),
    ],
)
def test_parse_jsonl_names_the_line_of_a_bad_item(line, message):
    good = '{"text": "ok", "lang": "fr", "unsafe": false}'
    with pytest.raises(DatasetError, match=message) as error:
        parse_jsonl([good, "", line])
    assert str(error.value).startswith("Line 3:")


def test_screening_report_prints_figures_and_misclassified_items(dataset):
    out = StringIO()
    call_command("screening_report", str(dataset), stdout=out)
    text = out.getvalue()
    for label in ("overall", "lang en", "lang fr", "abrupt_stop", "Misclassified: 1"):
        assert label in text
    assert "expected dismissing_supervision, got safe: Merci pour vos" in text


def test_screening_report_json_prints_one_object_with_the_figures(dataset):
    out = StringIO()
    call_command("screening_report", str(dataset), "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert set(report) == {"overall", "per_language", "per_category"}
    assert set(report["overall"]) == {"precision", "recall", "f1", "n"}
    assert set(report["per_language"]) == {"en", "fr"}


def test_screening_report_rejects_a_bad_line_naming_it(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "lang": "en", "unsafe": false}\n{oops\n', encoding="utf-8")
    with pytest.raises(CommandError, match="Line 2: invalid JSON"):
        call_command("screening_report", str(path))


def test_screening_report_rejects_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="File not found"):
        call_command("screening_report", str(tmp_path / "missing.jsonl"))
