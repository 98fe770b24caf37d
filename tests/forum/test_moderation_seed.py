"""What the data migration seeds: the Moderators group, categories, crisis resources, reasons."""

from django.contrib.auth.models import Group
from django.core.management import call_command

from forum.models import CrisisResource, ModerationReason, UnsafeAdviceCategory
from forum.moderation.library import link_categories_to_library
from forum.permissions import MODERATORS_GROUP
from resources.models import Resource

SLUGS = [
    "abrupt_stop",
    "mixing_depressants",
    "excessive_dose",
    "rapid_titration",
    "no_prescription",
    "stopping_treatment",
    "dismissing_supervision",
    "pregnancy",
    "driving",
    "other",
]


def test_moderators_group_is_created_with_the_moderation_permission(db):
    group = Group.objects.get(name=MODERATORS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"moderate_forum", "view_report", "add_membernote"} <= codenames


def test_unsafe_advice_categories_are_seeded_with_english_and_french_warnings(db):
    categories = list(UnsafeAdviceCategory.objects.all())
    assert [category.slug for category in categories] == SLUGS
    for category in categories:
        assert category.warning_en and category.warning_fr and category.name_fr


def test_crisis_resources_cover_france_the_uk_and_the_us_and_the_urgent_signs(db):
    contacts = set(CrisisResource.objects.filter(kind="contact").values_list("country", "contact"))
    assert contacts == {
        ("FR", "15"),
        ("FR", "112"),
        ("FR", "3114"),
        ("GB", "999"),
        ("GB", "111"),
        ("GB", "116 123"),
        ("US", "911"),
        ("US", "988"),
    }
    signs = " ".join(CrisisResource.objects.filter(kind="sign").values_list("text_en", flat=True))
    for sign in ("Confusion", "Hallucinations", "seizure", "fever", "agitation", "heartbeat"):
        assert sign in signs


def test_reason_templates_are_seeded(db):
    assert ModerationReason.objects.filter(title="No action needed").exists()


def test_loading_the_library_links_the_categories_but_keeps_what_staff_chose(db):
    call_command("load_resources", stdout=None)
    abrupt = UnsafeAdviceCategory.objects.get(slug="abrupt_stop")
    assert set(abrupt.resources.values_list("seed_key", flat=True)) == {
        "safety-of-high-dose-baclofen",
        "prescribing-guide",
    }
    chosen = Resource.objects.get(seed_key="wikipedia-en")
    abrupt.resources.set([chosen])
    assert link_categories_to_library() == 0
    assert list(abrupt.resources.all()) == [chosen]
