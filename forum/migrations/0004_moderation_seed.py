"""Seed moderation: the Moderators group and its permissions, the unsafe-advice
categories (with their warnings and links to the library), the crisis resources
and the reason templates. Staff edit all of it in the admin afterwards; this only
creates what is missing and never overwrites.

The wording is careful and factual: it says what can happen and who decides,
never a dose or a schedule in the site's voice.
"""

from django.db import migrations

MODERATOR_PERMISSIONS = [
    ("forum", "moderationaction", "moderate_forum"),
    ("forum", "moderationaction", "view_moderationaction"),
    ("forum", "report", "view_report"),
    ("forum", "report", "change_report"),
    ("forum", "safetylabel", "view_safetylabel"),
    ("forum", "safetylabel", "add_safetylabel"),
    ("forum", "safetylabel", "change_safetylabel"),
    ("forum", "membernote", "view_membernote"),
    ("forum", "membernote", "add_membernote"),
    ("forum", "suspension", "view_suspension"),
    ("forum", "suspension", "add_suspension"),
    ("forum", "suspension", "change_suspension"),
    ("forum", "appeal", "view_appeal"),
    ("forum", "appeal", "change_appeal"),
    ("forum", "post", "view_post"),
    ("forum", "post", "change_post"),
    ("forum", "topic", "view_topic"),
    ("forum", "topic", "change_topic"),
]

# slug, English name, French name, English warning, French warning
CATEGORIES = [
    (
        "abrupt_stop",
        "Stopping abruptly or tapering too fast",
        "Arrêt brutal ou diminution trop rapide",
        "Stopping baclofen suddenly, especially after high doses, can cause a dangerous "
        "withdrawal syndrome (hallucinations, confusion, seizures). Any decrease should be "
        "planned with the prescriber.",
        "Arrêter brutalement le baclofène, surtout après de fortes doses, peut provoquer un "
        "syndrome de sevrage dangereux (hallucinations, confusion, convulsions). Toute "
        "diminution doit être planifiée avec le médecin prescripteur.",
    ),
    (
        "mixing_depressants",
        "Mixing with alcohol, benzodiazepines, opioids or other sedatives",
        "Association avec l'alcool, les benzodiazépines, les opioïdes ou d'autres sédatifs",
        "Baclofen adds to the sedative effects of alcohol, benzodiazepines, opioids, sleeping "
        "pills and other sedatives. Combining them can cause severe drowsiness, slowed "
        "breathing and loss of consciousness. The prescriber should know everything a person "
        "takes.",
        "Le baclofène renforce les effets sédatifs de l'alcool, des benzodiazépines, des "
        "opioïdes, des somnifères et des autres sédatifs. Les associer peut provoquer une "
        "somnolence importante, un ralentissement de la respiration et une perte de "
        "connaissance. Le médecin prescripteur doit connaître tout ce que la personne prend.",
    ),
    (
        "excessive_dose",
        "Doses far above supervised ranges",
        "Doses très au-delà de celles suivies médicalement",
        "Doses far above those reached under medical supervision increase the risk of serious "
        "side effects, including extreme drowsiness, confusion, breathing problems and coma. "
        "Dose decisions belong to the prescriber, who knows the person's health and other "
        "treatments.",
        "Des doses très supérieures à celles atteintes sous suivi médical augmentent le risque "
        "d'effets indésirables graves : somnolence extrême, confusion, troubles respiratoires, "
        "coma. Les décisions de dose reviennent au médecin prescripteur, qui connaît l'état de "
        "santé et les autres traitements de la personne.",
    ),
    (
        "rapid_titration",
        "Titrating faster than advised",
        "Augmentation des doses plus rapide que conseillé",
        "Raising the dose faster than the prescriber advised makes side effects such as "
        "drowsiness, dizziness, confusion and falls more likely. The pace of any increase "
        "should be agreed with the prescriber.",
        "Augmenter la dose plus vite que ce que le médecin a conseillé rend plus probables les "
        "effets indésirables comme la somnolence, les vertiges, la confusion et les chutes. Le "
        "rythme de toute augmentation doit être convenu avec le médecin prescripteur.",
    ),
    (
        "no_prescription",
        "Obtaining baclofen without a prescription",
        "Se procurer du baclofène sans ordonnance",
        "Baclofen obtained without a prescription may be counterfeit or wrongly dosed, and "
        "without a doctor no one checks interactions, kidney function or the risk of "
        "withdrawal. Treatment should start with a doctor.",
        "Du baclofène obtenu sans ordonnance peut être contrefait ou mal dosé, et sans médecin "
        "personne ne vérifie les interactions, la fonction rénale ou le risque de sevrage. Le "
        "traitement doit commencer avec un médecin.",
    ),
    (
        "stopping_treatment",
        "Stopping other prescribed treatment",
        "Arrêt d'un autre traitement prescrit",
        "Stopping another prescribed treatment (for example an antidepressant, an "
        "antiepileptic or a heart medicine) can be dangerous, and some must be reduced "
        "gradually. Any change should be discussed with the doctor who prescribed it.",
        "Arrêter un autre traitement prescrit (par exemple un antidépresseur, un "
        "antiépileptique ou un médicament pour le cœur) peut être dangereux, et certains "
        "doivent être diminués progressivement. Tout changement doit être discuté avec le "
        "médecin qui l'a prescrit.",
    ),
    (
        "dismissing_supervision",
        "Dismissing medical supervision",
        "Rejet du suivi médical",
        "Treating alcohol dependence with baclofen needs regular medical follow-up: doses, "
        "side effects, mood, other medicines and kidney function all need checking. Peer "
        "support adds to medical care; it does not replace it.",
        "Le traitement de la dépendance à l'alcool par baclofène nécessite un suivi médical "
        "régulier : doses, effets indésirables, humeur, autres médicaments et fonction rénale "
        "doivent être surveillés. L'entraide complète le suivi médical ; elle ne le remplace "
        "pas.",
    ),
    (
        "pregnancy",
        "Pregnancy or breastfeeding",
        "Grossesse ou allaitement",
        "Taking or stopping baclofen during pregnancy or breastfeeding can affect the baby, "
        "including withdrawal symptoms in the newborn. Anyone pregnant, planning a pregnancy "
        "or breastfeeding should discuss treatment with their doctor or midwife before any "
        "change.",
        "Prendre ou arrêter le baclofène pendant la grossesse ou l'allaitement peut avoir des "
        "effets sur le bébé, notamment des symptômes de sevrage chez le nouveau-né. Toute "
        "personne enceinte, qui envisage une grossesse ou qui allaite devrait en parler à son "
        "médecin ou à sa sage-femme avant tout changement.",
    ),
    (
        "driving",
        "Driving or operating machinery while drowsy",
        "Conduite ou utilisation de machines en cas de somnolence",
        "Baclofen can cause drowsiness, dizziness and slowed reactions, especially when "
        "starting, when the dose changes, or with alcohol. Driving or operating machinery "
        "while affected puts the person and others at risk.",
        "Le baclofène peut provoquer somnolence, vertiges et ralentissement des réflexes, "
        "surtout en début de traitement, lors d'un changement de dose ou avec l'alcool. "
        "Conduire ou utiliser des machines dans cet état met en danger la personne et les "
        "autres.",
    ),
    (
        "other",
        "Other unsafe medical advice",
        "Autre conseil médical dangereux",
        "The moderators consider that this post contains medical advice that could be unsafe. "
        "Any medical decision should be checked with a doctor or pharmacist.",
        "Les modérateurs estiment que ce message contient un conseil médical qui pourrait être "
        "dangereux. Toute décision médicale doit être vérifiée auprès d'un médecin ou d'un "
        "pharmacien.",
    ),
]

# Category slug -> seed keys of library resources (resources/seed/library.json).
CATEGORY_RESOURCES = {
    "abrupt_stop": ["safety-of-high-dose-baclofen", "prescribing-guide"],
    "mixing_depressants": ["safety-of-high-dose-baclofen", "prescribing-guide"],
    "excessive_dose": [
        "safety-of-high-dose-baclofen", "prescribing-guide", "two-studies-safety-of-high-dose",
    ],
    "rapid_titration": ["prescribing-guide", "safety-of-high-dose-baclofen"],
    "no_prescription": ["prescribing-guide"],
    "stopping_treatment": ["prescribing-guide"],
    "dismissing_supervision": ["prescribing-guide"],
    "pregnancy": ["safety-of-high-dose-baclofen"],
    "driving": ["safety-of-high-dose-baclofen"],
    "other": ["prescribing-guide"],
}

# kind, country, contact, English, French
CRISIS_RESOURCES = [
    ("contact", "FR", "15", "SAMU: medical emergencies", "SAMU : urgences médicales"),
    ("contact", "FR", "112", "European emergency number", "Numéro d'urgence européen"),
    (
        "contact", "FR", "3114", "National suicide prevention line, free, 24/7",
        "Numéro national de prévention du suicide, gratuit, 24 h/24 et 7 j/7",
    ),
    ("contact", "GB", "999", "Emergency services", "Services d'urgence"),
    (
        "contact", "GB", "111", "NHS 111: urgent medical help and advice",
        "NHS 111 : aide et conseils médicaux urgents",
    ),
    (
        "contact", "GB", "116 123", "Samaritans: someone to talk to, free, 24/7",
        "Samaritans : une écoute gratuite, 24 h/24 et 7 j/7",
    ),
    ("contact", "US", "911", "Emergency services", "Services d'urgence"),
    (
        "contact", "US", "988", "988 Suicide & Crisis Lifeline: call or text, 24/7",
        "988 Suicide & Crisis Lifeline : appel ou SMS, 24 h/24 et 7 j/7",
    ),
    (
        "sign", "", "", "Confusion, or not knowing where one is",
        "Confusion, ou ne plus savoir où l'on est",
    ),
    (
        "sign", "", "", "Hallucinations: seeing or hearing things that are not there",
        "Hallucinations : voir ou entendre des choses qui n'existent pas",
    ),
    ("sign", "", "", "A seizure (convulsions, fit)", "Une crise convulsive (convulsions)"),
    ("sign", "", "", "High fever", "Forte fièvre"),
    ("sign", "", "", "Severe agitation", "Agitation intense"),
    ("sign", "", "", "A very fast heartbeat", "Un cœur qui bat très vite"),
]

# short name, English, French
REASONS = [
    (
        "Unsafe medical advice",
        "This post contains medical advice that could put readers at risk. The warning shown "
        "with it explains why.",
        "Ce message contient un conseil médical qui pourrait mettre les lecteurs en danger. "
        "L'avertissement affiché avec lui explique pourquoi.",
    ),
    (
        "Sourcing without prescription",
        "This post explains how to obtain medicines without a prescription, which the forum "
        "does not allow.",
        "Ce message explique comment se procurer des médicaments sans ordonnance, ce que le "
        "forum n'autorise pas.",
    ),
    ("Spam", "This post is spam or advertising.", "Ce message est du spam ou de la publicité."),
    (
        "Harassment",
        "This post attacks or harasses another member. Please keep exchanges respectful.",
        "Ce message attaque ou harcèle un autre membre. Merci de rester respectueux.",
    ),
    (
        "Personal information",
        "This post shares personal information about someone.",
        "Ce message divulgue des informations personnelles sur quelqu'un.",
    ),
    ("Off-topic", "This post is off-topic here.", "Ce message est hors sujet ici."),
    (
        "No action needed",
        "The moderators reviewed the post and found that it follows the community guidelines.",
        "Les modérateurs ont examiné le message et estiment qu'il respecte les règles de la "
        "communauté.",
    ),
]


def create_moderators_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Moderators")
    for app_label, model, codename in MODERATOR_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)


def seed_categories(apps, schema_editor):
    Category = apps.get_model("forum", "UnsafeAdviceCategory")
    Resource = apps.get_model("resources", "Resource")
    for position, (slug, name_en, name_fr, warning_en, warning_fr) in enumerate(CATEGORIES):
        category, created = Category.objects.get_or_create(
            slug=slug,
            defaults={
                "name_en": name_en, "name_fr": name_fr, "warning_en": warning_en,
                "warning_fr": warning_fr, "position": (position + 1) * 10,
            },
        )  # fmt: skip
        # When the library is already loaded; otherwise load_resources links them.
        if created or not category.resources.exists():
            keys = CATEGORY_RESOURCES.get(slug, [])
            category.resources.add(*Resource.objects.filter(seed_key__in=keys))


def seed_crisis_resources(apps, schema_editor):
    CrisisResource = apps.get_model("forum", "CrisisResource")
    if CrisisResource.objects.exists():
        return
    for position, (kind, country, contact, text_en, text_fr) in enumerate(CRISIS_RESOURCES):
        CrisisResource.objects.create(
            kind=kind, country=country, contact=contact, text_en=text_en, text_fr=text_fr,
            position=(position + 1) * 10,
        )  # fmt: skip


def seed_reasons(apps, schema_editor):
    ModerationReason = apps.get_model("forum", "ModerationReason")
    for position, (title, text_en, text_fr) in enumerate(REASONS):
        ModerationReason.objects.get_or_create(
            title=title,
            defaults={"text_en": text_en, "text_fr": text_fr, "position": (position + 1) * 10},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0003_moderation"),
        ("resources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_moderators_group, migrations.RunPython.noop),
        migrations.RunPython(seed_categories, migrations.RunPython.noop),
        migrations.RunPython(seed_crisis_resources, migrations.RunPython.noop),
        migrations.RunPython(seed_reasons, migrations.RunPython.noop),
    ]
