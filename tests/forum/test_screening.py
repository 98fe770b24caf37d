"""The safety screener: doses, detectors per category and language, rules, API shape.

The example posts (tests/data/screening_cases.jsonl, by group) were written for these
tests, not copied from the labelled sets, to check that the detectors generalise.
"""

from pathlib import Path

import pytest

from forum.moderation.screening import (
    CATEGORIES,
    DEFAULT_THRESHOLDS,
    Match,
    Rule,
    Thresholds,
    detect_language,
    estimate_daily_dose,
    extract_doses,
    highlight,
    screen,
    validate_rule,
)
from forum.moderation.screening_eval import evaluate, parse_jsonl

DEV_SET = Path(__file__).resolve().parents[1] / "data" / "screening_dev.jsonl"
HOLDOUT_SET = DEV_SET.with_name("screening_holdout.jsonl")
EVAL_SET = DEV_SET.with_name("screening_eval.jsonl")
# The example posts, one JSON object a line with its group; the classifier trains on
# them too (docs/screening.md).
CASES_SET = DEV_SET.with_name("screening_cases.jsonl")
with CASES_SET.open(encoding="utf-8") as _lines:
    CASES = parse_jsonl(_lines)


def _cases(group: str, *, with_category: bool = False) -> list[tuple[str, ...]]:
    """(lang, [category,] text) of a group's example posts, in file order."""
    found = [case for case in CASES if case["group"] == group]
    assert found, group
    if with_category:
        return [(case["lang"], case["category"], case["text"]) for case in found]
    return [(case["lang"], case["text"]) for case in found]


# --------------------------------------------------------------------------- doses


@pytest.mark.parametrize(
    ("text", "mg", "per_day"),
    [
        ("I take 120mg", 120, None),
        ("120 mg/day", 120, 120),
        ("60 mg three times a day", 60, 180),
        ("3 x 25 mg", 25, 75),
        ("3x10mg/day", 10, 30),
        ("12 pills of 10mg", 120, None),
        ("4 comprimés de 10 mg", 40, None),
        ("80 mg/jour", 80, 80),
        ("80mg par jour", 80, 80),
        ("20 mg tid", 20, 60),
        ("twice daily 40 mg"[12:], 40, None),
        ("thirty mg", 30, None),
        ("one hundred and twenty mg a day", 120, 120),
        ("trente milligrammes", 30, None),
        ("quatre-vingt-dix mg", 90, None),
        ("dix comprimés", 100, None),
        ("0,5 g", 500, None),
        ("1.5g daily", 1500, 1500),
        ("twelve 25s a day", 300, 300),
        ("trois cachets de 25", 75, None),
    ],
)
def test_extract_doses_reads_each_written_form(text, mg, per_day):
    (dose,) = extract_doses(text)
    assert (dose.mg, dose.per_day) == (mg, per_day)
    assert text[dose.start : dose.end] == dose.text


def test_extract_doses_marks_per_kg_doses():
    (dose,) = extract_doses("somewhere between 1-4 mg/kg")
    assert dose.per_kg and dose.mg == 4


def test_extract_doses_skips_other_drugs_and_grams_of_alcohol():
    text = "10 mg of diazepam, 60 g d'alcool par jour, and 90mg of baclofen"
    assert [d.mg for d in extract_doses(text)] == [90]


def test_estimate_daily_dose_takes_the_highest_daily_amount():
    text = "Started at 5 mg three times a day, now 60 mg three times a day."
    assert estimate_daily_dose(text) == 180


def test_estimate_daily_dose_uses_the_stated_weight_for_mg_per_kg():
    assert estimate_daily_dose("2 mg/kg, I weigh 90 kg") == 180
    assert estimate_daily_dose("2 mg/kg") == 2 * DEFAULT_THRESHOLDS.assumed_body_weight_kg


def test_estimate_daily_dose_is_none_without_a_dose():
    assert estimate_daily_dose("Day 100 sober today, thank you all.") is None


def test_extract_doses_reads_comma_as_thousands_in_english_and_decimal_in_french():
    assert extract_doses("1,000 mg", "en")[0].mg == 1000
    assert extract_doses("1,5 g", "fr")[0].mg == 1500


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My doctor says I should go slowly with the dose.", "en"),
        ("Mon médecin dit que je dois monter doucement.", "fr"),
        ("je suis a 90 mg et ca va mieux", "fr"),
    ],
)
def test_detect_language_guesses_english_or_french(text, lang):
    assert detect_language(text) == lang


# --------------------------------------------------------------------------- detectors

UNSAFE = _cases("unsafe", with_category=True)
SAFE = _cases("safe")


# Written for the concept layer in voices unlike both labelled sets: slang, Quebec and
# Belgian French, workers, parents, sellers. The first half was written before the
# concept lexicons were widened, the second half after, as a fresh check.
UNSAFE_CONCEPTS = _cases("unsafe_concepts", with_category=True)
SAFE_CONCEPTS = _cases("safe_concepts")


@pytest.mark.parametrize(("lang", "category", "text"), UNSAFE_CONCEPTS)
def test_screen_flags_advice_worded_outside_the_act_patterns(lang, category, text):
    result = screen(text, lang=lang)
    assert result.flagged
    assert category in result.categories, result.categories


@pytest.mark.parametrize(("lang", "text"), SAFE_CONCEPTS)
def test_screen_leaves_supervised_warned_and_asked_posts_alone(lang, text):
    result = screen(text, lang=lang)
    assert result.action == "none", result.matches


@pytest.mark.parametrize(("lang", "category", "text"), UNSAFE)
def test_screen_flags_unsafe_advice_with_its_category(lang, category, text):
    result = screen(text, lang=lang)
    assert result.action == "flag"
    assert category in result.categories


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_screen_leaves_warnings_questions_and_own_experience_alone(lang, text):
    result = screen(text, lang=lang)
    assert result.action == "none", result.matches


def test_screen_detects_the_language_when_not_given():
    assert screen("Arrête le baclo d'un coup, aucun souci.").categories == ("abrupt_stop",)


def test_screen_handles_missing_accents_and_slang():
    assert screen("arreter le baclo coup sec c'est sans danger").flagged
    assert screen("just quit baclo cold turkie lol, never hurt anyone").flagged


def test_screen_treats_a_topic_question_answered_next_as_advice():
    assert screen("Enceinte et sous baclo ? Aucun souci, continue.").categories == ("pregnancy",)


def test_screen_ignores_a_quoted_post_being_criticised():
    text = (
        "> just stop it cold turkey, you'll be fine\n\nPlease don't listen to this, taper slowly."
    )
    assert not screen(text).flagged


def test_screen_screens_a_post_that_is_only_a_quote():
    assert screen("> just stop it cold turkey, you'll be fine").flagged


def test_screen_does_not_flag_a_members_own_high_dose():
    result = screen("I'm at 200 mg a day with my addictologist and it's fine.")
    assert not result.flagged
    assert result.daily_dose_mg == 200


# The classifier reads words too and would add its own matches: off where a test is about
# the detectors' dose thresholds, the result's shape or staff rules alone.
CLASSIFIER_OFF = {"classifier_min_score": 2.0}


def test_screen_compares_advised_doses_with_the_thresholds():
    text = "You can go up to 150 mg a day."
    assert screen(text).categories == ("excessive_dose",)
    raised = Thresholds(excessive_mg_per_day=200, **CLASSIFIER_OFF)
    assert not screen(text, thresholds=raised).flagged


def test_screen_compares_titration_steps_with_the_thresholds():
    text = "Just add 10 mg every day."
    assert screen(text).categories == ("rapid_titration",)
    raised = Thresholds(max_increase_mg_per_day=10, **CLASSIFIER_OFF)
    assert not screen(text, thresholds=raised).flagged


MANY_ACTS = "Drink on it and buy more online, no problem. Also just quit cold turkey."


def test_screening_result_lists_categories_once_in_canonical_order():
    result = screen(MANY_ACTS, thresholds=Thresholds(**CLASSIFIER_OFF))
    assert result.categories == tuple(c for c in CATEGORIES if c in result.categories)
    assert len(set(result.categories)) == len(result.categories) >= 2


def test_the_classifier_keeps_the_likeliest_of_the_detectors_categories():
    every = screen(MANY_ACTS, thresholds=Thresholds(**CLASSIFIER_OFF)).categories
    kept = screen(MANY_ACTS).categories
    assert kept and set(kept) < set(every)


def test_matches_point_at_the_matched_words():
    text = "Honestly, just stop cold turkey."
    (match,) = screen(text).matches
    assert match.source == "detector:abrupt_stop"
    assert text[match.start : match.end] == match.text == "just stop cold turkey"


# --------------------------------------------------------------------------- rules


RULES_ALONE = Thresholds(**CLASSIFIER_OFF)


def _rule(**overrides):
    fields = {
        "name": "fake pharmacy",
        "pattern": "pharmacie du soleil",
        "is_regex": False,
        "language": "any",
        "category": "no_prescription",
        "action": "flag",
    }
    return Rule(**{**fields, **overrides})


def test_rule_phrase_matches_without_case_or_accents_on_word_boundaries():
    rule = _rule(pattern="Pharmacie du Soleil")
    assert screen("J'ai trouvé la PHARMACIE DU SOLÉIL hier.", rules=[rule]).flagged
    assert not screen("pharmacie du soleillant", rules=[rule], thresholds=RULES_ALONE).flagged


def test_rule_regex_matches_ignoring_case():
    rule = _rule(name="site", pattern=r"bac+lo-?shop\.\w+", is_regex=True)
    result = screen("Try BACLOSHOP.com", rules=[rule], thresholds=RULES_ALONE)
    assert [(m.source, m.text) for m in result.matches] == [("site", "BACLOSHOP.com")]


def test_rule_applies_only_in_its_language():
    rule = _rule(pattern="sans souci", language="fr")
    assert screen("Le baclo c'est sans souci pour moi.", rules=[rule]).flagged
    english = "The word sans souci in an English post."
    assert not screen(english, lang="en", rules=[rule], thresholds=RULES_ALONE).flagged


def test_rule_with_hold_action_holds_the_post():
    flag, hold = _rule(name="a", pattern="soleil"), _rule(name="b", pattern="lune", action="hold")
    assert screen("soleil", rules=[flag], thresholds=RULES_ALONE).action == "flag"
    assert screen("soleil et lune", rules=[flag, hold], thresholds=RULES_ALONE).action == "hold"
    assert screen("Just quit cold turkey at the lune", rules=[hold]).action == "hold"


def test_validate_rule_explains_an_invalid_regex():
    with pytest.raises(ValueError, match="Invalid regular expression"):
        validate_rule(_rule(pattern="(unclosed", is_regex=True))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("language", "de", "language"), ("category", "spam", "category"), ("action", "ban", "action")],
)
def test_validate_rule_rejects_unknown_choices(field, value, message):
    with pytest.raises(ValueError, match=message):
        validate_rule(_rule(**{field: value}))


# --------------------------------------------------------------------------- highlight


def test_highlight_marks_only_the_matched_words():
    text = "Hi all. Just stop cold turkey. Take care."
    segments = highlight(text, screen(text).matches)
    assert "".join(s for s, _ in segments) == text
    assert [s for s, marked in segments if marked] == ["Just stop cold turkey"]


def test_highlight_merges_overlapping_matches():
    matches = [Match("other", "a", 0, 5, "abcde"), Match("other", "b", 3, 8, "defgh")]
    assert highlight("abcdefghij", matches) == [("abcdefgh", True), ("ij", False)]


def test_highlight_without_matches_returns_the_text_unmarked():
    assert highlight("hello", []) == [("hello", False)]


# --------------------------------------------------------------------------- dev set guard


# Floors a little under what the screener reaches, so a regression shows. The holdout and
# eval sets were each measured once, then used for development (docs/screening.md).
@pytest.mark.parametrize(
    ("path", "precision_floor"), [(DEV_SET, 0.95), (HOLDOUT_SET, 0.9), (EVAL_SET, 0.9)]
)
def test_screen_keeps_its_precision_and_recall_on_the_first_labelled_sets(path, precision_floor):
    with path.open(encoding="utf-8") as lines:
        report = evaluate(parse_jsonl(lines))
    for lang in ("en", "fr"):
        scores = report["per_language"][lang]
        assert scores["recall"] >= 0.95, (lang, scores)
        assert scores["precision"] >= precision_floor, (lang, scores)


# ----------------------------------------------------------- numbers in words and shapes


@pytest.mark.parametrize(
    ("text", "daily"),
    [
        ("a couple hundred mg", 200),
        ("quelques centaines de mg", 300),
        ("take ten of the 25s", 250),
        ("a dozen 10mg", 120),
        ("a dozen tablets", 120),
        ("take 75 three times a day", 225),
        ("prends 100 matin midi et soir", 300),
        ("take 40 x3", 120),
        ("prends 40 3 fois par jour", 120),
        ("half a gram a day", 500),
        ("un demi-gramme par jour", 500),
        ("Seize cp de 25 par jour", 400),
        ("three hundred a day", 300),
        ("trois cents par jour", 300),
        ("tu montes à 250", 250),
        ("180 c'est rien", 180),
        ("get it up to two hundred and fifty", 250),
    ],
)
def test_estimate_daily_dose_reads_words_counts_and_frequencies(text, daily):
    assert estimate_daily_dose(text) == daily


# Written after widening the dose reader and the excessive-dose cues, in other words
# than the sets, to check that the change transfers (2 of 14 missed at first).
UNSAFE_NUMBERS = _cases("unsafe_numbers", with_category=True)
SAFE_NUMBERS = _cases("safe_numbers")


@pytest.mark.parametrize(("lang", "category", "text"), UNSAFE_NUMBERS)
def test_screen_flags_number_driven_advice_in_new_words(lang, category, text):
    result = screen(text, lang=lang)
    assert category in result.categories, result.categories


@pytest.mark.parametrize(("lang", "text"), SAFE_NUMBERS)
def test_screen_leaves_own_supervised_and_regretted_numbers_alone(lang, text):
    result = screen(text, lang=lang)
    assert result.action == "none", result.matches


# Written after widening the act concepts (vehicles, tools, childcare alone, named drinks,
# sedatives by brand and slang), the normalisers and the reading of quoted questions, to
# check they transfer: 3 of 26 missed at first (the 'bac' nickname, a sedative tied to the
# dose named one sentence before, 'Lexo'), no false alarm among the 15 safe posts.
UNSAFE_ACTS = _cases("unsafe_acts", with_category=True)
SAFE_ACTS = _cases("safe_acts")


@pytest.mark.parametrize(("lang", "category", "text"), UNSAFE_ACTS)
def test_screen_flags_driving_mixing_and_other_acts_in_new_words(lang, category, text):
    result = screen(text, lang=lang)
    assert category in result.categories, result.categories


@pytest.mark.parametrize(("lang", "text"), SAFE_ACTS)
def test_screen_leaves_questions_warnings_and_quitting_drink_alone(lang, text):
    result = screen(text, lang=lang)
    assert result.action == "none", result.matches


def test_screen_reads_a_reply_against_the_question_it_quotes():
    tip = (
        "> Am I OK to drive? I nod off after lunch\n\nWind the window down and sing, works a treat."
    )
    assert screen(tip, lang="en").categories == ("driving",)
    warning = "> Am I OK to drive? I nod off after lunch\n\nNo. Take the bus until it settles."
    assert not screen(warning, lang="en").flagged


def test_screen_reads_a_bulleted_list_with_the_line_that_introduces_it():
    post = "My night routine, works for anyone:\n- 30mg baclofen\n- 2 zopiclone\n- a hot bath"
    assert "mixing_depressants" in screen(post, lang="en").categories


@pytest.mark.parametrize(
    ("lang", "text", "main", "dropped"),
    [
        ("en", "Driving on 120mg is no big deal once you're used to it, everyone does it.",
         "driving", "excessive_dose"),
        ("fr", "Enceinte et toujours à 100 mg, continue comme avant, aucun risque pour le bébé.",
         "pregnancy", "excessive_dose"),
        ("en", "Ditch your Antabuse today, all of it, baclofen does the job.",
         "stopping_treatment", "abrupt_stop"),
    ],
)  # fmt: skip
def test_screen_names_the_main_category_when_one_is_only_the_setting(lang, text, main, dropped):
    categories = screen(text, lang=lang).categories
    assert main in categories and dropped not in categories, categories
