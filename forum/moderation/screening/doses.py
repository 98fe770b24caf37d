"""Reading doses: numbers in digits or words (EN/FR), units, pills, frequencies."""

# Word lists are long regex alternations moved as they were; see docs/screening.md.
# ruff: noqa: E501

from __future__ import annotations

import re

from .model import DEFAULT_THRESHOLDS, LANGUAGES, Dose, Thresholds
from .text import detect_language, fold

# --------------------------------------------------------------------------- numbers and doses

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "demi": 0.5,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "hundreds": 100, "cent": 100, "cents": 100, "centaines": 100,
    "centaine": 100, "thousand": 1000, "mille": 1000, "dozen": 12, "dozens": 12,
    "douzaine": 12, "douzaines": 12,
}  # fmt: skip
# Vague counts that only read as numbers before a scale: "a couple hundred", "quelques centaines".
_VAGUE = {"couple": 2, "few": 3, "several": 3, "quelques": 3, "plusieurs": 3}
_NUMBER_WORDS = sorted(
    (w for w in (*_UNITS, *_SCALES) if w not in {"a", "half", "demi"}), key=len, reverse=True
)


def _by_first_letter(words: list[str]) -> str:
    """ "a|b|c" grouped by first letter, longest first: the engine tries one group per word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{first}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
        for first, rests in groups.items()
    )


_NW = _by_first_letter(_NUMBER_WORDS)
_WORD_NUMBER = (
    r"(?:(?:a[\s-]+)?(?:couple(?:\s+of)?|few|several)\s+hundreds?|(?:quelques|plusieurs)\s+centaines"
    rf"|(?:une\s+)?douzaine|a[\s-]+(?:hundred|dozen)|(?:{_NW}))(?:(?:[\s-]+(?:and[\s-]+|et[\s-]+)?)(?:{_NW}))*"
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
    words = re.split(r"[\s-]+", raw)
    if len(words) > 1 and words[0] in {"a", "une"}:
        words = words[1:]  # "a dozen", "a hundred", "une douzaine"
    for word in words:
        if word in {"and", "et", "of"}:
            continue
        if word in _VAGUE:
            current += _VAGUE[word]
            previous = word
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
    r"(?:pills?|tablets?|tabs?|caps?|capsules?|comprimes?|cps?|cachets?|pilules?|gelules?"
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
    rf"(?:(?P<pills>{_NUM})\s+{_PILL}\s+(?:of|de|d'|a|x|at|@)?\s*"
    rf"|(?P<pillw>(?<![\w'])(?:{_WORD_NUMBER}))\s+(?=\d)|(?P<pillo>{_NUM})\s+(?:of|de)\s+(?:the|my|your|those|these|tes|ces|mes)\s+(?=\d))?"
    rf"(?P<n>{_NUM})(?:\s*(?:-|to|a|ou|or)\s*(?P<n2>{_NUM}))?\s*(?:(?:of|de)\s+)?"
    rf"(?P<unit>mg|mgs|milligram(?:me)?s?|g|gr|grams?|grammes?)(?![a-z])"
    rf"(?P<perkg>\s*(?:/|per|par|a|by)\s*(?:kg|kilo\w*)(?:\s+(?:of\s+)?(?:body\s*weight|de\s+poids))?)?"
    rf"(?P<perday>{_PER_DAY})?"
    rf"(?:\s*,?\s*(?P<freq>{_FREQ}))?"
)
# Pills with a strength but no unit: "trois cachets de 25", "twelve 25s", "five or six tens".
_PILL_STRENGTH_RE = re.compile(
    rf"(?<![\w.,])(?:{_NUM}\s+(?:or|ou|to|a)\s+)?(?P<pills>{_NUM})\s+(?:{_PILL}\s+(?:of|de|d')\s*(?P<n>\d{{1,3}})(?![\d.,])"
    rf"|(?:of\s+(?:the|my|your|those|these)\s+)?(?P<n2>\d{{1,3}})s\b|(?P<tens>tens|dizaines))(?P<perday>{_PER_DAY})?"
)
# Pills without a strength: "dix comprimés", "take 12 pills a day".
_PILL_COUNT_RE = re.compile(
    rf"(?<![\w.,])(?P<pills>{_NUM})\s+(?:{_PILL})\b(?!\s*(?:of|de|d'|a|x|at|@)?\s*\d)"
    rf"(?P<perday>{_PER_DAY})?"
)
# A bare number where only a dose makes sense: "take 160 tomorrow", "passe à 160".
_BARE_DOSE_RE = re.compile(
    r"\b(?:take|taking|go(?:ing)?\s+(?:up\s+|straight\s+|right\s+)?to|jump(?:ing)?\s+(?:straight\s+)?to|up\s+to"
    r"|(?:get|push|bump|crank|ramp|take)\s+(?:it\s+|yourself\s+)?(?:up\s+)?to|aim(?:ing)?\s+(?:for|at)|vise[rz]?|visant|jusqu'a"
    r"|(?P<en>prends-en|prenez-en|take\s+\w+\s+of\s+them)|prends|prenez|prendre|prendrais|passe[rsz]?\s+(?:direct\s+|directement\s+)?a"
    r"|monte[rsz]?\s+(?:direct\s+|directement\s+)?a|montant\s+a"
    r"|start(?:ing)?\s+(?:at|with|on)|commence[rz]?\s+(?:directement\s+)?(?:a|par))"
    rf"\s+(?P<n>\d{{2,4}}|(?:{_WORD_NUMBER}))(?![\w%]|[.,]\d)(?!\s*(?:kg|kilo|ans|years?|days?|jours?|h\b|min|hours?|heures?|weeks?|semaines?"
    r"|mois|months?|fois|times|x\b))"
)
# "half a gram", "un demi-gramme": grams in words.
_HALF_GRAM_RE = re.compile(
    rf"(?<![\w'])(?:(?P<whole>a|one)\s+|(?:a\s+)?half\s+a|(?:un\s+)?demi-?\s*)\s*(?:grams?|grammes?|g)\b"
    rf"(?P<perday>{_PER_DAY})?"
)
# A bare amount with a daily unit: "300 a day", "deux cents par jour", "two hundred daily".
_BARE_DAILY_RE = re.compile(
    rf"(?<![\w.,'])(?P<n>\d{{2,4}}|(?:{_WORD_NUMBER}))(?![\w%]|[.,]\d)\s*(?:,\s*)?(?P<perday>{_PER_DAY})"
)
# A bare amount waved through: "180 c'est rien", "300 is nothing", "250 is fine".
_BARE_NORMAL_RE = re.compile(
    r"(?<![\w.,'])(?P<n>\d{2,4})(?![\w%]|[.,]\d)\s*(?:mg\s*)?(?:(?:c'est|cest|c|is|it's|its|'s|ca)\s+"
    r"(?:rien|nothing|fine|ok|okay|safe|sans danger|peanuts|tranquille|pas grand-chose|no big deal|normal)\b"
    r"|(?:\+|plus\b|et plus\b|or more\b|ou plus\b|and up\b|and above\b|et au-dela\b))"
)
# How often a dose is taken, right after it: "75 three times a day", "100 matin midi et soir".
_FREQ_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:(?P<fn>{_NUM}|once|twice|thrice)\s*(?:x|times?|fois)(?:\s*(?:a|per|par|/|each|every|au|le)?\s*(?:day|jour|j|daily)\b)?"
    r"|(?P<fw>once|twice|thrice)\b|(?P<fa>t\.?i\.?d|b\.?i\.?d|q\.?i\.?d)\b|x\s*(?P<fx>[2-6])\b(?!\s*(?:mg|g)\b)"
    r"|(?P<f3>(?:le\s+)?matin,?\s+midi,?\s+(?:et\s+)?soir|morning,?\s+(?:noon|lunch|midday|afternoon),?\s+(?:and\s+)?(?:night|evening)|breakfast,?\s+lunch,?\s+(?:and\s+)?(?:dinner|tea))"
    r"|(?P<f2>(?:le\s+)?matin\s+et\s+(?:le\s+)?soir|morning\s+and\s+(?:night|evening)|am\s+and\s+pm))"
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


# Dose patterns are costly to try at every word; they only run near a hint, found in one
# pass: a unit (mg, g), a pill word, a daily unit, a number.
_HINTS = re.compile(
    # Grouped by first character: the engine tries one group per position.
    r"\d(?:\ds\b|\s*gr?\b|\d)|/\s*[jd]\b|c(?:aps|ompr|(?<!\wc)ps?\b|achet|ent|inquante)"
    r"|d(?:ay|aily|iem|izaine)|g(?:elul|ram)|j(?:ournal|our)|m(?:g|illigr|ille)|p(?:ill|ilul)"
    r"|quotid|t(?:ab|ens\b|housand)|hundred|fifty|s(?:ixty|eventy|oixante)|eighty|ninety|vingt"
)
_HINT_KIND = {
    **dict.fromkeys(
        [
            "pill",
            "tab",
            "caps",
            "compr",
            "cp",
            "cps",
            "cachet",
            "gelul",
            "pilul",
            "tens",
            "dizaine",
        ],
        "pill",
    ),
    **dict.fromkeys(["mg", "milligr", "gram"], "unit"),
    **dict.fromkeys(["day", "daily", "diem", "jour", "journal", "quotid"], "daily"),
}


def _hint_kind(hint: str) -> str:
    if hint[0].isdigit():
        return "pill" if hint.endswith("s") else "unit" if hint.endswith(("g", "gr")) else "number"
    if hint[0] == "/":
        return "daily"
    return _HINT_KIND.get(hint, "number")


# kind -> (characters kept before, after a hint)
_REACH = {"dose": (50, 50), "pill": (50, 50), "daily": (45, 10), "number": (45, 45)}


def _add(spans: list[tuple[int, int]], start: int, end: int) -> None:
    if spans and start <= spans[-1][1]:
        spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
    else:
        spans.append((start, end))


# A unit opens a window for full doses ("12 pills of 10mg" has its unit), a pill word one
# for pill counts; both may hold a bare number too.
_OPENS = {
    "unit": ("dose", "number"),
    "pill": ("pill", "number"),
    "daily": ("daily",),
    "number": ("number",),
}


def _windows(folded: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of text near each kind of hint. Unit and pill hints open dose windows; any
    digit hint also opens a number window."""
    found: dict[str, list[tuple[int, int]]] = {kind: [] for kind in _REACH}
    size = len(folded)
    for m in _HINTS.finditer(folded):
        kind = _hint_kind(m.group())
        kinds = _OPENS[kind]
        for k in kinds:
            before, after = _REACH[k]
            _add(found[k], max(0, m.start() - before), min(size, m.end() + after))
    return found


def _near_hints(
    rx: re.Pattern[str], folded: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    return [m for start, end in windows for m in rx.finditer(folded, start, end)]


def _extract_doses(folded: str, text: str, lang: str, thresholds: Thresholds) -> list[Dose]:
    doses: list[Dose] = []
    taken: list[tuple[int, int]] = []
    near = _windows(folded)
    windows = near["dose"]
    for m in _near_hints(_DOSE_RE, folded, windows):
        unit = m.group("unit")
        if _is_other_substance(folded, m.start(), m.end(), unit):
            continue
        n = _parse_number(m.group("n2") or m.group("n"), lang)
        if n is None:
            continue
        mg = n * 1000 if unit.startswith("g") else n
        pills = m.group("pills") or m.group("pillw") or m.group("pillo")
        if pills:
            mg *= _parse_number(pills, lang) or 1
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
    pill_windows = near["pill"]
    for m in _near_hints(_PILL_STRENGTH_RE, folded, pill_windows):
        if any(s <= m.start() < e for s, e in taken):
            continue
        count = _parse_number(m.group("pills"), lang)
        strength = 10.0 if m.group("tens") else float(m.group("n") or m.group("n2"))
        if not count or count > 60:
            continue
        mg = count * strength
        doses.append(_dose(text, m.start(), m.end(), mg, mg if m.group("perday") else None, False))
        taken.append((m.start(), m.end()))
    for m in _near_hints(_PILL_COUNT_RE, folded, pill_windows):
        if any(s <= m.start() < e for s, e in taken):
            continue
        count = _parse_number(m.group("pills"), lang)
        if not count or count > 60:
            continue
        mg = count * thresholds.assumed_tablet_mg
        per_day = mg if m.group("perday") else None
        doses.append(_dose(text, m.start(), m.end(), mg, per_day, False))
        taken.append((m.start(), m.end()))
    half = "half" in folded or "demi" in folded or "gram" in folded
    for m in _near_hints(_HALF_GRAM_RE, folded, windows) if half else ():
        if not any(s <= m.start() < e for s, e in taken):
            mg = 1000.0 if m.group("whole") else 500.0
            doses.append(
                _dose(text, m.start(), m.end(), mg, mg if m.group("perday") else None, False)
            )
            taken.append((m.start(), m.end()))
    number_windows, daily_windows = near["number"], near["daily"]
    for rx, near in ((_BARE_DAILY_RE, daily_windows), (_BARE_NORMAL_RE, number_windows)):
        for m in _near_hints(rx, folded, near):
            if any(s <= m.start() < e for s, e in taken) or _is_other_substance(
                folded, m.start(), m.end(), ""
            ):
                continue
            n = _parse_number(m.group("n"), lang) or 0.0
            if 40 <= n <= 2000:
                per_day = n if rx is _BARE_DAILY_RE else None
                doses.append(_dose(text, m.start(), m.end(), n, per_day, False))
                taken.append((m.start(), m.end()))
    for m in _near_hints(_BARE_DOSE_RE, folded, number_windows):
        start = m.start("n")
        if any(s <= start < e for s, e in taken):
            continue
        n = _parse_number(m.group("n"), lang) or 0.0
        if not m.group("n")[0].isdigit() and n < 50:
            continue  # "take two": pills or days, not milligrams
        if m.group("en") and n <= 40:  # "prends-en 20": twenty of the pills
            n *= thresholds.assumed_tablet_mg
        if 5 <= n <= 1000:
            doses.append(_dose(text, start, m.end("n"), n, None, False))
    doses = [_with_frequency(folded, text, d, lang) for d in doses]
    doses.sort(key=lambda d: d.start)
    return doses


def _with_frequency(folded: str, text: str, dose: Dose, lang: str) -> Dose:
    """A per-intake dose followed by how often: "take 75 three times a day" -> 225/day."""
    if dose.per_day is not None or dose.per_kg:
        return dose
    m = _FREQ_AFTER_RE.match(folded, dose.end, dose.end + 45)
    if not m:
        return dose
    if m.group("f3"):
        freq: float | None = 3.0
    elif m.group("f2"):
        freq = 2.0
    else:
        freq = _frequency(m, lang)
    if not freq or freq > 8:
        return dose
    return _dose(text, dose.start, m.end(), dose.mg, dose.mg * freq, False)


def _dose(text: str, start: int, end: int, mg: float, per_day: float | None, per_kg: bool) -> Dose:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Dose(mg=mg, per_day=per_day, start=start, end=end, text=text[start:end], per_kg=per_kg)


def _daily(dose: Dose, weight_kg: float) -> float:
    amount = dose.per_day if dose.per_day is not None else dose.mg
    return amount * weight_kg if dose.per_kg else amount


def _weight(folded: str, thresholds: Thresholds) -> float:
    m = _WEIGHT_RE.search(folded) if ("kg" in folded or "kilo" in folded) else None
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
