"""Number-based acts (titration steps, high starts, fast tapers, high doses) and act finding."""

# Word lists are long regex alternations moved as they were; see docs/screening.md.
# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass

from .acts import _ACTS, _TRIGGER_STEMS, _TRIGGERS
from .cues import _Sentence
from .doses import _NUM, _PILL, _daily, _parse_number, _weight
from .lexicon import _DEC, _INC, _SEP
from .model import Dose, Thresholds

_INTERVAL = (
    rf"(?:(?:every|each|per|a|an|/|par|chaque|tous les|toutes les|le)\s*(?:single\s+)?"
    rf"(?:(?P<ivn>{_NUM}|other|second|couple of|few)\s+)?"
    r"(?P<ivu>days?|nights?|mornings?|evenings?|doses?|weeks?|hours?|jours?|soirs?|matins?"
    r"|semaines?|heures?|prises?|nuits?)\b|(?P<ivw>daily|nightly|weekly|quotidiennement))"
)
_STEP_RE = re.compile(
    rf"(?<!\w)(?P<verb>{_INC}|{_DEC})(?:{_SEP}(?:by|de|of|d'|it by|(?:the|your|ta|la) dose (?:by|de)))?"
    rf"(?:{_SEP}|\s*\+\s*|(?<=d'))(?:(?:a|one|un|une)\s+)?(?:(?:whole|full|entire)\s+)?(?:(?P<n>{_NUM})|(?P<one>an?|one|une?|d'une?)(?=\s+{_PILL}))\s*(?:mg|milligrammes?|milligrams?|(?P<pill>\s+{_PILL}(?:\s+de\s+\d+)?))?(?:{_SEP}(?:more|de plus|en plus|extra))?"
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
# A step size with no interval: "jump 50 at a time", "montez de 50 à la fois", "paliers de 40".
_SIZE_STEP_RE = re.compile(
    rf"(?<!\w)(?:(?:{_INC}|jump\w*|go(?:ing)? up|saute[rz]?|grimpe[rz]?)(?:{_SEP}(?:by|de|of|d'|in|en))?(?:{_SEP}|\s*\+\s*)"
    rf"(?P<n>{_NUM})\s*(?:mg|milligrammes?|milligrams?|(?P<pill>\s+{_PILL}))?{_SEP}"
    r"(?:at a time|a la fois|per (?:step|jump|go)|par (?:palier|saut|etape)|each (?:step|time|go|jump)"
    r"|chaque (?:fois|palier|etape)|in one (?:go|step|jump)|d'un coup|en une (?:fois|etape))"
    rf"|(?:steps?|jumps?|increments?|paliers?|sauts?|marches?){_SEP}(?:of|de|d')\s*(?P<n2>{_NUM})\s*(?:mg)?)"
)
# A schedule with day marks: "30 the first day, 60 by day 3, 120 by the end of week one".
_DAY_MARK = (
    r"(?:(?:on|by|at|from|the|le|au|a|des|d'ici|jusqu'au|le jour|day|jour)\s+)*"
    r"(?:(?P<first>first|1st|premier|1er)\s+(?:day|jour)|(?:day|jour|j)\s*(?P<dn>\d{1,2}|one|two|three|four|five|six|seven|un|deux|trois|quatre|cinq|six|sept)\b"
    r"|(?P<dth>\d{1,2})(?:e|eme|th|rd|nd|st)\b(?:\s+(?:day|jour))?|(?P<tomorrow>tomorrow|demain|the next day|le lendemain|next day)"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<week>week)(?:\s+(?P<wn>one|two|1|2))?|(?:la\s+)?fin\s+de\s+(?:la\s+)?(?P<semaine>(?:premiere\s+)?semaine)"
    r"|(?:week|semaine)\s+(?P<wk>\d|one|two|un|deux)"
    r"|(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))"
)
_SCHEDULE_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<mult>[1-6])\s*x\s*)?(?P<n>\d{{2,3}})(?![\w.,]\d)\s*(?:mg)?(?:\s*(?:/\s*(?:day|jour|j)))?[\s,]+{_DAY_MARK}"
)
# The mark first: "week one 30, week two 150", "semaine un 30, semaine deux 150".
_SCHEDULE_PRE_RE = re.compile(rf"{_DAY_MARK}\s*[:,-]?\s*(?P<n>\d{{2,3}})(?![\w.,]\d)")
# A rise or a fall over a stated time: "from 15 to 90 over a long weekend".
_RANGE_RE = re.compile(
    r"(?:from|de|du)\s+(?P<a>\d{1,3})\s*(?:mg\s*)?(?:to|a|->|jusqu'a)\s+(?P<b>\d{1,3})\s*(?:mg\s*)?"
    r"(?:in|over|within|en|sur|dans)\s+(?:(?:a|an|one|un|une|le|la)\s+)?(?:(?:long|petit|single|seul)\s+)?"
    rf"(?:(?P<dur>{_NUM})\s+)?(?P<unit>days?|jours?|weeks?|semaines?|week-?ends?|nights?|nuits?)\b"
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "un": 1,
          "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7}  # fmt: skip


_WEEKDAYS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
]


def _day_of(m: re.Match[str]) -> float | None:
    g = m.groupdict()
    if g["first"]:
        return 1.0
    if g["dn"]:
        return float(_SMALL.get(g["dn"]) or g["dn"])
    if g["dth"]:
        return float(g["dth"])
    if g["tomorrow"]:
        return 2.0
    if g["week"] or g["semaine"]:
        return 7.0 * (2 if g["wn"] in {"two", "2"} else 1)
    if g["wd"]:
        return float(_WEEKDAYS.index(g["wd"]) % 7 + 1)
    if g["wk"]:
        return 7.0 * float(_SMALL.get(g["wk"]) or g["wk"])
    return None


_TWO_NUMBERS = re.compile(r"\d\D+\d")
# Steps held for a few days each: "three days at 30, three at 90, then 180".
_HELD_RE = re.compile(
    rf"(?<![\w.,])(?P<dur>{_NUM})\s+(?P<unit>(?:days?|jours?|nights?|nuits?)\s+)?(?:at|a|on|de|sur)\s+"
    r"(?P<n>\d{2,3})(?![\w.,]\d)"
)


def _held_acts(folded: str, start: int, end: int, lang: str, t: Thresholds) -> list[_Act]:
    held = list(_HELD_RE.finditer(folded, start, end))
    if len(held) < 2 or not any(m.group("unit") for m in held):
        return []
    first, second = held[0], held[1]
    days = _parse_number(first.group("dur"), lang) or 0
    rise = float(second.group("n")) - float(first.group("n"))
    if 0 < days <= 14 and rise / days > t.max_increase_mg_per_day:
        return [_Act("rapid_titration", first.start(), second.end(), False)]
    return []


def _range_acts(folded: str, start: int, end: int, lang: str, t: Thresholds) -> list[_Act]:
    acts: list[_Act] = []
    for m in _RANGE_RE.finditer(folded, start, end):
        unit = m.group("unit")
        count = _parse_number(m.group("dur"), lang) if m.group("dur") else 1.0
        per = 7.0 if unit.startswith(("week", "semaine")) else 3.0 if "end" in unit else 1.0
        days = (count or 1.0) * per
        a, b = float(m.group("a")), float(m.group("b"))
        if b > a and (b - a) / days > t.max_increase_mg_per_day:
            acts.append(_Act("rapid_titration", m.start(), m.end(), False))
        elif a > b and (days < t.min_taper_days or (a - b) / days > t.max_taper_mg_per_day):
            acts.append(_Act("abrupt_stop", m.start(), m.end(), False))
    return acts


def _schedule_acts(
    folded: str, spans: list[tuple[int, int]], t: Thresholds, lang: str = "en"
) -> list[_Act]:
    acts: list[_Act] = []
    for start, end in spans:
        acts.extend(_held_acts(folded, start, end, lang, t))
        acts.extend(_range_acts(folded, start, end, lang, t))
        points = [
            (day, float(m.group("n")) * float(m.groupdict().get("mult") or 1), m)
            for rx in (_SCHEDULE_RE, _SCHEDULE_PRE_RE)
            for m in rx.finditer(folded, start, end)
            if (day := _day_of(m)) is not None
        ]
        points.sort(key=lambda p: p[2].start())
        if len(points) < 2:
            continue
        (d0, n0, m0), (d1, n1, m1) = points[0], points[-1]
        if d1 > d0 and n1 > n0 and (n1 - n0) / (d1 - d0) > t.max_increase_mg_per_day:
            acts.append(_Act("rapid_titration", m0.start(), m1.end(), False))
    return acts


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
    folded: str,
    doses: list[Dose],
    spans: dict[str, list[tuple[int, int]]],
    lang: str,
    t: Thresholds,
) -> list[_Act]:
    """Acts that depend on numbers: titration steps, high starts, tapers, high doses.

    ``spans`` are the sentences with an interval word ("_interval", where steps can be),
    a step word ("_size") or a day mark ("_schedule"); only those with two numbers are
    read for steps held or dated.
    """
    steps = spans["_interval"]
    numbered = [(a, b) for a, b in spans["_schedule"] if _TWO_NUMBERS.search(folded, a, b)]
    acts: list[_Act] = _schedule_acts(folded, numbered, t, lang)
    sized = ((a, b) for a, b in spans["_size"])
    for m in (m for start, end in sized for m in _SIZE_STEP_RE.finditer(folded, start, end)):
        n = _parse_number(m.group("n") or m.group("n2"), lang) or 0.0
        if m.group("pill"):
            n *= t.assumed_tablet_mg
        if n > t.max_step_mg:
            acts.append(_Act("rapid_titration", m.start(), m.end(), False))
    for rx in (_STEP_RE, _PLUS_STEP_RE, _MORE_STEP_RE):
        for m in (m for start, end in steps for m in rx.finditer(folded, start, end)):
            n = 1.0 if m.groupdict().get("one") else _parse_number(m.group("n"), lang)
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
        # A jump that lands above the daily limit is also an excessive dose.
        if _daily(d, weight) > t.excessive_mg_per_day and (
            _daily(d, weight) > 2 * t.excessive_mg_per_day
            or not any(s <= d.start < e for s, e in jumps)
        ):
            acts.append(_Act("excessive_dose", d.start, d.end, False, "dose"))
    return acts


# word -> the trigger keys its prefixes name; most words of a post repeat across posts.
_WORD_KEYS: dict[str, frozenset[str]] = {}
_NO_KEYS: frozenset[str] = frozenset()


def _word_keys(word: str) -> frozenset[str]:
    found = frozenset(key for stem, key in _TRIGGERS.get(word[:2], ()) if word.startswith(stem))
    if len(_WORD_KEYS) > 50_000:
        _WORD_KEYS.clear()
    _WORD_KEYS[word] = found or _NO_KEYS
    return found


def _find_acts(
    folded: str, sentences: list[_Sentence], doses: list[Dose], lang: str, t: Thresholds
) -> list[_Act]:
    spans: dict[str, list[tuple[int, int]]] = {key: [] for key in _TRIGGER_STEMS}
    for sentence in sentences:
        keys: set[str] = set()
        for word in sentence.words:
            found = _WORD_KEYS.get(word)
            if found is None:
                found = _word_keys(word)
            keys |= found
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
    return acts + _dose_acts(folded, doses, spans, lang, t)
