"""Public types: categories, rules, matches, doses, thresholds and results."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES: tuple[str, ...] = (
    "abrupt_stop",
    "mixing_depressants",
    "excessive_dose",
    "rapid_titration",
    "no_prescription",
    "stopping_treatment",
    "dismissing_supervision",
    "pregnancy",
    "driving",
    "other",
)
LANGUAGES: tuple[str, ...] = ("en", "fr")
RULE_LANGUAGES: tuple[str, ...] = ("en", "fr", "any")
RULE_ACTIONS: tuple[str, ...] = ("flag", "hold")


# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class Rule:
    """A staff-defined screening rule, stored as data (see ``validate_rule``).

    A plain phrase matches case- and accent-insensitively on word boundaries;
    a regex is compiled with ``re.IGNORECASE`` and searched in the original text.
    """

    name: str
    pattern: str
    is_regex: bool
    language: str  # "en" | "fr" | "any"
    category: str
    action: str  # "flag" | "hold"


@dataclass(frozen=True)
class Match:
    category: str
    source: str  # "detector:<category>", "classifier:<category>" or the rule name
    start: int
    end: int
    text: str  # the matched words, as written


@dataclass(frozen=True)
class Dose:
    """One dose expression.

    ``mg`` is the amount the expression names for one intake (pills x strength:
    "12 pills of 10mg" -> 120); with ``per_kg`` it is mg per kg of body weight.
    ``per_day`` is the daily total when the text states a frequency or a daily
    unit ("60 mg three times a day" -> 180), else None.
    """

    mg: float
    per_day: float | None
    start: int
    end: int
    text: str
    per_kg: bool = False


@dataclass(frozen=True)
class Thresholds:
    """Dose limits staff can tune; defaults and their sources are in docs/screening.md.

    - ``excessive_mg_per_day`` 80: the daily maximum in Baclocur's French
      marketing authorisation (October 2018). Recommending *others* go above it
      is flagged for review; a member describing their own supervised dose is not.
      (A French administrative court annulled the 80 mg cap in 2021; higher
      doses remain a prescriber's decision, not a forum member's.)
    - ``trial_max_mg_per_day`` 300: the ceiling of the Bacloville trial
      (individually titrated 30-300 mg/day). ALPADIR targeted 180 mg/day;
      Ameisen reported suppression at 270 mg/day (seed document). Reference
      only for staff: no detector reads it yet.
    - ``max_start_mg_per_day`` 30: Baclocur starts at 15-20 mg/day; 30 mg/day
      (3 x 10 mg) is the fixed low dose of the Garbutt and Addolorato trials.
    - ``max_increase_mg_per_day`` 5: Baclocur raises by 10 mg every 3-4 days
      (about 3 mg/day), Lioresal's label by about 15 mg every 3-4 days (up to
      5 mg/day); advice faster than the faster label is flagged.
    - ``max_step_mg`` 20: twice Baclocur's 10 mg step.
    - ``min_taper_days`` 7: Lioresal's label tapers over 1-2 weeks and ALPADIR
      tapered over 2 weeks; a full stop faster than a week is "too fast".
    - ``max_taper_mg_per_day`` 15: Lioresal's taper steps are 10-15 mg.
    - ``classifier_min_score`` 0.5: the classifier (``learned``) flags a post the
      detectors pass when its unsafe score reaches this. Above 1 turns the
      classifier off.
    - ``classifier_clear_score`` 0.25: a detector match in a post the classifier
      scores below this is dropped. Both were chosen on posts the classifier was
      not trained on (docs/screening.md).
    - ``assumed_tablet_mg`` 10 and ``assumed_body_weight_kg`` 70 turn "dix
      comprimés" and "2 mg/kg" into mg when the post gives no strength/weight.
    """

    excessive_mg_per_day: float = 80.0
    trial_max_mg_per_day: float = 300.0
    max_start_mg_per_day: float = 30.0
    max_increase_mg_per_day: float = 5.0
    max_step_mg: float = 20.0
    min_taper_days: float = 7.0
    max_taper_mg_per_day: float = 15.0
    assumed_tablet_mg: float = 10.0
    assumed_body_weight_kg: float = 70.0
    classifier_min_score: float = 0.5
    classifier_clear_score: float = 0.25


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class ScreeningResult:
    matches: tuple[Match, ...]
    daily_dose_mg: float | None
    action: str  # "none" | "flag" | "hold"
    # The learned second opinion's unsafe score (0-1); None when it did not run.
    classifier_score: float | None = None

    @property
    def flagged(self) -> bool:
        return self.action != "none"

    @property
    def categories(self) -> tuple[str, ...]:
        """Matched category slugs, once each, in ``CATEGORIES`` order."""
        found = {m.category for m in self.matches}
        return tuple(c for c in CATEGORIES if c in found)
