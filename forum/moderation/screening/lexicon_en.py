"""English concept lexicon for the concept layer (``concepts.py``).

Entries are regex fragments matched on folded text (lower case, no accents,
straight apostrophes) on word boundaries. One concept per tuple; brand and
generic names cover the UK, US, Canadian and French markets where they differ.
Drug names that are the same in French live here only.
"""

from __future__ import annotations

# One concept per tuple, wrapped by hand; formatting one word per line would hide them.
# fmt: off

BACLOFEN = (r"bac?k?l[oa]\w*", r"bac", r"bacoflen", r"lioresal", r"baclocur", r"kemstro", r"ozobax")

# --------------------------------------------------------------------------- substances

BENZOS_AND_Z = (
    r"benzo\w*", r"(?:al|tri|mid|est|lopr)azolam", r"clobazam", r"clorazepate",
    r"(?:di|lor|clon|ox|brom|pr|nordaz|tem|nitr|flunitr|lormet|chlordiaz|clotiaz|ketaz)azepam",
    r"xan(?:ax|ny|s|z|ies)?", r"bars?", r"zannies", r"valium", r"vallies", r"ativan", r"klonopin",
    r"klonnies", r"rivotril", r"lexomil", r"seresta", r"temesta", r"tranxene", r"lysanxia",
    r"librium", r"chlordiazepoxide", r"xanor", r"lexotan", r"zolpidem", r"stilnox", r"ambien",
    r"night ?nurse", r"sominex", r"zzzquil", r"unisom", r"zopiclone", r"imovane", r"zimovane",
    r"eszopiclone", r"lunesta", r"zaleplon", r"sonata",
    r"z-?drugs?", r"sleepers", r"sleeping (?:pills?|tablets?|meds?|aids?)", r"sleep aids?",
    r"(?:nerve|anxiety) (?:pills?|meds?|tablets?)", r"tranq\w*", r"sedatives?", r"downers?",
    r"zolpi\w*", r"stilno\w*", r"zopi\w*", r"vals", r"blues", r"roofies", r"rohypnol", r"etizolam",
    r"etiz", r"phenibut", r"dormicum", r"halcion", r"restoril", r"mogadon", r"sleepeaze",
)
OPIOIDS = (
    r"opioids?", r"opiates?", r"oxy\w*", r"percocet", r"percs?", r"vicodin", r"hydrocodone",
    r"codeine", r"co-?codamol", r"dihydrocodeine", r"tramadol", r"ultram", r"zaldiar",
    r"morphine", r"fentanyl", r"fent", r"heroin\w*", r"smack", r"dope", r"sizzurp",
    r"purple drank", r"dilaudid", r"hydromorphone", r"tapentadol", r"kratom", r"painkillers?",
    r"pain ?meds",
)
OTHER_DEPRESSANTS = (
    r"ghb", r"gbl", r"g", r"liquid ecstasy", r"pregabalin\w*", r"lyrica", r"gabapentin\w*",
    r"neurontin", r"gabbies?", r"hydroxyzine", r"atarax", r"phenergan", r"promethazine",
    r"diphenhydramine", r"benadryl", r"nytol", r"antihistamines?", r"seroquel", r"quetiapine",
    r"ketamine", r"ket", r"weed", r"(?:a bit of|some|smoke|smoking|a little) green", r"bud",
    r"skunk", r"hash", r"dabs?", r"cannabis", r"edibles?", r"gumm(?:y|ies)", r"joints?",
    r"spliffs?", r"blunts?", r"bongs?", r"thc", r"indica", r"barbiturates?", r"phenobarb\w*",
    r"muscle relaxants?", r"methocarbamol", r"carisoprodol", r"soma", r"nitrous", r"poppers",
)
ALCOHOL = (
    r"alcohol", r"booze", r"beers?", r"bevv?(?:y|ies)", r"wines?", r"vino", r"vodka", r"whiske?y",
    r"rum", r"gin", r"tequila", r"shots?", r"spirits", r"liquor", r"cocktails?", r"drinks?",
    r"drinking", r"pints?", r"cans", r"tinnies", r"lagers?", r"ciders?", r"prosecco",
    r"champagne", r"glass(?:es)? of \w+", r"nightcaps?", r"a few jars", r"sesh", r"get drunk",
    r"tipsy", r"buzzed", r"the grog", r"grog", r"a cold one", r"cold ones", r"brewskis?",
    r"bottles? of \w+", r"sherry", r"port", r"bourbon", r"scotch", r"brandy", r"sake",
    r"happy hour", r"pub", r"bar", r"a round", r"a tipple", r"sundowners?", r"stubbies",
)
COMBINE = (
    r"with", r"on", r"alongside", r"along with", r"on top of", r"plus", r"\+", r"&", r"and",
    r"mix\w*", r"combin\w*", r"stack\w*", r"pair\w*", r"together", r"chase\w*", r"while on",
    r"whilst on", r"boost\w*", r"top up", r"in addition to",
)

# --------------------------------------------------------------------------- other treatments

OTHER_TREATMENTS = (
    r"anti-?depressants?", r"ads", r"ssris?", r"snris?", r"sertraline", r"zoloft", r"lustral",
    r"prozac", r"fluoxetine", r"paroxetine", r"seroxat", r"paxil", r"citalopram", r"cipramil",
    r"celexa", r"escitalopram", r"lexapro", r"cipralex", r"effexor", r"venlafaxine", r"cymbalta",
    r"duloxetine", r"mirtazapine", r"remeron", r"bupropion", r"wellbutrin", r"zyban",
    r"trazodone", r"amitriptyline", r"vortioxetine", r"trintellix", r"brintellix", r"lithium",
    r"priadel", r"camcolit", r"depakote", r"valproate", r"lamictal", r"lamotrigine", r"tegretol",
    r"carbamazepine", r"keppra", r"levetiracetam", r"topiramate", r"topamax",
    r"anti-?psychotics?", r"abilify", r"aripiprazole", r"risperdal", r"risperidone", r"zyprexa",
    r"olanzapine", r"seroquel", r"quetiapine", r"clozapine", r"clozaril", r"haloperidol",
    r"haldol", r"anti-?epileptics?", r"anti-?convulsants?", r"seizure meds?", r"epilepsy meds?",
    r"mood stabili[sz]ers?", r"insulin\w*", r"metformin", r"blood thinners?", r"warfarin",
    r"blood pressure (?:meds?|pills?|tablets?)", r"beta-?blockers?", r"propranolol", r"statins?",
    r"thyroid (?:meds?|pills?)", r"levothyroxine", r"naltrexone", r"revia", r"vivitrol",
    r"nalmefene", r"selincro", r"acamprosate", r"campral", r"disulfiram", r"antabuse",
    r"methadone", r"subutex", r"suboxone", r"buprenorphine", r"sublocade", r"adhd meds?",
    r"ritalin", r"adderall", r"vyvanse", r"elvanse",
    r"(?:other|prescribed|psych|psychiatric|mental health|regular|usual) (?:meds?|medications?"
    r"|treatments?|pills?|scripts?)",
    r"meds",
)
STOP_OR_REPLACE = (
    r"came off", r"coming off", r"went off",
    r"pick one", r"choose one", r"(?:the )?better one", r"overkill", r"redundant",
    r"(?:is|are) (?:so much |much |far )?better than", r"one or the other",
    r"discontinu\w*", r"come off (?:it|them)",
    r"stop\w*", r"quit\w*", r"drop\w*", r"ditch\w*", r"dump\w*", r"bin(?:ned)?", r"toss\w*",
    r"chuck\w*", r"come off", r"get off", r"go off", r"wean\w* off", r"cut (?:out|off)",
    r"replac\w*", r"swap\w*", r"instead", r"does the job", r"do the job", r"covers?",
    r"won'?t need", r"don'?t need", r"no need", r"no longer need", r"useless", r"pointless",
    r"rubbish", r"poison", r"garbage", r"trash", r"flush\w*", r"get rid", r"taper off",
    r"throw \w+ away", r"say goodbye", r"kick \w+ to the curb", r"levels? you out",
    r"just as well", r"does (?:it|that) (?:all|too|better)",
    r"(?:only|just) (?:ever )?treat\w* (?:the )?symptoms?", r"fix\w* the (?:root )?cause",
    r"can go", r"(?:can|could|should) be (?:dropped|binned|ditched|stopped)",
    r"(?:it'?s|its) (?:just|only) a (?:sedative|sleeping pill|crutch)",
)

# --------------------------------------------------------------------------- people and places

DOCTORS = (
    r"check-?ins?", r"follow-?ups?", r"reviews?",
    r"addiction services", r"services", r"the team", r"key ?workers?",
    r"medics?", r"healthcare (?:people|professionals|system)", r"the nhs", r"doctors?", r"docs?",
    r"dr", r"drs", r"gps?", r"physicians?", r"psychiatrists?", r"psychs?", r"shrinks?",
    r"addictologists?", r"specialists?", r"prescribers?", r"consultants?", r"nurses?",
    r"pharmacists?", r"the professionals",
    r"medical (?:people|establishment|profession|advice|team|supervision)", r"the system",
    r"clinics?", r"appointments?", r"check-?ups?", r"supervision", r"permission",
    r"the leaflets?", r"the label", r"the rules", r"guidelines",
)
DISMISS_DOCTOR = (
    r"ignoring (?:that|him|her|them|it)",
    r"when (?:you'?re|you are) (?:really|actually) (?:on|at|taking)",
    r"saves? (?:you )?(?:a|the) lecture",
    r"(?:stopped|quit|stop) going",
    r"the less (?:he|she|they|your \w+|the \w+) knows?",
    r"(?:get|gets|getting) (?:twitchy|jumpy|funny|weird|nervous)",
    r"go it alone", r"slow (?:everything|things|it all) down", r"(?:their|the) forms", r"red tape",
    r"slow (?:you|u) down", r"keep (?:them|him|her) out of (?:it|this)",
    r"do (?:your|ur) own thing",
    r"(?:than|what) the (?:docs?|doctors?|gps?) say",
    r"none the wiser", r"(?:he|she|they)'?(?:ll| will) never (?:know|notice|find out)",
    r"tell (?:him|her|them) (?:you'?re|you are) (?:on|at|taking)",
    r"why (?:would|do|should) (?:you|anyone|u) (?:even )?need", r"what do you need (?:a|an|the)",
    r"skip\w*", r"ignor\w*", r"forget\w*", r"bypass\w*", r"screw", r"ditch\w*",
    r"know (?:less|nothing|squat|jack)", r"clueless", r"useless", r"pointless", r"idiots?",
    r"don'?t know", r"doesn'?t know", r"haven'?t a clue", r"no idea", r"don'?t need",
    r"won'?t need", r"no need", r"not needed", r"don'?t wait", r"without", r"run it past",
    r"check with", r"lie to", r"follow (?:the|our|this) (?:forum|group|protocol)",
    r"do it yourself", r"on your own", r"yourself", r"trust (?:yourself|your body|your gut)",
    r"waste of time", r"hassle", r"gatekeep\w*", r"overcautious", r"over-?cautious",
    r"cover their (?:backs|arses|asses)", r"smarter than",
    r"(?:don'?t|never) (?:listen|bother|trust)", r"too (?:cautious|careful|conservative)",
    r"squat", r"figured it out",
    r"(?:stop|quit|don'?t|never) (?:telling|tell|informing|mentioning)",
    r"keep (?:it|this|that) (?:to yourself|quiet|secret|between us)",
    r"what (?:they|he|she) (?:don'?t|doesn'?t) know", r"say \d+", r"tell (?:them|him|her) \d+",
)
SOURCES = (
    r"online", r"on line", r"internet", r"the web", r"the net", r"websites?", r"sites?",
    r"links?", r"dark ?web", r"darknet", r"telegram", r"abroad", r"overseas", r"holiday",
    r"india\w*", r"mexic\w*", r"pakistan\w*", r"turkey", r"turkish", r"thai\w*", r"spain",
    r"spanish", r"portugal", r"bali", r"egypt\w*", r"tunisia\w*", r"morocco", r"pharmacies?",
    r"chemists?", r"over the counter", r"otc", r"no questions asked",
    r"no (?:rx|script|prescription)", r"without (?:a |an )?(?:rx|script|prescription)", r"pm me",
    r"dm me", r"message me", r"inbox me", r"hit me up", r"a guy", r"some guy", r"a bloke",
    r"dealers?", r"plugs?", r"no paperwork", r"housemates?", r"roommates?",
    r"facebook(?: groups?)?",
    r"(?:a|the) group", r"whatsapp",
    r"suppliers?", r"vendors?", r"a lad", r"some lad", r"a fella",
    r"a geezer",
    r"(?:at|from) (?:the|my|ur|your) (?:gym|pub|work|club|local)", r"friends?", r"mates?", r"buddy",
    r"pals?", r"colleagues?",
    r"coworkers?", r"neighbou?rs?", r"relatives?", r"someone like that", r"someone who",
    r"leftovers?", r"spare", r"spares", r"stash", r"vets?", r"pet (?:meds|pharmacy)",
    r"research chemicals?", r"rc (?:sites?|vendors?)", r"ships?", r"shipping", r"delivers?",
    r"mail order",
    r"(?:my |your |a )?(?:sister|brother|mum|mom|dad|aunt|uncle|cousin|nan|gran|grandma|partner"
    r"|wife|husband|girlfriend|boyfriend|flatmate|family)(?:'s)?",
    r"someone always", r"shops?", r"drop me a (?:message|line|pm|dm)", r"posts? to",
    r"don'?t ask for (?:a |an )?(?:script|prescription|rx)", r"hers", r"his", r"theirs",
    r"in (?:private|dm|pm)", r"farmacias?", r"family abroad",
)
ACQUIRE = (
    r"hand (?:it|them) over", r"give (?:it|them) (?:to (?:you|u)|out|away)", r"no questions",
    r"resell\w*", r"(?:i'?ll|i will) add (?:you|u)",
    r"obtain\w*", r"acquir\w*",
    r"buy\w*", r"bought", r"order\w*", r"get", r"gets", r"got", r"getting", r"source\w*",
    r"purchas\w*", r"import\w*", r"ships?", r"shipp\w*", r"deliver\w*", r"ask", r"sell\w*",
    r"borrow\w*", r"nick\w*", r"pinch\w*", r"stock up", r"bring back", r"pick up", r"grab\w*",
    r"score", r"hook (?:you|u) up", r"sort (?:you|u) out", r"use (?:it|them)", r"off a",
    r"from a", r"share", r"take (?:hers|his|theirs|some)", r"send (?:you|u)", r"post\w*",
    r"(?:i'?ll|i can|i will) (?:send|give|pass|dm|pm|hook)",
    r"(?:who|that) (?:has|have|takes?|is on) (?:it|some|them|baclo\w*)", r"use (?:hers|his|theirs)",
)

# --------------------------------------------------------------------------- situations

PREGNANCY = (
    r"bfp", r"positive (?:pregnancy )?test", r"preggers", r"preggo", r"bun in the oven",
    r"pregnan\w*", r"expecting", r"trimester", r"breast ?-?feed\w*", r"nursing", r"pumping",
    r"lactat\w*", r"ttc", r"trying (?:to conceive|for a baby)", r"conceiv\w*", r"the bump",
    r"(?:the|your|my|a|her|for|to) (?:baby|babies|unborn|foetus|fetus|newborn|little one)",
    r"postpartum", r"post-?natal", r"ante-?natal", r"midwi\w*", r"obs?", r"ob-?gyn\w*",
    r"mum-to-be", r"mom-to-be", r"expectant",
)
DRIVING = (
    r"driv(?:e|es|ing|en)", r"drove", r"behind the wheel", r"at the wheel", r"cars?",
    r"motorbikes?", r"motorcycles?", r"scooters?", r"mopeds?", r"ride", r"riding", r"commut\w*",
    r"the roads?", r"motorway", r"highway", r"freeway", r"lorr(?:y|ies)", r"trucks?", r"vans?",
    r"hgv", r"forklifts?", r"cranes?", r"tractors?", r"diggers?", r"machinery", r"machines?",
    r"power tools?", r"chainsaws?", r"ladders?", r"scaffold\w*", r"heights", r"roofs?",
    r"operat\w* (?:heavy )?(?:machinery|equipment)", r"pilot\w*", r"flying", r"tradie",
    r"on site", r"building site",
    r"(?:lorry|truck|taxi|cab|uber|bus|van|delivery|forklift|crane) drivers?", r"cabbie",
    r"couriers?", r"miles", r"the van",
    r"(?:take|took|taking|drop|dropped|dropping|drive|drove|driving) (?:the |my |your )?kids"
    r"(?: to school)?",
    r"cycl(?:e|es|ing)", r"bikes?", r"biking",
    r"bicycles?", r"the school run", r"(?:drive|driving|steer\w*|sail\w*) (?:a|the|my|your) boat",
    r"sailing", r"jet-?skis?", r"quad bikes?",
    r"mowers?", r"lawnmowers?", r"angle grinders?", r"table saws?", r"lathes?", r"welding",
    r"behind the wheel", r"at the controls", r"on the road", r"road trips?", r"long drives?",
    r"(?:look|looking) after (?:the |your |my )?(?:kids|baby|toddler|children)"
    r" (?:alone|on (?:my|your) own)",
    r"(?:alone|on (?:my|your) own) with (?:the |your |my )?(?:kids|baby|toddler|children)",
    r"babysit\w*", r"swimming", r"lifeguard\w*",
)
DROWSY = (
    r"drowsy", r"drowsiness", r"sleepy", r"sleepiness", r"tired", r"woozy", r"groggy", r"dozy",
    r"nod(?:ding)? off", r"nodd\w*", r"knackered", r"yawn\w*", r"foggy", r"fog", r"wobbl\w*",
    r"dizzy", r"sedat\w*", r"spaced", r"out of it", r"zonked", r"awake",
)
DRIVING_EXCLUDE = (r"driving (?:me|him|her|us) (?:mad|crazy|bonkers|nuts|up)", r"drives? me to")

# --------------------------------------------------------------------------- stopping and doses

STOP = (
    r"stop\w*", r"quit\w*", r"drop\w*", r"ditch\w*", r"dump\w*", r"bin(?:ned|ning|s)?", r"come off",
    r"last (?:pill|dose|tablet|tab|one)",
    r"coming off", r"came off", r"get off", r"go off", r"went off", r"cut (?:it |them )?out",
    r"kick (?:it|the \w+)", r"pack (?:it|them) in", r"give (?:it|them) up",
    r"went (?:from|to|cold|straight)",
    r"go(?:ing)? to (?:0|zero|nothing)", r"to (?:0|zero|nothing)", r"off",
    r"from \d+ (?:mg )?(?:to|->) (?:0|zero|nothing|zip|none)",
)
ABRUPT = (
    r"(?:nothing|none|zero|no pills?) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|tomorrow|the next day|next day)",
    r"tomorrow", r"tonight", r"today",
    r"(?:pick|choose) (?:a|one) (?:day|date)",
    r"(?:on|this|next|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"(?:this|next|at the) weekend", r"don'?t refill", r"stop refilling",
    r"cold[- ]?turk\w*", r"abrupt\w*", r"all at once", r"at once", r"in one go", r"overnight",
    r"suddenly", r"immediately", r"straight away", r"right away", r"just like that",
    r"(?:to|->) ?(?:0|zero|nothing)",
    r"in (?:a|one|two|three|few|couple of|\d+) (?:days?|nights?)",
    r"across (?:a|one|two|three|\d+) days", r"over (?:a|the) weekend", r"on a \w+day",
    r"in a week", r"within a week", r"and (?:that'?s it|you'?re done|done)", r"done and dusted",
    r"over a week", r"no taper\w*", r"without (?:a )?taper\w*",
    r"skip the taper", r"rip the (?:plaster|band-?aid) off", r"one day",
    r"(?:to|->) (?:zip|zilch|nada|nil|none)",
    r"(?:in|over|within) (?:a|one|the|a single) (?:day|night|weekend|week|go|hit|sitting)",
    r"(?:over|in|within) (?:two|three|four|\d+) (?:days?|nights?)", r"pull the plug",
    r"in \d+ ?(?:h|hrs?|hours)",
    r"(?:one|on a|that) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"one (?:\w+ )?(?:morning|evening|night)",
    r"for (?:the |a )?(?:two|three|few|couple of|\d+) (?:days|weeks)",
)
TAPER_DISMISS = (
    r"taper\w*", r"weaning", r"coming down slowly", r"step(?:ping)? down", r"slow[- ]reduction",
    r"(?:slow|gradual) (?:reduction|decrease|wean\w*|come-?down)",
)
DISMISSIVE = (
    r"cost (?:me|us|you) (?:a|an|six|two|three|\w+) (?:year|years|months|weeks)",
    r"no (?:reason|point|need) to", r"why (?:drag|bother)",
    r"for (?:people|those|anyone) who (?:like|love|enjoy) (?:suffering|pain|misery)",
    r"drags? (?:it |things )?out", r"drags? out the misery",
    r"over-?hyped", r"blown out of proportion", r"hype",
    r"scam", r"a con", r"racket", r"arbitrary", r"made up", r"overblown", r"overrated",
    r"exaggerated", r"myth", r"bs", r"bullshit", r"nonsense", r"rubbish", r"pointless",
    r"unnecessary", r"overkill", r"for wimps", r"scaremongering", r"paranoid", r"silly",
    r"ridiculous", r"a joke", r"too (?:slow|cautious|careful)", r"for babies", r"baby steps",
    r"smarter than the leaflets?", r"nanny", r"box-?ticking", r"overthink\w*", r"crowd",
    r"no need", r"don'?t bother", r"not needed", r"waste of time",
    r"forget (?:about )?(?:the )?(?:taper|tapering|leaflet|warnings?|rules?|limit|cap|max\w*"
    r"|titration|schedule|slow \w+|label|guidelines?)",
    r"over-?cautious",
    r"overly (?:cautious|careful)", r"over the top", r"ott",
    r"(?:drowsiness|sleepiness|driving|machinery) warnings? (?:is|are) (?:\w+ )?(?:overcautious"
    r"|bs|rubbish|overkill|silly)",
    r"for old (?:people|ladies|folks|grannies)", r"for grannies",
)
EXCESS = (
    r"handfuls?", r"triple (?:it|up|your dose|the dose)", r"double (?:it|up|your dose|the dose)",
    r"quadruple", r"can'?t (?:really )?(?:overdose|od)", r"impossible to (?:overdose|od)",
    r"no (?:max|maximum|ceiling|limit|upper limit)",
    r"as (?:much|many) as (?:you|u) (?:need|want|like)", r"the more the better",
    r"more is better", r"max (?:it )?out", r"load up", r"megadose\w*", r"sky'?s the limit",
    r"whatever it takes", r"extra (?:pills?|tabs?|doses?|ones?)",
    r"take (?:a few|a couple|some|one|two) (?:more|extra)", r"keep (?:going|taking) (?:up|more)",
    r"(?:take|have|use) (?:what|whatever|as much as) (?:you|u) (?:need|want|like|fancy)",
    r"(?:pills?|tablets?|tabs?|doses?) (?:more|extra)",
    r"(?:more|extra|additional) (?:pills?|tablets?|tabs?)", r"(?:max|maximum) dose schmax",
    r"keep (?:climbing|going up|increasing|upping|raising|adding|pushing)(?: \w+){0,3}"
    r" (?:until|till)",
    r"(?:go|climb|push) (?:up )?(?:until|till) (?:the |your )?(?:cravings?|urges?) (?:stop|go)",
    r"no matter how (?:many|much|high)",
    r"(?:a|one) (?:pill|tablet|tab) (?:every|each) (?:hour|couple of hours|two hours|\d+ ?h\w*)",
    r"(?:take|takes|taking|have|pop)(?: \w+)? (?:an )?extra \d+",
    r"\d{2,3},? \d{2,3},? (?:whatever|no matter)", r"however (?:many|much) it takes",
    r"(?:keep|carry on) (?:adding|taking|popping) (?:\w+ ){0,3}"
    r"(?:whenever|every time|each time|when(?:ever)? the)",
    r"(?:a few|several|some) more", r"extra (?:baclo\w*|lioresal|pills?|tabs?|tablets?|doses?)",
    r"x ?[2-9] (?:your|ur|the|a) (?:usual |normal |regular |daily )?dose",
    r"(?:double|triple|quadruple|twice|three times|x ?[2-9]) (?:your|ur|the)"
    r" (?:usual |normal )?dose",
    r"as (?:much|many) as (?:it takes|needed|necessary|you can)",
    r"take (?:more|extra)(?= ?(?:[.,;!)]|$|of (?:it|them|the \w+)|baclo\w*|pills?|tabs?"
    r"|tablets?|mg))",
    r"(?:up|raise|bump|push) it yourself", r"(?:there'?s|there is) no (?:ceiling|limit|max\w*)",
    r"(?:a|the) ceiling\. there isn'?t", r"no such thing as too (?:much|many|high)",
    r"(?:higher|more) is (?:better|safer)", r"don'?t (?:stop|hold back) at \d+",
)
LIMITS = (
    r"(?:the )?(?:max|maximum) dose", r"dose (?:max|maximum|limit|cap)",
    r"(?:the )?(?:80|80 ?mg) (?:cap|limit|max|ceiling|rule)",
    r"(?:the )?(?:cap|ceiling|upper limit|limit)",
)
# Fast titration that needs no number: skipping the steps, mocking the slow pace.
RAPID_STRONG = (
    r"skip(?:ping)? (?:the )?(?:slow \w+|steps|titration|increments)", r"baby steps",
    r"(?:the )?slow (?:increase|titration|build-?up|approach|ramp)",
    r"ramp (?:it )?up (?:fast|hard|quick\w*)", r"(?:go|climb) up (?:hard|fast)",
    r"(?:doubl|tripl)\w* (?:my|your|the|ur|those|these|all|each of) (?:increases|increments|steps"
    r"|jumps|rises|ups)",
    r"(?:doubl|tripl)\w* (?:it|the dose|your dose|ur dose|up) (?:every|each)",
    r"(?:titration|schedules?|protocols?|slow build-?up|slow titration|the slow way) (?:is|are)"
    r" for (?:the )?(?:timid|wimps|cowards|babies|scared|nervous|weak|grannies|snails)",
    r"snail'?s? pace", r"skip (?:the )?(?:slow )?build-?up", r"life'?s too short",
)
RAPID = (
    r"ramp\w*", r"baby steps", r"every (?:morning|evening|night) and", r"tomorrow",
    r"the day after", r"in (?:a|one|two|three|four|five|\d+) (?:days?|weeks?)",
    r"straight (?:to|in at|up to)", r"jump\w* (?:to|straight)",
    r"start (?:at|on|with) (?:a )?high", r"skip (?:the )?(?:steps|titration|slow)", r"faster",
    r"speed (?:it )?up", r"fast[- ]track", r"rush", r"day one", r"first day",
    r"from day (?:one|1)", r"twice a day", r"(?:morning|am) and (?:night|evening|pm)",
    r"every single day", r"extra (?:every|each|a) day", r"more (?:every|each) day",
    r"over (?:two|three|four|a few|\d+) days",
    r"\d{2,3}(?: ?(?:,|->|then|/) ?(?:mg )?\d{2,3}){2,}", r"next day \d+", r"day after \d+",
)

# --------------------------------------------------------------------------- advice cues

ADVICE = (
    r"(?:you|u|ya|y'all|you guys|everyone|anyone|people|folks?)(?:'ll| will| just)? (?:can|could"
    r"|should|may|might|must|need to|have to|ought to|gotta|'d better|better)(?!n?'?t\b| not\b)",
    r"you(?:'re| are|r) (?:fine|good|ok|okay|safe|golden|set|sorted)",
    r"you(?:'ll| will) (?:be|feel) (?:fine|ok|okay|alright|good|grand|great)", r"you'll see",
    r"you'll (?:thank|love|wonder)", r"trust me", r"believe me", r"take it from me",
    r"(?:i )?(?:would |'d )?(?:highly |strongly )?recommend\w*", r"i (?:suggest|advise|say)",
    r"my (?:advice|tip|two cents)", r"pro ?tip", r"protip", r"(?:dose |top |quick )?advice",
    r"the (?:trick|key|secret|move|answer|solution) is", r"is the (?:move|way|answer|ticket)",
    r"best bet", r"worth (?:a )?(?:trying|try|a go|a shot|it)",
    r"give it a (?:go|try|shot|whirl)", r"go for it", r"go ahead", r"crack on", r"get on with it",
    r"just do it", r"feel free", r"do (?:the same|what i did|like me|it)", r"same for you",
    r"you can too", r"works? for",
    r"if you(?:'re| are)? (?:stuck|struggling|anxious|desperate|impatient|serious|sensible)",
    r"if you (?:know|have|can find|want|need|can'?t)", r"whoever", r"anyone who",
    r"(?:don'?t|do not|dont|no need to) (?:worry|be (?:afraid|scared|shy)|hesitate|panic"
    r"|overthink|stress|sweat it|bother|wait)",
    r"why (?:not|bother|wait|suffer)", r"who needs", r"what'?s the worst", r"save yourself",
    r"loads of us", r"lots of (?:us|people)", r"plenty of (?:us|people)", r"we all do",
    r"everyone does", r"no one will know", r"nobody will know",
    r"just (?:ask|take|pop|grab|order|bump|add|skip|drop|stop|go|use)", r"anyone who hates",
    r"instead of waiting",
    r"(?:i'?ll|i can|i will|happy to) (?:send|give|pass|dm|pm|message|sort) (?:you|u)",
    r"(?:dm|pm|message) me", r"hit me up", r"tips? (?:from|for)", r"what we all (?:did|do)",
    r"we all did", r"(?:weekend|quick|top|little) tips?",
    r"(?:the )?(?:best|easiest|simplest|quickest|cheapest) (?:way|thing|option|bet|trick)",
    r"next time (?:you|u)", r"if (?:you'?ve|you have|u have|you) got", r"should try it",
    r"(?:everyone|everybody|anyone|anybody|people|folks|newbies|beginners)(?: \w+){0,3}"
    r" (?:should|must|needs? to|ought to)",
    r"(?:if i were you|in your shoes|what i'?d do|i'?d do)",
    r"(?:some|most|many|lots|a lot) of us (?:need|have to|must|end up)",
    r"my (?:rule|formula|recipe)",
    r"rule of thumb", r"copy me", r"do as i did", r"follow (?:your|ur) (?:gut|instincts?|heart)",
    r"(?:you|u) don'?t need both",
    r"(?:ladies|girls|mamas|mums|guys),? don'?t stop",
    r"don'?t stop (?:taking )?it", r"not saying (?:you should|to)",
    r"(?:you'?ll|you will) (?:probably |likely )?find the same",
    r"(?:patients|people|mothers|mums|moms|women|users|drivers|adults)"
    r"(?: (?!(?:say|says|said|claim\w*|think\w*|tell\w*|believe\w*|who|that)\b)\w+){0,3}"
    r" (?:can|may|could)", r"i (?:really |strongly )?(?:encourage|urge) (?:you|everyone|anyone)",
    r"i (?:don'?t|do not) see why (?:you|others|anyone|everyone)",
    r"worth (?:thinking about|considering|a thought|looking into)", r"(?:should|could) consider",
    r"(?:most|all|many|each|the rest) of (?:you|ya)",
)
OTHER_ROUTES = (
    r"(?:best|nice|good|great|proper|floaty|weird|legal|cheap) (?:high|trip|buzz)",
    r"dissolv\w*", r"(?:quicker|faster|harder|stronger) hit", r"hits? (?:faster|quicker|harder)",
    r"(?:a |proper |nice |real )?buzz", r"get (?:high|wasted|messed up|off your face)",
    r"snort\w*", r"sniff\w*", r"insufflat\w*", r"inject\w*", r"shoot (?:it|them|up)", r"iv",
    r"crush\w* (?:it|them|the (?:pills?|tabs?|tablets?)|a couple|a few|up)", r"boof\w*",
    r"plug(?:ging)? it", r"parachut\w*", r"to get (?:high|stoned|wasted|a buzz)",
    r"recreational\w*",
)
NORMAL = (
    r"(?:baby|bump|kid|little one|she|he)'?s (?:fine|ok|okay|doing (?:fine|great|well))",
    r"worth asking around", r"no paperwork",
    r"(?:they|we|kids|the kids)'?(?:re| are) (?:fine|ok|okay|grand|great)",
    r"don'?t let (?:it|that|this) (?:stop|put) (?:you|u)",
    r"(?:it'?s|its|that'?s) (?:great|brilliant|amazing|perfect)",
    r"sleep like (?:a log|a baby|the dead|a rock)",
    r"don'?t let (?:anyone|anybody|them|people)"
    r" (?:make (?:you|u) feel (?:bad|guilty)|guilt|shame|judge)",
    r"(?:the )?risk is (?:basically |practically |pretty much |close to )?"
    r"(?:zero|nil|minimal|tiny)",
    r"works? a (?:charm|treat)", r"the less (?:\w+ ){1,3}(?:knows?|sees?|hears?),? the better",
    r"(?:sounds|looks|seems|is) (?:scary|a lot|crazy|high|insane|mad|dangerous) but",
    r"(?:is|are) (?:well[- ])?tolerated", r"need not (?:abstain|stop|worry)",
    r"needn'?t (?:abstain|stop|worry)", r"no evidence of (?:harm|danger|risk)",
    r"(?:perfectly |totally |entirely )?reasonable",
    r"not (?:strictly |really |actually )?(?:necessary|needed|required)",
    r"don'?t let (?:the |those |any |all the )?(?:warnings?|leaflets?|labels?|doctors?|docs?|gps?"
    r"|anyone|anybody|them|people|the killjoys) (?:stop|scare|put) (?:you|u)",
    r"(?:cravings?|urges?) (?:gone|vanish\w*|disappear\w*|sorted)", r"problem solved", r"boom",
    r"(?:it'?s|its) (?:just |only )?a muscle relaxant", r"not heroin",
    r"(?:have|has|'ve) never (?:tried|taken|done) (?:it|them|this)", r"never tried it",
    r"killjoys?", r"party poopers?", r"covering (?:themselves|their backs|their arses)",
    r"(?:are|is) (?:the go|a winner|unbeatable)", r"hits? (?:nicer|better|harder)",
    r"(?:you'?ll|you will) be fine behind the wheel", r"no (?:dramas|bother|fuss)",
    r"(?:it'?s|it is|its|that'?s|thats|is|are|totally|perfectly|completely|pretty|quite|100%"
    r"|really|super|actually|still|all) (?:fine|safe|ok|okay|harmless|alright|all right|grand"
    r"|normal|manageable|nothing)",
    r"no (?:big ?deal|biggie|problem|problems|issue|issues|worries|risk|danger|harm|drama"
    r"|side effects)",
    r"nothing (?:bad|happens|happened|wrong)",
    r"not (?:a (?:big )?deal|an issue|a problem|dangerous|risky|harmful)",
    r"won'?t (?:hurt|kill|harm|do (?:\w+ )?(?:any )?harm)", r"harmless", r"totally manageable",
    r"manageable", r"i'?m (?:grand|fine|ok|okay|great)",
    r"(?:i|it|i'?ve|i have|it'?s|it has) (?:was|felt|been) (?:fine|grand|great)",
    r"(?:i'?m|i was) (?:fine|grand|great)", r"thriving", r"incredible", r"amazing", r"magic",
    r"the way to go", r"works? (?:like a charm|great|fine|wonders|a treat)",
    r"never (?:stopped|hurt|harmed|killed) any\w*", r"never looked back",
    r"still (?:here|alive|standing)", r"only a muscle relaxant", r"take (?:s )?the edge off",
    r"got me through", r"sleep (?:was|is) (?:incredible|great|amazing)", r"(?:way )?less hassle",
    r"better than (?:drinking|the booze|booze|relapsing)", r"cheaper", r"easy", r"piece of cake",
    r"done", r"legit", r"reliable", r"the sleepiness is worth it", r"worth it",
    r"(?:is|are) the move", r"your body (?:will )?(?:cope|adjust|adapt)",
    r"(?:is|are) smarter than", r"you get used to it", r"wakes? you (?:right )?up",
    r"(?:play|get along|go|work|mix)s? (?:nicely|well|fine|great|perfectly) (?:together|with)",
    r"(?:been|i'?ve been|i was) (?:combining|mixing|taking|stacking) (?:them|both|it)",
    r"(?:are|r) (?:mates|friends|besties)", r"moderation is the key",
    r"knocks? you (?:right )?out", r"best sleep", r"sorted me (?:right )?out",
    r"helps? (?:massively|loads|a lot)", r"(?:way |much |far )?(?:more dangerous|worse) than",
    r"nothing bad (?:will )?happen\w*", r"(?:are|is) fine", r"be damned",
    r"(?:the )?precautions (?:are )?(?:overkill|bs|rubbish)",
    r"(?:is|are|was|were) (?:perfect|healthy|thriving|absolutely fine)",
    r"no reason to (?:stop|quit|worry|change|panic|come off)", r"perfectly healthy",
    r"(?:faster|quicker|more|higher|sooner) is better",
    r"the (?:faster|quicker|sooner|higher) the better",
    r"you'?ll (?:reach|get there|hit|get used|adjust)",
    r"(?:but|and|still|yet) (?:fine|ok|okay|grand|alright)", r"(?:totally |perfectly )?doable",
    r"best (?:feeling|thing|decision|move) (?:ever|i (?:ever )?did)",
    r"(?:the )?combo is (?:amazing|great|perfect|brilliant)",
    r"evens? (?:everything|things|it all) out", r"you'?re out in",
)
SAFETY = (
    r"dangerous", r"danger", r"risk\w*", r"seizures?", r"fits?", r"convuls\w*", r"deliri\w*",
    r"hallucinat\w*", r"psychosis", r"coma", r"overdos\w*", r"died", r"death", r"deadly",
    r"fatal", r"lethal", r"careful", r"caution", r"warn\w*", r"bad idea", r"unsafe", r"hospital",
    r"a&e", r"er", r"emergency", r"ambulance", r"crash\w*", r"accident\w*", r"counterfeit",
    r"fakes?", r"scam(?:med|s)", r"please don'?t", r"don'?t do (?:it|this|that)",
    r"not worth (?:it|the risk)", r"(?:talk|speak|check) (?:to|with) (?:your|a|the) \w+",
    r"ask (?:your|a|the) (?:doctor|doc|gp|pharmacist|prescriber|psychiatrist|nurse|specialist)",
    r"under (?:medical |close )?supervision", r"regret\w*", r"mistake", r"idiot", r"stupid",
    r"the hard way", r"ended up", r"nearly", r"almost",
    r"worth (?:asking|checking|mentioning|raising|a chat)", r"ask (?:about|them|him|her)",
    r"(?:with|by) (?:a|your|my|the) (?:doctor|doc|gp|psychiatrist|specialist|prescriber)",
    r"(?:not|isn'?t|never|wasn'?t) (?:safe|ok|okay|fine|a good idea|worth it)", r"signed me off",
    r"between you and your \w+", r"medically supervised", r"with supervision",
    r"ask,? don'?t guess", r"stopped driving", r"scared me",
    r"until (?:my|the|your) dose (?:was|is|had|has) (?:been )?stable",
    r"taken off (?:driving|the road|work|the roads)",
    r"wait (?:until|till) (?:it|that|the \w+) (?:passes|settles|wears off)",
    r"off work", r"time off", r"signed off", r"do (?:this|it) properly",
    r"without (?:your|a|the) (?:doctor|doc|gp|prescriber)",
    r"don'?t change anything",
)
SELF_RELIANCE = (
    r"(?:titrate|dose|manage|taper|do) (?:it |this |them )?(?:yourself|on your own)",
    r"trust (?:yourself|your (?:own )?(?:body|gut|instincts?))", r"listen to your (?:own )?body",
    r"you know your (?:own )?body", r"be your own (?:doctor|doc)", r"self-?medicat\w*",
    r"self-?prescrib\w*", r"self-?titrat\w*", r"wait for permission",
    r"run it past (?:anyone|anybody|a doctor|your doctor|your gp)", r"diy (?:it|protocol)",
    r"(?:we|i) figured it out (?:ourselves|myself|on (?:our|my) own)",
    r"work out your own (?:schedule|dose|plan|protocol)",
    r"keep (?:it|this|that) (?:to yourself|quiet|secret|from (?:them|your \w+))",
    r"make your own (?:plan|schedule|protocol)",
)
QUESTION_OPENERS = (
    r"is it", r"is there", r"is that", r"can i", r"could i", r"should i", r"am i", r"do i",
    r"does (?:anyone|it|baclofen)", r"has anyone", r"have you", r"did anyone",
    r"anyone (?:know|tried|here)",
    r"anyone else(?= (?:get|gets|got|have|has|had|feel|felt|notice\w*|find|found|experienc\w*"
    r"|tried|try|on|taking|been|struggl\w*|deal\w*|know|see|seen|think|use|using)\b)",
    r"how (?:do|long|much|did)",
    r"what (?:do|did|should|would)", r"wondering", r"i wonder",
    r"any (?:advice|tips|thoughts|ideas)",
)
SUPERVISED = (
    r"(?:my|our|his|her) (?:doctor|doc|gp|psychiatrist|addictologist|specialist|nurse|consultant"
    r"|prescriber|addiction (?:nurse|psychiatrist|team|doctor))",
    r"with (?:my|our) (?:doctor|doc|gp|psychiatrist|psych|addictologist|specialist|nurse|consultant"
    r"|prescriber|team|midwife|ob|obgyn|key ?worker|care team|addiction \w+|pharmacist)",
    r"under (?:medical |close )?supervision",
    r"(?:a|an|the) (?:doctor|doc|gp|psychiatrist|addictologist|specialist|nurse) (?:had|put|got"
    r"|has) me",
    # Sending the reader to their own doctor is supervision too.
    r"(?:lean on|rely on|listen to|follow) your (?:doctor|doc|gp|prescriber|psychiatrist"
    r"|specialist|addiction \w+)",
)
