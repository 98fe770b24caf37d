"""The safety screener: doses, detectors per category and language, rules, API shape.

The example posts below are written for these tests, not copied from the labelled
dev set, so they also check that the detectors generalise beyond it.
"""

# Example posts stay on one line each so they read as posts.
# ruff: noqa: E501

from pathlib import Path

import pytest

from forum.moderation.screening import (
    CATEGORIES,
    DEFAULT_THRESHOLDS,
    Match,
    Rule,
    Thresholds,
    detect_language,
    estimate_daily_dose,
    extract_doses,
    highlight,
    screen,
    validate_rule,
)
from forum.moderation.screening_eval import evaluate, parse_jsonl

DEV_SET = Path(__file__).resolve().parents[1] / "data" / "screening_dev.jsonl"

# --------------------------------------------------------------------------- doses


@pytest.mark.parametrize(
    ("text", "mg", "per_day"),
    [
        ("I take 120mg", 120, None),
        ("120 mg/day", 120, 120),
        ("60 mg three times a day", 60, 180),
        ("3 x 25 mg", 25, 75),
        ("3x10mg/day", 10, 30),
        ("12 pills of 10mg", 120, None),
        ("4 comprimés de 10 mg", 40, None),
        ("80 mg/jour", 80, 80),
        ("80mg par jour", 80, 80),
        ("20 mg tid", 20, 60),
        ("twice daily 40 mg"[12:], 40, None),
        ("thirty mg", 30, None),
        ("one hundred and twenty mg a day", 120, 120),
        ("trente milligrammes", 30, None),
        ("quatre-vingt-dix mg", 90, None),
        ("dix comprimés", 100, None),
        ("0,5 g", 500, None),
        ("1.5g daily", 1500, 1500),
        ("twelve 25s a day", 300, 300),
        ("trois cachets de 25", 75, None),
    ],
)
def test_extract_doses_reads_each_written_form(text, mg, per_day):
    (dose,) = extract_doses(text)
    assert (dose.mg, dose.per_day) == (mg, per_day)
    assert text[dose.start : dose.end] == dose.text


def test_extract_doses_marks_per_kg_doses():
    (dose,) = extract_doses("somewhere between 1-4 mg/kg")
    assert dose.per_kg and dose.mg == 4


def test_extract_doses_skips_other_drugs_and_grams_of_alcohol():
    text = "10 mg of diazepam, 60 g d'alcool par jour, and 90mg of baclofen"
    assert [d.mg for d in extract_doses(text)] == [90]


def test_estimate_daily_dose_takes_the_highest_daily_amount():
    text = "Started at 5 mg three times a day, now 60 mg three times a day."
    assert estimate_daily_dose(text) == 180


def test_estimate_daily_dose_uses_the_stated_weight_for_mg_per_kg():
    assert estimate_daily_dose("2 mg/kg, I weigh 90 kg") == 180
    assert estimate_daily_dose("2 mg/kg") == 2 * DEFAULT_THRESHOLDS.assumed_body_weight_kg


def test_estimate_daily_dose_is_none_without_a_dose():
    assert estimate_daily_dose("Day 100 sober today, thank you all.") is None


def test_extract_doses_reads_comma_as_thousands_in_english_and_decimal_in_french():
    assert extract_doses("1,000 mg", "en")[0].mg == 1000
    assert extract_doses("1,5 g", "fr")[0].mg == 1500


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My doctor says I should go slowly with the dose.", "en"),
        ("Mon médecin dit que je dois monter doucement.", "fr"),
        ("je suis a 90 mg et ca va mieux", "fr"),
    ],
)
def test_detect_language_guesses_english_or_french(text, lang):
    assert detect_language(text) == lang


# --------------------------------------------------------------------------- detectors

UNSAFE = [
    ("en", "abrupt_stop", "Honestly mate, you can quit baclofen overnight. I did at 200mg."),
    ("en", "abrupt_stop", "Tapering is a waste of time, just drop it all on Monday."),
    ("en", "abrupt_stop", "No need to wean off it, baclo isn't addictive."),
    ("en", "abrupt_stop", "Go cold turkie, you'll be fine."),
    ("fr", "abrupt_stop", "Tu peux tout lâcher du jour au lendemain, le baclo c'est pas addictif."),
    ("fr", "abrupt_stop", "Pas la peine de diminuer, arrete net et c'est fini."),
    ("en", "mixing_depressants", "Baclofen plus a couple of valiums at night works wonders."),
    ("en", "mixing_depressants", "You can absolutely have a few pints on baclofen, no big deal."),
    ("en", "mixing_depressants", "Go ahead and take your oxycodone with it, they don't interact."),
    ("fr", "mixing_depressants", "Tu peux boire un verre de vin avec le baclofène, aucun risque."),
    ("fr", "mixing_depressants", "Un Xanax avec le baclo le soir, n'hésite pas."),
    ("en", "excessive_dose", "Don't be afraid to go up to 350mg a day, that's where it works."),
    ("en", "excessive_dose", "You should be taking at least 250 mg daily by now."),
    ("fr", "excessive_dose", "N'hésite pas à monter à 300 mg par jour, c'est là que ça marche."),
    ("fr", "excessive_dose", "Tu devrais prendre au moins 250 mg/jour, en dessous ça sert à rien."),
    ("en", "rapid_titration", "Just increase by 20mg every day until the cravings disappear."),
    ("en", "rapid_titration", "Double your dose each morning, you'll hit your switch in a week."),
    ("fr", "rapid_titration", "Augmente de 20 mg tous les jours jusqu'à l'indifférence."),
    ("fr", "rapid_titration", "Commence directement à 90 mg, les paliers c'est trop lent."),
    ("en", "no_prescription", "You can get it without a prescription from Mexican pharmacies."),
    ("en", "no_prescription", "Just buy it off the internet, nobody checks."),
    ("fr", "no_prescription", "Tu peux le commander en ligne sans ordonnance, c'est facile."),
    ("fr", "no_prescription", "Achète-le en Espagne, là-bas pas besoin d'ordonnance."),
    ("en", "stopping_treatment", "Ditch the antidepressants, baclofen will handle your mood."),
    ("en", "stopping_treatment", "You can stop your naltrexone now, it's useless anyway."),
    ("fr", "stopping_treatment", "Arrête tes antidépresseurs, le baclo suffit largement."),
    ("fr", "stopping_treatment", "Tu peux laisser tomber ton Seroplex maintenant."),
    ("en", "dismissing_supervision", "Doctors know nothing about baclofen, do it yourself."),
    ("en", "dismissing_supervision", "Don't tell your psychiatrist how much you're taking."),
    ("fr", "dismissing_supervision", "Pas besoin de toubib pour ça, tu gères tout seul."),
    ("fr", "dismissing_supervision", "Ne dis rien à ton medecin, il va te faire baisser la dose."),
    ("en", "pregnancy", "It's totally fine to keep taking baclofen while pregnant."),
    ("en", "pregnancy", "You can breastfeed on baclofen, no risk at all."),
    ("fr", "pregnancy", "Tu peux continuer le baclo pendant ta grossesse, c'est sans danger."),
    ("fr", "pregnancy", "L'allaitement sous baclofène ne pose aucun problème, continue."),
    ("en", "driving", "You'll be fine driving on baclofen even if you feel sleepy."),
    ("en", "driving", "Driving on 120mg is no problem, I do it every day."),
    ("fr", "driving", "Tu peux conduire sous baclo même si t'es somnolent, aucun souci."),
    ("fr", "driving", "Conduire à 150 mg c'est pas dangereux, faut juste un bon café."),
    ("en", "other", "Crush the pills and snort them, it hits faster."),
    # Written the way members write: lower case, slang, no accents.
    (
        "en",
        "abrupt_stop",
        "been on 150 for a year, decided im done with it, binned the lot yesterday. honestly if ur thinking about it just do the same, body sorts itself out",
    ),
    ("en", "abrupt_stop", "why would you taper?? its not heroin lol. stop whenever"),
    (
        "en",
        "abrupt_stop",
        "Coming off is easy, I went from 120 to nothing in 3 days. Don't listen to the scare stories.",
    ),
    (
        "fr",
        "abrupt_stop",
        "perso j'ai tout arrêté d'un coup a 180 et nickel, franchement faites pareil les paliers c'est pour les flippés",
    ),
    ("fr", "abrupt_stop", "Arreter le baclo brutalement ? aucun probleme, je l'ai fait deux fois."),
    (
        "en",
        "mixing_depressants",
        "a couple of glasses of red with your evening baclo is grand, I've done it for months",
    ),
    (
        "en",
        "mixing_depressants",
        "If you're anxious just pop a diazepam with your baclofen, takes the edge right off",
    ),
    (
        "fr",
        "mixing_depressants",
        "une petite biere avec le baclo ça n'a jamais tué personne, profite",
    ),
    (
        "fr",
        "mixing_depressants",
        "Prends ton lexomil en même temps que le baclo, ça marche super bien pour dormir",
    ),
    (
        "en",
        "excessive_dose",
        "honestly 80mg is a joke, most of us needed 300+. just keep going up till it works, the sky's the limit",
    ),
    ("en", "excessive_dose", "Take 200 mg tonight and you'll see, the cravings will be gone."),
    ("fr", "excessive_dose", "80 mg c'est rien, monte à 250 sans te poser de questions"),
    ("fr", "excessive_dose", "Prends 200 mg d'un coup le soir, tu vas voir la différence"),
    (
        "en",
        "rapid_titration",
        "forget the 3 day rule, go up 15mg every day, you'll be at your switch in no time",
    ),
    (
        "en",
        "rapid_titration",
        "The titration schedule doctors give is way too slow. Start at 50mg and add 25 each day.",
    ),
    (
        "fr",
        "rapid_titration",
        "monte de 25 mg par jour, pas besoin d'attendre 3 jours entre chaque palier",
    ),
    (
        "fr",
        "rapid_titration",
        "Ton protocole est beaucoup trop lent, double la dose tous les deux jours.",
    ),
    (
        "en",
        "no_prescription",
        "my gp wouldnt prescribe so i got mine off a guy at work, easiest thing ever. ask around",
    ),
    (
        "en",
        "no_prescription",
        "Loads of sites sell it with no script. Google it, they ship in a week.",
    ),
    ("fr", "no_prescription", "y a des sites qui en vendent sans ordo, je te file le lien en mp"),
    (
        "fr",
        "no_prescription",
        "Demande a ta voisine qui en prend pour ses muscles, elle t'en donnera",
    ),
    (
        "en",
        "stopping_treatment",
        "Once you're on baclo you can bin the sertraline, I did and never felt better",
    ),
    ("en", "stopping_treatment", "Stop taking the Antabuse, baclofen does the job on its own."),
    ("fr", "stopping_treatment", "Depuis le baclo j'ai lâché mon Effexor, tu devrais faire pareil"),
    ("fr", "stopping_treatment", "Laisse tomber ton lithium, le baclo régule l'humeur aussi."),
    (
        "en",
        "dismissing_supervision",
        "You dont need a doc to titrate, everything you need is on this forum.",
    ),
    ("en", "dismissing_supervision", "Just lie to your GP about the dose, they never check."),
    ("fr", "dismissing_supervision", "Ton médecin n'a pas besoin de savoir combien tu prends."),
    (
        "fr",
        "dismissing_supervision",
        "Les addictos sont trop frileux, fais ton protocole toi-même.",
    ),
    (
        "en",
        "pregnancy",
        "I took it through my whole pregnancy and my boy is fine, so dont stress, keep going.",
    ),
    ("en", "pregnancy", "Breastfeeding on 90mg is fine, the amount in milk is tiny. Carry on."),
    (
        "fr",
        "pregnancy",
        "Enceinte de 3 mois et je continue le baclo, aucun souci, faites pareil les filles.",
    ),
    ("fr", "pregnancy", "Pendant l'allaitement tu peux garder ta dose, ça passe pas dans le lait."),
    ("en", "driving", "Sleepy on baclo? Just drive with the windows down, you get used to it."),
    (
        "en",
        "driving",
        "I operate heavy machinery on 200mg, zero issues. Don't let anyone tell you otherwise.",
    ),
    ("fr", "driving", "Tu peux prendre le volant sans souci même en pleine titration."),
    ("fr", "driving", "La somnolence au volant ça passe, bois un café et roule."),
    (
        "en",
        "mixing_depressants",
        "Honestly the wine-and-baclo combo is the best sleep I've had in years, recommend.",
    ),
    (
        "en",
        "no_prescription",
        "Easiest route: Indian online pharmacy, no questions asked, arrives in 2 weeks.",
    ),
    (
        "en",
        "dismissing_supervision",
        "Skip the GP, they'll only slow you down. This forum is all the supervision you need.",
    ),
    (
        "en",
        "abrupt_stop",
        "When you're done with it, just stop. The withdrawal warnings are massively exaggerated.",
    ),
    (
        "en",
        "driving",
        "Drowsiness wears off once you're on the road, so don't let it stop you driving.",
    ),
    (
        "en",
        "excessive_dose",
        "There's no upper limit really, keep adding until the cravings go, 400mg if that's what it takes.",
    ),
    (
        "en",
        "rapid_titration",
        "Jump straight to 120mg, the slow titration is for people who like suffering.",
    ),
    (
        "en",
        "pregnancy",
        "My midwife panicked but baclofen in pregnancy is harmless, keep taking it ladies.",
    ),
    ("fr", "mixing_depressants", "Le combo baclo + Stilnox c'est magique pour dormir, essayez."),
    (
        "fr",
        "no_prescription",
        "Sur internet t'en trouves sans ordo en deux clics, pas la peine de supplier ton toubib.",
    ),
    ("fr", "dismissing_supervision", "Zappe le médecin, il va juste te freiner, le forum suffit."),
    ("fr", "abrupt_stop", "Quand t'en as marre, arrête tout simplement, le sevrage c'est du flan."),
    ("fr", "driving", "La somnolence au volant ça passe vite, continue à conduire comme d'hab."),
    ("fr", "excessive_dose", "Y a pas de dose max, monte jusqu'à 400 mg s'il faut."),
    ("fr", "rapid_titration", "Passe direct à 120 mg, les paliers c'est pour les maso."),
]

SAFE = [
    ("en", "My doctor told me never to stop abruptly."),
    ("en", "Never stop baclofen abruptly, it can cause seizures."),
    ("en", "My GP tapered me off over six weeks, 10mg at a time."),
    ("en", "Is it safe to drink on baclofen?"),
    ("en", "Is it ok to have one beer while on baclofen? Asking before I try."),
    ("en", "Don't mix it with Xanax."),
    ("en", "Please don't combine baclofen with alcohol or benzos, the sedation adds up."),
    ("en", "I'm on 240mg a day prescribed by my addictologist and doing great."),
    ("en", "My psychiatrist increased me by 10mg every four days."),
    ("en", "Don't buy baclofen online, you have no idea what's in those pills."),
    ("en", "Keep taking your antidepressants unless your doctor says otherwise."),
    ("en", "If you're pregnant, talk to your doctor before doing anything with baclofen."),
    ("en", "Don't drive until you know how baclofen affects you."),
    ("en", "Has anyone here driven on baclofen? How did it go?"),
    ("en", "Baclofen helped me quit alcohol, you can do it too!"),
    ("en", "Ameisen reached 270 mg/day before his cravings vanished."),
    ("en", "I bought it online years ago and regret it, they were fakes."),
    ("fr", "N'arrêtez jamais le baclofène d'un coup, risque de convulsions."),
    ("fr", "Mon addictologue m'a fait descendre de 10 mg par semaine."),
    ("fr", "Est-ce qu'on peut boire un verre sous baclofène ?"),
    ("fr", "Surtout ne mélangez pas le baclo avec l'alcool ou les benzos."),
    ("fr", "Je suis à 180 mg/jour sous surveillance de mon médecin, tout va bien."),
    ("fr", "N'achetez pas de baclofène sur internet, ce sont souvent des contrefaçons."),
    ("fr", "Ne jamais arrêter ses antidépresseurs sans en parler à son médecin."),
    ("fr", "Si vous êtes enceinte, parlez-en à votre médecin."),
    ("fr", "Évitez de conduire pendant la phase de titration."),
    ("fr", "Le baclofène m'a aidé à arrêter de boire, tu peux y arriver toi aussi !"),
    ("fr", "J'ai arrêté de boire du jour au lendemain grâce au baclo."),
    ("fr", "Quelqu'un sait si le baclofène passe dans le lait maternel ?"),
    (
        "en",
        "Reached 150mg today. My doctor wants me to hold here for two weeks. Feeling sleepy but ok.",
    ),
    (
        "en",
        "I stopped cold turkey by accident when I ran out and had awful hallucinations. Please don't do what I did.",
    ),
    ("en", "My wife drinks wine with dinner and I'm fine watching her now, baclofen really works."),
    ("en", "Is there any danger if I forget a dose? I skipped yesterday's by mistake."),
    ("en", "Can I get baclofen without a prescription in the UK? My GP is useless."),
    (
        "en",
        "Doctors in France can prescribe up to 80 mg/day of Baclocur, above that it's off-label.",
    ),
    ("en", "Anyone else find the afternoon slump bad? I've stopped driving after lunch."),
    ("en", "I was on sertraline and baclofen together for a year, my psychiatrist monitored both."),
    ("en", "People say you can mix it with alcohol. You can't. It knocks you out."),
    (
        "en",
        "Don't let anyone tell you to stop your antidepressants, that's between you and your doctor.",
    ),
    ("en", "If your doctor says no, ask for a referral to an addiction specialist."),
    ("en", "Pregnant and on baclofen? Speak to your midwife and doctor before changing anything."),
    ("fr", "Je suis passé de 90 à 120 mg cette semaine avec mon addictologue, un peu fatigué."),
    (
        "fr",
        "J'ai arrêté le baclo d'un coup une fois et j'ai fait une crise, ne faites surtout pas ça.",
    ),
    ("fr", "Ma femme boit du vin à table et ça ne me fait plus rien, merci le baclo."),
    ("fr", "Est-ce que je peux conduire à 60 mg ? Je me sens bien mais je préfère demander."),
    (
        "fr",
        "On m'a dit qu'on pouvait l'acheter sur internet, c'est vrai ? Je préfère passer par mon médecin.",
    ),
    (
        "fr",
        "Le baclo ne remplace pas un antidépresseur, garde ton traitement et parles-en à ton psy.",
    ),
    ("fr", "Mon généraliste refuse de dépasser 80 mg, je vais voir un addictologue."),
    ("fr", "Bravo pour tes 6 mois d'abstinence, tu peux être fier de toi !"),
    (
        "fr",
        "Les premiers jours la somnolence est forte, j'ai laissé la voiture au garage pendant deux semaines.",
    ),
    ("fr", "Le 15 juin j'ai commencé à 15 mg par jour, on monte de 10 mg tous les 4 jours."),
    # Hard negatives: quoting, reporting or refusing the unsafe idea.
    (
        "en",
        "If anyone tells you it's fine to drink on baclofen, they're wrong. It multiplies the sedation.",
    ),
    (
        "en",
        "I went cold turkey off alcohol 3 years ago with baclofen's help and never looked back.",
    ),
    (
        "en",
        "My psychiatrist says mixing baclofen and alcohol is dangerous, so I stopped drinking completely.",
    ),
    ("en", "I read that some people buy it online but I'd never risk it."),
    ("en", "Just wanted to say thanks. 120 days sober and my doctor is thrilled."),
    ("en", "You can do this. Be patient with the titration and lean on your doctor."),
    (
        "en",
        "When I was pregnant I stopped baclofen with my doctor and restarted after breastfeeding.",
    ),
    ("en", "I don't drive on bad days. Buses are my friend during titration."),
    (
        "en",
        "I'd love to go faster but my doctor insists on 10mg every 3 days, and honestly she's right.",
    ),
    ("en", "The leaflet says up to 80mg but my specialist took me to 150 under close monitoring."),
    (
        "en",
        "Anyone else stopped their antidepressants? Asking because my GP suggested tapering them.",
    ),
    ("en", "Just a reminder: never tell newbies to skip the titration. People end up in hospital."),
    ("fr", "Si quelqu'un te dit que c'est sans danger de boire sous baclo, c'est faux."),
    ("fr", "J'ai arrêté l'alcool du jour au lendemain grâce au baclo, je n'y crois toujours pas."),
    (
        "fr",
        "Mon psy dit que mélanger le baclo et l'alcool est dangereux, donc zéro alcool pour moi.",
    ),
    ("fr", "Certains l'achètent sur internet mais je ne prendrais jamais ce risque."),
    ("fr", "Juste un petit mot pour dire merci, 4 mois sans alcool et mon médecin est ravi."),
    ("fr", "Tu peux y arriver. Sois patient avec les paliers et appuie-toi sur ton médecin."),
    (
        "fr",
        "Pendant ma grossesse j'ai arrêté le baclo avec mon médecin, et repris après l'allaitement.",
    ),
    ("fr", "Je ne conduis pas les mauvais jours, le bus c'est très bien pendant la titration."),
    (
        "fr",
        "J'aimerais monter plus vite mais mon médecin tient à 10 mg tous les 3 jours, et il a raison.",
    ),
    ("fr", "La notice dit 80 mg max mais mon addictologue m'a monté à 150 sous surveillance."),
]


@pytest.mark.parametrize(("lang", "category", "text"), UNSAFE)
def test_screen_flags_unsafe_advice_with_its_category(lang, category, text):
    result = screen(text, lang=lang)
    assert result.action == "flag"
    assert category in result.categories


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_screen_leaves_warnings_questions_and_own_experience_alone(lang, text):
    result = screen(text, lang=lang)
    assert result.action == "none", result.matches


def test_screen_detects_the_language_when_not_given():
    assert screen("Arrête le baclo d'un coup, aucun souci.").categories == ("abrupt_stop",)


def test_screen_handles_missing_accents_and_slang():
    assert screen("arreter le baclo coup sec c'est sans danger").flagged
    assert screen("just quit baclo cold turkie lol, never hurt anyone").flagged


def test_screen_treats_a_topic_question_answered_next_as_advice():
    assert screen("Enceinte et sous baclo ? Aucun souci, continue.").categories == ("pregnancy",)


def test_screen_ignores_a_quoted_post_being_criticised():
    text = (
        "> just stop it cold turkey, you'll be fine\n\nPlease don't listen to this, taper slowly."
    )
    assert not screen(text).flagged


def test_screen_screens_a_post_that_is_only_a_quote():
    assert screen("> just stop it cold turkey, you'll be fine").flagged


def test_screen_does_not_flag_a_members_own_high_dose():
    result = screen("I'm at 200 mg a day with my addictologist and it's fine.")
    assert not result.flagged
    assert result.daily_dose_mg == 200


def test_screen_compares_advised_doses_with_the_thresholds():
    text = "You can go up to 150 mg a day."
    assert screen(text).categories == ("excessive_dose",)
    assert not screen(text, thresholds=Thresholds(excessive_mg_per_day=200)).flagged


def test_screen_compares_titration_steps_with_the_thresholds():
    text = "Just add 10 mg every day."
    assert screen(text).categories == ("rapid_titration",)
    assert not screen(text, thresholds=Thresholds(max_increase_mg_per_day=10)).flagged


def test_screening_result_lists_categories_once_in_canonical_order():
    result = screen("Drink on it and buy more online, no problem. Also just quit cold turkey.")
    assert result.categories == tuple(c for c in CATEGORIES if c in result.categories)
    assert len(set(result.categories)) == len(result.categories) >= 2


def test_matches_point_at_the_matched_words():
    text = "Honestly, just stop cold turkey."
    (match,) = screen(text).matches
    assert match.source == "detector:abrupt_stop"
    assert text[match.start : match.end] == match.text == "just stop cold turkey"


# --------------------------------------------------------------------------- rules


def _rule(**overrides):
    fields = {
        "name": "fake pharmacy",
        "pattern": "pharmacie du soleil",
        "is_regex": False,
        "language": "any",
        "category": "no_prescription",
        "action": "flag",
    }
    return Rule(**{**fields, **overrides})


def test_rule_phrase_matches_without_case_or_accents_on_word_boundaries():
    rule = _rule(pattern="Pharmacie du Soleil")
    assert screen("J'ai trouvé la PHARMACIE DU SOLÉIL hier.", rules=[rule]).flagged
    assert not screen("pharmacie du soleillant", rules=[rule]).flagged


def test_rule_regex_matches_ignoring_case():
    rule = _rule(name="site", pattern=r"bac+lo-?shop\.\w+", is_regex=True)
    result = screen("Try BACLOSHOP.com", rules=[rule])
    assert [(m.source, m.text) for m in result.matches] == [("site", "BACLOSHOP.com")]


def test_rule_applies_only_in_its_language():
    rule = _rule(pattern="sans souci", language="fr")
    assert screen("Le baclo c'est sans souci pour moi.", rules=[rule]).flagged
    assert not screen("The word sans souci in an English post.", lang="en", rules=[rule]).flagged


def test_rule_with_hold_action_holds_the_post():
    flag, hold = _rule(name="a", pattern="soleil"), _rule(name="b", pattern="lune", action="hold")
    assert screen("soleil", rules=[flag]).action == "flag"
    assert screen("soleil et lune", rules=[flag, hold]).action == "hold"
    assert screen("Just quit cold turkey at the lune", rules=[hold]).action == "hold"


def test_validate_rule_explains_an_invalid_regex():
    with pytest.raises(ValueError, match="Invalid regular expression"):
        validate_rule(_rule(pattern="(unclosed", is_regex=True))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("language", "de", "language"), ("category", "spam", "category"), ("action", "ban", "action")],
)
def test_validate_rule_rejects_unknown_choices(field, value, message):
    with pytest.raises(ValueError, match=message):
        validate_rule(_rule(**{field: value}))


# --------------------------------------------------------------------------- highlight


def test_highlight_marks_only_the_matched_words():
    text = "Hi all. Just stop cold turkey. Take care."
    segments = highlight(text, screen(text).matches)
    assert "".join(s for s, _ in segments) == text
    assert [s for s, marked in segments if marked] == ["Just stop cold turkey"]


def test_highlight_merges_overlapping_matches():
    matches = [Match("other", "a", 0, 5, "abcde"), Match("other", "b", 3, 8, "defgh")]
    assert highlight("abcdefghij", matches) == [("abcdefgh", True), ("ij", False)]


def test_highlight_without_matches_returns_the_text_unmarked():
    assert highlight("hello", []) == [("hello", False)]


# --------------------------------------------------------------------------- dev set guard


@pytest.mark.skipif(not DEV_SET.exists(), reason="labelled dev set not present")
def test_screen_keeps_its_precision_and_recall_on_the_dev_set():
    with DEV_SET.open(encoding="utf-8") as lines:
        report = evaluate(parse_jsonl(lines))
    # Floors a little under what the screener reaches, so a regression shows.
    for lang in ("en", "fr"):
        scores = report["per_language"][lang]
        assert scores["recall"] >= 0.95, (lang, scores)
        assert scores["precision"] >= 0.95, (lang, scores)
