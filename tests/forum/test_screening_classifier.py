"""The screener's learned classifier: its part in ``screen``, training, and the shipped
weights file."""

# ruff: noqa: E501

import hashlib
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from forum.moderation.screening import Thresholds, screen
from forum.moderation.screening.learned import (
    LABELS,
    WEIGHTS_PATH,
    Classifier,
    default_classifier,
    features,
)
from forum.moderation.screening.text import fold
from forum.moderation.screening.training import train

DATA = Path(__file__).resolve().parents[1] / "data"
CLASSIFIER_OFF = Thresholds(classifier_min_score=2.0)
KEEP_DETECTORS = Thresholds(classifier_clear_score=0.0)

# Advice the detectors' patterns do not reach, in words no labelled set uses.
BEYOND_THE_PATTERNS = [
    ("en", "Why crawl up by 5s like a snail? Bump it 30 a day and you'll be at the switch by Friday, easy."),
    ("fr", "Pourquoi payer un addicto quand le forum est gratuit ? On a tous fait seuls, vas-y."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), BEYOND_THE_PATTERNS)
def test_classifier_flags_advice_the_detectors_miss_and_highlights_a_sentence(lang, text):
    assert not screen(text, lang=lang, thresholds=CLASSIFIER_OFF).flagged
    result = screen(text, lang=lang)
    assert result.flagged
    assert result.classifier_score >= Thresholds().classifier_min_score
    [match] = result.matches
    assert match.source == f"classifier:{match.category}"
    assert match.text == text[match.start : match.end]
    assert match.text.strip() == match.text and match.text in text


def test_classifier_clears_a_detector_match_in_a_plainly_safe_post():
    # The detectors read a pregnancy and a dose, with a question after, as advice.
    text = (
        "J'essaie d'avoir un bébé et j'ai pris rendez-vous avec ma gynéco pour parler du "
        "baclofène et de ma dose avant. Quelqu'un l'a déjà fait ?"
    )
    assert screen(text, lang="fr", thresholds=KEEP_DETECTORS).flagged
    result = screen(text, lang="fr")
    assert not result.flagged
    assert result.classifier_score < Thresholds().classifier_clear_score


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My doctor told me never to stop abruptly."),
        ("en", "Is it safe to drink on baclofen?"),
        ("en", "I'm on 200 mg with my addictologist, it's been a slow climb over six months."),
        ("fr", "Mon médecin m'a dit de ne jamais arrêter d'un coup."),
        ("fr", "C'est dangereux de boire sous baclo ?"),
        ("fr", "Je suis à 150 mg avec mon addicto, on monte de 10 mg par semaine."),
    ],
)
def test_classifier_leaves_the_issues_own_hard_negatives_alone(lang, text):
    result = screen(text, lang=lang)
    assert not result.flagged
    assert result.classifier_score < Thresholds().classifier_min_score


def test_classifier_off_above_one_runs_no_score():
    assert screen("Just stop it cold turkey.", thresholds=CLASSIFIER_OFF).classifier_score is None


def test_features_are_words_pairs_pieces_numbers_quotes_and_questions():
    found = features(fold("Take 120 mg?"), quote_folded="> can i drive")
    assert {"w:take", "c:<tak", "c:ake>", "w:#<160", "b:take_#<160", "w:mg"} <= set(found)
    assert {"has_question", "has_quote", "q:drive"} <= set(found)
    # A word said twice weighs twice, as in training.
    assert features("stop stop").count("w:stop") == 2


ITEMS = [
    {"text": "Just stop it cold turkey, no need to taper.", "unsafe": True, "category": "abrupt_stop"},
    {"text": "Stop it cold turkey, it's fine.", "unsafe": True, "category": "abrupt_stop"},
    {"text": "Mix it with beer, it's fine.", "unsafe": True, "category": "mixing_depressants"},
    {"text": "Never stop it cold turkey, taper with your doctor.", "unsafe": False, "category": None},
    {"text": "Is it fine to stop? Asking my doctor tomorrow.", "unsafe": False, "category": None},
    {"text": "Never mix it with beer, ask your doctor.", "unsafe": False, "category": None},
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), BEYOND_THE_PATTERNS)
def test_the_fast_unsafe_score_equals_the_score_of_the_feature_list(lang, text):
    classifier = default_classifier()
    folded = fold(text)
    fast = classifier.unsafe_score(folded, "> can i drive")
    assert fast == pytest.approx(classifier.scores(features(folded, "> can i drive"))[0])


def test_training_is_deterministic_and_drops_features_seen_once():
    model = train(ITEMS)
    assert model == train(ITEMS)
    assert model["labels"] == list(LABELS)
    assert "w:taper" in model["weights"]  # in two posts
    assert "w:tomorrow" not in model["weights"]  # in one
    classifier = Classifier.from_json(model)
    unsafe = classifier.unsafe_score(fold("stop it cold turkey, it's fine"), "")
    safe = classifier.unsafe_score(fold("never stop it, ask your doctor"), "")
    assert unsafe > 0.5 > safe


def test_weights_for_other_features_are_refused():
    model = train(ITEMS) | {"feature_version": 0}
    with pytest.raises(ValueError, match="other features"):
        Classifier.from_json(model)


def test_shipped_weights_were_trained_on_the_current_labelled_files():
    """Editing a labelled file means retraining (docs/screening.md says how)."""
    assert default_classifier() is not None
    trained_on = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["trained_on"]
    for source in trained_on:
        path = DATA / source["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == source["sha256"], path.name
    names = {source["file"] for source in trained_on}
    assert names == {path.name for path in DATA.glob("screening_*.jsonl")}


def test_train_command_writes_weights_with_their_sources(tmp_path, dataset_file):
    data = dataset_file
    output = tmp_path / "weights.json"
    out = StringIO()
    call_command("train_screening_classifier", str(data), output=str(output), stdout=out)
    assert "Trained on 6 posts" in out.getvalue()
    written = json.loads(output.read_text(encoding="utf-8"))
    assert written["trained_on"] == [
        {
            "file": "posts.jsonl",
            "posts": 6,
            "sha256": hashlib.sha256(data.read_bytes()).hexdigest(),
        }
    ]
    Classifier.from_json(written)


def test_train_command_names_the_bad_line(tmp_path):
    data = tmp_path / "posts.jsonl"
    data.write_text('{"text": "ok", "lang": "en", "unsafe": false}\n{oops\n', encoding="utf-8")
    with pytest.raises(CommandError, match="Line 2"):
        call_command("train_screening_classifier", str(data), output=str(tmp_path / "w.json"))


def test_report_measures_other_weights(tmp_path, dataset_file):
    weights = tmp_path / "weights.json"
    weights.write_text(json.dumps(train(ITEMS) | {"trained_on": []}), encoding="utf-8")
    out = StringIO()
    call_command("screening_report", str(dataset_file), weights=str(weights), json=True, stdout=out)
    assert json.loads(out.getvalue())["overall"]["n"] == len(ITEMS)


def test_report_refuses_unusable_weights(tmp_path, dataset_file):
    weights = tmp_path / "weights.json"
    weights.write_text("{}", encoding="utf-8")
    with pytest.raises(CommandError, match="Cannot use the weights"):
        call_command("screening_report", str(dataset_file), weights=str(weights))
    with pytest.raises(CommandError, match="Cannot use the weights"):
        call_command("screening_report", str(dataset_file), weights=str(tmp_path / "missing"))


@pytest.fixture
def dataset_file(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text(
        "\n".join(json.dumps(item | {"lang": "en"}) for item in ITEMS) + "\n", encoding="utf-8"
    )
    return path


DIARY = """Week six update for anyone following along. My addiction nurse and I are still going
up by 10 mg every four days, and I'm at 70 mg now, split over breakfast, lunch and dinner.

The first fortnight was the hardest: sleepy after lunch, a bit dizzy on the stairs, odd dreams.
My partner did the driving and I worked from home, which helped a lot.

Cravings are quieter. Friday evening came and went without the usual fight with myself, and I
cooked instead. I keep a notebook of doses and side effects for the next appointment.

Thanks to everyone who answered my questions last month, it made the start less lonely."""


@pytest.mark.parametrize(
    ("lang", "advice"),
    [
        ("en", "Honestly, skip the slow steps and go straight to 150, the sleepiness passes."),
        ("en", "A few glasses of wine on top of the evening dose are fine, I do it every weekend."),
    ],
)
def test_one_sentence_of_advice_in_a_long_careful_diary_is_still_read(lang, advice):
    assert not screen(DIARY, lang=lang).flagged
    paragraphs = DIARY.split("\n\n")
    buried = "\n\n".join([*paragraphs[:2], advice, *paragraphs[2:]])
    result = screen(buried, lang=lang)
    assert result.flagged
    assert any(advice[:30] in match.text or match.text in advice for match in result.matches)
