"""Cue patterns: advice, normalising, dismissive, danger, negation, reported speech."""

# Word lists are long regex alternations moved as they were; see docs/screening.md.
# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import _DISMISSIVE, _DOCTOR, _words
from .patterns import compile_alternatives

# --------------------------------------------------------------------------- cues

# Overlapping cues resolve longest-first, so "not dangerous" (normalising) wins
# over "dangerous" (warning) and "sans danger" over "danger".
_NOT = r"(?!n?'?t\b|not\b|n't\b)"
_CUES: dict[str, re.Pattern[str]] = {
    "advice": compile_alternatives(
        rf"(?:you|u|ya|y'all|you guys|everyone|everybody|anyone|anybody|people)(?:'ll| will| just)? (?:can|could|should|may|might|must|need to|have to|ought to|gotta|'d better|better){_NOT}",
        r"you(?:'re| are|r) (?:fine|good|ok|okay|safe|golden|set)|you(?:'ll| will) be (?:fine|ok|okay|alright|all right|good|grand)",
        r"you (?:get|got) used to it|feel free|go for it|go ahead|trust me|believe me|take it from me",
        r"i(?: would|'d|d)? (?:recommend|suggest|advise|say)|my (?:advice|tip)|pro ?tip|the (?:trick|key|secret) is|best bet",
        r"(?:the )?(?:best|easiest|simplest|quickest|cheapest|fastest) (?:way|thing|option|trick)|le plus (?:simple|facile|rapide)|just do it|do what i did|do the same|do like me|you can too|you could too|same for you",
        r"(?:don'?t|do not|dont) (?:worry|be (?:afraid|scared|shy|a wimp)|hesitate|panic|overthink|stress|sweat it|listen to|bother)",
        r"no need to (?:worry|panic|be afraid|stress)|why not|why bother|who needs|what'?s the worst|save yourself",
        r"let (?:baclo\w*|it) (?:handle|do)|if you (?:want|wanna|like)|whenever you (?:feel|want)|when you (?:feel|are|'re) ready",
        r"if (?:it|that|\d+(?: ?mg)?) (?:isn'?t|is not|doesn'?t|does not|isnt|doesnt) (?:cutting it|working|enough|doing it)",
        r"see what happens|you'?ll see|(?<!\bi )(?<!\bi've )(?<!\bive )(?<!'s )(?<!\bwas )(?<!\bhave )(?<!\bhad )(?<!\bhas )just(?! (?:now|started|got|had|been|wondering|want|wanted|a few|one|a bit|realised|realized|finished|reached|hit|found|learn\w*|discovered|heard|saw|read|sharing|checking|asking|curious|came|moved|switched|joined|signed))",
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
        # Advice to everyone, or in the reader's shoes.
        r"(?:tout le monde|chacun|les autres|everyone|everybody|anyone|anybody|people|newbies|beginners|nouveaux)(?: \w+)? (?:devrai(?:t|ent)|doi(?:t|vent)|peu(?:t|vent)|should|must|needs? to|ought to)",
        r"(?:moi )?a (?:ta|votre) place|in your (?:shoes|position|place)|if i were you|(?:what )?i'?d do|ce que je ferais|je ferais",
        r"you(?:'ll| will)? (?:probably |likely |definitely |prob |almost certainly )?need|tu (?:auras|aurais|vas avoir) (?:surement |probablement )?besoin",
        r"c'est ce qu'il (?:te |vous )?faut|(?:is )?what (?:it takes|you need)|ce qu'il (?:te |vous )?faut",
        r"n'(?:ayez|aie|aies) pas peur|(?:i )?tell (?:everyone|everybody|people|newbies|anyone)|ce que je (?:dis|conseille) a tout le monde",
        r"(?:dose|my|honest|free|some) advice|(?:mon|un|petit) conseil",
        r"(?:i'?m )?not saying (?:you should|to)|je (?:ne )?dis pas (?:que tu dois|que vous devez|de)|(?:you'?ll|you will) (?:probably |likely )?find the same|tu (?:trouveras|vas trouver) (?:surement )?pareil",
        r"(?:patients|people|mothers|mums|moms|women|users|drivers|adults)(?: (?!(?:say|says|said|claim\w*|think\w*|tell\w*|believe\w*|who|that)\b)\w+){0,3} (?:can|may|could)|(?:les )?(?:patients|gens|mamans|futures mamans|femmes|conducteurs|adultes)(?: (?!(?:disent|dit|pensent|croient|pretendent|qui|que)\b)\w+){0,3} (?:peuvent|pourront)",
        r"i (?:really |strongly )?(?:encourage|urge) (?:you|everyone|anyone)|je (?:vous|te) (?:encourage|invite|pousse)",
        r"(?:you|u|ya) too|for (?:you|u) too|(?:you|u) as well|pour (?:toi|vous) aussi",
        r"(?:some|most|many|lots|a lot) of us (?:need|have to|must|end up)|(?:certains|beaucoup|la plupart) d'entre nous (?:ont besoin|doivent|finissent)",
        r"tips? (?:for|from)|pro-?tips?|conseils? (?:pour|aux) (?:les|vous|toi|nouveaux|debutants)|astuces? pour|rules? i live by|regle d'or",
        r"my (?:rule|formula|recipe|protocol)|rule of thumb|ma (?:regle|formule|recette)|(?:most|all|many|each|the rest) of (?:you|ya)|la plupart d'entre vous|(?:chacun|beaucoup|certains) d'entre vous",
    ),
    "normal": compile_alternatives(
        r"(?:it'?s|it is|its|that'?s|thats|it was|is|are|totally|perfectly|completely|absolutely|pretty|quite|100%|really|super|actually|still)"
        r" (?:fine|safe|ok|okay|harmless|alright|all right|no big deal|nothing|grand|no problem|chill|normal)",
        r"no (?:big ?deal|biggie|problem|problems|issue|issues|worries|worry|risk|danger|harm|drama|side effects|seizures?|withdrawals?|sweat)",
        r"not (?:a (?:big )?deal|an issue|a problem|dangerous|risky|harmful|that dangerous|a risk)|nothing (?:to worry|bad|happens|happened|wrong|serious)",
        r"won'?t (?:hurt|kill|harm)|never (?:had|caused) (?:a |any )?(?:problem|issue)s?|harmless|scare-?mongers?|get along fine|the way to go",
        r"piece of cake|(?:and )?done|works? (?:like a charm|great|fine|wonders|perfectly)|boost each other|(?:i|we) do it (?:all the time|every \w+)",
        r"(?:and|i) (?:was|felt|am|i'm|im) (?:fine|ok|okay|great)|still (?:here|alive)|never looked back|lots of (?:us|people) do|legit|reliable|cheaper",
        r"saves? (?:you )?(?:time|weeks)|you get used to it|works? a (?:charm|treat)",
        r"the less (?:\w+ ){1,3}(?:knows?|sees?|hears?),? the better|moins (?:\w+ ){1,3}en (?:sait|sais|voit),? mieux c'est",
        r"(?:sounds|looks|seems|is) (?:scary|a lot|crazy|high|insane|mad|dangerous) but|(?:ca|ça) (?:fait peur|para[iî]t (?:beaucoup|enorme|fou)|semble (?:beaucoup|enorme)) mais",
        r"(?<=[,;:] )(?:easy|easy peasy|no sweat|tranquille|facile|fastoche|sans souci)(?=[.!\s]*$)",
        r"(?:is|are) (?:well[- ])?tolerated|bien tolere\w*|need not (?:abstain|stop|worry)|needn'?t (?:abstain|stop|worry)|no evidence of (?:harm|danger|risk)|aucune preuve de (?:danger|risque|nocivite)",
        r"(?:perfectly |tout a fait |totally |entirely )?(?:reasonable|raisonnables?|acceptables?)",
        r"(?:nobody|no one|noone|no-one|nobody'?s) (?:has )?(?:ever )?(?:died|dies|overdosed|od'?d)|personne (?:n'en )?(?:n'est|est) (?:jamais )?(?:mort|mor)\w*|(?:on|tu) (?:n'en )?(?:meurt|meurs) pas",
        r"(?:c'est|cest|c est|c'etait|ca reste|est|tout a fait|parfaitement|totalement|completement|franchement|vraiment)"
        r" (?:sans (?:danger|risque|souci|probleme)|ok|bon|safe|inoffensif|tranquille|pas grave|pas dangereux|rien(?: du tout)?|nickel|top|facile|normal)",
        r"sans (?:danger|risque|souci|soucis|probleme)|aucun (?:risque|danger|probleme|souci|soucis|mal)|pas de (?:souci|soucis|probleme|risque|danger|panique|drame)",
        r"rien de grave|rien a craindre|ca passe|ca va(?: aller)?|ca roule|(?:ca |ne )?(?:craint|risque) rien|pas grave|pas dangereux",
        r"s'affolent pour rien|pour rien|ca marche (?:tres |super |trop )?bien|marche nickel|l'effet est top|super bien|bien passe|toujours (?:la|vivant)",
        r"je le fais (?:tout le temps|tous les \w+|souvent)|j'en (?:bois|prends) tous les|largement suffisant|suffit largement|on s'habitue|faut pas exagerer",
        r"(?:le forum |this forum |ca )?suffit|is (?:all|everything) you need|all the \w+ you need|takes? the edge (?:right )?off|(?:n'a|a) jamais tue personne|never killed anyone|n'a jamais fait de mal|easiest|le plus simple|super simple|fiable|moins cher|cheap|dirt cheap|next to nothing|trois fois rien|pas cher|bon marche|(?:is|c'est|est) (?:simple|easy|facile)|easy peasy|c'est rien|never hurt\w*|(?:won'?t|doesn'?t|can'?t|didn'?t) hurt|(?:will|va) (?:cope|s'adapter)|your body (?:will )?(?:cope|adjust)",
        r"s'adapte\w*|zero (?:issues|problems|problemes|soucis?)|amazing|awesome|dream team|perfect\w*|parfaite?s?|le meilleur|the best|genial\w*|zen|(?:c'est|trop|au) top",
        r"float|like a baby|evens? (?:everything|things) out|detend\w*|calme tout|se melange (?:tres )?bien|mix(?:es)? (?:well|fine|nicely)|tres bien",
    ),
    "dismissive": compile_alternatives(_DISMISSIVE),
    "danger": compile_alternatives(
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
        r"jusqu'a ce que (?:ca|ça) (?:passe|se calme)|(?:until|till) it (?:passes|wears off)|attend\w* que (?:ca|ça) (?:passe|se calme|se stabilise)|wait (?:until|till) (?:it|that|the \w+) (?:passes|settles|wears off)",
    ),
    "neg": compile_alternatives(
        r"never|haven'?t|hasn'?t|hadn'?t|don'?t|do not|dont|doesn'?t|does not|didn'?t|shouldn'?t|should not|must not|mustn'?t|can'?t|cannot|can not|won'?t|wouldn'?t|would not",
        r"not|no|no one should|nobody should|avoid\w*|stay away from|steer clear of|keep away from|refrain from|rather than|instead of|better than|safer than",
        r"(?:stop|quit) (?=\w+ing\b)|ne|n'|jamais|surtout pas|pas(?= (?:de |d')?\w+(?:er|ir|re)\b)|evite[rz]?|(?:arrete|arretez|arreter|cesse[rz]?) de (?=\w+er\b)",
        r"au lieu de|plutot que|pas question|hors de question|zero alcool|pas d'alcool|without|tempted to|tentee? de|j'ai voulu|i wanted to",
        # Quitting alcohol is the goal: "cold turkey off alcohol", "sevré de l'alcool".
        r"(?:off|quit\w*|stopp?\w*|free (?:of|from)|sober from|clean from|arret\w* (?:de |l')?|sevr\w* (?:de |l')?)(?= ?(?:alcohol|booze|drinking|l'alcool|alcool|boire))",
    ),
    "reported": compile_alternatives(
        rf"(?:my|mon|ma|our|notre|the|le|la|his|her|their|son|sa) {_DOCTOR}(?: \w+){{0,2}}? (?:told|tells|said|says|advised|advises|recommended|recommends|suggested|wants|thinks|has me|had me|put me|explained|warned|insisted|was clear|m'a|ma|me|nous a|a dit|dit|conseille|recommande|prescrit|explique|pense|veut)",
        r"(?:i was|i've been|i have been|we were|i got) (?:told|advised|warned)|(?:on|il|elle) m'a (?:dit|conseille|explique|prescrit)|according to|selon (?:mon|ma|le|la)",
        r"says|said|saying|told|tells|telling|claims|claimed|(?:me|m'a|nous) dit|disait|dit que|me repete",
        r"i (?:read|heard)|i've (?:read|heard)|j'ai (?:lu|entendu)|people (?:say|said|claim)|someone (?:said|told)|on (?:dit|m'a dit)|they say|(?:s'il|si elle|if he|if she|if they|il|elle|he|she) (?:pense|croit|thinks?|believes?)|the leaflet (?:says|said)|la notice (?:dit|indique)",
    ),
    "first": compile_alternatives(
        r"i|i'm|im|i've|ive|i'd|me|my|myself|je|j'|moi|mon|ma|mes|perso\w*|we|we're|our|nous"
    ),
}
# Matched at the start of a sentence: a question even without "?".
_QUESTION_OPENER = re.compile(
    r"^\W*(?:anyone (?:know|tried|else(?= (?:get|gets|got|have|has|had|feel|felt|notice\w*|find|found|experienc\w*|tried|try|on|taking|been|struggl\w*|deal\w*|know|see|seen|think|use|using)\b))|does anyone|has anyone|did anyone|is it|is there|can i|could i|should i|am i|do i"
    r"|wondering|i wonder|est-ce|est ce|peut-on|puis-je|quelqu'un (?:sait|a)|je me demande|c'est grave si|vous pensez"
    r"|tu penses)\b"
)
_RHETORICAL = _words(
    r"why not|why bother|why would (?:you|anyone)|who needs|what'?s the worst|pourquoi (?:tu |vous )?(?:diminuer|t'embeter|vous embeter)\w*|pourquoi pas|pourquoi (?:s'embeter|se prendre la tete|attendre|se priver)"
)
_PROFORM = _words(
    r"go for it|vas-y|allez-y|fonce[sz]?|(?:should |must |can |could )?try (?:it|this|that)|essaye[zs]?|essaie[sz]?|tente[sz]?|give it a (?:go|try)",
    r"(?:you|u) can (?:do )?(?:the same|it too|too|as well)|do the same|do what i did|same for you|fai(?:s|tes) (?:pareil|comme moi|de meme)"
    r"|(?:tu peux|vous pouvez) (?:faire )?(?:pareil|la meme chose|de meme|en faire autant)|toi aussi|vous aussi",
)
_DISAVOWAL = re.compile(
    r"\W*(?:please\s+)?(?:don'?t|do not|never|no|nope|surtout pas|jamais|ne (?:faites|fais) (?:pas|jamais))\b[^.!?]{0,25}[.!?]*\s*$"
)
# Someone's belief, not the poster's advice: "s'il pense que vous prenez un petit verre".
_THOUGHT = _words(
    r"(?:s'il|si elle|s'ils|if he|if she|if they|il|elle|he|she|they) (?:pense|pensent|croit|croient"
    r"|thinks?|believes?|assumes?)(?: que| that)?"
)
# Stood down until the dose settles: safe whatever reassurance follows ("et c'était normal").
_STOOD_DOWN = _words(
    r"mise? a pied|mise? en arret|en arret (?:maladie|de travail)|arret maladie|signed off|off work",
    r"taken off (?:driving|the road|the roads|work)|(?:until|till) (?:my|the|your) dose (?:was|is) stable",
    r"(?:jusqu'a ce que|en attendant que) (?:ma|la|ta|votre) dose (?:soit|se) stabl\w*",
)
# A change made with the member's own doctors, told as what happened.
_SUPERVISED_STORY = _words(
    rf"(?:with|avec|par) (?:my|his|her|their|our|mon|ma|mes|son|sa|ses|leur|leurs|notre|nos) {_DOCTOR}"
)
# A FAQ written by the poster: "Q: Can I drive when drowsy? A: Sure, ..."
_FAQ_QUESTION = re.compile(r"^\W*q\s*:")
_FAQ_ANSWER = re.compile(r"^\W*(?:a|r|answer|reponse|rep)\s*:\s*")
_AFFIRM = re.compile(
    r"^\W*(?:(?:a|r|answer|reponse|rep)\s*:\s*)?(?:sure|yes|yep|yeah|yup|of course|absolutely"
    r"|definitely|bien sur|oui|ouais|evidemment|carrement|absolument)\b"
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
    r"(?:stop|quit|drop|ditch|take|drink|have|mix|combine|add|pop|chug|buy|order|get|grab|try|go|jump|double|increase|up|bump|raise|skip|forget|google|search|pick|choose|check|cherche[sz]?|choisis|choisissez|regarde[sz]?|teste[sz]?|fill|stock|remplis|remplissez"
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
_SECOND_PERSON = re.compile(
    r"(?<![\w'])(?:you|u|ur|ya|tu|vous|vs)(?![\w'])|(?<![\w'])you(?='(?:ll|re|d|ve)\b)|(?<![\w'])t'(?=\w)"
)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"]|\s-\s|\b(?:but|however|though|although|mais|cependant|pourtant|sinon|otherwise|because|car|so|donc|alors)\b"
)
_IMPERATIVE_BREAK = re.compile(
    r"[,;:()\"]|\s-\s|\b(?:and|then|et|puis|or|ou|but|mais|so|donc|alors)\b"
)
_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


_WORD_RE = re.compile(r"[\w']+")


@dataclass
class _Sentence:
    start: int
    end: int
    text: str  # folded
    cues: list[tuple[str, int, int]]
    _words: frozenset[str] | None = field(default=None, repr=False)

    @property
    def words(self) -> frozenset[str]:
        """Its words, also split at apostrophes ("l'alcool", "l", "alcool"); found once
        and shared by the act patterns' trigger stems and the concept index."""
        if self._words is None:
            found = set(_WORD_RE.findall(self.text))
            found.update([p for w in found if "'" in w for p in w.split("'") if p])
            self._words = frozenset(found)
        return self._words

    def has(self, kind: str, *, outside: tuple[int, int] = (0, 0), after: int = -1) -> bool:
        lo, hi = outside
        return any(k == kind and not (s < hi and e > lo) and s >= after for k, s, e in self.cues)

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?") or bool(_QUESTION_OPENER.match(self.text))


_BULLET = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s")


def _sentences(folded: str) -> list[_Sentence]:
    """Sentences and lines; a bulleted list joins the line that introduces it ("Sleep
    stack that works for me:" + "- 40mg bac" + "- 50mg phenergan" read as one)."""
    found: list[_Sentence] = []
    in_list = False
    for m in _SENTENCE_RE.finditer(folded):
        if not m.group().strip():
            continue
        bullet = _BULLET.match(m.group()) is not None
        if bullet and found and (in_list or found[-1].text.rstrip().endswith(":")):
            last = found[-1]
            found[-1] = _Sentence(last.start, m.end(), folded[last.start : m.end()], [])
            in_list = True
            continue
        in_list = False
        found.append(_Sentence(m.start(), m.end(), m.group(), []))
    return found
