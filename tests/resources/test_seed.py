"""The library holds every item of the community's reference document, loaded idempotently."""

import copy
import re
from html import escape, unescape
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from resources.loader import SeedError, check_seed, load_library
from resources.models import Resource, Section, Tag
from resources.services import save_resource_by_staff
from tests.resources.conftest import load_resources

DOCUMENT = Path(__file__).parent / "data" / "seed-document.txt"

# Written from the document, independently of resources/seed/library.json.
EXPECTED_LIBRARY = [
    ("Introduction", ["About baclofen", "The switch dose"]),
    (
        "Why Baclofen is a cure to alcoholism as a disease",
        ["Why Baclofen is a cure to alcoholism as a disease"],
    ),
    (
        "Guides",
        [
            "Prescribing guide",
            "Books by Dr Ameisen",
            "How does Baclofen work",
            "Safety of High dose Baclofen",
        ],
    ),
    (
        "Studies",
        [
            "Suppression of Alcohol Dependence Using Baclofen: A 2-Year Observational Study of "
            "100 Patients",
            '2013 study on baclofen "a success rate of 68%',
            "April 2015 - High Dose Baclofen proven efficacious versus placebo in German in a "
            "Randomized, Placebo-Controlled Trial",
            "BACLOFEN EFFICACY IN REDUCING ALCOHOL CRAVING AND INTAKE: A PRELIMINARY DOUBLE-BLIND "
            "RANDOMIZED CONTROLLED STUDY",
            "Role of the GABAB receptor system in alcoholism and stress: focus on clinical studies "
            "and treatment perspectives",
            "Effectiveness and safety of baclofen for maintenance of alcohol abstinence in "
            "alcohol-dependent patients with liver cirrhosis: randomised, double-blind controlled "
            "study.",
            # \u2019: the document's typographic apostrophe.
            "Suppression de la dependance a l\u2019alcool et de la consommation d\u2019alcool "
            "par le baclofene a haute dose : un essai en ouvert",
            "Two studies showing the safety of high dose baclofen",
            "Baclofen Prevents Drug Cue-Induced motivational processing",
        ],
    ),
    (
        "A review of alcohol and its effect on the brain and chemical dependency",
        ["A review on alcohol: from the central action mechanism to chemical dependency (2015)"],
    ),
    ("Less heavy reading", ["What Alcohol Actually Does to Your Brain and Body"]),
    (
        "Case Studies",
        [
            "Clinical Experience with Baclofen in the Management of Alcohol-Dependent Patients "
            "with Psychiatric Comorbidity: A Selected Case Series",
            "Complete and prolonged supression of symptoms and consequences of "
            "alcohol-dependence using high-dose baclofen: a self-case report of a physician",
            "Supression of symptoms of alcohol dependence and craving using high-dose baclofen",
        ],
    ),
    (
        "Videos",
        [
            "An interview with Dr. Ameisen",
            "YouTube video of PET scan showing reduced cocaine craving in the brain",
        ],
    ),
    (
        "Other useful links",
        [
            "French baclofen discussion forum",
            "French wikipedia entry which has much more useful information (translate to English)",
            "English wikipedia entry",
            "Baclofenuk.com another informational website",
            "Reddit discussion group on Baclofen",
        ],
    ),
]
ITEM_COUNT = 28


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_library_page_lists_every_item_of_the_document_by_section_in_order(client, library):
    response = client.get(reverse("resources:resource-list"))
    grouped = [
        (group.section.title, [resource.title for resource in group.resources])
        for group in response.context["groups"]
    ]
    assert grouped == EXPECTED_LIBRARY
    assert sum(len(titles) for _, titles in EXPECTED_LIBRARY) == ITEM_COUNT
    html = response.content.decode()
    listed = re.findall(r'class="resource-title" href="[^"]+">([^<]+)</a>', html)
    assert [unescape(title) for title in listed] == [
        title for _, titles in EXPECTED_LIBRARY for title in titles
    ]
    for section, titles in EXPECTED_LIBRARY:
        assert f'">{escape(section)}</a> <span class="meta">({len(titles)})</span>' in html


def test_every_line_of_the_reference_document_is_in_the_library(library):
    resources = list(Resource.objects.all())
    sections = set(Section.objects.values_list("title", flat=True))
    titles = {resource.title for resource in resources}

    def accounted_for(line: str) -> bool:
        if line in sections or line in titles:
            return True
        if any(line == f"{section} - {title}" for section in sections for title in titles):
            return True
        for resource in resources:
            rest = line.removeprefix(resource.title + " ")
            if rest != line and words(rest) == words(resource.citation):
                return True
        bodies = ("\n".join(row.lstrip("> ") for row in r.body.splitlines()) for r in resources)
        return any(line in body for body in bodies)

    lines = [line.strip().removeprefix("- ") for line in DOCUMENT.read_text().splitlines()]
    # "Comment" ends the page the document was copied from: its comment button, not an item.
    missing = [line for line in lines if line and line != "Comment" and not accounted_for(line)]
    assert missing == []


def test_seeded_articles_carry_the_documents_text_rendered(client, library):
    response = client.get(reverse("resources:resource-detail", args=["switch-dose"]))
    html = response.content.decode()
    assert (
        "<p>The amount of baclofen required to eliminate cravings is known as the switch dose."
        in html
    )
    assert "anywhere between 1-4mg per kg of bodyweight" in html
    quote = Resource.objects.get(slug="why-baclofen-is-a-cure").body_html
    assert quote.startswith("<blockquote>\n<p>Craving for an addictive substance")
    assert "<p>~ Dr Ameisen</p>" in quote


def test_loading_twice_creates_nothing_twice(library):
    counts = (Resource.objects.count(), Section.objects.count(), Tag.objects.count())
    output = load_resources()
    assert "0 created, 0 updated, 28 unchanged" in output
    assert (Resource.objects.count(), Section.objects.count(), Tag.objects.count()) == counts
    assert counts == (ITEM_COUNT, len(EXPECTED_LIBRARY), 7)


def test_loading_again_keeps_staff_edits_and_updates_untouched_items(library, seed):
    edited = Resource.objects.get(slug="prescribing-guide")
    edited.body = "Written by the editors."
    save_resource_by_staff(edited)
    changed_seed = copy.deepcopy(seed)
    for section in changed_seed["sections"]:
        for entry in section["resources"]:
            if entry["key"] in {"prescribing-guide", "books-by-dr-ameisen"}:
                entry["body"] = "A newer seed text."

    report = load_library(changed_seed)
    load_resources()  # and back to the shipped seed

    assert report.kept == ["prescribing-guide"]
    assert report.updated == ["books-by-dr-ameisen"]
    edited.refresh_from_db()
    assert edited.body == "Written by the editors."
    assert "Written by the editors." in edited.body_html
    assert Resource.objects.get(slug="books-by-dr-ameisen").body == ""
    assert Resource.objects.count() == ITEM_COUNT


def test_loading_recognises_a_seeded_item_whose_slug_staff_changed(library):
    resource = Resource.objects.get(slug="wikipedia-en")
    resource.slug = "baclofen-on-wikipedia"
    save_resource_by_staff(resource)
    load_resources()
    assert Resource.objects.count() == ITEM_COUNT
    assert not Resource.objects.filter(slug="wikipedia-en").exists()


def test_loading_skips_an_item_whose_slug_staff_already_use(db, seed):
    section = Section.objects.create(title="Staff picks", slug="staff-picks")
    Resource.objects.create(section=section, kind="link", title="Mine", slug="wikipedia-en")
    report = load_library(seed)
    assert report.skipped == ["wikipedia-en"]
    assert Resource.objects.get(slug="wikipedia-en").title == "Mine"


def test_seed_links_only_to_addresses_that_are_certain_public_facts(seed):
    urls = {
        entry["key"]: entry["url"]
        for section in seed["sections"]
        for entry in section["resources"]
        if entry.get("url")
    }
    assert urls == {
        "wikipedia-fr": "https://fr.wikipedia.org/wiki/Baclof%C3%A8ne",
        "wikipedia-en": "https://en.wikipedia.org/wiki/Baclofen",
        "baclofenuk": "https://baclofenuk.com/",
        "reddit-r-baclofen": "https://www.reddit.com/r/baclofen/",
    }


def test_citations_are_formatted_only_where_the_document_states_them(library):
    citations = {
        resource.slug: resource.citation for resource in Resource.objects.all() if resource.citation
    }
    assert citations == {
        "efficacy-craving-intake-preliminary-rct-2002": (
            "Alcohol and Alcoholism, Vol. 37, No. 5, pp. 504-508, 2002"
        ),
        "essai-en-ouvert-haute-dose": "Annales Medico-Psychologiques",
        "review-central-action-to-chemical-dependency-2015": "2015",
        "ameisen-self-case-report": "Oliver Ameisen",
        "bucknam-case-report-2007": "William Bucknam. Alcohol and Alcoholism, 2007",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "unknown fields"),
        ({"kind": "podcast"}, "unknown kind"),
        ({"tags": ["miracle"]}, "unknown tags"),
        ({"language": "de"}, "unknown language"),
        ({"key": "switch-dose"}, "duplicate key"),
    ],
)
def test_seed_check_rejects_typos(seed, change, message):
    broken = copy.deepcopy(seed)
    broken["sections"][0]["resources"][0].update(change)
    with pytest.raises(SeedError, match=message):
        check_seed(broken)


def test_load_command_fails_clearly_on_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot load"):
        call_command("load_resources", path=tmp_path / "missing.json")
