"""Act patterns per category and the trigger stems that decide where they run."""

# Word lists are long regex alternations moved as they were; see docs/screening.md.
# ruff: noqa: E501

from __future__ import annotations

import re

from .doses import _BACLO
from .lexicon import (
    _ABRUPT,
    _BACLO_REF,
    _BUY,
    _DEC,
    _DEPRESSANT,
    _DISMISSIVE,
    _DOCTOR,
    _DRINK,
    _DRIVE,
    _DROWSY,
    _FAST_SPAN,
    _NO_NEED,
    _OTHER_TREATMENT,
    _PREG,
    _SEP,
    _SOURCE,
    _STOP,
    _TAPER,
    _gap,
)
from .patterns import compile_alternatives

_ACTS: list[tuple[str, re.Pattern[str], bool]] = [
    # --- abrupt_stop
    ("abrupt_stop", compile_alternatives(rf"{_STOP}{_gap(5)}{_ABRUPT}"), False),
    (
        "abrupt_stop",
        compile_alternatives(
            r"(?:go|goes|going|went)(?: \w+)? cold[- ]?turk\w*",
            r"cold[- ]?turk\w*",
            r"cold[- ]stop\w*|(?:stop|quit)\w* (?:it |them )?cold\b",
        ),
        False,
    ),
    (
        "abrupt_stop",
        compile_alternatives(rf"(?:{_STOP}|{_TAPER}|{_DEC}|passe[rz]?){_gap(6)}{_FAST_SPAN}"),
        False,
    ),
    (
        "abrupt_stop",
        compile_alternatives(rf"{_NO_NEED} ?(?:to |with |about |the |faire |des |les )*{_TAPER}"),
        True,
    ),
    (
        "abrupt_stop",
        compile_alternatives(
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
        compile_alternatives(
            rf"{_TAPER}(?:{_SEP}[\w']+){{0,6}}?{_SEP}(?:is |are |c'est |cest |est |sont |thing is )?{_DISMISSIVE}"
        ),
        True,
    ),
    (
        "abrupt_stop",
        compile_alternatives(
            r"(?:skip|forget|ditch|screw|oublie[rz]?|zappe[rz]?) (?:the |about |les |la )?(?:taper\w*|paliers de descente|diminution|decroissance)"
        ),
        True,
    ),
    # --- mixing_depressants
    (
        "mixing_depressants",
        compile_alternatives(
            rf"(?:{_DEPRESSANT}|{_DRINK}){_gap(6)}(?:with|on|while on|whilst on|while taking|alongside"
            rf"|on top of|together with|avec|sous|pendant|en plus d[eu']?|en meme temps que|while you(?:'re| are)"
            rf"|pendant (?:la|ta) (?:titration|montee)){_SEP}"
            rf"(?:[\w']+{_SEP}){{0,2}}?(?:{_BACLO_REF}|titrat\w*)"
        ),
        False,
    ),
    (
        "mixing_depressants",
        compile_alternatives(
            rf"{_DEPRESSANT}{_gap(2)}(?:and|\+|&|et|plus){_SEP}(?:[\w']+{_SEP})?{_BACLO}"
        ),
        False,
    ),
    (
        "mixing_depressants",
        compile_alternatives(
            rf"{_BACLO}{_gap(3)}(?:and|with|\+|&|et|avec|plus|together with|on top of){_SEP}(?:[\w']+{_SEP}){{0,3}}?{_DEPRESSANT}"
        ),
        False,
    ),
    (
        "mixing_depressants",
        compile_alternatives(
            rf"(?:mix\w*|combin\w*|stack\w*|pair\w*|melang\w*|associ\w*|add\w*|ajout\w*|rajout\w*"
            rf"|pop\w*|take|taking|prends?|prenez|prendre|have|grab|chug\w*|enjoy|s'envoyer|t'envoyer"
            rf"|te (?:faire|prendre)|a (?:couple|few)|un petit|une petite|s'autoriser|t'autoriser)"
            rf"(?:{_SEP}[\w']+){{0,3}}?{_SEP}{_DEPRESSANT}"
        ),
        False,
    ),
    (
        "mixing_depressants",
        compile_alternatives(
            r"(?:keep|still|carry on|continue\w*|toujours|encore) (?:to )?(?:drink\w*|boire|a boire|picoler)"
        ),
        False,
    ),
    (
        "mixing_depressants",
        compile_alternatives(
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
        compile_alternatives(
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
        compile_alternatives(
            r"(?:doubl\w*|tripl\w*) (?:up|direct|directement|(?:your|the|ur|ta|la|votre|sa) (?:dose|doses|dosage))"
        ),
        False,
    ),
    (
        "rapid_titration",
        compile_alternatives(
            r"(?:titrat\w*|increas\w*|go(?:ing)? up|ramp\w*(?: it)? up|mont\w*|augment\w*) (?:really |super |tres |plus )?"
            r"(?:fast|quick\w*|rapid\w*|aggressive\w*|vite|rapidement|en fleche|fort|a fond)"
            r"|bruler les etapes|saut\w* (?:des|les) (?:paliers|etapes)|skip\w* (?:the )?(?:titration|steps|slow \w+)"
        ),
        False,
    ),
    (
        "rapid_titration",
        compile_alternatives(
            rf"(?:the )?(?:slow (?:increase|titration|build-?up|approach|way|titrat\w*)|titration|paliers?"
            rf"|montee (?:progressive|lente)|progressivite)(?:{_SEP}[\w']+){{0,6}}?{_SEP}(?:is |are |c'est |cest |est |sont )?{_DISMISSIVE}"
        ),
        True,
    ),
    (
        "rapid_titration",
        compile_alternatives(
            r"(?:pas besoin|inutile|pas la peine|no need|don'?t bother|oublie[zs]?) (?:de |d'|to )?(?:faire |y aller )?"
            r"(?:des |les )?(?:paliers|titrate slowly|go slow\w*|the slow \w+|monter doucement|doucement|progressivement)"
            r"(?! pour (?:arreter|descendre|diminuer))"
        ),
        True,
    ),
    # --- no_prescription
    (
        "no_prescription",
        compile_alternatives(
            rf"{_SOURCE}(?:{_SEP}[\w']+){{0,4}}?{_SEP}{_BUY}|{_BUY}(?:{_SEP}[\w']+){{0,6}}?{_SEP}{_SOURCE}",
            r"(?:ask|get|find|demande\w*|trouve\w*) (?:a |an |a un |a une |un |une |your |ton |ta |a ta |a ton |a tes |to )?(?:friend|mate|buddy|pote|ami|amie|copain|copine|collegue|neighbou?r|voisin\w*|family|famille)",
            r"(?:te |vous )?depann\w*|t'en (?:passer|filer|donner|vendre|envoyer)\w*|ramen\w* des boites|bring back (?:boxes|packs|a supply|some)",
            r"(?:no|zero)[- ](?:rx|script|prescription)|pas d'(?:ordonnance|ordo)|no questions asked|sans rien",
        ),
        False,
    ),
    (
        "no_prescription",
        compile_alternatives(
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
        compile_alternatives(
            r"(?:no|pas besoin d'|no need for|don'?t need|do not need|dont need|n'?(?:as|a|avez) pas besoin d')(?: a| an| any| une| d')? ?"
            r"(?:prescription|script|scrip|rx|ordonnance|ordo)s?",
            r"(?:prescription|script|scrip|rx|ordonnance|ordo)s? (?:not )?(?:needed|required|necessaire)(?!\w)",
        ),
        True,
    ),
    (
        "no_prescription",
        compile_alternatives(
            r"(?:without|w/o|sans)(?: a| an| any| une)? (?:prescription|script|scrip|rx|ordonnance|ordo)s?"
        ),
        False,
    ),
    (
        "no_prescription",
        compile_alternatives(
            rf"(?:dm|pm|mp|message|inbox|envoie[- ]?moi un (?:mp|message)|ecris[- ]?moi){_gap(8)}(?:site|link|lien|source|adresse|contact|plug|supplier|fournisseur|some)",
            r"i (?:can|could|will|'ll) (?:send|sell|give|post|get|ship) you (?:some|a few|pills|tablets|the link|the site)",
            r"je (?:peux|peut) t'en (?:envoyer|donner|passer|filer|vendre)|je te (?:file|donne|passe|vends|envoie) (?:l'adresse|le site|le lien|des|quelques)"
            r"|je t'en (?:envoie|file|donne|passe)",
        ),
        True,
    ),
    (
        "no_prescription",
        compile_alternatives(
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
        compile_alternatives(
            rf"{_STOP}(?:{_SEP}(?:taking|prendre|your|the|my|ton|tes|ta|vos|votre|le|la|les|l'|mon|mes|all|other|any|de|du|des|d')){{0,3}}(?:{_SEP})?{_OTHER_TREATMENT}"
        ),
        False,
    ),
    (
        "stopping_treatment",
        compile_alternatives(
            rf"(?:won'?t|will not|don'?t|do not|dont|no longer|never) (?:really )?need (?:your |the |any |those )?(?:\w+ )?{_OTHER_TREATMENT}"
            rf"|(?:n'auras|auras|n'aurez|aurez|avez|as) plus besoin (?:de |d')(?:tes |ton |vos |votre |ta |l')?{_OTHER_TREATMENT}"
            rf"|plus besoin (?:de |d')(?:tes |ton |vos |votre |ta |l')?{_OTHER_TREATMENT}"
        ),
        True,
    ),
    (
        "stopping_treatment",
        compile_alternatives(
            rf"(?:replac\w*|swap\w*|instead of|remplac\w*|a la place (?:de|du|des)|au lieu de){_gap(3)}{_OTHER_TREATMENT}"
            rf"|{_OTHER_TREATMENT}{_gap(3)}(?:is useless|is pointless|ne sert a rien|sert a rien|inutile|unnecessary)"
        ),
        False,
    ),
    # --- dismissing_supervision
    (
        "dismissing_supervision",
        compile_alternatives(
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
        compile_alternatives(
            rf"(?:without|sans) (?:a |an |any |your |un |une |ton |votre |l'avis d'un |avis |suivi |surveillance )?(?:{_DOCTOR}|medical|medicale)"
        ),
        False,
    ),
    # --- pregnancy and driving: the act is the situation; the cues decide
    ("pregnancy", compile_alternatives(_PREG), False),
    (
        "driving",
        compile_alternatives(
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
        compile_alternatives(
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
    " band pansement trainer drag zero passe cold",
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
    # Not categories: where a step size ("50 at a time") or a dated schedule can be.
    "_size": "fois time step palier increment jump saut marche coup go etape",
    "_schedule": "day jour week semaine 1er 1st premier first tomorrow demain lendemain next monday"
    " tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi"
    " dimanche night nuit",
}
# Stems bucketed by their first two letters: one dict look-up per distinct word.
_TRIGGERS: dict[str, list[tuple[str, str]]] = {}
for _key, _stems in _TRIGGER_STEMS.items():
    for _stem in _stems.split():
        _TRIGGERS.setdefault(_stem[:2], []).append((_stem, _key))
_TOKEN_RE = re.compile(r"\w+")
