"""Pre-flag likely unsafe medical advice in forum posts for moderator review.

Pure Python, no network, no Django import: the moderation services call
``screen()`` on a post's Markdown source and queue whatever it flags. The
screener only *suggests*; a moderator decides and applies any safety label.

How a post is read (details in docs/screening.md):

1. Block quotes (lines starting with ``>``) are blanked out, keeping offsets,
   because a replier quoting an unsafe post to criticise it is not giving that
   advice. A post made *only* of quotes is screened as is: re-posting advice
   without comment spreads it.
2. The text is case- and accent-folded to a string of the *same length*
   (``arrêter`` -> ``arreter``), so every offset maps back to the original.
3. Each category has "act" patterns: the dangerous act itself (stop cold turkey,
   mix with Xanax, buy online...). An act alone is not advice. It becomes a
   match only when its sentence also carries advice directed at others
   (imperative, "you can", "tu peux", "n'hésite pas"...) or normalises it
   ("no biggie", "c'est sans danger"), and nothing cancels that: a negation in
   front of the act ("never", "ne ... pas"), a warning ("seizure", "dangereux",
   "talk to your doctor"), a question, or reported speech ("my doctor told
   me..."). Some acts carry their own advice framing ("no need to taper",
   "don't tell your GP") and need no extra cue.
4. Doses are extracted and compared with ``Thresholds`` for the two dose
   categories (excessive_dose, rapid_titration).

The file is longer than our usual ~300 lines because most of it is word lists;
they sit next to the logic that reads them so a reviewer can see both at once.
"""

# Word lists are long regex alternations; wrapping them at 100 columns would
# split words across string pieces and make them harder to review.
# ruff: noqa: E501

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

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
    source: str  # "detector:<category>" or the rule name
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


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class ScreeningResult:
    matches: tuple[Match, ...]
    daily_dose_mg: float | None
    action: str  # "none" | "flag" | "hold"

    @property
    def flagged(self) -> bool:
        return self.action != "none"

    @property
    def categories(self) -> tuple[str, ...]:
        """Matched category slugs, once each, in ``CATEGORIES`` order."""
        found = {m.category for m in self.matches}
        return tuple(c for c in CATEGORIES if c in found)


# --------------------------------------------------------------------------- text folding


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    # One character in, one out: offsets in the folded text stay valid.
    table.update({ord(c): "'" for c in "\u2019\u2018\u02bc`\u00b4"})
    table.update({ord(c): '"' for c in "\u201c\u201d\u00ab\u00bb\u201e"})
    table.update({ord(c): " " for c in "\u00a0\u202f\u2009"})
    table.update({ord("\u00d7"): "x", ord("\u2013"): "-", ord("\u2014"): "-", ord("\u00b5"): "u"})
    return table


_FOLD_TABLE = _build_fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_TABLE.get(ord(m.group()), m.group())


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes, keeping the length."""
    # Substituting only the few non-ASCII characters is much faster than translate().
    folded = text if text.isascii() else _NON_ASCII.sub(_fold_char, text)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # e.g. "İ" lowers to two code points
        lowered = "".join(c.lower()[0] for c in folded)
    return lowered


_QUOTE_LINE_RE = re.compile(r"^[ \t]{0,3}>.*$", re.MULTILINE)


def _mask_quotes(text: str) -> str:
    masked = _QUOTE_LINE_RE.sub(lambda m: " " * len(m.group()), text)
    # Only quotes: screen them, since reposting advice bare spreads it.
    return masked if masked.strip() else text


# --------------------------------------------------------------------------- language


_FR_HINTS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "et",
        "est",
        "pas",
        "je",
        "tu",
        "il",
        "elle",
        "nous",
        "vous",
        "ils",
        "avec",
        "pour",
        "sur",
        "dans",
        "mais",
        "que",
        "qui",
        "ce",
        "cette",
        "mon",
        "ton",
        "ma",
        "ta",
        "mes",
        "tes",
        "ne",
        "plus",
        "tres",
        "c'est",
        "j'ai",
        "suis",
        "faut",
        "moi",
        "ca",
        "au",
        "aux",
        "sans",
        "comme",
        "quand",
        "bien",
        "rien",
        "fait",
        "jour",
    ]
)
_EN_HINTS = frozenset(
    [
        "the",
        "and",
        "is",
        "are",
        "i",
        "you",
        "it",
        "to",
        "of",
        "in",
        "on",
        "with",
        "for",
        "but",
        "not",
        "my",
        "your",
        "this",
        "that",
        "have",
        "has",
        "was",
        "be",
        "do",
        "don't",
        "just",
        "can",
        "should",
        "what",
        "it's",
        "i'm",
        "if",
        "so",
        "at",
        "day",
    ]
)
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def detect_language(text: str) -> str:
    """A cheap en/fr guess from function words; ties go to English."""
    return _guess_language(fold(text))


def _guess_language(folded: str) -> str:
    fr = en = 0
    for word in _WORD_RE.findall(folded):
        fr += word in _FR_HINTS
        en += word in _EN_HINTS
    return "fr" if fr > en else "en"


# --------------------------------------------------------------------------- numbers and doses

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "demi": 0.5,
}  # fmt: skip
_SCALES = {"hundred": 100, "cent": 100, "cents": 100, "thousand": 1000, "mille": 1000}
_NUMBER_WORDS = sorted(
    (w for w in (*_UNITS, *_SCALES) if w not in {"a", "half", "demi"}), key=len, reverse=True
)
_NW = "|".join(_NUMBER_WORDS)
_WORD_NUMBER = (
    rf"(?:a[\s-]+(?:hundred|dozen)|(?:{_NW}))(?:(?:[\s-]+(?:and[\s-]+|et[\s-]+)?)(?:{_NW}))*"
)
_NUM = rf"(?:\d+(?:[.,]\d+)?|(?<![\w'])(?:{_WORD_NUMBER})(?!\w))"


def _parse_number(raw: str, lang: str) -> float | None:
    raw = raw.strip()
    if raw[0].isdigit():
        if "," in raw:
            whole, _, frac = raw.partition(",")
            # English writes 1,000 for a thousand; French writes 0,5 for a half.
            raw = whole + frac if lang == "en" and len(frac) == 3 else f"{whole}.{frac}"
        return float(raw)
    total = current = 0.0
    previous = ""
    for word in re.split(r"[\s-]+", raw):
        if word in {"and", "et"}:
            continue
        if word in _SCALES:
            scale = _SCALES[word]
            if scale >= 1000:
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
        elif word in _UNITS:
            value = _UNITS[word]
            # "quatre-vingt(s)" is 4 x 20, not 4 + 20.
            current = (
                current - 4 + 80
                if word.startswith("vingt") and previous == "quatre"
                else (current + value)
            )
        else:
            return None
        previous = word
    return total + current


_PILL = (
    r"(?:pills?|tablets?|tabs?|caps?|capsules?|comprimes?|cps|cachets?|pilules?|gelules?"
    r"|baclos?|doses?|prises?)"
)
_PER_DAY = (
    r"(?:\s*/\s*(?:day|d|jour|j|24\s*h)\b|\s*(?:a|per|each|every|par|chaque|by|the|le)\s+"
    r"(?:day|jour|24\s*h)\b|\s*(?:daily|quotidien\w*|journalier\w*|per\s+diem))"
)
_FREQ = (
    rf"(?:(?P<fn>{_NUM}|once|twice|thrice)\s*(?:x|times?|fois)\s*(?:a|per|par|/|each|every|au|le)?"
    rf"\s*(?:day|jour|j|daily)\b|(?P<fw>once|twice|thrice)\s+daily|(?P<fa>t\.?i\.?d|b\.?i\.?d|q\.?i\.?d)\b"
    rf"|x\s*(?P<fx>[2-6])(?!\s*(?:mg|g)\b))"
)
_DOSE_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<count>{_NUM})\s*(?:x|\*|fois|doses?\s+of|prises?\s+de|intakes?\s+of)\s*)?"
    rf"(?:(?P<pills>{_NUM})\s+{_PILL}\s+(?:of|de|d'|a|x|at|@)?\s*)?"
    rf"(?P<n>{_NUM})(?:\s*(?:-|to|a|ou|or)\s*(?P<n2>{_NUM}))?\s*"
    rf"(?P<unit>mg|mgs|milligram(?:me)?s?|g|gr|grams?|grammes?)(?![a-z])"
    rf"(?P<perkg>\s*(?:/|per|par|a|by)\s*(?:kg|kilo\w*)(?:\s+(?:of\s+)?(?:body\s*weight|de\s+poids))?)?"
    rf"(?P<perday>{_PER_DAY})?"
    rf"(?:\s*,?\s*(?P<freq>{_FREQ}))?"
)
# Pills with a strength but no unit: "trois cachets de 25", "twelve 25s", "five or six tens".
_PILL_STRENGTH_RE = re.compile(
    rf"(?<![\w.,])(?:{_NUM}\s+(?:or|ou|to|a)\s+)?(?P<pills>{_NUM})\s+(?:{_PILL}\s+(?:of|de|d')\s*(?P<n>\d{{1,3}})(?![\d.,])"
    rf"|(?P<n2>\d{{1,3}})s\b|(?P<tens>tens|dizaines))(?P<perday>{_PER_DAY})?"
)
# Pills without a strength: "dix comprimés", "take 12 pills a day".
_PILL_COUNT_RE = re.compile(
    rf"(?<![\w.,])(?P<pills>{_NUM})\s+(?:{_PILL})\b(?!\s*(?:of|de|d'|a|x|at|@)?\s*\d)"
    rf"(?P<perday>{_PER_DAY})?"
)
# A bare number where only a dose makes sense: "take 160 tomorrow", "passe à 160".
_BARE_DOSE_RE = re.compile(
    r"\b(?:take|taking|go(?:ing)?\s+(?:up\s+)?to|jump(?:ing)?\s+(?:straight\s+)?to|up\s+to"
    r"|(?P<en>prends-en|prenez-en|take\s+\w+\s+of\s+them)|prends|prenez|prendre|passe[rz]?\s+(?:direct\s+|directement\s+)?a|monte[rz]?\s+a"
    r"|start(?:ing)?\s+(?:at|with|on)|commence[rz]?\s+(?:directement\s+)?(?:a|par))"
    r"\s+(?P<n>\d{2,4})(?![\w%]|[.,]\d)(?!\s*(?:kg|kilo|ans|years?|days?|jours?|h\b|min|hours?|heures?|weeks?|semaines?"
    r"|mois|months?|fois|times|x\b))"
)
_ALCOHOL_NEAR = re.compile(r"alc|d'alc|vin\b|wine|biere|beer|/\s*l\b|pur\b|pure\b|sang|blood")
_OTHER_DRUG = (
    r"xanax|valium|ativan|klonopin|rivotril|lexomil|seresta|temesta|tranxene|lysanxia|librium"
    r"|alprazolam|diazepam|lorazepam|clonazepam|oxazepam|bromazepam|zolpidem|stilnox|ambien"
    r"|zopiclone|imovane|tramadol|codeine|morphine|methadone|oxy\w*|subutex|pregabalin\w*|lyrica"
    r"|gabapentin\w*|neurontin|sertraline|zoloft|prozac|fluoxetine|deroxat|paroxetine|citalopram"
    r"|escitalopram|seroplex|lexapro|effexor|venlafaxine|cymbalta|duloxetine|mirtazapine"
    r"|lithium|seroquel|quetiapine|lamotrigine|lamictal|depakote|depakine|naltrexone|nalmefene"
    r"|selincro|acamprosate|aotal|campral|disulfiram|antabuse|esperal|topiramate|topamax"
    r"|benzo\w*|melatonin\w*|hydroxyzine|atarax|vitamin\w*|magnesium"
)
_OTHER_DRUG_RE = re.compile(rf"\b(?:{_OTHER_DRUG})\b")
_BACLO = r"(?:bac?k?l[oa]\w*|lioresal|baclocur)"
_BACLO_RE = re.compile(rf"\b{_BACLO}")
_WEIGHT_RE = re.compile(
    r"\b(?:weigh\w*|pese\w*|poids|i'm|im|i am|you'?re|you are|je fais|tu fais|vous faites)\s+(?:about\s+|around\s+|environ\s+)?"
    r"(\d{2,3})\s*(?:kg|kilos?)\b"
)


def _frequency(m: re.Match[str], lang: str) -> float | None:
    if m.group("fn"):
        word = m.group("fn")
        return {"once": 1, "twice": 2, "thrice": 3}.get(word) or _parse_number(word, lang)
    if m.group("fw"):
        return {"once": 1, "twice": 2, "thrice": 3}[m.group("fw")]
    if m.group("fa"):
        return {"t": 3, "b": 2, "q": 4}[m.group("fa")[0]]
    if m.group("fx"):
        return float(m.group("fx"))
    return None


def _is_other_substance(folded: str, start: int, end: int, unit: str) -> bool:
    before = folded[max(0, start - 25) : start]
    after = folded[end : end + 30]
    if unit.startswith("g") and (_ALCOHOL_NEAR.search(after) or _ALCOHOL_NEAR.search(before)):
        return True  # "60 g d'alcool par jour", "0,5 g/l"
    near = before + " " + after
    return bool(_OTHER_DRUG_RE.search(near)) and not _BACLO_RE.search(near)


def _lang_or_detect(text: str, lang: str | None) -> str:
    return lang if lang in LANGUAGES else detect_language(text)


def extract_doses(
    text: str, lang: str | None = None, *, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> list[Dose]:
    """Baclofen dose expressions in ``text`` (English or French), in order.

    Doses of other named drugs and grams of alcohol are skipped. Ranges
    ("200-250 mg") count as their upper bound.
    """
    return _extract_doses(fold(text), text, _lang_or_detect(text, lang), thresholds)


# Dose patterns are costly to try at every word; they only run near a unit or pill word.
_DOSE_HINT = re.compile(
    r"mg|milligr|gram|\d\s*gr?\b|pill|tab|caps|compr|cachet|gelul|pilul|\d\ds\b|tens\b|dizaine"
)


def _windows(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _DOSE_HINT.finditer(folded):
        start, end = max(0, m.start() - 50), min(len(folded), m.end() + 50)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _near_hints(
    rx: re.Pattern[str], folded: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    return [m for start, end in windows for m in rx.finditer(folded, start, end)]


def _extract_doses(folded: str, text: str, lang: str, thresholds: Thresholds) -> list[Dose]:
    doses: list[Dose] = []
    taken: list[tuple[int, int]] = []
    windows = _windows(folded)
    for m in _near_hints(_DOSE_RE, folded, windows):
        unit = m.group("unit")
        if _is_other_substance(folded, m.start(), m.end(), unit):
            continue
        n = _parse_number(m.group("n2") or m.group("n"), lang)
        if n is None:
            continue
        mg = n * 1000 if unit.startswith("g") else n
        if m.group("pills"):
            mg *= _parse_number(m.group("pills"), lang) or 1
        per_day: float | None = None
        count = _parse_number(m.group("count"), lang) if m.group("count") else None
        freq = _frequency(m, lang) if m.group("freq") else None
        if count:  # "3 x 25 mg" reads as a daily regimen
            per_day = mg * count
        elif freq:
            per_day = mg * freq
        elif m.group("perday"):
            per_day = mg
        doses.append(_dose(text, m.start(), m.end(), mg, per_day, bool(m.group("perkg"))))
        taken.append((m.start(), m.end()))
    for m in _near_hints(_PILL_STRENGTH_RE, folded, windows):
        if any(s <= m.start() < e for s, e in taken):
            continue
        count = _parse_number(m.group("pills"), lang)
        strength = 10.0 if m.group("tens") else float(m.group("n") or m.group("n2"))
        if not count or count > 60:
            continue
        mg = count * strength
        doses.append(_dose(text, m.start(), m.end(), mg, mg if m.group("perday") else None, False))
        taken.append((m.start(), m.end()))
    for m in _near_hints(_PILL_COUNT_RE, folded, windows):
        if any(s <= m.start() < e for s, e in taken):
            continue
        count = _parse_number(m.group("pills"), lang)
        if not count or count > 60:
            continue
        mg = count * thresholds.assumed_tablet_mg
        per_day = mg if m.group("perday") else None
        doses.append(_dose(text, m.start(), m.end(), mg, per_day, False))
        taken.append((m.start(), m.end()))
    for m in _BARE_DOSE_RE.finditer(folded):
        start = m.start("n")
        if any(s <= start < e for s, e in taken):
            continue
        n = float(m.group("n"))
        if m.group("en") and n <= 40:  # "prends-en 20": twenty of the pills
            n *= thresholds.assumed_tablet_mg
        if 5 <= n <= 1000:
            doses.append(_dose(text, start, m.end("n"), n, None, False))
    doses.sort(key=lambda d: d.start)
    return doses


def _dose(text: str, start: int, end: int, mg: float, per_day: float | None, per_kg: bool) -> Dose:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Dose(mg=mg, per_day=per_day, start=start, end=end, text=text[start:end], per_kg=per_kg)


def _daily(dose: Dose, weight_kg: float) -> float:
    amount = dose.per_day if dose.per_day is not None else dose.mg
    return amount * weight_kg if dose.per_kg else amount


def _weight(folded: str, thresholds: Thresholds) -> float:
    m = _WEIGHT_RE.search(folded)
    return float(m.group(1)) if m else thresholds.assumed_body_weight_kg


def estimate_daily_dose(
    text: str, lang: str | None = None, *, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> float | None:
    """The highest daily amount the text mentions, in mg, or None.

    A dose without a stated frequency is taken as the daily total, since that
    is how members usually state it ("I'm at 120mg"); mg/kg uses the weight the
    post gives, else ``thresholds.assumed_body_weight_kg``.
    """
    folded = fold(text)
    doses = _extract_doses(folded, text, _lang_or_detect(text, lang), thresholds)
    return _max_daily(doses, folded, thresholds)


def _max_daily(doses: list[Dose], folded: str, thresholds: Thresholds) -> float | None:
    if not doses:
        return None
    weight = _weight(folded, thresholds)
    return max(_daily(d, weight) for d in doses)


# --------------------------------------------------------------------------- lexicons
# Patterns run on folded text: lower case, no accents, straight apostrophes.

_SEP = r"[^\w.!?\n]+"  # between two words of one sentence


def _gap(n: int) -> str:
    """Up to ``n`` words between two parts of a pattern, inside one sentence."""
    return rf"(?:{_SEP}[\w']+){{0,{n}}}?{_SEP}"


def _words(*patterns: str) -> re.Pattern[str]:
    """One regex for a word list; a pattern ending in an apostrophe needs no boundary."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?:(?<=')|(?!\w))")


_DOCTOR = (
    r"(?:doctors?|docs?|dr|drs|gps?|physicians?|psychiatrists?|psychs?|shrinks?|addictologists?"
    r"|addiction (?:specialist|doctor|team|clinic)s?|specialists?|prescribers?|pharmacists?"
    r"|nurses?|midwife|midwives|obs?|ob-?gyns?|gynos?|consultants?|neurologists?|medecins?"
    r"|docteurs?|toubibs?|generalistes?|addictologues?|addictos?|psys?|psychiatres?"
    r"|pharmaciens?|sages?-femmes?|gynecos?|gynecologues?|prescripteurs?|specialistes?"
    r"|infirmier\w*|medical (?:team|supervision|advice|follow-?up)|suivi medical)"
)
_DEPRESSANT = (
    r"(?:alcohol|alcool|booze|beers?|bieres?|wines?|vin|rose|pinard|vodka|whiske?y|rhum|rum|gin"
    r"|spirits|liquor|cocktails?|drinks?|verres?|glass(?:es)? of \w+|pints?|apero\w*|binch"
    r"|xanax|valium|ativan|klonopin|rivotril|lexomil|seresta|temesta|tranxene|lysanxia|librium"
    r"|benzo\w*|alprazolam|diazepam|lorazepam|clonazepam|oxazepam|bromazepam|zolpidem|stilnox"
    r"|ambien|zopiclone|imovane|z-drugs?|sleeping (?:pills?|tablets?|meds?|aids?)|sleep aids?"
    r"|somniferes?|hypnotiques?|anxiolytiques?|tranquil+i[sz]ers?|sedatives?|sedatifs?"
    r"|opioids?|opiates?|opiaces?|opioides?|oxy\w*|codeine|tramadol|morphine|heroin\w*|fentanyl"
    r"|percocet|vicodin|hydrocodone|lean|ghb|gbl|pregabalin\w*|lyrica|gabapentin\w*|neurontin"
    r"|seroquel|quetiapine|xeroquel|atarax|hydroxyzine|phenergan|kratom|ketamine|weed"
    r"|cannabis|joints?|painkillers?)s?"
)
_DRINK = r"(?:drink\w*|drank|boire|bois|boit|buvez|picol\w*|tise\w*|chug\w*)"
_OTHER_TREATMENT = (
    r"(?:anti-?depressants?|antidepresseurs?|ads|ssris?|snris?|sertraline|zoloft|prozac"
    r"|fluoxetine|paroxetine|deroxat|seroxat|citalopram|escitalopram|seroplex|lexapro|effexor"
    r"|venlafaxine|cymbalta|duloxetine|mirtazapine|lithium|teralithe|depakote|depakine|depamide"
    r"|lamictal|lamotrigine|anti-?psychotics?|antipsychotiques?|neuroleptiques?|abilify"
    r"|aripiprazole|risperdal|risperidone|zyprexa|olanzapine|seroquel|quetiapine|xeroquel"
    r"|anti-?epileptics?|antiepileptiques?|anticonvulsants?|keppra|insulin\w*"
    r"|blood pressure (?:meds?|pills?|tablets?|medication)|beta-?blockers?|statins?|naltrexone"
    r"|revia|nalmefene|selincro|acamprosate|campral|aotal|disulfiram|antabuse|esperal|methadone"
    r"|subutex|suboxone|buprenorphine|levothyrox\w*|thyroid (?:meds?|pills?)"
    r"|mood stabili[sz]ers?|regulateurs? de l'humeur|thymoregulateurs?|anxiolytiques?"
    r"|(?:other|prescribed|psych|psychiatric|mental health) (?:meds?|medications?|treatments?)"
    r"|autres? (?:traitements?|medicaments?|medocs?))"
)
_BACLO_REF = (
    rf"(?:{_BACLO}|it|them|(?:your|ur|my|the) (?:\w+ )?(?:dose|meds?|pills?|tablets?)"
    r"|(?:ta|votre|sa|la|ma) dose(?: du soir| du matin)?|(?:le|ton|votre) traitement|les cachets)"
)
_STOP = (
    r"(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|dump\w*"
    r"|bin(?:ned)?|cut(?:ting)? (?:out|off)|(?:come|coming|came|get|getting|got|go|going|went)"
    r" off|discontinu\w*|ceas\w*|kick(?:ed)?|arret\w*|stopp\w*|lach\w*|laiss\w* tomber"
    r"|plaqu\w*|coupe[rz]?|cess\w*|abandonn?\w*|jete[rz]?|jettes?|jettez)"
)
_ABRUPT = (
    r"(?:cold[- ]?turk\w*|abrupt\w*|all at once|at once|in one go|overnight|suddenly|immediately"
    r"|straight away|right away|just like that|on the spot|instantly|in (?:one|1|a single) day"
    r"|from one day to the next|(?:with )?no taper\w*|without (?:any |a )?(?:taper\w*|wean\w*"
    r"|titrat\w*|reduc\w*|step\w* down|going down)|d'un (?:seul )?coup(?: sec)?|coup sec"
    r"|du jour au lendemain|brutal\w*|brusque\w*|net|sec|sans (?:diminu\w*|palier\w*"
    r"|decroiss\w*|degressi\w*|sevrage|redui\w*|baisser|descendre|transition)"
    r"|en une (?:seule )?fois|immediatement|tout de suite|radical\w*|(?:to|a) (?:0|zero)|tomorrow|today|tonight"
    r"|demain(?: matin| soir)?|ce soir|aujourd'hui|one (?:\w+ )?(?:morning|day|night)|un (?:beau )?(?:matin|jour|soir)"
    r"|(?:from|de) \d+ (?:mg )?(?:to|a) (?:0|zero|nothing|rien))"
)
_FAST_SPAN = (
    r"(?:(?:over|in|within|en|sur) (?:a |one |1 |two |2 |three |3 |four |4 |five |5 |six |6 "
    r"|a couple of |a few |couple |few |quelques |deux |trois |quatre |un |une )"
    r"(?:days?|jours?|nights?|nuits?)|over (?:a|the) weekend|(?:en|sur) un week-?end"
    r"|(?:in|en) (?:24|48|72) ?h\w*)"
)
_TAPER = (
    r"(?:taper\w*|wean\w*|(?:slow|gradual) (?:reduction|decrease|taper\w*|step\w* down)"
    r"|step(?:ping)? down|titrat\w* down|com(?:e|ing) down slowly|go(?:ing)? down slowly"
    r"|reduc\w* slowly|diminution|decroissance|baisse progressive|descente progressive"
    r"|paliers? (?:de descente|pour (?:arreter|descendre|diminuer))|diminuer|baisser|descendre"
    r"|faire des paliers pour \w+|sevrer)"
)
_DISMISSIVE = (
    r"(?:overblown|overrated|over-?hyped|exaggerated|a myth|myths?|bs|bullshit|nonsense|rubbish"
    r"|pointless|unnecessary|not necessary|overkill|a waste(?: of time)?|useless|for wimps"
    r"|for old people|scare-?mongering|fear-?mongering|paranoid|paranoia|du blabla|blabla"
    r"|n'importe quoi|du pipeau|des conneries|inutile|(?:ne )?sert a rien|surfaite?s?"
    r"|exagere\w*|parano\w*|pour les (?:papis|vieux|mamies|fragiles)|beaucoup trop lent\w*"
    r"|trop lent\w*|too slow|way too slow|wast(?:e|es|ing) (?:\w+ )?(?:life|time|months|weeks)|perd\w* (?:\w+ )?(?:temps|vie|mois)"
    r"|(?:les gens|people|those|ceux) (?:qui|who) (?:flippent|paniquent|s'affolent|panic\w*|freak\w* out|worry|stress\w*)"
    r"|drag\w* (?:it )?out|faire trainer|font trainer|pour rien|du flan|du vent|foutaises?|des salades|bidon|hogwash)"
)
_NO_NEED = (
    r"(?:no need (?:for|to)|(?:you )?(?:don'?t|do not|dont|won'?t|will not|never) (?:really )?"
    r"(?:need|have) (?:to|a|an|any)?|needn'?t|don'?t bother(?: with| to)?|no point(?: in)?"
    r"|who needs|(?:t'as|tu as|t'a|vous avez|on a) pas besoin d[e']|(?:pas|nul) besoin d[e']"
    r"|pas la peine d[e']|inutile d[e']|plus besoin d[e']|pas de)"
)
_INC = (
    r"(?:increas\w*|up|upp\w*|rais\w*|add\w*|bump\w*|go(?:ing)? up|titrat\w*(?: up)?|step up"
    r"|ramp\w*(?: up)?|augment\w*|mont\w*|ajout\w*|rajout\w*|grimp\w*)"
)
_DEC = r"(?:decreas\w*|reduc\w*|lower\w*|drop\w*|cut\w*|baiss\w*|diminu\w*|descend\w*|redui\w*)"
_PREG = (
    r"(?:pregnan\w*|expecting a baby|breast ?-?feed\w*|nursing|lactat\w*|enceinte|grossesse"
    r"|allait\w*|trying to conceive|ttc)"
)
_DRIVE = (
    r"(?:driv(?:e|es|ing|en)|drove|(?:behind|at) the wheel|forklifts?|cranes?|tractors?|lorry|lorries|trucks?"
    r"|chariots? elevateurs?|tracteurs?|camions?|engins?|(?:operat\w*|use|using) (?:heavy )?machinery"
    r"|heavy machinery|motorway|conduire|condui[st]\w*|conduite|(?:prend\w*|pris) (?:la|sa|ta)"
    r" (?:voiture|bagnole|caisse)|au volant|le volant|roule[rz]?|utiliser des machines)"
)
_DROWSY = (
    r"(?:drowsy|sleepy|tired|groggy|dizzy|woozy|foggy|somnolent\w*|fatigue\w*|endormi\w*"
    r"|dans le coltar|ensuque\w*|vaseu\w*|a bit sleepy|un peu (?:endormi|somnolent)\w*)"
)

_BUY = (
    r"(?:buy\w*|bought|order\w*|get|got|getting|source\w*|purchas\w*|import\w*|ship\w*|acheter|achet\w*|achat"
    r"|command\w*|procur\w*|recup\w*|fourni\w*|chop\w*|obten\w*|obtien\w*|livr\w*|sell\w*|vend\w*)"
)
_SOURCE = (
    r"(?:online|on ?line|internet|the web|the net|websites?|sites?|dark ?web|darknet|abroad|overseas|india\w*|indien\w*"
    r"|mexic\w*|pakistan\w*|thai\w*|maroc|morocco|espagne|spain|inde|l'etranger|over the counter|otc|en ligne"
    r"|marche noir|sans ordonnance|without (?:a )?prescription|no[- ]?(?:rx|script|prescription)"
    r"|(?:off|from|aupres d'|par) (?:a|some|this|my|un|une|mon|ma) (?:guy|bloke|dealer|colleague|coworker|neighbou?r|friend|mate|pote|collegue|voisin\w*|ami|amie|copain|copine))"
)
# Each act is (category, regex, self_advising). A self-advising act already
# carries its advice framing ("no need to taper", "don't tell your GP") and only
# needs to survive negation, warnings, questions and reported speech.
_ACTS: list[tuple[str, re.Pattern[str], bool]] = [
    # --- abrupt_stop
    ("abrupt_stop", _words(rf"{_STOP}{_gap(5)}{_ABRUPT}"), False),
    (
        "abrupt_stop",
        _words(r"(?:go|goes|going|went)(?: \w+)? cold[- ]?turk\w*", r"cold[- ]?turk\w*"),
        False,
    ),
    ("abrupt_stop", _words(rf"(?:{_STOP}|{_TAPER}|{_DEC}|passe[rz]?){_gap(6)}{_FAST_SPAN}"), False),
    (
        "abrupt_stop",
        _words(rf"{_NO_NEED} ?(?:to |with |about |the |faire |des |les )*{_TAPER}"),
        True,
    ),
    (
        "abrupt_stop",
        _words(
            rf"{_STOP}(?:{_SEP}(?:taking|prendre|de prendre))?{_SEP}(?:it|them|all|(?:the |le |la |les |ton |ta |tes |your |ur )?(?:baclo\w*|pills|meds"
            rf"|whole lot|lot|traitement|boite|cachets|dose)|tout|everything)(?!{_SEP}(?:and|et) (?:call|see|talk|appelle|consulte|va voir))",
            r"(?:just|simply|juste) (?:stop|quit|arrete[rz]?)",
            r"(?:cut|divid\w*|halv\w*|divis\w*|coupe\w*)(?: it| the dose| ta dose| la dose| your dose)? (?:in half|by (?:two|2|half)|par (?:deux|2)|en deux)",
            r"rip\w* (?:the |off the )?(?:plaster|band-?aid)|arrach\w* le pansement",
            r"(?:from|de) \d+ ?(?:mg )?(?:to|a) (?:0|zero|nothing|rien)\b",
            r"(?:stop|quit|arrete[rz]?)(?: \w+)? (?:whenever|any ?time|when(?:ever)? you (?:want|like|feel like it)|quand tu (?:veux|le sens)|n'importe quand)",
        ),
        False,
    ),
    (
        "abrupt_stop",
        _words(
            rf"{_TAPER}(?:{_SEP}[\w']+){{0,6}}?{_SEP}(?:is |are |c'est |cest |est |sont |thing is )?{_DISMISSIVE}"
        ),
        True,
    ),
    (
        "abrupt_stop",
        _words(
            r"(?:skip|forget|ditch|screw|oublie[rz]?|zappe[rz]?) (?:the |about |les |la )?(?:taper\w*|paliers de descente|diminution|decroissance)"
        ),
        True,
    ),
    # --- mixing_depressants
    (
        "mixing_depressants",
        _words(
            rf"(?:{_DEPRESSANT}|{_DRINK}){_gap(6)}(?:with|on|while on|whilst on|while taking|alongside"
            rf"|on top of|together with|avec|sous|pendant|en plus d[eu']?|en meme temps que|while you(?:'re| are)"
            rf"|pendant (?:la|ta) (?:titration|montee)){_SEP}"
            rf"(?:[\w']+{_SEP}){{0,2}}?(?:{_BACLO_REF}|titrat\w*)"
        ),
        False,
    ),
    (
        "mixing_depressants",
        _words(rf"{_DEPRESSANT}{_gap(2)}(?:and|\+|&|et|plus){_SEP}(?:[\w']+{_SEP})?{_BACLO}"),
        False,
    ),
    (
        "mixing_depressants",
        _words(
            rf"{_BACLO}{_gap(3)}(?:and|with|\+|&|et|avec|plus|together with|on top of){_SEP}(?:[\w']+{_SEP}){{0,3}}?{_DEPRESSANT}"
        ),
        False,
    ),
    (
        "mixing_depressants",
        _words(
            rf"(?:mix\w*|combin\w*|stack\w*|pair\w*|melang\w*|associ\w*|add\w*|ajout\w*|rajout\w*"
            rf"|pop\w*|take|taking|prends?|prenez|prendre|have|grab|chug\w*|enjoy|s'envoyer|t'envoyer"
            rf"|te (?:faire|prendre)|a (?:couple|few)|un petit|une petite|s'autoriser|t'autoriser)"
            rf"(?:{_SEP}[\w']+){{0,3}}?{_SEP}{_DEPRESSANT}"
        ),
        False,
    ),
    (
        "mixing_depressants",
        _words(
            r"(?:keep|still|carry on|continue\w*|toujours|encore) (?:to )?(?:drink\w*|boire|a boire|picoler)"
        ),
        False,
    ),
    (
        "mixing_depressants",
        _words(
            rf"{_DEPRESSANT}[^.!?\n]{{0,80}}?(?:with|avec|\+|&|together|ensemble|mix\w*|melang\w*|combin\w*|associ\w*|on top of|en plus d\w*)[^.!?\n]{{0,40}}?{_BACLO}",
            rf"{_BACLO}[^.!?\n]{{0,40}}?(?:with|avec|\+|&|together|ensemble|mix\w*|melang\w*|combin\w*|associ\w*|on top of|en plus d\w*)[^.!?\n]{{0,80}}?{_DEPRESSANT}",
            rf"(?:throw|chuck|toss|slip|knock back|neck|sink|get some|jette|glisse)\w*(?:{_SEP}[\w']+){{0,2}}?{_SEP}{_DEPRESSANT}",
            rf"(?:a|an|one|two|some|a few|a couple of|half a|un|une|deux|un quart de|un demi|une moitie de|quelques) (?:\w+ )?(?:of )?(?!drinks?\b|verres?\b){_DEPRESSANT}",
        ),
        False,
    ),
    # --- excessive_dose (dose thresholds are checked in code)
    (
        "excessive_dose",
        _words(
            r"no (?:max(?:imum)?(?: dose)?|upper limit|ceiling|limit)|there'?s no limit|the sky'?s the limit"
            r"|as (?:much|many) as (?:you|u) (?:need|want|like)|the more the better|more is better"
            r"|pas de (?:dose )?(?:max\w*|limite|plafond)|sans limite|autant que (?:tu veux|necessaire"
            r"|besoin|il faut)|plus (?:c'est|t'en prends|tu en prends)\w* mieux|double up|prends-en le double|take double",
            r"(?:take|pop|add|throw|prends|prenez|ajoute[rz]?|rajoute[rz]?)(?: an?| une?| des?| some)? (?:extra|supplementaires?|de plus|en plus)"
            r"|(?:en plus de|on top of) (?:ta|votre|your|ur) (?:\w+ )?(?:dose|usual)|extra (?:baclo\w*|pills|tablets|doses?)",
        ),
        False,
    ),
    # --- rapid_titration (step and start sizes are checked in code)
    (
        "rapid_titration",
        _words(
            r"(?:doubl\w*|tripl\w*) (?:up|direct|directement|(?:your|the|ur|ta|la|votre|sa) (?:dose|doses|dosage))"
        ),
        False,
    ),
    (
        "rapid_titration",
        _words(
            r"(?:titrat\w*|increas\w*|go(?:ing)? up|ramp\w*(?: it)? up|mont\w*|augment\w*) (?:really |super |tres |plus )?"
            r"(?:fast|quick\w*|rapid\w*|aggressive\w*|vite|rapidement|en fleche|fort|a fond)"
            r"|bruler les etapes|saut\w* (?:des|les) (?:paliers|etapes)|skip\w* (?:the )?(?:titration|steps|slow \w+)"
        ),
        False,
    ),
    (
        "rapid_titration",
        _words(
            rf"(?:the )?(?:slow (?:increase|titration|build-?up|approach|way|titrat\w*)|titration|paliers?"
            rf"|montee (?:progressive|lente)|progressivite)(?:{_SEP}[\w']+){{0,6}}?{_SEP}(?:is |are |c'est |cest |est |sont )?{_DISMISSIVE}"
        ),
        True,
    ),
    (
        "rapid_titration",
        _words(
            r"(?:pas besoin|inutile|pas la peine|no need|don'?t bother|oublie[zs]?) (?:de |d'|to )?(?:faire |y aller )?"
            r"(?:des |les )?(?:paliers|titrate slowly|go slow\w*|the slow \w+|monter doucement|doucement|progressivement)"
            r"(?! pour (?:arreter|descendre|diminuer))"
        ),
        True,
    ),
    # --- no_prescription
    (
        "no_prescription",
        _words(
            rf"{_SOURCE}(?:{_SEP}[\w']+){{0,4}}?{_SEP}{_BUY}|{_BUY}(?:{_SEP}[\w']+){{0,6}}?{_SEP}{_SOURCE}",
            r"(?:ask|get|find|demande\w*|trouve\w*) (?:a |an |a un |a une |un |une |your |ton |ta |a ta |a ton |a tes |to )?(?:friend|mate|buddy|pote|ami|amie|copain|copine|collegue|neighbou?r|voisin\w*|family|famille)",
            r"(?:te |vous )?depann\w*|t'en (?:passer|filer|donner|vendre|envoyer)\w*|ramen\w* des boites|bring back (?:boxes|packs|a supply|some)",
            r"(?:no|zero)[- ](?:rx|script|prescription)|pas d'(?:ordonnance|ordo)|no questions asked|sans rien",
        ),
        False,
    ),
    (
        "no_prescription",
        _words(
            r"(?:buy\w*|bought|order\w*|get|got|getting|source\w*|purchas\w*|import\w*|ship\w*|acheter|achet\w*"
            r"|achat|command\w*|procur\w*|trouv\w*|recup\w*|fourni\w*|chop\w*|obten\w*|obtien\w*|livr\w*|sell\w*|vend\w*)"
            r"(?:"
            + _SEP
            + r"[\w']+){0,5}?"
            + _SEP
            + r"(?:online|on ?line|on the (?:internet|web|net|dark ?web)|from (?:a |an |some )?(?:website|site|indian?|india|mexico"
            r"|pakistan|turkey|thailand|abroad|overseas|the dark ?web|a friend|friends|mates?|a mate|my mate|a buddy|someone)"
            r"|abroad|overseas|over the counter|otc|sur (?:internet|le net|le web|un site|des sites|le darknet)|en ligne"
            r"|a l'etranger|en (?:espagne|inde|belgique|suisse|italie|turquie|thailande)|au marche noir"
            r"|(?:par|aupres d') ?(?:un|une) (?:ami|amie|pote|copain|copine)|d'(?:un|une) (?:ami|amie|pote|copain|copine))"
        ),
        False,
    ),
    (
        "no_prescription",
        _words(
            r"(?:no|pas besoin d'|no need for|don'?t need|do not need|dont need|n'?(?:as|a|avez) pas besoin d')(?: a| an| any| une| d')? ?"
            r"(?:prescription|script|scrip|rx|ordonnance|ordo)s?",
            r"(?:prescription|script|scrip|rx|ordonnance|ordo)s? (?:not )?(?:needed|required|necessaire)(?!\w)",
        ),
        True,
    ),
    (
        "no_prescription",
        _words(
            r"(?:without|w/o|sans)(?: a| an| any| une)? (?:prescription|script|scrip|rx|ordonnance|ordo)s?"
        ),
        False,
    ),
    (
        "no_prescription",
        _words(
            rf"(?:dm|pm|mp|message|inbox|envoie[- ]?moi un (?:mp|message)|ecris[- ]?moi){_gap(8)}(?:site|link|lien|source|adresse|contact|plug|supplier|fournisseur|some)",
            r"i (?:can|could|will|'ll) (?:send|sell|give|post|get|ship) you (?:some|a few|pills|tablets|the link|the site)",
            r"je (?:peux|peut) t'en (?:envoyer|donner|passer|filer|vendre)|je te (?:file|donne|passe|vends|envoie) (?:l'adresse|le site|le lien|des|quelques)"
            r"|je t'en (?:envoie|file|donne|passe)",
        ),
        True,
    ),
    (
        "no_prescription",
        _words(
            r"(?:borrow\w*|shar\w*|us(?:e|ing)|pinch\w*|nick\w*|emprunt\w*|pique[rz]?|prendre|prends) (?:some of |a few of )?(?:your |a |my |ton |ta |un |une )?"
            r"(?:friend|mate|buddy|partner|wife|husband|mum|mom|dad|brother|sister|neighbou?r|ami|amie|pote|copain|copine|femme|mari|voisin\w*)'?s?"
            r"(?: \w+)?(?: pills| tablets| meds| baclo\w*| prescription| script| cachets| comprimes| medocs| ordonnance)?",
            r"se faire depanner|(?:indian|mexican|turkish|thai|foreign|online|canadian|overseas|dodgy) (?:pharmac\w*|sites?|websites?|shops?|suppliers?|vendors?)"
            r"|pharmacies? (?:en ligne|indiennes?|etrangeres?|sur internet)|sites? (?:indiens?|etrangers?|en ligne|qui livrent)",
        ),
        False,
    ),
    # --- stopping_treatment
    (
        "stopping_treatment",
        _words(
            rf"{_STOP}(?:{_SEP}(?:taking|prendre|your|the|my|ton|tes|ta|vos|votre|le|la|les|l'|mon|mes|all|other|any|de|du|des|d')){{0,3}}(?:{_SEP})?{_OTHER_TREATMENT}"
        ),
        False,
    ),
    (
        "stopping_treatment",
        _words(
            rf"(?:won'?t|will not|don'?t|do not|dont|no longer|never) (?:really )?need (?:your |the |any |those )?(?:\w+ )?{_OTHER_TREATMENT}"
            rf"|(?:n'auras|auras|n'aurez|aurez|avez|as) plus besoin (?:de |d')(?:tes |ton |vos |votre |ta |l')?{_OTHER_TREATMENT}"
            rf"|plus besoin (?:de |d')(?:tes |ton |vos |votre |ta |l')?{_OTHER_TREATMENT}"
        ),
        True,
    ),
    (
        "stopping_treatment",
        _words(
            rf"(?:replac\w*|swap\w*|instead of|remplac\w*|a la place (?:de|du|des)|au lieu de){_gap(3)}{_OTHER_TREATMENT}"
            rf"|{_OTHER_TREATMENT}{_gap(3)}(?:is useless|is pointless|ne sert a rien|sert a rien|inutile|unnecessary)"
        ),
        False,
    ),
    # --- dismissing_supervision
    (
        "dismissing_supervision",
        _words(
            rf"{_NO_NEED} ?(?:to )?(?:see |ask |tell |involve |consult |inform |check with |bother |go to |wait for |listen to "
            rf"|voir |consulter |demander (?:a |au )|prevenir |informer |passer par |aller chez |en parler (?:a |au ))?"
            rf"(?:a |an |the |your |ur |any |un |une |le |la |les |ton |ta |tes |votre |vos )?(?:{_DOCTOR}|anybody|anyone|personne)",
            rf"{_DOCTOR}(?:{_SEP}[\w']+){{0,4}}?{_SEP}(?:asks?|demande\w*)(?:{_SEP}[\w']+){{0,6}}?{_SEP}(?:say|tell (?:him|her|them)|dis(?:-| )?lui|dites(?:-| )?lui|repond\w*)",
            r"what (?:they|he|she) (?:don'?t|doesn'?t) know|ce qu'(?:il|elle|ils) (?:ne )?sai[st]?(?:ent)? pas",
            r"(?:know|connais|connaissez) (?:your|ton|votre) (?:own )?(?:body|corps) (?:better|mieux)",
            r"(?:fais|faites|make|write|design|build) (?:ton|votre|your|ur) (?:propre |own )?(?:protocole|plan|schema|schedule|protocol|regimen)(?: toi[- ]meme| yourself| seul)",
            rf"(?:appointments?|rdv|rendez-vous|consultations?|check-?ups?|follow-?ups?)(?:{_SEP}[\w']+){{0,3}}?{_SEP}(?:is |are |c'est |ca )?{_DISMISSIVE}",
            r"(?:waste|wasting|perdre|perds)\w* (?:\w+ ){0,3}(?:on |avec |en )?(?:appointments|rdv|rendez-vous|doctors?)",
            rf"(?:don'?t|do not|dont|never|no need to) (?:tell|inform|let) (?:\w+ ){{0,2}}?{_DOCTOR}",
            rf"(?:keep|hide) (?:it|this|that) from (?:your |ur |the )?{_DOCTOR}|{_DOCTOR} (?:doesn'?t|does not|don'?t|won'?t) need to know"
            rf"|lie to (?:your |ur |the )?{_DOCTOR}|(?:bother|bothering) (?:your |ur |the )?{_DOCTOR}",
            rf"(?:ne )?(?:lui )?(?:dis|dites) (?:rien|pas|surtout pas|surtout rien) (?:a |au )?(?:ton |ta |votre |le |la )?{_DOCTOR}"
            rf"|cache[rz]? (?:le |ca |tout )?(?:a |au )(?:ton |ta |votre )?{_DOCTOR}|{_DOCTOR} (?:n'a|na|a|n'ont|ont) pas besoin de (?:le )?savoir"
            rf"|mentir a (?:ton |ta |votre )?{_DOCTOR}",
            rf"self-?medicat\w*|self-?prescri\w*|self-?titrat\w*|auto-?medic\w*|auto-?prescri\w*|be your own doctor"
            rf"|(?:write|make|design) (?:your|ur) own (?:schedule|plan|protocol|regimen)|fais (?:ton|votre) propre (?:protocole|plan|schema)"
            rf"|ge(?:re|rez|rer) (?:tout )?seul|do it (?:yourself|on your own|alone)|(?:manage|handle) it (?:yourself|on your own)"
            rf"|(?:forum|internet|this group|we) (?:knows?|en sait|en savent|en connait) (?:more|better|plus|mieux) (?:than|que)"
            rf"|know (?:your body )?better than (?:your |any |the )?{_DOCTOR}|les {_DOCTOR} (?:n'y|ny|y) (?:connaissent|comprennent) rien"
            rf"|{_DOCTOR} (?:know nothing|are clueless|are useless|are idiots|don'?t know anything)",
            rf"(?:ignore|skip|forget|bypass|dodge|screw|ditch|ignore[rz]?|oublie[rz]?|zappe[rz]?|contourne[rz]?|passe[rz]?-toi d[eu']?) (?:your |ur |the |ton |ta |le |la |les |votre |vos )?{_DOCTOR}"
            rf"|(?:don'?t|do not|dont) listen to (?:your |ur |the )?{_DOCTOR}|(?:n')?ecoute[sz]? pas (?:ton |ta |les |votre |vos )?{_DOCTOR}",
        ),
        True,
    ),
    (
        "dismissing_supervision",
        _words(
            rf"(?:without|sans) (?:a |an |any |your |un |une |ton |votre |l'avis d'un |avis |suivi |surveillance )?(?:{_DOCTOR}|medical|medicale)"
        ),
        False,
    ),
    # --- pregnancy and driving: the act is the situation; the cues decide
    ("pregnancy", _words(_PREG), False),
    (
        "driving",
        _words(
            rf"{_DRIVE}(?:{_SEP}[\w']+){{0,3}}?{_SEP}(?:even |anyway |quand meme |meme )?(?:if|when|while|si|quand|meme) "
            rf"(?:[\w']+ ){{0,3}}?{_DROWSY}",
            rf"{_DRIVE}(?: \w+)? (?:anyway|regardless|quand meme|malgre tout|de toute facon)",
            _DRIVE,
        ),
        False,
    ),
    # --- other: routes and uses nobody supervises
    (
        "other",
        _words(
            r"(?:snort\w*|sniff\w*|inject\w*|shoot\w*|smok\w*|crush\w*|ecras\w*|injecter|fumer) (?:it|them|baclo\w*|the pills|les comprimes|le baclo|les cachets)",
            r"(?:to get|getting|pour) (?:high|stoned|planer|defonce\w*)|recreational\w*|en recreatif",
        ),
        False,
    ),
]

# Act patterns are costly to try at every word. A category's patterns only run on
# sentences with a word starting with one of its trigger stems (dictionary look-ups).
_TRIGGER_STEMS: dict[str, str] = {
    "abrupt_stop": "stop quit drop ditch dump bin cut off discontinu ceas kick arret lach laiss plaqu coup cess"
    " abandon jet taper wean turk step titrat reduc diminu decroiss baiss descen palier sevr halv divis plaster"
    " band pansement trainer drag zero passe",
    "mixing_depressants": "alc booze beer biere wine vin ros pinard vodka whisk rhum rum gin spirit liquor cocktail"
    " drink drank verre glass pint apero binch xanax valium ativan klonopin rivotril lexo seresta temesta tranxene"
    " lysanxia librium benzo azepam diazepam lorazepam clonazepam oxazepam bromazepam alprazolam prazepam zolpidem stilnox ambien zopiclone imovane z-drug sleep somnif hypnoti anxiolyt"
    " tranquil sedati opi oxy codein tramadol morphin heroin fentanyl percocet vicodin hydrocodone lean ghb gbl"
    " pregabalin lyrica gabapentin neurontin seroquel quetiapine xeroquel atarax hydroxyzine phenergan kratom"
    " ketamine weed cannabis joint painkill boire bois boit buv picol tise chug",
    "excessive_dose": "max limit ceiling plafond much many autant more mieux doubl extra supplement top",
    "rapid_titration": "doubl tripl titrat increas ramp mont augment vite fast quick rapid aggressiv etape"
    " palier skip saut slow progressiv doucement lent",
    "no_prescription": "online line internet web net site dark abroad overseas india indien mexic pakistan thai"
    " maroc morocco espagne spain inde etranger counter otc marche ordonnance ordo prescription script rx friend"
    " mate buddy guy bloke dealer coworker pote ami copain copine collegue neighb voisin depann t'en boites bring questions sans rien dm pm"
    " mp message inbox ecris send sell give je te borrow shar pinch nick emprunt pique pharmac shop supplier vendor",
    "stopping_treatment": "anti depress ssri snri ads sertralin zoloft prozac fluox parox deroxat seroxat citalo seroplex"
    " lexapro effexor venlafax cymbalta duloxet mirtaz lithium teralithe depak depamide lamictal lamotrig psychoti"
    " neurolept abilify aripipr risperd zyprexa olanzap seroquel quetiap xeroquel epilept anticonvuls keppra"
    " insulin blood beta statin naltrex revia nalmef selincro acampros campral aotal disulfir antabuse esperal"
    " methadon subutex suboxon bupren levothyrox thyroid stabil humeur thymoregul anxiolyt other prescribed"
    " psych mental autre",
    "dismissing_supervision": "doc gp physician psych shrink addict specialist prescri pharmac nurse midwi ob"
    " gyn consultant neurolog medec medic toubib generalist sage infirm suivi anybody anyone personne self auto own"
    " propre seul yourself alone forum internet group know connais rdv rendez appointment consultation check"
    " follow waste perd without sans lie mentir hide cache dis dites tell",
    "pregnancy": "pregnan expecting breast nursing lactat enceinte grossesse allait conceive ttc",
    "driving": "driv drove wheel machin forklift crane tractor lorr truck chariot tracteur camion engin motorway"
    " conduir condui voiture bagnole caisse volant roul",
    "other": "snort sniff inject shoot smok crush ecras fumer high stoned planer defonce recreati",
    # Not a category: where a titration or taper step ("+10 mg every day") can be.
    "_interval": "day jour night nuit morning matin evening soir week semaine hour heure dose prise daily"
    " nightly weekly quotidien",
}
# Stems bucketed by their first two letters: one dict look-up per distinct word.
_TRIGGERS: dict[str, list[tuple[str, str]]] = {}
for _key, _stems in _TRIGGER_STEMS.items():
    for _stem in _stems.split():
        _TRIGGERS.setdefault(_stem[:2], []).append((_stem, _key))
_TOKEN_RE = re.compile(r"\w+")


# --------------------------------------------------------------------------- cues

# Overlapping cues resolve longest-first, so "not dangerous" (normalising) wins
# over "dangerous" (warning) and "sans danger" over "danger".
_NOT = r"(?!n?'?t\b|not\b|n't\b)"
_CUES: dict[str, re.Pattern[str]] = {
    "advice": _words(
        rf"(?:you|u|ya|y'all|you guys|everyone|everybody|anyone|anybody|people)(?:'ll| will| just)? (?:can|could|should|may|might|must|need to|have to|ought to|gotta|'d better|better){_NOT}",
        r"you(?:'re| are|r) (?:fine|good|ok|okay|safe|golden|set)|you(?:'ll| will) be (?:fine|ok|okay|alright|all right|good|grand)",
        r"you (?:get|got) used to it|feel free|go for it|go ahead|trust me|believe me|take it from me",
        r"i (?:would |'d )?(?:recommend|suggest|advise|say)|my (?:advice|tip)|pro ?tip|the (?:trick|key|secret) is|best bet",
        r"(?:the )?(?:best|easiest|simplest|quickest|cheapest|fastest) (?:way|thing|option|trick)|le plus (?:simple|facile|rapide)|just do it|do what i did|do the same|do like me|you can too|you could too|same for you",
        r"(?:don'?t|do not|dont) (?:worry|be (?:afraid|scared|shy|a wimp)|hesitate|panic|overthink|stress|sweat it|listen to|bother)",
        r"no need to (?:worry|panic|be afraid|stress)|why not|why bother|who needs|what'?s the worst|save yourself",
        r"let (?:baclo\w*|it) (?:handle|do)|if you (?:want|wanna|like)|whenever you (?:feel|want)|when you (?:feel|are|'re) ready",
        r"if (?:it|that|\d+(?: ?mg)?) (?:isn'?t|is not|doesn'?t|does not|isnt|doesnt) (?:cutting it|working|enough|doing it)",
        r"see what happens|you'?ll see|(?<!\bi )(?<!\bi've )(?<!\bive )(?<!'s )(?<!\bwas )(?<!\bhave )(?<!\bhad )(?<!\bhas )just(?! (?:now|started|got|had|been|wondering|want|wanted|a few|one|a bit|realised|realized|finished|reached|hit))",
        r"simply|anyway|regardless|even if you(?:'re| are)|works? for (?:everyone|everybody|anyone)",
        r"tu (?:peux|pourras|pourrais|dois|devrais|devras|n'as qu'a|as qu'a|as juste a|vas voir|verras|auras|t'habitues)|t'(?:as|auras) (?:qu'a|juste a)|t'auras",
        r"vous (?:pouvez|pourrez|pourriez|devez|devriez|n'avez qu'a|avez juste a|verrez)|il (?:te|vous) suffit|suffit d[e']|il faut|faut(?! pas)",
        r"on (?:peut|doit|devrait|s'habitue)|je (?:te|vous) (?:conseille|recommande|suggere|dis)|je (?:conseille|recommande)|mon (?:conseil|astuce)",
        r"le (?:mieux|plus simple) (?:c'est|cest|est|serait)|le truc (?:c'est|cest)|n'?h[e]site[sz]? pas|vas-y|allez-y|fonce[sz]?|lance-toi",
        r"(?:crois|croyez)-moi|fai(?:s|tes) (?:comme moi|pareil|de meme)|toi aussi|vous aussi|ne (?:t'|vous )?(?:inquiete|en fais|inquietez|en faites|stresse|affole)[sz]? pas",
        r"t'inquiete|pas de panique|pourquoi pas|pourquoi (?:s'embeter|se prendre la tete|attendre|se priver|perdre)|si tu (?:veux|as envie|en as marre|le sens)",
        r"ask around|demande autour de toi|don'?t give up (?=\w+ing)|don'?t let (?:\w+ ){0,3}(?:stop you|get to you)|(?:il )?(?:ne )?faut pas se laisser abattre",
        r"ne (?:te |vous )?laisse[zs]? pas (?:\w+ ){0,3}(?:abattre|arreter|t'arreter)|push through|power through|tkt|t'inquiete",
        r"quand tu le sens|libre a (?:toi|vous)|(?:n')?ecoute[sz]? pas|quand meme|de toute facon|malgre tout|et basta|point barre",
        r"(?:^|(?<=[,;:] ))juste|t'as juste|tu as juste|si (?:\d+(?: ?mg)?(?:/j(?:our)?)?|ca) (?:ca )?(?:marche|suffit) pas",
    ),
    "normal": _words(
        r"(?:it'?s|it is|its|that'?s|thats|it was|is|are|totally|perfectly|completely|absolutely|pretty|quite|100%|really|super|actually|still)"
        r" (?:fine|safe|ok|okay|harmless|alright|all right|no big deal|nothing|grand|no problem|chill|normal)",
        r"no (?:big ?deal|biggie|problem|problems|issue|issues|worries|worry|risk|danger|harm|drama|side effects|seizures?|withdrawals?|sweat)",
        r"not (?:a (?:big )?deal|an issue|a problem|dangerous|risky|harmful|that dangerous|a risk)|nothing (?:to worry|bad|happens|happened|wrong|serious)",
        r"won'?t (?:hurt|kill|harm)|never (?:had|caused) (?:a |any )?(?:problem|issue)s?|harmless|scare-?mongers?|get along fine|the way to go",
        r"piece of cake|(?:and )?done|works? (?:like a charm|great|fine|wonders|perfectly)|boost each other|(?:i|we) do it (?:all the time|every \w+)",
        r"(?:and|i) (?:was|felt|am|i'm|im) (?:fine|ok|okay|great)|still (?:here|alive)|never looked back|lots of (?:us|people) do|legit|reliable|cheaper",
        r"saves? (?:you )?(?:time|weeks)|you get used to it",
        r"(?:c'est|cest|c est|c'etait|ca reste|est|tout a fait|parfaitement|totalement|completement|franchement|vraiment)"
        r" (?:sans (?:danger|risque|souci|probleme)|ok|bon|safe|inoffensif|tranquille|pas grave|pas dangereux|rien(?: du tout)?|nickel|top|facile|normal)",
        r"sans (?:danger|risque|souci|soucis|probleme)|aucun (?:risque|danger|probleme|souci|soucis)|pas de (?:souci|soucis|probleme|risque|danger|panique|drame)",
        r"rien de grave|rien a craindre|ca passe|ca va(?: aller)?|ca roule|(?:ca |ne )?(?:craint|risque) rien|pas grave|pas dangereux",
        r"s'affolent pour rien|pour rien|ca marche (?:tres |super |trop )?bien|marche nickel|l'effet est top|super bien|bien passe|toujours (?:la|vivant)",
        r"je le fais (?:tout le temps|tous les \w+|souvent)|j'en (?:bois|prends) tous les|largement suffisant|suffit largement|on s'habitue|faut pas exagerer",
        r"(?:le forum |this forum |ca )?suffit|is (?:all|everything) you need|all the \w+ you need|takes? the edge (?:right )?off|(?:n'a|a) jamais tue personne|never killed anyone|n'a jamais fait de mal|easiest|le plus simple|super simple|fiable|moins cher|cheap|dirt cheap|next to nothing|trois fois rien|pas cher|bon marche|(?:is|c'est|est) (?:simple|easy|facile)|easy peasy|c'est rien|never hurt\w*|(?:won'?t|doesn'?t|can'?t|didn'?t) hurt|(?:will|va) (?:cope|s'adapter)|your body (?:will )?(?:cope|adjust)",
        r"s'adapte\w*|zero (?:issues|problems|problemes|soucis?)|amazing|awesome|dream team|perfect\w*|parfaite?s?|le meilleur|the best|genial\w*|zen|(?:c'est|trop|au) top",
        r"float|like a baby|evens? (?:everything|things) out|detend\w*|calme tout|se melange (?:tres )?bien|mix(?:es)? (?:well|fine|nicely)|tres bien",
    ),
    "dismissive": _words(_DISMISSIVE),
    "danger": _words(
        r"danger\w*|risk\w*|seizures?|convuls\w*|fits?|withdrawal\w*|hallucinat\w*|delirium|psychosis|coma|overdos\w*|o\.d|kill\w*|die|died|dying|death|deadly",
        r"fatal|lethal|harm\w*|careful\w*|caution|warn\w*|bad idea|(?:not|isn'?t|is not|never|wasn'?t) (?:safe|ok|okay|fine|a good idea|recommended|advised|worth (?:it|the risk))",
        r"unsafe|hospital|a&e|er|emergency|respiratory|stopped breathing|reckless|irresponsible|stupid|the hard way|regret\w*|mistake|scary|nearly|almost",
        r"rear-ended|crash\w*|accident\w*|lucky|fakes?|counterfeit|scam\w*|drowsy|sleepy|woozy|knocked out|black ?out|passed out|sedat\w*",
        rf"(?:talk|speak|check|ask|ring|call|see|consult|tell)\w* (?:to |with )?(?:your |ur |a |the |whoever |an |my )?(?:\w+ )?{_DOCTOR}|with (?:your|ur|my) {_DOCTOR}",
        r"(?:under|with) (?:medical |close )?supervision|medical advice|before (?:changing|stopping|starting)|out-of-hours|helpline|crowdsource",
        r"dangereu\w*|risqu\w*|crises? (?:d'epilepsie|convulsives?)|epilep\w*|delire|surdos\w*|morte?s?|deces|mortel\w*|grave|attention|prudence|prudent\w*|mefie\w*",
        r"mauvaise idee|(?:pas|jamais) (?:une bonne idee|recommande|conseille|sans danger|sans risque|anodin)|deconseill\w*|interdi\w*|urgences?|hopital|samu",
        r"regrett\w*|erreur|contrefa\w*|faux|arnaque\w*|somnol\w*|endormi\w*|malade|horrible|cauchemar|galere\w*|coltar|incapable",
        r"ended up|woke up (?:on|in)|(?:couldn'?t|can'?t) remember|floor|ambulance|terrible|awful|nightmare|sick|vomit\w*|worst",
        rf"parle[rz]?(?:-en|-lui)? (?:a|avec|au) (?:ton |ta |votre |un |une |le |la )?(?:\w+ )?{_DOCTOR}|demande[rz]? (?:a|au) (?:ton |ta |votre |un |une )?{_DOCTOR}",
        rf"(?:voir|consulte[rz]?|appelle[rz]?|previens|prevenir|prevenez) (?:ton |ta |votre |un |une |le |la )?{_DOCTOR}|avec (?:ton|ta|votre|mon|ma) {_DOCTOR}",
        r"sous (?:surveillance|controle|suivi)|avis medical|avant de (?:changer|arreter|modifier|commencer)",
    ),
    "neg": _words(
        r"never|haven'?t|hasn'?t|hadn'?t|don'?t|do not|dont|doesn'?t|does not|didn'?t|shouldn'?t|should not|must not|mustn'?t|can'?t|cannot|can not|won'?t|wouldn'?t|would not",
        r"not|no|no one should|nobody should|avoid\w*|stay away from|steer clear of|keep away from|refrain from|rather than|instead of|better than|safer than",
        r"(?:stop|quit) (?=\w+ing\b)|ne|n'|jamais|surtout pas|pas(?= (?:de |d')?\w+(?:er|ir|re)\b)|evite[rz]?|(?:arrete|arretez|arreter|cesse[rz]?) de (?=\w+er\b)",
        r"au lieu de|plutot que|pas question|hors de question|zero alcool|pas d'alcool|without|tempted to|tentee? de|j'ai voulu|i wanted to",
        # Quitting alcohol is the goal: "cold turkey off alcohol", "sevré de l'alcool".
        r"(?:off|quit\w*|stopp?\w*|free (?:of|from)|sober from|clean from|arret\w* (?:de |l')?|sevr\w* (?:de |l')?)(?= ?(?:alcohol|booze|drinking|l'alcool|alcool|boire))",
    ),
    "reported": _words(
        rf"(?:my|mon|ma|our|notre|the|le|la|his|her|their|son|sa) {_DOCTOR}(?: \w+){{0,2}}? (?:told|tells|said|says|advised|advises|recommended|recommends|suggested|wants|thinks|has me|had me|put me|explained|warned|insisted|was clear|m'a|ma|me|nous a|a dit|dit|conseille|recommande|prescrit|explique|pense|veut)",
        r"(?:i was|i've been|i have been|we were|i got) (?:told|advised|warned)|(?:on|il|elle) m'a (?:dit|conseille|explique|prescrit)|according to|selon (?:mon|ma|le|la)",
        r"says|said|saying|told|tells|telling|claims|claimed|(?:me|m'a|nous) dit|disait|dit que|me repete",
        r"i (?:read|heard)|i've (?:read|heard)|j'ai (?:lu|entendu)|people (?:say|said|claim)|someone (?:said|told)|on (?:dit|m'a dit)|they say|the leaflet|la notice",
    ),
    "first": _words(
        r"i|i'm|im|i've|ive|i'd|me|my|myself|je|j'|moi|mon|ma|mes|perso\w*|we|we're|our|nous"
    ),
}
# Matched at the start of a sentence: a question even without "?".
_QUESTION_OPENER = re.compile(
    r"^\W*(?:anyone (?:know|tried|else)|does anyone|has anyone|did anyone|is it|is there|can i|could i|should i|am i|do i"
    r"|wondering|i wonder|est-ce|est ce|peut-on|puis-je|quelqu'un (?:sait|a)|je me demande|c'est grave si|vous pensez"
    r"|tu penses)\b"
)
_RHETORICAL = _words(
    r"why not|why bother|why would (?:you|anyone)|who needs|what'?s the worst|pourquoi (?:tu |vous )?(?:diminuer|t'embeter|vous embeter)\w*|pourquoi pas|pourquoi (?:s'embeter|se prendre la tete|attendre|se priver)"
)
_PROFORM = _words(
    r"(?:should |must |can |could )?try (?:it|this|that)|essaye[zs]?|essaie[sz]?|tente[sz]?|give it a (?:go|try)",
    r"(?:you|u) can (?:do )?(?:the same|it too|too|as well)|do the same|do what i did|same for you|fai(?:s|tes) (?:pareil|comme moi|de meme)"
    r"|(?:tu peux|vous pouvez) (?:faire )?(?:pareil|la meme chose|de meme|en faire autant)|toi aussi|vous aussi",
)
_DISAVOWAL = re.compile(
    r"\W*(?:please\s+)?(?:don'?t|do not|never|no|nope|surtout pas|jamais|ne (?:faites|fais) (?:pas|jamais))\b[^.!?]{0,25}[.!?]*\s*$"
)
_OTHERWISE = _words(r"otherwise|or else|else|sinon|autrement")
_COND = _words(r"if|when|whenever|si|quand|lorsque")
_FILLERS = (
    r"(?:[\W_]*(?:just|simply|so|then|and|also|please|honestly|seriously|ok|okay|yeah|yes|well|really|definitely|lol|haha|mate|dude|bro"
    r"|guys|et|puis|juste|franchement|sinon|ensuite|alors|donc|bref|allez|ben|bah|bon|but|or|ou|mais)\b)*[\W_]*"
)
_ONLY_FILLERS = re.compile(_FILLERS + r"$")
# Matched at a clause start (``match`` with a position): an imperative verb.
_IMPERATIVE_VERBS = (
    r"(?:stop|quit|drop|ditch|take|drink|have|mix|combine|add|pop|chug|buy|order|get|grab|try|go|jump|double|increase|up|bump|raise|skip|forget"
    r"|ignore|hide|keep|continue|carry|stay|throw|toss|use|start|begin|drive|let|write|read|do|make|crank|open|borrow|share|split|crush|snort"
    r"|swap|replace|switch|arrete[sz]?|stoppe[sz]?|lache[sz]?|laisse[sz]?|prends|prenez|bois|buvez|melange[sz]?|ajoute[sz]?|rajoute[sz]?|achete[sz]?"
    r"|commande[sz]?|monte[sz]?|double[sz]?|augmente[sz]?|passe[sz]?|saute[sz]?|oublie[sz]?|ignore[sz]?|zappe[sz]?|continue[sz]?|garde[sz]?|va"
    r"|allez|essaie[sz]?|essaye[sz]?|fais|faites|conduis|conduisez|roule[sz]?|commence[sz]?|demarre[sz]?|attaque[sz]?|gere[sz]?|dis|dites"
    r"|ecoute[sz]?|cache[sz]?|remplace[sz]?|envoie[sz]?|ouvre[sz]?|mets|mettez|reste[sz]?|tente[sz]?|demande[sz]?|ask|profite[sz]?|enjoy)\b"
)
_IMPERATIVE = re.compile(_FILLERS + _IMPERATIVE_VERBS)
# "if you're anxious just pop one": an imperative after "just" even mid-clause,
# unless a subject comes first ("I just take it at night").
_JUST_IMPERATIVE = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bje )(?<!\bon )(?<!j'ai )"
    r"\b(?:just|simply|juste|then)\s+" + _IMPERATIVE_VERBS
)
_SECOND_PERSON = re.compile(r"(?<![\w'])(?:you|u|tu|vous)(?![\w'])|(?<![\w'])t'(?=\w)")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"]|\s-\s|\b(?:but|however|though|although|mais|cependant|pourtant|sinon|otherwise|because|car|so|donc|alors)\b"
)
_IMPERATIVE_BREAK = re.compile(
    r"[,;:()\"]|\s-\s|\b(?:and|then|et|puis|or|ou|but|mais|so|donc|alors)\b"
)
_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")

_INTERVAL = (
    rf"(?:(?:every|each|per|a|an|/|par|chaque|tous les|toutes les|le)\s*(?:single\s+)?"
    rf"(?:(?P<ivn>{_NUM}|other|second|couple of|few)\s+)?"
    r"(?P<ivu>days?|nights?|mornings?|evenings?|doses?|weeks?|hours?|jours?|soirs?|matins?"
    r"|semaines?|heures?|prises?|nuits?)\b|(?P<ivw>daily|nightly|weekly|quotidiennement))"
)
_STEP_RE = re.compile(
    rf"(?<!\w)(?P<verb>{_INC}|{_DEC})(?:{_SEP}(?:by|de|of|d'|it by|(?:the|your|ta|la) dose (?:by|de)))?"
    rf"(?:{_SEP}|\s*\+\s*)(?P<n>{_NUM})\s*(?:mg|milligrammes?|milligrams?|(?P<pill>\s+{_PILL}))?(?:{_SEP}(?:more|de plus|en plus|extra))?"
    rf"{_SEP}(?:[\w']+{_SEP}){{0,2}}?{_INTERVAL}"
)
_PLUS_STEP_RE = re.compile(rf"\+\s*(?P<n>\d+)\s*(?:mg)?{_SEP}(?:[\w']+{_SEP}){{0,2}}?{_INTERVAL}")
# "un cachet de plus chaque jour", "one more pill every day", "10 mg more a day"
_MORE_STEP_RE = re.compile(
    rf"(?<!\w)(?P<n>{_NUM})\s*(?:(?P<pill>{_PILL})|mg)?\s+(?:de plus|more|extra|en plus|supplementaires?)"
    rf"(?:\s+(?P<pill2>{_PILL}))?{_SEP}(?:[\w']+{_SEP}){{0,1}}?{_INTERVAL}"
)
_JUMP_RE = re.compile(
    rf"(?<!\w)(?:(?:jump|skip|go|going|head|passe[rz]?|monte[rz]?|va)\w*{_SEP}(?:straight|right|directly|direct"
    rf"|directement|immediately|tout de suite|d'emblee)|(?:start|begin|commenc|demarr|attaqu)\w*"
    rf"(?:{_SEP}(?:directly|right|straight|directement|direct|d'emblee))?)(?:{_SEP}(?:to|at|with|on|a|par|au|sur|avec))?"
)
_INC_RE = re.compile(rf"^{_INC}$")
_ALCOHOL_OBJECT = re.compile(
    r"\b(?:drink\w*|boire|alcohol|alcool|booze|smoking|fumer|cigarettes?|clopes?)\b"
)


def _interval_days(m: re.Match[str], lang: str) -> float:
    if m.group("ivw"):
        return 7.0 if m.group("ivw") == "weekly" else 1.0
    unit = m.group("ivu")
    raw = m.group("ivn")
    count = {"other": 2.0, "second": 2.0, "couple of": 2.0, "few": 3.0}.get(raw or "", 0.0)
    if raw and not count:
        count = _parse_number(raw, lang) or 1.0
    count = count or 1.0
    if unit.startswith(("week", "semaine")):
        return 7 * count
    if unit.startswith(("hour", "heure")):
        return count / 24
    if unit.startswith(("dose", "prise")):
        return count / 3
    return count


@dataclass(frozen=True)
class _Act:
    category: str
    start: int
    end: int
    self_advising: bool
    kind: str = ""  # "double", "jump" or "dose" where later resolution needs it


def _dose_acts(
    folded: str, doses: list[Dose], steps: list[tuple[int, int]], lang: str, t: Thresholds
) -> list[_Act]:
    """Acts that depend on numbers: titration steps, high starts, tapers, high doses.

    ``steps`` are the sentence spans that name an interval, where steps can be.
    """
    acts: list[_Act] = []
    for rx in (_STEP_RE, _PLUS_STEP_RE, _MORE_STEP_RE):
        for m in (m for start, end in steps for m in rx.finditer(folded, start, end)):
            n = _parse_number(m.group("n"), lang)
            if n is None or n <= 0:
                continue
            groups = m.groupdict()
            if groups.get("pill") or groups.get("pill2"):
                n *= t.assumed_tablet_mg
            rate = n / _interval_days(m, lang)
            verb = m.groupdict().get("verb")
            if verb is None or _INC_RE.match(verb):
                if rate > t.max_increase_mg_per_day or n > t.max_step_mg:
                    acts.append(_Act("rapid_titration", m.start(), m.end(), False))
            elif rate > t.max_taper_mg_per_day:
                acts.append(_Act("abrupt_stop", m.start(), m.end(), False))
    weight = _weight(folded, t)
    jumps: list[tuple[int, int]] = []
    before_doses = [(max(0, d.start - 60), d.start + 1) for d in doses]
    for m in (m for start, end in before_doses for m in _JUMP_RE.finditer(folded, start, end)):
        for d in doses:
            if m.end() <= d.start <= m.end() + 25 and _daily(d, weight) > t.max_start_mg_per_day:
                acts.append(_Act("rapid_titration", m.start(), d.end, False, "jump"))
                jumps.append((m.start(), d.end))
                break
    for d in doses:
        if _daily(d, weight) > t.excessive_mg_per_day and not any(
            s <= d.start < e for s, e in jumps
        ):
            acts.append(_Act("excessive_dose", d.start, d.end, False, "dose"))
    return acts


def _find_acts(
    folded: str, sentences: list[_Sentence], doses: list[Dose], lang: str, t: Thresholds
) -> list[_Act]:
    spans: dict[str, list[tuple[int, int]]] = {key: [] for key in _TRIGGER_STEMS}
    for sentence in sentences:
        keys = {
            key
            for word in set(_TOKEN_RE.findall(sentence.text))
            for stem, key in _TRIGGERS.get(word[:2], ())
            if word.startswith(stem)
        }
        for key in keys:
            spans[key].append((sentence.start, sentence.end))
    acts = [
        _Act(category, m.start(), m.end(), self_advising)
        for category, rx, self_advising in _ACTS
        for start, end in spans[category]
        for m in rx.finditer(folded, start, end)
        # Stopping *drinking* at once is the goal here, not a baclofen stop.
        if not (
            category == "abrupt_stop" and _ALCOHOL_OBJECT.search(folded, m.start(), m.end() + 20)
        )
    ]
    acts = [
        _Act(a.category, a.start, a.end, a.self_advising, "double")
        if a.category == "rapid_titration" and folded.startswith("doubl", a.start)
        else a
        for a in acts
    ]
    return acts + _dose_acts(folded, doses, spans["_interval"], lang, t)


# --------------------------------------------------------------------------- deciding


@dataclass
class _Sentence:
    start: int
    end: int
    text: str  # folded
    cues: list[tuple[str, int, int]]

    def has(self, kind: str, *, outside: tuple[int, int] = (0, 0), after: int = -1) -> bool:
        lo, hi = outside
        return any(k == kind and not (s < hi and e > lo) and s >= after for k, s, e in self.cues)

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?") or bool(_QUESTION_OPENER.match(self.text))


def _sentences(folded: str) -> list[_Sentence]:
    return [
        _Sentence(m.start(), m.end(), m.group(), [])
        for m in _SENTENCE_RE.finditer(folded)
        if m.group().strip()
    ]


def _load_cues(folded: str, sentence: _Sentence) -> None:
    if sentence.cues:
        return
    found: list[tuple[str, int, int]] = []
    for kind, rx in _CUES.items():
        found.extend(
            (kind, m.start(), m.end()) for m in rx.finditer(folded, sentence.start, sentence.end)
        )
    found.sort(key=lambda c: (c[1] - c[2], c[1]))  # longest first
    kept: list[tuple[str, int, int]] = []
    for cue in found:
        if not any(cue[1] < e and cue[2] > s for _, s, e in kept):
            kept.append(cue)
    sentence.cues = kept or [("none", sentence.start, sentence.start)]


def _clause_start(folded: str, sentence: _Sentence, pos: int, breaks: re.Pattern[str]) -> int:
    start = sentence.start
    for m in breaks.finditer(folded, sentence.start, pos):
        start = m.end()
    return start


def _quoted(folded: str, sentence: _Sentence) -> list[tuple[int, int]]:
    """Spans between double quotes: words someone else said, not the poster's advice."""
    marks = [i for i in range(sentence.start, sentence.end) if folded[i] == '"']
    return list(zip(marks[::2], marks[1::2], strict=False))


def _verdict(folded: str, sentence: _Sentence, act: _Act) -> str:
    """'advice', 'safe', 'neutral' (no cue either way) or 'echo' (a topic question)."""
    _load_cues(folded, sentence)
    span = (act.start, act.end)
    clause = _clause_start(folded, sentence, act.start, _CLAUSE_BREAK)
    cond = next((m.start() for m in _COND.finditer(folded, clause, act.start)), None)
    opening = _clause_start(folded, sentence, act.start, _IMPERATIVE_BREAK)
    act_imperative = bool(
        _ONLY_FILLERS.match(folded[opening : act.start]) and _IMPERATIVE.match(folded, act.start)
    )
    quotes = _quoted(folded, sentence)

    def quoted(pos: int) -> bool:
        return any(a < pos < b for a, b in quotes)

    dismissive = sentence.has("dismissive", outside=span)
    for kind, s, e in sentence.cues:
        if kind == "neg" and clause <= s and e <= act.start and act.start - e <= 45:
            if cond is not None and cond < s and act_imperative:
                continue  # "si tu dors pas prends un Stilnox": the "pas" is the condition's
            if not dismissive:
                return "safe"
    reported = min(
        (s for k, s, e in sentence.cues if k == "reported" and s < act.start), default=None
    )
    in_report = reported is not None or quoted(act.start)
    act_imperative = act_imperative and not in_report
    # Advice inside reported speech, quotes or the act's own if-clause is not the poster's.
    if_clause = (clause, act.start) if cond is not None and not act_imperative else (0, 0)

    def counts(kind: str) -> bool:
        return any(
            k == kind
            and not (s < act.end and e > act.start)
            and not (reported is not None and s > reported)
            and not quoted(s)
            and not if_clause[0] <= s < if_clause[1]
            for k, s, e in sentence.cues
        )

    imperative = (
        act_imperative
        or any(
            not quoted(m.start()) and not (reported is not None and m.start() > reported)
            for m in _JUST_IMPERATIVE.finditer(folded, sentence.start, sentence.end)
        )
        or any(
            not quoted(cs)
            and not if_clause[0] <= cs < if_clause[1]
            and not (reported is not None and cs > reported)
            and _IMPERATIVE.match(folded, cs, min(cs + 40, sentence.end))
            for cs in _subclause_starts(folded, sentence)
        )
    )
    second = (
        cond is None and not in_report and bool(_SECOND_PERSON.search(folded, clause, act.start))
    )
    advice = counts("advice") or imperative or second
    normal = counts("normal") or dismissive
    if sentence.is_question and not _RHETORICAL.search(sentence.text):
        first = sentence.has("first", outside=span)
        return "safe" if first or _QUESTION_OPENER.match(sentence.text) else "echo"
    # "..., sinon tu vas galérer": what follows "otherwise" is the cost of *not* doing it.
    otherwise = _OTHERWISE.search(folded, act.end, sentence.end)
    cutoff = otherwise.start() if otherwise else sentence.end
    if (
        any(
            k == "danger" and not (s < act.end and e > act.start) and s < cutoff
            for k, s, e in sentence.cues
        )
        and not normal
    ):
        return "safe"
    if in_report and not (advice or dismissive):
        return "safe"
    # A member's own dose is not a recommendation unless told to others.
    own_dose = act.kind == "dose" and not advice and sentence.has("first", outside=span)
    if own_dose:
        return "neutral"
    if advice or normal or act.self_advising:
        return "advice"
    return "neutral"


def _subclause_starts(folded: str, sentence: _Sentence) -> list[int]:
    return [sentence.start] + [
        m.end() for m in _IMPERATIVE_BREAK.finditer(folded, sentence.start, sentence.end)
    ]


def _neighbour_confirms(folded: str, following: _Sentence | None, verdict: str) -> bool:
    """A neutral act or a topic question becomes advice when the next sentence answers it
    ("I mixed them. Zero issues." / "Enceinte ? Aucun souci.")."""
    if following is None:
        return False
    _load_cues(folded, following)
    if following.has("danger") and not (following.has("normal") or following.has("dismissive")):
        return False
    for m in _PROFORM.finditer(folded, following.start, following.end):
        if not any(k == "neg" and m.start() - 12 <= e <= m.start() for k, _, e in following.cues):
            return True
    if following.has("neg") and verdict == "neutral":
        return False
    if following.has("normal") or following.has("dismissive"):
        return True
    return verdict == "echo" and (
        following.has("advice") or bool(_IMPERATIVE.match(following.text))
    )


def _neighbour_retracts(folded: str, following: _Sentence | None) -> bool:
    """ "X. Please don't." or a bad outcome told next ("...and woke up in A&E")."""
    if following is None:
        return False
    _load_cues(folded, following)
    if _DISAVOWAL.match(following.text):
        return True
    reassured = following.has("normal") or following.has("dismissive") or following.has("advice")
    return following.has("danger") and not reassured


def _detect(folded: str, text: str, doses: list[Dose], lang: str, t: Thresholds) -> list[Match]:
    sentences = _sentences(folded)
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    matches: list[tuple[_Act, int]] = []
    for act in _find_acts(folded, sentences, doses, lang, t):
        index = max(0, _bisect(starts, act.start))
        verdict = _verdict(folded, sentences[index], act)
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if verdict in {"neutral", "echo"}:
            keep = _neighbour_confirms(folded, following, verdict)
        else:
            keep = verdict == "advice" and (
                act.self_advising or not _neighbour_retracts(folded, following)
            )
        if keep:
            matches.append((act, index))
    return [
        Match(a.category, f"detector:{a.category}", a.start, a.end, text[a.start : a.end])
        for a in _resolve(matches)
    ]


def _bisect(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _resolve(found: list[tuple[_Act, int]]) -> list[_Act]:
    """Keep the most specific reading when detectors overlap."""
    categories = {a.category for a, _ in found}
    excessive_sentences = {i for a, i in found if a.category == "excessive_dose"}
    kept: list[_Act] = []
    for act, index in found:
        # Advice to skip the OB or midwife is part of the pregnancy advice.
        if act.category == "dismissing_supervision" and "pregnancy" in categories:
            continue
        # "Double up, take 160": judged by where the doubling lands.
        if act.kind == "double" and index in excessive_sentences:
            continue
        # "Stop your antidepressants cold turkey" is about the other treatment.
        if act.category == "abrupt_stop" and any(
            o.category == "stopping_treatment" and o.start < act.end and act.start < o.end
            for o, _ in found
        ):
            continue
        kept.append(act)
    # Overlapping matches of one category merge into one span.
    kept.sort(key=lambda a: (a.category, a.start))
    merged: list[_Act] = []
    for act in kept:
        last = merged[-1] if merged else None
        if last and last.category == act.category and act.start < last.end:
            merged[-1] = _Act(act.category, last.start, max(last.end, act.end), last.self_advising)
        else:
            merged.append(act)
    return sorted(merged, key=lambda a: (a.start, a.end))


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


# --------------------------------------------------------------------------- public entry points


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
    matches = _detect(folded, masked, doses, lang, thresholds)
    action = "flag" if matches else "none"
    for match, rule_action in _rule_matches(rules, masked, folded, lang):
        matches.append(match)
        action = "hold" if rule_action == "hold" else action if action == "hold" else "flag"
    matches.sort(key=lambda m: (m.start, m.end))
    return ScreeningResult(
        matches=tuple(matches),
        daily_dose_mg=_max_daily(doses, folded, thresholds),
        action=action,
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
