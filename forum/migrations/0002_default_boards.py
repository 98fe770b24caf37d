from django.conf import settings
from django.db import migrations

DEFAULT_BOARDS = [
    (
        "introductions",
        "Introductions & success stories",
        "Say hello, tell your story, share how things are going.",
        "",
    ),
    (
        "titration-diaries",
        "Titration diaries",
        "Day-by-day diaries of treatment with your doctor: doses, cravings, side effects, mood.",
        "",
    ),
    (
        "side-effects-safety",
        "Side effects & safety",
        "Drowsiness, insomnia, withdrawal, interactions: what you notice and what to ask your doctor.",
        "",
    ),
    (
        "questions",
        "Questions",
        "Ask the community. For medical decisions, talk to your prescriber.",
        "",
    ),
    (
        "finding-a-doctor",
        "Finding a prescriber & getting support",
        "Doctors, clinics, prescriptions, talking to family and work.",
        "",
    ),
    (
        "research-news",
        "Research & news",
        "Studies, trials, regulation and news about baclofen and alcohol dependence.",
        "",
    ),
    (
        "francais",
        "Français",
        "Le forum en français : témoignages, questions, suivi du traitement avec votre médecin.",
        "fr",
    ),
    ("off-topic", "Off topic", "Everything else, kindly.", ""),
]


def create_boards(apps, schema_editor):
    Board = apps.get_model("forum", "Board")
    for position, (slug, name, description, language) in enumerate(DEFAULT_BOARDS, start=1):
        Board.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "language": language,
                "position": position * 10,
            },
        )


def name_site(apps, schema_editor):
    # allauth puts the site's name in every email it sends.
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"name": settings.SITE_NAME, "domain": "127.0.0.1:8000"}
    )


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial"), ("sites", "0002_alter_domain_unique")]

    operations = [
        migrations.RunPython(create_boards, migrations.RunPython.noop),
        migrations.RunPython(name_site, migrations.RunPython.noop),
    ]
