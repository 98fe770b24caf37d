"""Shared regex fragments for concepts the act patterns combine (folded text)."""

# Word lists are long regex alternations moved as they were; see docs/screening.md.
# ruff: noqa: E501

from __future__ import annotations

import re

from .doses import _BACLO

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
    r"|drag\w* (?:it )?out|faire trainer|font trainer|pour rien|du flan|du vent|foutaises?|des salades|bidon|hogwash"
    r"|for (?:the )?(?:timid|wimps|cowards|snails|scaredy-?cats)|pour les (?:escargots|tortues|timides|mauviettes|peureux|frileux))"
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
