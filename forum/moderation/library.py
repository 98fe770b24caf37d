"""Links between unsafe-advice categories and the evidence in the resource library."""

from django.db import transaction

from forum.models import UnsafeAdviceCategory

# Category slug -> seed keys in resources/seed/library.json (a copy is frozen in
# forum/migrations/0004_moderation_seed.py for databases where the library came first).
CATEGORY_RESOURCES = {
    "abrupt_stop": ["safety-of-high-dose-baclofen", "prescribing-guide"],
    "mixing_depressants": ["safety-of-high-dose-baclofen", "prescribing-guide"],
    "excessive_dose": [
        "safety-of-high-dose-baclofen",
        "prescribing-guide",
        "two-studies-safety-of-high-dose",
    ],
    "rapid_titration": ["prescribing-guide", "safety-of-high-dose-baclofen"],
    "no_prescription": ["prescribing-guide"],
    "stopping_treatment": ["prescribing-guide"],
    "dismissing_supervision": ["prescribing-guide"],
    "pregnancy": ["safety-of-high-dose-baclofen"],
    "driving": ["safety-of-high-dose-baclofen"],
    "other": ["prescribing-guide"],
}


@transaction.atomic
def link_categories_to_library() -> int:
    """Give each category without evidence its default resources; returns how many
    categories were linked. Categories staff already linked are left as they are."""
    from resources.models import Resource

    linked = 0
    for category in UnsafeAdviceCategory.objects.filter(resources__isnull=True):
        resources = Resource.objects.filter(seed_key__in=CATEGORY_RESOURCES.get(category.slug, []))
        if resources:
            category.resources.add(*resources)
            linked += 1
    return linked
