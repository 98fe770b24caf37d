"""The concept layer: a category concept plus advice nearby, when no act pattern fired.

The act patterns (``acts``) know the usual shapes of each dangerous act; members
find other words. This layer reads a sentence as a bag of concepts instead:

* a **concept** of the category (a sedative's name, a machine, a pregnancy
  word, another treatment, a doctor...), from ``lexicon_en`` and ``lexicon_fr``;
* a **companion** that makes it the dangerous act (a sedative *with* baclofen,
  another treatment *dropped or replaced*, a doctor *skipped*, a source *used
  to get* it...), in the same sentence;
* an **advice or normalising cue** in that sentence or a neighbouring one
  ("trust me", "worth trying", "tu vas voir", "sans problème", an imperative).

It stays silent when the sentence is a real question, warns, negates the act,
reports someone else's words or tells of a supervised change with no advice to
others. It prefers recall: its matches only queue a post for a moderator.
"""

from __future__ import annotations

import re

from . import lexicon_en as en
from . import lexicon_fr as fr
from .cues import (
    _CUES,
    _FAQ_QUESTION,
    _IMPERATIVE_VERBS,
    _RHETORICAL,
    _SECOND_PERSON,
    _STOOD_DOWN,
    _Sentence,
)
from .patterns import WordIndex, compile_words, literal_starts
from .steps import _ALCOHOL_OBJECT

# id(compiled list) -> its entries, to index the concept lists by their words' starts.
_ENTRIES: dict[int, list[str]] = {}


def _rx(*groups: tuple[str, ...]) -> re.Pattern[str]:
    entries = [p for group in groups for p in group]
    rx = compile_words(*entries)
    _ENTRIES[id(rx)] = entries
    return rx


_BACLO = _rx(en.BACLOFEN)
# Without baclofen nearby, only an explicit combining word ties a sedative to the dose.
_STRONG_COMBINE = compile_words(
    r"mix\w*",
    r"combin\w*",
    r"stack\w*",
    r"on top of",
    r"alongside",
    r"along with",
    r"\+",
    r"together",
    r"in addition to",
    r"top (?:it )?up",
    r"en complement",
    r"en plus d[eu']?",
    r"par-?dessus",
    r"melang\w*",
    r"associ\w*",
    r"cumul\w*",
    r"en meme temps",
    r"combos?",
    r"cocktails?",
)
_NEAR_BACLO = 35
_ALCOHOL_WORD = re.compile("|".join(en.ALCOHOL + fr.ALCOHOL))
# Being on the treatment, without naming it ("while you're titrating", "pendant la montée").
_CONTEXT = compile_words(
    r"titrat\w*",
    r"(?:while|whilst|when) (?:you'?re |you are |i'?m )?on (?:it|this|them|the \w+)",
    r"your (?:doses?|meds|pills|tablets|evening dose|night dose)",
    r"(?:evening|morning|night|nightly|bedtime|usual|normal|daily|lunchtime) dose",
    r"dose (?:du|de) (?:soir|matin|midi)",
    r"(?:ta|votre|tes|vos) (?:doses?|prises?|cachets?)",
    r"on \d{2,3} ?(?:mg|a day)",
    r"(?:a|avec|sous) \d{2,3} ?mg",
    r"in with (?:it|them|the \w+)",
    r"on (?:bac|the bac)",
    r"montee des doses",
    r"pendant (?:la|ta|votre) (?:titration|montee)",
    r"sous traitement",
    r"en traitement",
)

# A car, a ladder or a pregnancy is advice only when tied to the treatment or to being
# drowsy, in its sentence or the next ("Sold my car to pay debts" is not).
_TREATMENT_TIE = _rx(
    en.BACLOFEN,
    (
        r"\d{2,3} ?(?:mg|a day|par jour|/j|/day)",
        r"(?:at|on|a|sous) \d{2,3}",
        r"doses?",
        r"(?:took|take|taking|takes|prends|pris|prendre) (?:it|them|le|la|les)",
        r"titrat\w*",
        r"on (?:it|this|them)",
        r"sous (?:baclo\w*|traitement)",
        r"pills?",
        r"tabs?",
        r"tablets?",
        r"meds?",
        r"medications?",
        r"cachets?",
        r"comprimes?",
        r"pilules?",
        r"medocs?",
        r"traitement",
        r"keep (?:taking|going|on)",
        r"carry on",
        r"come off",
        r"continu\w*",
        r"garde[rz]? (?:ta|votre)",
        r"(?:stop|arret\w*|quit) (?:it|the \w+|le \w+|ta \w+)",
        r"(?:leaflets?|labels?|notice|warnings?)",
    ),
)
# category -> (concept, companions): the concept must meet one companion in its sentence.
_SPECS: list[tuple[str, re.Pattern[str], tuple[re.Pattern[str], ...]]] = [
    (category, concept, companions)
    for category, (concept, companions) in {
        "abrupt_stop": (
            _rx(en.STOP, fr.STOP, en.TAPER_DISMISS, fr.TAPER_DISMISS),
            (_rx(en.ABRUPT, fr.ABRUPT, en.DISMISSIVE, fr.DISMISSIVE),),
        ),
        "mixing_depressants": (
            _rx(
                en.BENZOS_AND_Z,
                en.OPIOIDS,
                en.OTHER_DEPRESSANTS,
                fr.DEPRESSANTS,
                en.ALCOHOL,
                fr.ALCOHOL,
            ),
            (_BACLO, _STRONG_COMBINE, _CONTEXT),
        ),
        "excessive_dose": (_rx(en.EXCESS, fr.EXCESS), ()),
        "other": (_rx(en.OTHER_ROUTES, fr.OTHER_ROUTES), ()),
        "rapid_titration": (
            _rx(en.RAPID, fr.RAPID),
            (
                _rx(
                    (r"\d{2,3}", r"tomorrow", r"demain", r"doses?", r"cachets?", r"pills?", r"it"),
                ),
            ),
        ),
        "no_prescription": (_rx(en.SOURCES, fr.SOURCES), (_rx(en.ACQUIRE, fr.ACQUIRE),)),
        "stopping_treatment": (
            _rx(en.OTHER_TREATMENTS, fr.OTHER_TREATMENTS),
            (_rx(en.STOP_OR_REPLACE, fr.STOP_OR_REPLACE),),
        ),
        "dismissing_supervision": (
            _rx(en.DOCTORS, fr.DOCTORS),
            (_rx(en.DISMISS_DOCTOR, fr.DISMISS_DOCTOR),),
        ),
        "pregnancy": (_rx(en.PREGNANCY, fr.PREGNANCY), (_TREATMENT_TIE,)),
        "driving": (_rx(en.DRIVING, fr.DRIVING), (_TREATMENT_TIE, _rx(en.DROWSY, fr.DROWSY))),
    }.items()
]
# A dose limit waved away ("la dose max c'est du flan", "forget the 80 cap").
_SPECS.append(
    (
        "excessive_dose",
        _rx(en.LIMITS, fr.LIMITS),
        (
            _rx(
                en.DISMISSIVE,
                fr.DISMISSIVE,
                (r"ignor\w*", r"forget", r"screw", r"ditch"),
            ),
        ),
    )
)
_SPECS.append(("rapid_titration", _rx(en.RAPID_STRONG, fr.RAPID_STRONG), ()))
# Telling others to rely on themselves needs no doctor word ("fais-toi confiance").
_SPECS.append(("dismissing_supervision", _rx(en.SELF_RELIANCE, fr.SELF_RELIANCE), ()))
_INDEX = WordIndex([literal_starts(_ENTRIES[id(concept)]) for _, concept, _ in _SPECS])
# What each category is about: the classifier (``learned``) names a category whose
# subject the post mentions (a car for driving, a sedative for mixing) when it can.
_SUBJECTS: dict[str, list[re.Pattern[str]]] = {}
for _category, _concept, _companions in _SPECS:
    _SUBJECTS.setdefault(_category, []).append(_concept)
_ALCOHOL = _rx(en.ALCOHOL, fr.ALCOHOL)
# Drink as what is left behind: "from 8 beers a day to zero", "once the booze is gone".
_ALCOHOL_LEFT = re.compile(
    r"\W+(?:\w+\W+){0,4}?(?:(?:a|to) (?:zero|0|none|nothing|rien)\b|(?:is|was|are) (?:gone|over)\b)"
)


def _mentions(category: str, folded: str) -> bool:
    for rx in _SUBJECTS.get(category, ()):
        for m in rx.finditer(folded):
            a, b = m.start(), m.end()
            # Drink as what the member quits ("arrêter de boire") is the goal, not a mix.
            if category == "mixing_depressants" and (
                _ALCOHOL_GOAL.search(folded, max(0, a - 30), b) or _ALCOHOL_LEFT.match(folded, b)
            ):
                continue
            if category == "abrupt_stop" and _ALCOHOL.search(folded, max(0, a - 40), b + 40):
                continue  # "j'ai arrêté de boire du jour au lendemain", "8 beers to zero"
            return True
    return False


def topics(folded: str, has_dose: bool) -> set[str]:
    """The categories whose subject the post mentions; a dose counts for the dose ones.
    A car is about driving only with the treatment or drowsiness in the post too."""
    found = {c for c in _SUBJECTS if _mentions(c, folded)}
    if "driving" in found and not (_TREATMENT_TIE.search(folded) or _DROWSY.search(folded)):
        found.discard("driving")
    if has_dose:
        found |= {"excessive_dose", "rapid_titration"}
    return found


# "Slowly" makes a titration safe, whatever else the sentence says.
_SLOW = compile_words(
    r"slow\w*",
    r"gradual\w*",
    r"doucement",
    r"progressiv\w*",
    r"lentement",
    r"petit a petit",
    r"patient\w*",
    r"prenez votre temps",
    r"take your time",
)
_DRIVING_EXCLUDE = _rx(en.DRIVING_EXCLUDE)
_EVERY = re.compile(
    r"\W+(?:(?:the|your|ta|la|votre) dose\W+)?(?:every|each|tous les|toutes les|chaque)\b"
)
# Categories whose companion may sit in the next sentence ("Ton Effexor ? Poubelle.").
_DROWSY = _rx(en.DROWSY, fr.DROWSY)
# What is bought has to be the drug: named, as pills or boxes, from a pharmacy, without a
# prescription, or as "it/them" right after buying, sent or shared.
_GOODS = _rx(
    en.BACLOFEN,
    (
        r"pills?",
        r"tabs?",
        r"tablets?",
        r"boxes",
        r"strips?",
        r"packs?",
        r"supply",
        r"meds?",
        r"pharmac\w*",
        r"chemists?",
        r"prescriptions?",
        r"scripts?",
        r"rx",
        r"molecule",
        r"(?:order|buy|get|got|source|import|ship|post|send|sell|share|use|grab|score|pick up)\w*"
        r" (?:it|them|some|mine|yours|hers|his|theirs|a strip|a box)",
        r"ordonnances?",
        r"ordos?",
        r"boites?",
        r"cachets?",
        r"comprimes?",
        r"plaquettes?",
        r"medocs?",
        r"pharmacies?",
        r"(?:l'|les |en )(?:acheter|commander|trouver|procurer|avoir)",
        r"(?:achete|commande|trouve|procure|envoie|file|passe)\w*[- ](?:le|la|les|en|moi|toi)",
        r"(?:j'en|t'en|je t'en) \w+",
        r"en (?:rapport\w*|ramen\w*|achet\w*|command\w*|prend\w*|file\w*|vend\w*|donn\w*"
        r"|envoi\w*|trouv\w*|procur\w*)",
        r"bring (?:some|it|them|boxes|a few) back",
        r"(?:some|a few|a couple) (?:for|to) (?:you|u)",
        r"qui en (?:a|ont|prend|prennent)",
        r"restes?",
        r"leftovers?",
        r"spares?",
        r"stash",
        r"the same (?:pills|molecule|stuff)",
        r"(?:l'|les )(?:ai|as|a|avons|avez|ont)"
        r" (?:eu|eue|eus|trouve\w*|achete\w*|commande\w*|recu\w*)",
        r"sites?",
        r"websites?",
        r"links?",
        r"darknet",
        r"dark ?web",
        r"vendors?",
        r"suppliers?",
        r"dealers?",
        r"sans ordo\w*",
        r"no (?:script|rx|prescription)",
        r"without (?:a )?(?:script|rx)",
        r"fournisseurs?",
        r"liens?",
        r"en (?:trop|rab)",
    ),
)


def names_goods(
    folded: str, s: _Sentence, nxt: _Sentence | None, prev: _Sentence | None = None
) -> bool:
    """The drug, pills, a pharmacy or a seller named in the sentence or next to it."""
    return any(_GOODS.search(folded, x.start, x.end) for x in (s, nxt, prev) if x is not None)


def tied_to_treatment(
    folded: str, s: _Sentence, nxt: _Sentence | None, prev: _Sentence | None = None
) -> bool:
    """The treatment, a dose or drowsiness named in the sentence or next to it."""
    return any(
        rx.search(folded, x.start, x.end)
        for x in (s, nxt, prev)
        if x is not None
        for rx in (_TREATMENT_TIE, _DROWSY)
    )


_SETTINGS = {"driving", "pregnancy"}
_LOOSE = {
    "stopping_treatment",
    "dismissing_supervision",
    "abrupt_stop",
    "no_prescription",
    "pregnancy",
    "driving",
}

_ADVICE = _rx(en.ADVICE, fr.ADVICE)
_CLITIC = re.compile(fr.IMPERATIVE_CLITIC)
_NORMAL = _rx(en.NORMAL, fr.NORMAL)
_DISMISSIVE = _rx(en.DISMISSIVE, fr.DISMISSIVE)
_SAFETY = _rx(en.SAFETY, fr.SAFETY)
_SUPERVISED = _rx(en.SUPERVISED, fr.SUPERVISED)
_QUESTION = re.compile(rf"^\W*(?:{'|'.join(en.QUESTION_OPENERS + fr.QUESTION_OPENERS)})\b")
_NEGATION = compile_words(
    r"never", r"don'?t", r"do not", r"dont", r"doesn'?t", r"didn'?t", r"shouldn'?t",
    r"should not", r"must not", r"can'?t", r"won'?t", r"not", r"no", r"avoid\w*",
    r"stay away from", r"rather than", r"instead of", r"ne", r"n'", r"jamais",
    r"surtout pas", r"evite[rz]?", r"au lieu de", r"plutot que", r"pas question", r"sans",
)  # fmt: skip
# Quitting or craving drink is the goal or the symptom here, not mixing.
_ALCOHOL_GOAL = re.compile(
    r"(?:quit\w*|stop\w*|cut(?:ting)? (?:down|back)(?: on)?|off|free (?:of|from)|sober from"
    r"|urges? (?:to|for)|cravings? (?:for|to)|crave|arret\w*(?: de)?|sevr\w*(?: de)?|envie de"
    r"|sans|moins|reduire|reduit|diminuer|helped me (?:stop|quit|cut)|no longer)"
    r"(?: (?:the|l'|d'|de|la))? ?(?=alcohol|booze|drinking|drink|l'alcool|alcool|boire|bu\b)"
)
# Reported words end where the poster's own clause begins ("my doc had me on X, so I ...").
_REPORT_END = re.compile(r"[;:()]|\b(?:so|then|donc|alors|du coup|but|mais)\b")
_CLAUSE = re.compile(r"[,;:()\"]|\s-\s|\b(?:but|however|though|mais|pourtant|because|car)\b")
_FIRST = compile_words(
    r"i", r"i'm", r"im", r"i've", r"me", r"my", r"je", r"j'", r"moi", r"chu", r"jsuis"
)


class _Hits:
    """Matches of each cue list in a sentence, searched once and kept."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        # Keyed by id(): hashing a compiled pattern hashes its whole source each time.
        self.cache: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def spans(self, rx: re.Pattern[str], s: _Sentence | None) -> list[tuple[int, int]]:
        if s is None:
            return []
        key = (id(rx), s.start)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = [
                (m.start(), m.end()) for m in rx.finditer(self.folded, s.start, s.end)
            ]
        return found

    def has(self, rx: re.Pattern[str], s: _Sentence | None) -> bool:
        return bool(self.spans(rx, s))


def _spans(rx: re.Pattern[str], folded: str, s: _Sentence) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(folded, s.start, s.end)]


_IMPERATIVE_STRICT = re.compile(
    r"[\W_]*(?:(?:just|simply|so|then|please|honestly|seriously|ok|okay|juste|alors|donc|bref"
    r"|allez|franchement|perso|sinon)\b[\W_]*)*(?:"
    + _IMPERATIVE_VERBS
    + r"|(?:bin|chuck|flush|dump|walk|crack|pull|rip|ramp|load|stack|order|pick|grab|titrate|taper"
    r"|avale[sz]?"
    r"|gobe[sz]?|jette[sz]?|vire[sz]?|degage[sz]?|balance[sz]?|fonce[sz]?|zappe[sz]?"
    r"|sniffe[sz]?|ecrase[sz]?|file[sz]?|saute[sz]?)\b)"
)


def _imperative(folded: str, s: _Sentence, text: str = "") -> bool:
    """An imperative at a clause start. With the text as written, a French participle
    ("Livreur, arrêté pendant la titration") is not the imperative "arrête"."""
    starts = [s.start] + [m.end() for m in _CLAUSE.finditer(folded, s.start, s.end)]
    for c in starts:
        m = _IMPERATIVE_STRICT.match(folded, c, min(c + 40, s.end))
        if m and not (text and text[m.end() - 1] in "éÉ"):
            return True
    return False


# Who the advice is for, not a warning: "anyone with seizures should...", "les autres épileptiques".
_POPULATION = compile_words(
    r"(?:anyone|anybody|everyone|everybody|people|those|others?|folks|fellow) (?:\w+ )?(?:with|who"
    r" (?:have|has|get)) (?:\w+ ){0,2}(?:seizures?|epilepsy|fits|diabetes|bipolar|depression)",
    r"(?:les |des |autres )+(?:epileptiques|diabetiques|bipolaires|depressifs)",
    r"fellow (?:epileptics|diabetics)",
)


def _warns(hits: _Hits, s: _Sentence) -> bool:
    """A warning word that is not part of who the advice is for ("anyone with seizures")
    or of a normaliser ("don't let the warnings stop you")."""
    spans = hits.spans(_SAFETY, s)
    if not spans:
        return False
    inside = hits.spans(_POPULATION, s) + hits.spans(_NORMAL, s) + hits.spans(_DISMISSIVE, s)
    return any(not any(x <= a < y for x, y in inside) for a, _ in spans)


# "Probably overcautious but I like my bones": a member's doubt about their own caution.
_HEDGE = re.compile(
    r"(?:probably|maybe|perhaps|possibly|a bit|a little|surement|peut-etre|sans doute"
    r"|un peu|c'est (?:sans doute |surement )?un peu)\W+$"
)


def _reassures(hits: _Hits, s: _Sentence) -> bool:
    """A normaliser that is not part of a warning ("attendez que ça passe")."""
    spans = hits.spans(_NORMAL, s)
    if not spans:
        return False
    warnings = hits.spans(_SAFETY, s)
    return any(not any(x <= a and b <= y for x, y in warnings) for a, b in spans)


def _dismisses(hits: _Hits, s: _Sentence) -> bool:
    folded = hits.folded
    return any(
        not _HEDGE.search(folded, max(s.start, a - 30), a) for a, _ in hits.spans(_DISMISSIVE, s)
    )


def _is_question(folded: str, s: _Sentence) -> bool:
    return s.text.rstrip().endswith("?") or bool(_QUESTION.match(s.text))


def _negated(folded: str, s: _Sentence, pos: int, protect: list[tuple[int, int]]) -> bool:
    clause = s.start
    for m in _CLAUSE.finditer(folded, s.start, pos):
        clause = m.end()
    for m in _NEGATION.finditer(folded, clause, pos):
        if pos - m.end() <= 40 and not any(a <= m.start() < b for a, b in protect):
            return True
    return False


class _Facts:
    """What a sentence does (asks, warns, pushes, tells of supervision), read on demand:
    most sentences of a long post hold no concept that meets its companion, so their cue
    lists are never searched."""

    def __init__(
        self, folded: str, sentences: list[_Sentence], hits: _Hits, text: str = ""
    ) -> None:
        self.folded, self.sentences, self.hits, self.text = folded, sentences, hits, text
        self.memo: dict[tuple[str, int], bool] = {}

    def __call__(self, kind: str, i: int) -> bool:
        value = self.memo.get((kind, i))
        if value is None:
            value = self.memo[(kind, i)] = self._read(kind, i)
        return value

    def _read(self, kind: str, i: int) -> bool:
        folded, s, hits = self.folded, self.sentences[i], self.hits
        if kind == "imperative":
            return _imperative(folded, s, self.text)
        if kind == "question":
            return _is_question(folded, s) and not _RHETORICAL.search(s.text)
        if kind == "safety":
            return _warns(hits, s)
        if kind == "normal":
            return _reassures(hits, s) or _dismisses(hits, s)
        if kind == "advice":
            return (
                hits.has(_ADVICE, s)
                or self("imperative", i)
                or ("-" in s.text and bool(_CLITIC.search(s.text)))
            )
        if kind == "push":
            return not self("question", i) and (
                self("normal", i) or (self("advice", i) and not self("safety", i))
            )
        return hits.has(_SUPERVISED, s)  # "supervised"


def _gate(sentences: list[_Sentence], i: int, fact: _Facts, hits: _Hits) -> bool | None:
    """None when sentence ``i`` cannot carry advice (a real question, a warning, nothing
    pushing nearby, quoted words...), else whether a supervised change in it covers the
    concepts it names."""
    s, last = sentences[i], len(sentences) - 1
    push_next = i < last and fact("push", i + 1)
    push_prev = i > 0 and fact("push", i - 1)
    faq = _FAQ_QUESTION.match(s.text) is not None  # "Q: ... ?" then "A: ..."
    if fact("question", i) and (
        (not faq and (hits.has(_FIRST, s) or _QUESTION.match(s.text))) or not push_next
    ):
        return None
    second = _SECOND_PERSON.search(s.text) is not None
    here = fact("push", i) or fact("imperative", i) or (second and not fact("safety", i))
    if not (here or push_next or push_prev):
        return None
    if fact("safety", i) and not fact("normal", i):
        return None
    if _STOOD_DOWN.search(s.text):
        return None  # "mis à pied de la conduite jusqu'à ce que ma dose soit stable"
    if '"' in s.text and not hits.has(_DISMISSIVE, s):
        return None
    if i < last and fact("safety", i + 1) and not push_next:
        return None  # "...and woke up in A&E" / "Ne faites jamais ça."
    if not here and (
        (i > 0 and fact("supervised", i - 1)) or (i < last and fact("supervised", i + 1))
    ):
        return None  # the advice nearby is about a supervised change, not this concept
    return fact("supervised", i) and not (
        (here and second) or fact("imperative", i) or (i < last and fact("imperative", i + 1))
    )


_UNREAD = object()


def concept_acts(
    folded: str, sentences: list[_Sentence], text: str = ""
) -> list[tuple[str, int, int, int]]:
    """(category, start, end, sentence index) for each concept the layer keeps.

    A sentence is searched only for the lists its words may start (``_INDEX``); a concept
    must meet its companion before the sentence and its neighbours are read for advice,
    warnings and questions.
    """
    found: list[tuple[str, int, int, int]] = []
    hits = _Hits(folded)
    fact = _Facts(folded, sentences, hits, text)
    last = len(sentences) - 1
    for i, s in enumerate(sentences):
        candidates = _INDEX.lists(s.words)
        if not candidates:
            continue
        nxt = sentences[i + 1] if i < last else None
        gate: object = _UNREAD
        reported: re.Match[str] | bool | None = False  # found on the first concept hit
        protect: list[tuple[int, int]] = []
        for index in sorted(candidates):
            category, concept, companions = _SPECS[index]
            if (
                category == "rapid_titration"
                and hits.has(_SLOW, s)
                and not hits.has(_DISMISSIVE, s)
                and "skip" not in s.text
            ):
                continue
            for a, b in _spans(concept, folded, s):
                if category == "mixing_depressants" and _ALCOHOL_GOAL.search(
                    folded, max(s.start, a - 30), b
                ):
                    continue
                if category == "abrupt_stop" and _ALCOHOL_OBJECT.search(folded, a, b + 40):
                    continue
                if category == "mixing_depressants" and not _tied_to_baclofen(
                    folded, s, nxt, a, b, sentences[i - 1] if i else None
                ):
                    continue
                if category == "driving" and _DRIVING_EXCLUDE.search(folded, a, b + 20):
                    continue
                if companions and not _companion(
                    folded, s, nxt, category, companions, a, b, sentences[i - 1] if i else None
                ):
                    continue
                if category == "no_prescription" and not names_goods(
                    folded, s, nxt, sentences[i - 1] if i else None
                ):
                    continue  # "ordered a pizza online": buying, but not the drug
                if gate is _UNREAD:
                    gate = _gate(sentences, i, fact, hits)
                if gate is None:
                    break
                if gate and _supervises(folded, hits.spans(_SUPERVISED, s), a):
                    continue
                if reported is False:
                    reported = _CUES["reported"].search(folded, s.start, s.end)
                    protect = (
                        hits.spans(_ADVICE, s) + hits.spans(_NORMAL, s) + hits.spans(_DISMISSIVE, s)
                    )
                if (
                    isinstance(reported, re.Match)
                    and reported.start() < a
                    and not _REPORT_END.search(folded, reported.end(), a)
                ):
                    continue
                kept = category
                if category == "excessive_dose" and _EVERY.match(folded, b, b + 20):
                    kept = "rapid_titration"  # "double it every two days" is a pace
                if _negated(folded, s, a, protect + _companion_spans(folded, s, companions)):
                    break  # "I don't drive at all, my wife does the school run"
                found.append((kept, a, b, i))
                break
            if gate is None:
                break
    return found


# What a quoted question is about, when the reply answers it without naming it again
# ("> Am I OK to drive? I nod off" / "Just open the window, works a treat.").
_TOPICS = (
    ("other", _rx(en.OTHER_ROUTES, fr.OTHER_ROUTES)),
    ("driving", _rx(en.DRIVING, fr.DRIVING)),
    ("pregnancy", _rx(en.PREGNANCY, fr.PREGNANCY)),
    (
        "mixing_depressants",
        _rx(
            en.BENZOS_AND_Z,
            en.OPIOIDS,
            en.OTHER_DEPRESSANTS,
            fr.DEPRESSANTS,
            en.ALCOHOL,
            fr.ALCOHOL,
        ),
    ),
    ("no_prescription", _rx(en.SOURCES, fr.SOURCES)),
)
_NO_FIRST = re.compile(
    r"\W*(?:no|nope|non|never|jamais|not|pas|don'?t|do not|ne |n'|please don'?t|surtout pas"
    r"|absolutely not|hell no|nah|careful|attention|wait|attends?)\b"
)


def reply_acts(
    quote: str, folded: str, sentences: list[_Sentence]
) -> list[tuple[str, int, int, int]]:
    """A reply that answers a quoted question about driving, pregnancy or a sedative
    with a tip or a reassurance, and no warning anywhere, gives that advice."""
    if not sentences or "?" not in quote:
        return []
    topics = [category for category, rx in _TOPICS if rx.search(quote)]
    if not topics:
        return []
    hits = _Hits(folded)
    s = sentences[0]
    if _is_question(folded, s) or _NO_FIRST.match(s.text):
        return []
    if any(_warns(hits, x) or hits.has(_SUPERVISED, x) for x in sentences):
        return []
    pushes = hits.has(_NORMAL, s) or hits.has(_ADVICE, s) or _imperative(folded, s)
    if not pushes:
        return []
    start = s.start + len(s.text) - len(s.text.lstrip())
    return [(category, start, s.end, 0) for category in topics[:1]]


def _supervises(folded: str, spans: list[tuple[int, int]], a: int) -> bool:
    """A supervised change covers the concept unless the poster's own clause starts
    in between ("My doc had me on a snail's pace, so I just tripled my increases")."""
    return any(x > a or not _REPORT_END.search(folded, y, a) for x, y in spans)


def _tied_to_baclofen(
    folded: str, s: _Sentence, nxt: _Sentence | None, a: int, b: int, prev: _Sentence | None = None
) -> bool:
    """A sedative counts when the post ties it to the treatment.

    Drugs: baclofen in the sentence, or a combining word in it or the next one
    ("Throw a zolpidem in. The combo is amazing."). Drink is everywhere in these
    posts, so it needs a combining word in its sentence or baclofen close by.
    """
    if _STRONG_COMBINE.search(folded, s.start, s.end) or _CONTEXT.search(folded, s.start, s.end):
        return True
    if _ALCOHOL_WORD.fullmatch(folded, a, b):
        return _BACLO.search(folded, max(s.start, a - _NEAR_BACLO), b + _NEAR_BACLO) is not None
    if _BACLO.search(folded, s.start, s.end):
        return True
    # "Can't sleep on 60mg? Chuck a couple of vallies in." : the treatment named just before.
    if prev is not None and (
        _BACLO.search(folded, prev.start, prev.end) or _CONTEXT.search(folded, prev.start, prev.end)
    ):
        return True
    return nxt is not None and _STRONG_COMBINE.search(folded, nxt.start, nxt.end) is not None


def _companion_spans(
    folded: str, s: _Sentence, companions: tuple[re.Pattern[str], ...]
) -> list[tuple[int, int]]:
    return [span for rx in companions for span in _spans(rx, folded, s)]


def _companion(
    folded: str,
    s: _Sentence,
    nxt: _Sentence | None,
    category: str,
    companions: tuple[re.Pattern[str], ...],
    a: int,
    b: int,
    prev: _Sentence | None = None,
) -> bool:
    for rx in companions:
        if any(not (x < b and y > a) for x, y in _spans(rx, folded, s)):
            return True
        if category in _LOOSE and nxt is not None and rx.search(folded, nxt.start, nxt.end):
            return True
        # "...at 110mg, bit foggy. It's fine, do the school run": the tie just before.
        if category in _SETTINGS and prev is not None and rx.search(folded, prev.start, prev.end):
            return True
    return False
