"""The first topic tags; staff manage them in the admin afterwards."""

from django.db import migrations

TAGS = [
    ("success-story", "Success story", "Témoignage de réussite"),
    ("question", "Question", "Question"),
    ("side-effects", "Side effects", "Effets secondaires"),
    ("titration-diary", "Titration diary", "Journal de titration"),
    ("research", "Research", "Recherche"),
    ("en-francais", "En français", "En français"),
]


def add_tags(apps, schema_editor):
    TopicTag = apps.get_model("forum", "TopicTag")
    for position, (slug, name_en, name_fr) in enumerate(TAGS):
        TopicTag.objects.get_or_create(
            slug=slug, defaults={"name_en": name_en, "name_fr": name_fr, "position": position}
        )


def remove_tags(apps, schema_editor):
    apps.get_model("forum", "TopicTag").objects.filter(
        slug__in=[slug for slug, *_ in TAGS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("forum", "0006_community")]

    operations = [migrations.RunPython(add_tags, remove_tags)]
