"""Deciding whether an act is advice: the verdict per sentence and its neighbours."""

# Word lists are long regex alternations moved as they were; see docs/screening.md.

from __future__ import annotations

import re

from .concepts import concept_acts, names_goods, reply_acts, tied_to_treatment
from .cues import (
    _AFFIRM,
    _CLAUSE_BREAK,
    _COND,
    _CUES,
    _DISAVOWAL,
    _FAQ_ANSWER,
    _FAQ_QUESTION,
    _IMPERATIVE,
    _IMPERATIVE_BREAK,
    _JUST_IMPERATIVE,
    _ONLY_FILLERS,
    _OTHERWISE,
    _PROFORM,
    _QUESTION_OPENER,
    _RHETORICAL,
    _SECOND_PERSON,
    _STOOD_DOWN,
    _SUPERVISED_STORY,
    _THOUGHT,
    _Sentence,
    _sentences,
)
from .model import Dose, Match, Thresholds
from .patterns import ENTRIES, WordIndex, literal_starts
from .steps import _Act, _find_acts

_CUE_INDEX = WordIndex([literal_starts(ENTRIES[id(rx)]) for rx in _CUES.values()])


def _load_cues(folded: str, sentence: _Sentence) -> None:
    if sentence.cues:
        return
    found: list[tuple[str, int, int]] = []
    may = _CUE_INDEX.lists(sentence.words)
    for index, (kind, rx) in enumerate(_CUES.items()):
        if index not in may:
            continue  # no word of the sentence starts as one of its entries must
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
            # "if 150 isn't cutting it go to 250": that if-clause is itself the advice's cue.
            and not (if_clause[0] <= s < if_clause[1] and not folded.startswith(("if ", "si "), s))
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
    if sentence.is_question and _FAQ_QUESTION.match(sentence.text):
        return "echo"  # the poster's own FAQ: the answer follows
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
    if _STOOD_DOWN.search(folded, sentence.start, sentence.end):
        return "safe"
    thought = _THOUGHT.search(folded, clause, act.start)
    if thought and not dismissive:
        return "safe"
    # "Ma femme a arrêté avec sa gynéco, tout s'est bien passé": a supervised story.
    if not advice and _SUPERVISED_STORY.search(folded, sentence.start, sentence.end):
        return "neutral"
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
    answer = following.text
    if _FAQ_ANSWER.match(answer):
        answer = answer[_FAQ_ANSWER.match(answer).end() :]
    return verdict == "echo" and (
        following.has("advice") or bool(_IMPERATIVE.match(answer)) or bool(_AFFIRM.match(answer))
    )


def _dose_then_order(
    folded: str, sentence: _Sentence, following: _Sentence | None, act: _Act
) -> bool:
    """A bare dose or schedule followed by an order or a push: "Three hundred a day. Go
    straight there." / "Trois jours à 30, trois jours à 90, puis 180. ... lance-toi." """
    if following is None or sentence.has("first"):
        return False
    _load_cues(folded, following)
    if following.has("danger"):
        return False
    if act.kind == "dose":
        return bool(_IMPERATIVE.match(following.text))
    return bool(_IMPERATIVE.match(following.text)) or following.has("advice")


def _neighbour_retracts(folded: str, following: _Sentence | None) -> bool:
    """ "X. Please don't." or a bad outcome told next ("...and woke up in A&E")."""
    if following is None:
        return False
    _load_cues(folded, following)
    if _DISAVOWAL.match(following.text):
        return True
    reassured = following.has("normal") or following.has("dismissive") or following.has("advice")
    return following.has("danger") and not reassured


def _detect(
    folded: str, text: str, doses: list[Dose], lang: str, t: Thresholds, *, quote: str = ""
) -> list[Match]:
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
            keep = _neighbour_confirms(folded, following, verdict) or _dose_then_order(
                folded, sentences[index], following, act
            )
            # "My husband drives me now. No big deal.": a car is not the advice without
            # the treatment or drowsiness nearby.
            if keep and act.category in {"driving", "pregnancy"}:
                keep = tied_to_treatment(
                    folded, sentences[index], following, sentences[index - 1] if index else None
                )
        else:
            keep = verdict == "advice" and (
                act.self_advising or not _neighbour_retracts(folded, following)
            )
        # "Ordered a pizza online": buying, but not the drug.
        if keep and act.category == "no_prescription":
            keep = names_goods(
                folded, sentences[index], following, sentences[index - 1] if index else None
            )
        if keep:
            matches.append((act, index))
    found = concept_acts(folded, sentences, text)
    if quote:
        found += reply_acts(quote, folded, sentences)
    for category, start, end, index in found:
        matches.append((_Act(category, start, end, True, "concept"), index))
    return [
        Match(a.category, f"detector:{a.category}", a.start, a.end, text[a.start : a.end])
        for a in _resolve(matches, folded)
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


# A dose the member is at, named as the setting of other advice ("driving on 100mg is fine").
_AT_DOSE = re.compile(r"\b(?:on|at|a|sous|with|avec|still|toujours a|encore a)\s+$")
_BACLO_NAME = re.compile(r"bac?k?l[oa]|\bbac\b|lioresal|baclocur")
_PRESCRIPTION = re.compile(r"ordo|prescri|script|\brx\b")
_SITUATIONS = {
    "driving",
    "pregnancy",
    "mixing_depressants",
    "no_prescription",
    "stopping_treatment",
}


def _resolve(found: list[tuple[_Act, int]], folded: str = "") -> list[_Act]:
    """Keep the most specific reading when detectors overlap."""
    categories = {a.category for a, _ in found}
    situations = {i for a, i in found if a.category in _SITUATIONS}
    stops = {i for a, i in found if a.category == "abrupt_stop"}
    others = {i for a, i in found if a.category == "stopping_treatment"}
    sources = {i for a, i in found if a.category == "no_prescription"}
    excessive_sentences = {
        i for a, i in found if a.category == "excessive_dose" and a.kind != "concept"
    }
    kept: list[_Act] = []
    for act, index in found:
        # Advice to skip the OB or midwife is part of the pregnancy advice.
        if act.category == "dismissing_supervision" and "pregnancy" in categories:
            continue
        # "Double up, take 160": judged by where the doubling lands.
        if act.kind == "double" and index in excessive_sentences:
            continue
        # "Tripled my increases": a pace, not a dose.
        if (
            act.category == "excessive_dose"
            and act.kind == "concept"
            and any(
                o.category == "rapid_titration" and o.start < act.end and act.start < o.end
                for o, _ in found
            )
        ):
            continue
        # "Stop your antidepressants cold turkey" is about the other treatment.
        if act.category == "abrupt_stop" and any(
            o.category == "stopping_treatment" and o.start < act.end and act.start < o.end
            for o, _ in found
        ):
            continue
        # "Driving on 100mg is fine": the driving is the advice, the dose its setting.
        if (
            act.category == "excessive_dose"
            and act.kind == "dose"
            and index in situations
            and _AT_DOSE.search(folded, max(0, act.start - 14), act.start)
        ):
            continue
        # "Votre Espéral, jetez-le": the stop is about the other treatment.
        if (
            act.category == "abrupt_stop"
            and index in others
            and not _BACLO_NAME.search(folded, act.start, act.end)
        ):
            continue
        # "Sans ordonnance" is how it is bought, not a doctor waved away.
        if (
            act.category == "dismissing_supervision"
            and index in sources
            and _PRESCRIPTION.search(folded, act.start, act.end)
        ):
            continue
        # "Tu descends d'un coup en deux jours": a fast stop, not a fast rise.
        if act.category == "rapid_titration" and act.kind == "concept" and index in stops:
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
