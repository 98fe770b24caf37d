"""French concept lexicon for the concept layer (``concepts.py``).

Same shape as ``lexicon_en``: regex fragments on folded text (no accents,
straight apostrophes), one concept per tuple. Covers France, Belgium, Switzerland
and Quebec spellings and slang ("chu", "pis", "toubib", "tiser"). Drug names that
are the same in English are only in ``lexicon_en``.
"""

from __future__ import annotations

# One concept per tuple, wrapped by hand; formatting one word per line would hide them.
# fmt: off

# --------------------------------------------------------------------------- substances

DEPRESSANTS = (
    r"codeines?",
    r"lexos?", r"alpra\w*", r"xanax", r"valium", r"zolpi\w*", r"stilno\w*", r"imovane",
    r"somniferes?", r"hypnotiques?", r"anxiolytiques?", r"tranquillisants?", r"sedatifs?",
    r"calmants?", r"cachets? pour dormir", r"(?:un |des )?trucs? pour dormir", r"noctamide",
    r"havlane", r"myolastan", r"xanor", r"veratran", r"victan", r"urbanyl", r"nordaz",
    r"opiaces?", r"opioides?", r"codeine", r"dafalgan codeine", r"codoliprane", r"ixprim",
    r"topalgic", r"contramal", r"skenan", r"actiskenan", r"oxycontin", r"oxynorm", r"lamaline",
    r"izalgi", r"antidouleurs?", r"heroine", r"came", r"drogue", r"beuh", r"shit", r"joints?",
    r"petards?", r"ganja", r"herbe", r"space ?cakes?", r"gouttes?", r"theralene", r"donormyl",
    r"mianserine", r"tercian",
)
ALCOHOL = (
    r"alcool", r"bieres?", r"binouzes?", r"mousses?", r"vin", r"vins", r"pinard", r"rouge",
    r"blanc", r"rose", r"champagne", r"champ", r"coupes?", r"whisky", r"vodka", r"rhum",
    r"pastis", r"ricard", r"jaune", r"apero\w*", r"verres?", r"canons?", r"godets?", r"demis?",
    r"pintes?", r"boire", r"bois", r"boit", r"buvez", r"buvons", r"picol\w*", r"tis(?:e|er|es)",
    r"biture", r"cuite", r"gueule de bois", r"petit coup", r"digestifs?", r"un verre",
    r"l'apero", r"kir", r"cidre", r"gin", r"tequila", r"shooters?", r"rosé", r"bouteilles?",
    r"bock", r"punch", r"ptit verre", r"petit verre", r"cannettes?", r"canettes?", r"tournee",
)
COMBINE = (
    r"avec", r"sous", r"en complement d[eu']?", r"en plus d[eu']?", r"en meme temps que",
    r"par-?dessus", r"associ\w*", r"melang\w*", r"combin\w*", r"cumul\w*", r"coupl\w*", r"et",
    r"pendant", r"a cote d[eu']?", r"pour (?:booster|renforcer|potentialiser)",
)

# --------------------------------------------------------------------------- other treatments

OTHER_TREATMENTS = (
    r"regulateurs? d'humeur", r"stabilisateurs? d'humeur",
    r"tercian", r"loxapac", r"nozinan", r"largactil", r"theralene",
    r"antidepresseurs?", r"antidep\w*", r"ad", r"isrs", r"irsn", r"deroxat", r"seroplex",
    r"zoloft", r"floxyfral", r"fluvoxamine", r"norset", r"laroxyl", r"anafranil", r"athymil",
    r"brintellix", r"teralithe", r"depakine", r"depamide", r"tegretol", r"lamictal",
    r"neuroleptiques?", r"antipsychotiques?", r"anti-?psychotiques?", r"antiepileptiques?",
    r"anti-?epileptiques?", r"regulateurs? de l'humeur", r"thymoregulateurs?", r"stabilisateurs?",
    r"solian", r"haldol", r"zyprexa", r"xeroquel", r"risperdal", r"abilify", r"leponex",
    r"insuline", r"levothyrox", r"esperal", r"aotal", r"revia", r"selincro", r"subutex",
    r"suboxone", r"methadone", r"traitements? de substitution", r"tso", r"ritaline",
    r"autres? (?:traitements?|medicaments?|medocs?|cachets?)", r"(?:tes|vos|ses) medocs",
    r"(?:ton|votre) traitement (?:de fond|psy)", r"(?:tes|vos) (?:pilules|comprimes|cachets) psy",
)
STOP_OR_REPLACE = (
    r"choisis(?:sez)?", r"le meilleur des deux", r"c'est trop", r"(?:bien )?plus efficace",
    r"l'un ou l'autre", r"fait doublon",
    r"interromp\w*",
    r"arret\w*", r"stopp\w*", r"lach\w*", r"laiss\w* tomber", r"plaqu\w*", r"jet\w*", r"poubelle",
    r"a la poubelle", r"aux orties", r"balance\w*", r"vire[rz]?", r"oublie\w*", r"remplac\w*",
    r"a la place", r"au lieu", r"fait (?:le meme|tout le) (?:travail|boulot)", r"fait le job",
    r"suffit", r"plus besoin", r"pas besoin", r"sert a rien", r"inutiles?", r"de la merde",
    r"poison", r"se passer d[eu']?", r"t'en passer", r"vous en passer", r"couper?", r"cesse\w*",
    r"sevr\w*", r"degage\w*", r"couvre", r"vire\w*", r"zappe\w*",
    r"(?:ne )?trait\w* que les symptomes", r"fai\w* le travail", r"fai\w* le boulot",
    r"(?:c'est )?juste un calmant",
    r"regle (?:la|le probleme a la) (?:cause|source)",
)

# --------------------------------------------------------------------------- people and places

DOCTORS = (
    r"medecins?", r"docteurs?", r"docs?", r"toubibs?", r"generalistes?", r"medecin traitant",
    r"addictologues?", r"addictos?", r"psys?", r"psychiatres?", r"specialistes?",
    r"prescripteurs?", r"pharmaciens?", r"infirmier\w*", r"blouses? blanches?",
    r"le corps medical", r"la medecine", r"les pros?", r"suivi(?: medical)?", r"rdv",
    r"rendez-vous", r"consultations?", r"avis (?:medical|d'un \w+)", r"autorisation",
    r"permission", r"la notice", r"ordonnances?", r"csapa", r"l'ansm", r"l'hopital",
)
DISMISS_DOCTOR = (
    r"(?:t'|vous )?evite (?:un|le|les) sermons?", r"alors que (?:t'es|tu es|vous etes) (?:a|sous)",
    r"(?:dis|dites|raconte[sz]?) (?:a|au) (?:ton |ta |votre )?\w+ que", r"(?:j'y|y) vais plus",
    r"moins (?:ton|votre|le) \w+ en sait", r"panique\w* pour rien", r"ralenti\w* tout",
    r"debrouille[sz]?-(?:toi|vous)", r"(?:ses|leurs) papiers", r"paperasse",
    r"(?:va|vont) (?:juste )?te ralentir", r"laisse[zs]?-(?:le|la|les) en dehors",
    r"(?:que ce que|ce que) disent les (?:medecins|docs|toubibs)",
    r"(?:n'y|ny) verra que du feu", r"ni vu ni connu",
    r"(?:dis|dites|raconte[sz]?) (?:a|au) \w+ que",
    r"(?:il|elle|ils) (?:n'en )?saura (?:jamais|rien)",
    r"pourquoi (?:t'aurais|tu aurais|vous auriez|aurais-tu|auriez-vous|t'as|tu as|vous avez)"
    r" besoin",
    r"(?:n'?y )?(?:comprennent|connaissent|pigent|captent) (?:rien|que dalle|pas grand-chose)",
    r"(?:n'?y )?connai\w* rien", r"nuls?", r"incompetents?", r"laiss\w* tomber", r"zappe\w*",
    r"oublie\w*", r"ignore\w*", r"passe[rz]?(?:-toi| vous)? d[eu']?", r"pas besoin",
    r"(?:en )?as pas besoin", r"plus besoin", r"inutile", r"sert a rien", r"sans",
    r"fai(?:s|tes)(?:-toi|-vous) confiance", r"comme on dit ici", r"le forum (?:sait|en sait)",
    r"ici (?:on|vous) (?:sait|savez)", r"mieux que", r"perte de temps", r"demander la permission",
    r"attendre (?:la permission|l'avis|le feu vert)", r"lui dire", r"lui dis pas", r"mentir",
    r"cache[rz]?", r"tout seul", r"toi-meme", r"vous-meme", r"ton propre",
    r"(?:dis|dites)-(?:lui|leur) \d+", r"ce qu'(?:il|elle|ils) (?:ne )?sai[st]? pas",
)
SOURCES = (
    r"en ligne", r"internet", r"le net", r"le web", r"sites?", r"liens?", r"darknet",
    r"dark ?web", r"telegram", r"a l'etranger", r"etranger", r"espagne", r"portugal", r"belgique",
    r"suisse", r"italie", r"turquie", r"tunisie", r"maroc", r"algerie", r"thailande", r"inde",
    r"indiens?", r"pharmacies? (?:en ligne|etrangeres?|indiennes?)", r"sans ordo(?:nnance)?",
    r"pas d'ordo(?:nnance)?", r"sans prescription", r"mp", r"en mp", r"envoie-moi", r"ecris-moi",
    r"un gars", r"un mec", r"un type", r"colocs?", r"colocataires?",
    r"(?:un |le )?groupe(?: facebook)?", r"facebook",
    r"whatsapp", r"fournisseurs?", r"vendeurs?", r"dealers?", r"amie?s?",
    r"potes?", r"copains?",
    r"copines?", r"collegues?", r"voisine?s?", r"famille", r"quelqu'un comme ca", r"en trop",
    r"(?:les )?restes? (?:de|d'|du)", r"stock", r"veto", r"veterinaire", r"depann\w*", r"livr\w*",
    r"envoi\w*",
    r"boites?", r"en prive",
    r"(?:ma |ta |mon |ton )?(?:tante|oncle|soeur|frere|mere|pere|cousin\w*|mari|femme|famille"
    r"|belle-\w+|beau-\w+)",
    r"belges?", r"espagnols?", r"(?:y en a )?toujours (?:un|une|quelqu'un) qui",
)
ACQUIRE = (
    r"(?:te|vous) (?:le|la|les|en) (?:donnent|donne|vendent|vend|filent|file)",
    r"sans (?:poser de )?questions",
    r"revend\w*", r"(?:je t'|je vous )ajoute",
    r"achet\w*", r"achat", r"command\w*", r"procur\w*", r"recup\w*", r"chop\w*", r"obten\w*",
    r"obtien\w*", r"livr\w*", r"vend\w*", r"demande\w*(?:-lui|-leur)?", r"emprunt\w*",
    r"pique\w*", r"prends", r"prenez", r"prend", r"fai(?:s|tes) le plein", r"ramen\w*",
    r"rapport\w*", r"depann\w*", r"file\w*", r"passe\w*", r"trouv\w*", r"s'achete", r"se trouve",
    r"en prends", r"envoi\w*", r"je me sers", r"sers-toi", r"je te (?:file|donne|passe|envoie)",
    r"fil\w*", r"(?:me |te |se |vous )?fourni\w*",
    r"qui en (?:a|ont|prend|prennent)", r"(?:je fais|jfais|j'fais) (?:ca|pareil) avec",
    r"(?:utilise|prends|prenez|utilisez)[rz]? (?:les siens|les siennes|les leurs|ceux de)",
)

# --------------------------------------------------------------------------- situations

PREGNANCY = (
    r"test (?:de grossesse )?positif", r"en cloque",
    r"enceintes?", r"grossesses?", r"allait\w*", r"tire-lait", r"tirer (?:mon|son|ton) lait",
    r"trimestre", r"tomber enceinte", r"bebes?", r"bebe", r"foetus", r"futur\w* mamans?",
    r"essai bebe", r"projet bebe", r"post-?partum", r"nourrisson", r"sage-?femme", r"gyneco\w*",
    r"maternite",
)
DRIVING = (
    r"conduire", r"condui[st]\w*", r"conduite", r"au volant", r"le volant", r"voitures?",
    r"bagnoles?", r"caisses?", r"motos?", r"scooters?", r"rouler", r"roulez", r"roulent",
    r"roulais",
    r"roule (?:en|a|sous|avec|de|la|toute|tous)", r"la route", r"cariste",
    r"chauffeur\w*", r"routiers?", r"livreur\w*", r"grutiers?", r"conducteur\w*", r"vtc", r"taxi",
    r"autoroute", r"camions?", r"poids lourds?", r"tracteurs?", r"chariots?(?: elevateurs?)?",
    r"clark", r"engins?", r"machines?", r"tronconneuses?", r"echafaudages?", r"echelles?",
    r"toits?", r"en hauteur", r"chantiers?", r"grues?", r"outils?", r"disqueuses?",
    r"velos?", r"velotaf\w*", r"trajets?",
    r"(?:emmene|emmener|conduire|deposer|depose)\w* les (?:enfants|petits|gamins)", r"a velo",
    r"pedal\w*", r"trottinettes?", r"char", r"chars",
    r"(?:ton|ta|mon|ma|votre|son|l'|en|une) auto", r"chauffe[rz]? (?:ton|ta|mon|le|la|votre) \w+",
    r"bateaux?", r"tondeuses?", r"perceuses?", r"scies?", r"soudure", r"la piscine",
    r"(?:seule?|tout seul|toute seule) avec (?:les|mes|tes|le|la)"
    r" (?:enfants|petits|bebe|gamins|mioches)",
    r"garde[rz]? (?:les|mes|tes|ses) (?:enfants|petits|gamins|petits-enfants)", r"baby-?sitting",
)
DROWSY = (
    r"somnol\w*", r"fatigu\w*", r"endormi\w*", r"dans le gaz", r"dans le coa?ltar", r"coltar",
    r"piqu\w* du nez", r"crev\w*", r"ensuqu\w*", r"vaseu\w*", r"vertiges?", r"dans le brouillard",
    r"eveille\w*", r"reveil\w*", r"flottant\w*", r"assomm\w*", r"cuit",
)
STOP = (
    r"balance[rz]? (?:le reste|tout|les cachets|tes cachets|la boite)", r"a la poubelle",
    r"dernier (?:cachet|comprime|prise|baclo)", r"derniere (?:prise|dose|pilule)",
    r"arret\w*", r"stopp\w*", r"lach\w*", r"laiss\w* tomber", r"plaqu\w*", r"coupe[rz]?",
    r"cess\w*", r"abandonn\w*", r"jete[rz]?", r"tout arreter", r"passe[rz]? a (?:0|zero)",
    r"a (?:0|zero)", r"descend\w*", r"sevr\w*", r"(?:du|de) \d+ (?:mg )?a (?:rien|0|zero)",
    r"divis\w* par (?:deux|2)", r"(?:t'es|tu es|on est|je suis|t'as) a (?:0|zero)", r"jet+\w*",
)
ABRUPT = (
    r"(?:le )?lendemain rien",
    r"(?:un|le) jour oui,? (?:le lendemain|le jour d'apres) (?:non|rien)",
    r"rien (?:le |des le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendemain)",
    r"ce (?:week-?end|soir|samedi|dimanche|lundi)",
    r"(?:choisis|choisissez|tu choisis|vous choisissez) (?:un|une) (?:jour|date)",
    r"d'?un (?:seul )?coup", r"dun coup", r"(?:et )?c'est fini", r"point final", r"et basta",
    r"d'un (?:seul )?coup(?: sec)?", r"coup sec", r"du jour au lendemain", r"brutal\w*",
    r"brusque\w*", r"net", r"sec", r"raide", r"ben raide", r"direct", r"cash", r"d'emblee",
    r"en une (?:seule )?fois", r"immediatement", r"tout de suite", r"(?:a|en) (?:0|zero)",
    r"en (?:un|une|deux|trois|quatre|\d+) (?:jours?|nuits?|semaine)",
    r"sans (?:diminu\w*|palier\w*|decroiss\w*|degressi\w*|redui\w*|baisser|descendre|transition)",
    r"demain", r"ce soir", r"un beau (?:matin|jour)", r"en \d+ ?h\w*", r"en un week-?end",
    r"(?:a|en) rien", r"tout (?:d'un coup|net)",
    r"pas de (?:diminution|palier\w*|descente|sevrage|baisse)", r"le jour ou",
)
TAPER_DISMISS = (
    r"descente", r"trainer une \w+",
    r"diminuer", r"baisser (?:doucement|progressivement|petit a petit)",
    r"diminution", r"decroissance", r"descente progressive", r"paliers?", r"degressi\w*",
    r"(?:plan|programme|protocole) de (?:sevrage|descente)", r"sevrage",
)
DISMISSIVE = (
    r"(?:c'est )?du business", r"pompe a fric", r"(?:pour le|du) fric",
    r"m'a coute (?:un an|des mois|six mois|une annee)",
    r"aucune raison de", r"(?:pas|aucun) (?:la peine|interet) de",
    r"pour ceux qui aiment (?:souffrir|la souffrance|galerer)",
    r"(?:ca )?fait (?:juste )?durer", r"faire durer le (?:calvaire|plaisir)",
    r"arnaque", r"du vent", r"du blabla", r"blabla", r"bidon", r"pipeau", r"exagere\w*",
    r"surfaite?s?", r"n'importe quoi", r"foutaises?", r"conneries", r"trop lent\w*",
    r"pour les (?:papis|vieux|mamies|fragiles|bebes)", r"parano\w*", r"arbitraire", r"inutiles?",
    r"sert a rien", r"pas si pire", r"trop prudent\w*", r"poubelle", r"pas la peine",
    r"pas besoin", r"t'embeter", r"vous embeter", r"se prendre la tete", r"du flan",
    r"oubliez", r"oublie (?:ca|tout ca)",
    r"oublie[zs]? (?:la |le |les |ta |ton |tes |vos )?(?:diminution|paliers?|notice|limite"
    r"|plafond|regles?|sevrage|descente|protocole|titration|dose max\w*)",
    r"(?:se faire|te faire|vous faire) (?:suer|chier)", r"se casser la tete",
    r"trop (?:prudents?|frileu\w*)", r"excessi\w*", r"de la parano",
)
EXCESS = (
    r"poignee", r"tripl\w*", r"doubl\w* (?:ma|ta|la|votre|sa) dose", r"doubl\w*",
    r"pas de (?:dose )?(?:max\w*|limite|plafond)", r"sans limite", r"autant que",
    r"plus (?:c'est|t'en prends|tu en prends)\w* mieux",
    r"(?:impossible|peux pas) (?:de )?(?:faire une )?surdos\w*", r"en rajout\w*",
    r"en plus de (?:ta|votre|la) dose", r"une (?:dose|prise) de plus", r"supplementaires?",
    r"(?:monte|montez|monter|pousse|poussez|pousser)[rz]? a fond",
    r"(?:prends|prenez|prendre) (?:ce que|ce qu'il|autant qu'il) (?:tu veux|vous voulez|te faut"
    r"|vous faut|faut)",
    r"(?:cachets?|comprimes?|pilules?|doses?|prises?) (?:de plus|en plus|supplementaires?)",
    r"x ?[2-9] (?:ta|votre|la|ma) dose", r"peu importe combien",
    r"(?:un|une) (?:comprime|cachet|pilule) (?:toutes les|chaque)"
    r" (?:heures?|deux heures|\d+ ?h\w*)",
    r"(?:prends|prend|prendre|prenez) \d+ (?:mg )?(?:de plus|en plus|supplementaires?)",
    r"\d{2,3},? \d{2,3},? peu importe",
    r"(?:quel qu'en|quelle qu'en) soit",
    r"(?:rajoute|ajoute|reprends|prends)\w* (?:un|une) \w+"
    r" (?:a chaque fois|chaque fois|des que|quand)",
    r"(?:continue[sz]?|continuer) (?:de|a) (?:monter|augmenter)(?: \w+){0,3} jusqu'a ce que",
    r"(?:monte[sz]?|augmente[sz]?|monter) jusqu'a ce que",
    r"(?:prends|prenez|reprends|reprenez)-en (?:plus|davantage|encore)",
    r"(?:prends|prenez) (?:plus|davantage)(?= ?(?:[.,;!)]|$|de (?:baclo\w*|cachets?|comprimes?)))",
    r"autant qu'il (?:en )?faut", r"(?:plus|davantage) c'est mieux",
    r"il n'y a pas de (?:plafond|limite|max\w*)", r"y a pas de (?:plafond|limite|max\w*)",
    r"(?:monte|montez|augmente|augmentez)(?:-la)? (?:toi-meme|vous-meme|tout seul)",
    r"(?:ne )?(?:t'|vous )?arrete[zs]? pas a \d+",
)
LIMITS = (
    r"(?:la )?dose max\w*", r"(?:le )?(?:plafond|maximum|max)", r"(?:la )?limite",
    r"(?:les )?80 ?(?:mg)?",
)
RAPID_STRONG = (
    r"monte[rz]? (?:fort|vite|a fond)",
    r"(?:doubl|tripl)\w* (?:les|tes|vos|mes|ses) (?:paliers|augmentations|marches|etapes|hausses)",
    r"(?:doubl|tripl)\w* (?:la dose |ta dose |votre dose )?(?:tous les|toutes les|chaque)",
    r"(?:titration|schema|protocole|paliers|montee)(?: \w+){0,3} (?:c'est |c est |est |sont )?"
    r"pour les (?:escargots|frileux|timides|mauviettes|peureux|vieux|bebes|fragiles|tortues)",
    r"rythme (?:d'escargot|de tortue)", r"pour les escargots",
    r"saut\w* (?:des|les) (?:paliers|etapes)", r"bruler les etapes", r"zappe[rz]? les paliers",
    r"(?:la )?montee (?:lente|progressive)", r"les paliers (?:c'est|sont)",
)
RAPID = (
    r"plus vite", r"aller vite", r"rapidement", r"directement", r"d'emblee", r"premier jour",
    r"des le (?:premier|1er|debut)", r"gagner\w* (?:des|du) (?:semaines|temps|mois)",
    r"a chaque (?:fois|prise)", r"matin et soir", r"de plus (?:chaque|tous les) \w+",
    r"\d{2,3}(?: ?(?:,|->|puis|/) ?(?:mg )?\d{2,3}){2,}",
    r"(?:chaque|tous les) (?:matins?|soirs?)",
    r"en (?:\d+|deux|trois|quatre|cinq|une) (?:jours?|semaines?)",
    r"saut\w* (?:des|les) (?:paliers|etapes)", r"bruler les etapes",
    r"\d+ le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)", r"le lendemain \d+",
)

# --------------------------------------------------------------------------- advice cues

# An imperative with a hyphenated pronoun ("dégage-la", "lâche-le", "demande-lui").
IMPERATIVE_CLITIC = r"\b[a-z]+(?:e|ez|s)-(?:la|le|les|lui|leur|moi|toi|vous|en|y)\b"
ADVICE = (
    r"tu (?:peux|pourras|pourrais|dois|devrais|devras|n'as qu'a|as qu'a|as juste a|vas voir"
    r"|verras|auras|risques rien)",
    r"t'(?:as|auras) (?:qu'a|juste a)",
    r"vous (?:pouvez|pourrez|pourriez|devez|devriez|n'avez qu'a|avez juste a|verrez|gagnerez"
    r"|risquez rien)",
    r"il (?:te|vous) suffit", r"(?:il )?suffit d[e']", r"il faut", r"faut(?! pas)", r"y a qu'a",
    r"ya qu'a", r"on (?:peut|doit|devrait)",
    r"je (?:te|vous) (?:conseille|recommande|suggere|dis)", r"je (?:conseille|recommande)",
    r"je me permets de (?:conseiller|recommander|suggerer)", r"mon (?:conseil|astuce)",
    r"(?:p'?t?i?t?|petit|un) conseil", r"astuce",
    r"le (?:mieux|plus simple|truc) (?:c'est|cest|est|serait)", r"n'?h[e]site[sz]? pas", r"vas-y",
    r"allez-y", r"fonce[sz]?", r"lance[sz]?-(?:toi|vous)", r"(?:crois|croyez)-moi",
    r"fai(?:s|tes) (?:comme moi|pareil|de meme|comme on dit|votre|ton)", r"toi aussi",
    r"vous aussi", r"tu vas voir", r"vous allez voir",
    r"pourquoi (?:pas|attendre|se priver|s'embeter|diminuer)",
    r"si (?:tu|vous|t')(?:es|etes|as|avez)? ?(?:pressee?s?|motivee?s?|coincee?s?|bloquee?s?)",
    r"si (?:t'as|tu as|vous avez) (?:quelqu'un|un|une|l'occasion)", r"la prochaine fois",
    r"fai(?:s|tes)(?:-toi|-vous) confiance", r"demande[sz]?-(?:lui|leur)", r"profite[sz]?-en",
    r"ne (?:t'|vous )?(?:inquiete|en fais|inquietez|en faites|stresse|affole)[sz]? pas",
    r"t'inquiete", r"tkt", r"pas de panique", r"surtout ne (?:change|changez) rien",
    r"continue[sz]?", r"garde[sz]?", r"lache[sz]?-(?:toi|vous)",
    r"je (?:te|vous) (?:file|donne|passe|envoie|refile)", r"(?:en|par) (?:prive|mp)",
    r"avale[sz]?", r"gobe[sz]?", r"enchaine[sz]?",
    r"(?:tout le monde|chacun|les autres|les nouveaux|les debutants)(?: \w+){0,3}"
    r" (?:devrai(?:t|ent)|doi(?:t|vent)|peu(?:t|vent))",
    r"(?:moi )?a (?:ta|votre) place", r"j'?ferais", r"je ferais", r"ma (?:regle|formule|recette)",
    r"la plupart d'entre vous", r"a (?:tester|essayer)", r"teste[sz]?",
    r"ecoute[sz]? (?:ton|votre) instinct",
    r"(?:t'as|tu as) pas besoin des deux", r"(?:ca|ça) vaut (?:le coup|la peine)",
    r"je (?:ne )?dis pas que (?:tu dois|vous devez)",
    r"(?:les )?(?:patients|gens|mamans|futures mamans|femmes|conducteurs|adultes)"
    r"(?: (?!(?:disent|dit|pensent|croient|pretendent|qui|que)\b)\w+){0,3}"
    r" (?:peuvent|pourront)", r"je (?:vous|te) (?:encourage|invite|pousse)",
    r"(?:tenter|essayer|faire|tentez|essayez) (?:pareil|la meme chose|le coup)",
    r"(?:certains|beaucoup|la plupart) d'entre nous (?:ont|doivent)",
    r"on a tous fait", r"on (?:l'a|la) tous fait",
    r"je ne vois pas pourquoi", r"je vois pas pourquoi",
    r"(?:a|ca vaut le coup d'y) (?:mediter|reflechir|penser)", r"tu peu", r"vs avez",
    r"hesitez pas", r"n'(?:ayez|aie|aies) pas peur",
)
OTHER_ROUTES = (
    r"(?:meilleur|bon|vrai|sacre) trip",
    r"dissou\w*", r"tape plus (?:vite|fort)", r"(?:pour|que) (?:ca|ça) tape",
    r"(?:une |vraie )?defonce", r"planer", r"(?:se |te )?mettre une mine",
    r"sniff\w*", r"snif\w*", r"injecte\w*", r"shoot\w*", r"en (?:iv|intraveineuse)",
    r"ecras\w* (?:le|les|un|des) (?:cachets?|comprimes?)", r"ecrase[rz]?",
    r"pour (?:planer|se defoncer|te defoncer|etre defonce)", r"en recreatif",
)
NORMAL = (
    r"aucun mal",
    r"meilleur sommeil", r"tout roule",
    r"(?:que )?(?:ca|ça) (?:vous|te|t') (?:empeche|emp[eê]che) pas", r"fiables?", r"serieux",
    r"(?:le )?risque (?:est )?(?:quasi |presque )?(?:nul|zero|minime)",
    r"zero (?:souci|soucis|probleme|problemes)",
    r"moins (?:\w+ ){1,3}en (?:sait|sais|voit),? mieux c'est",
    r"(?:ca|ça) (?:fait peur|parait (?:beaucoup|enorme|fou)|semble (?:beaucoup|enorme)) mais",
    r"bien tolere\w*", r"aucune preuve de (?:danger|risque|nocivite)",
    r"(?:tout a fait )?raisonnables?",
    r"pas (?:vraiment |strictement )?(?:necessaire|obligatoire|indispensable)",
    r"c'est correct", r"(?:ca|ça) (?:te|vous) fera (?:pas|aucun|rien)(?: de)?(?: mal)?",
    r"(?:on|tout le monde|vous|tu) (?:s'y|sy) (?:fait|faites|fais|habitue\w*)",
    r"(?:laisse|laissez) pas (?:la notice|les avertissements|les medecins|les docs|personne)"
    r" (?:t'|vous )?(?:arreter|empecher|faire peur)",
    r"(?:envies?|cravings?) (?:partie?s?|envolee?s?|disparue?s?)", r"probleme regle", r"et hop",
    r"(?:c'est|cest) (?:juste |seulement )?un myorelaxant", r"pas de l'heroine",
    r"(?:n'ont|ont) jamais (?:essaye|teste|pris)", r"rabat-joie", r"se couvrent",
    r"imbattable", r"(?:tu|vous) m'en (?:direz|diras) des nouvelles", r"(?:ca|c') passe crème",
    r"ca passe", r"no souci", r"les doigts dans le nez",
    r"(?:c'est|cest|c est|c'etait|ca reste|tout a fait|parfaitement|totalement|franchement"
    r"|vraiment) (?:sans (?:danger|risque|souci|probleme)|ok|bon|safe|inoffensif|tranquille"
    r"|pas grave|pas dangereux|rien|nickel|top|facile|normal|efficace)",
    r"sans (?:danger|risque|souci|soucis|probleme)",
    r"aucun (?:risque|danger|probleme|souci|soucis|effet)",
    r"pas de (?:souci|soucis|probleme|risque|danger|drame)", r"rien de grave",
    r"ca (?:passe|roule|le fait|va|a (?:ben |bien )?(?:ete|marche))", r"ca a ben ete",
    r"(?:ne )?(?:craint|risque) rien", r"pas grave", r"pas (?:si )?pire", r"tres efficace",
    r"efficace", r"c top", r"c'est top", r"au top", r"nickel", r"impeccable", r"genial",
    r"super bien", r"largement", r"suffit largement", r"disparai\w*", r"tranquille",
    r"je (?:le fais|fais ca) (?:tout le temps|souvent)", r"je bosse", r"on s'habitue",
    r"(?:n'a|a) jamais (?:tue|fait de mal)", r"toujours (?:la|vivante?)", r"moins cher",
    r"tout roule", r"sans faire grossir", r"le meme travail", r"(?:font|fait) bon menage",
    r"vont (?:tres |super )?bien ensemble", r"je recommande", r"comme (?:un loir|un bebe)",
    r"(?:bien |beaucoup )?plus dangereu\w* (?:que|pour)", r"pire que", r"en pleine forme",
    r"vont (?:tres |super )?bien",
    r"(?:bebe|le bebe|ton bebe|votre bebe) (?:ira|va) (?:tres )?bien",
    r"pas (?:un seul|le moindre) (?:accrochage|souci|probleme|pepin)", r"c'est du vent",
    r"faut bien vivre", r"ca marche super", r"super pour", r"ca calme\w*",
    r"plus (?:vite|tot|haut) (?:c'est|tu|t'es) mieux", r"(?:tout a fait )?faisable",
    r"(?:pour )?trois fois rien", r"pas cher", r"pour (?:pas|rien) cher", r"prise de tete",
)
SAFETY = (
    r"jusqu'a ce que (?:ca|ça) (?:passe|se calme)",
    r"(?:j'ai |j'avais )?arrete de conduire", r"je ne conduis plus", r"(?:m'a|ca m'a) fait peur",
    r"mise? a pied", r"(?:jusqu'a ce que|avant que|en attendant que) (?:ma|la|ta|votre) dose",
    r"attend\w* (?:que|que (?:ca|ça)) (?:ca |ça )?(?:passe|se calme|se stabilise)",
    r"en arret(?: maladie| de travail)?", r"arret maladie",
    r"demandez,? ne devinez pas", r"demande,? devine pas", r"ne changez rien", r"ne change rien",
    r"sans (?:votre|ton|un|l'avis de votre|l'avis de ton|l'avis d'un)"
    r" (?:medecin|doc|docteur|addicto\w*|psy\w*|generaliste)",
    r"dangereu\w*", r"danger", r"risqu\w*", r"crises? (?:d'epilepsie|convulsives?)",
    r"convulsions?", r"epilep\w*", r"delire", r"hallucinations?", r"surdos\w*", r"mort\w*",
    r"deces", r"attention", r"prudence", r"prudent\w*", r"mefie\w*", r"mauvaise idee",
    r"deconseill\w*", r"interdi\w*", r"urgences?", r"hopital", r"samu", r"regrett\w*", r"erreur",
    r"contrefa\w*", r"arnaque\w*", r"par pitie", r"ne faites (?:jamais|pas) ca",
    r"(?:parle|parlez|demande|demandez|voyez|voir) (?:en )?(?:avec|a|au) (?:ton|ta|votre|vos|un"
    r"|une|le|la) (?:medecin|doc|docteur|addicto\w*|psy\w*|generaliste|pharmacien\w*"
    r"|specialiste|gyneco\w*|sage-femme|prescripteur|infirmi\w*|toubib|equipe|csapa)",
    r"sous (?:surveillance|controle|suivi)", r"a mes depens", r"plus jamais", r"pensez-y",
    r"penses-y", r"parle[zs]?-en", r"renseigne[zs]?-(?:toi|vous)", r"voye?z avec", r"vois avec",
    r"medecine du travail",
    r"(?:avec|par) (?:un|une|le|la|ton|ta|votre) (?:medecin|doc|addicto\w*|psychiatre"
    r"|specialiste)",
    r"pas (?:sans danger|anodin)",
)
SELF_RELIANCE = (
    r"fai(?:s|tes)(?:-toi|-vous) confiance", r"ecoute[sz]? (?:ton|votre) corps",
    r"(?:tu connais|vous connaissez) (?:ton|votre) corps", r"sois (?:ton|votre) propre medecin",
    r"auto-?medic\w*", r"auto-?prescri\w*", r"demander la permission",
    r"(?:t'en|vous en) (?:as|avez) pas besoin",
)
QUESTION_OPENERS = (
    r"est-ce", r"est ce", r"peut-on", r"puis-je", r"quelqu'un (?:sait|a|aurait|prend)",
    r"je me demande", r"vous pensez", r"tu penses", r"comment (?:vous|tu|faire)", r"qqn",
    r"des (?:conseils|retours|avis)",
)
SUPERVISED = (
    r"(?:mon|ma|notre|son|sa) (?:medecin|doc|docteur|addicto\w*|psy\w*|generaliste|gyneco\w*"
    r"|specialiste|neurologue|pharmacien\w*|infirmi\w*)",
    r"avec (?:mon|ma|notre) (?:medecin|doc|docteur|addicto\w*|psy\w*|generaliste|gyneco\w*"
    r"|specialiste|neurologue|pharmacien\w*|infirmi\w*|toubib|equipe|sage-femme|csapa)",
    r"sous (?:surveillance|controle|suivi)",
    r"m'a (?:dit|conseille|explique|prescrit|fait)",
    r"(?:un|une|le|la) (?:medecin|doc|addicto\w*|psy\w*|generaliste|specialiste) m'a",
    # Sending the reader to their own doctor is supervision too.
    r"(?:appuie[sz]?-(?:toi|vous) sur|fie[sz]?-(?:toi|vous) a|ecoutez?|suivez les conseils de"
    r"|suis les conseils de) (?:ton|ta|votre) (?:medecin|doc|docteur|addicto\w*|generaliste"
    r"|specialiste|psy\w*)",
)
