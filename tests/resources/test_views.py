"""The library index and resource pages, as readers see them."""

import re
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.urls import reverse

from resources.models import Resource, Section, Tag
from resources.services import save_resource_by_staff

LIBRARY_URL = reverse("resources:resource-list")
DISCLAIMER = "It is not medical advice"


class AttributeNames(HTMLParser):
    def __init__(self):
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.names.update(name for name, _value in attrs)


def detail_url(slug: str) -> str:
    return reverse("resources:resource-detail", args=[slug])


def listed_titles(response) -> list[str]:
    return [resource.title for group in response.context["groups"] for resource in group.resources]


def test_header_links_to_the_library_from_every_page(client, db):
    response = client.get(reverse("forum:board-list"))
    assert f'href="{LIBRARY_URL}"' in response.content.decode()


def test_library_index_carries_the_medical_disclaimer_and_is_indexable(client, library):
    response = client.get(LIBRARY_URL)
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "Medical disclaimer." in html and DISCLAIMER in html
    assert 'name="robots"' not in html


def test_library_filters_by_kind(client, library):
    response = client.get(LIBRARY_URL, {"kind": "case-study"})
    assert [group.section.title for group in response.context["groups"]] == ["Case Studies"]
    assert len(listed_titles(response)) == 3
    assert "3 resources match." in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_library_filters_by_tag(client, library):
    response = client.get(LIBRARY_URL, {"tag": "cirrhosis"})
    assert listed_titles(response) == [
        "Effectiveness and safety of baclofen for maintenance of alcohol abstinence in "
        "alcohol-dependent patients with liver cirrhosis: randomised, double-blind controlled "
        "study."
    ]


def test_library_filter_links_work_without_javascript_and_keep_the_other_filters(client, library):
    html = client.get(LIBRARY_URL, {"tag": "safety", "q": "baclofen"}).content.decode()
    kind_link = re.search(r'href="([^"]*kind=study[^"]*)"', html)[1].replace("&amp;", "&")
    response = client.get(LIBRARY_URL + kind_link)
    assert response.context["tag"] == "safety"
    assert response.context["library_query"] == "baclofen"
    assert listed_titles(response) == [
        "Effectiveness and safety of baclofen for maintenance of alcohol abstinence in "
        "alcohol-dependent patients with liver cirrhosis: randomised, double-blind controlled "
        "study.",
        "Two studies showing the safety of high dose baclofen",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("switch", ["The switch dose"]),
        ("BUCKNAM", ["Supression of symptoms of alcohol dependence and craving using high-dose "
                     "baclofen"]),
        ("reddit GROUP", ["Reddit discussion group on Baclofen"]),
        ("nothing-like-this", []),
    ],
)  # fmt: skip
def test_library_search_matches_every_word_in_title_or_authors(client, library, query, expected):
    assert listed_titles(client.get(LIBRARY_URL, {"q": query})) == expected


def test_library_search_matches_the_summary(client, library):
    resource = Resource.objects.get(slug="prescribing-guide")
    resource.summary = "How doctors titrate."
    save_resource_by_staff(resource)
    assert listed_titles(client.get(LIBRARY_URL, {"q": "titrate"})) == ["Prescribing guide"]


def test_library_with_an_unknown_filter_says_nothing_matches(client, library):
    response = client.get(LIBRARY_URL, {"tag": "miracle-cure"})
    assert response.status_code == HTTPStatus.OK
    assert "No resource matches these filters." in response.content.decode()


@pytest.mark.parametrize("seeded", [False, True])
def test_library_index_query_count_is_fixed(client, db, django_assert_max_num_queries, seeded):
    if seeded:
        from tests.resources.conftest import load_resources

        load_resources()
    else:
        section = Section.objects.create(title="Only", slug="only")
        Resource.objects.create(section=section, kind="link", title="One", slug="one")
    # resources with their sections, their tags, kind counts, tag counts
    with django_assert_max_num_queries(4):
        response = client.get(LIBRARY_URL)
    assert response.status_code == HTTPStatus.OK


def test_study_page_shows_kind_citation_tags_language_and_disclaimer(client, library):
    response = client.get(detail_url("efficacy-craving-intake-preliminary-rct-2002"))
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert '<h1 id="resource-title">BACLOFEN EFFICACY IN REDUCING ALCOHOL CRAVING' in html
    assert ">Study</a>" in html
    assert "Alcohol and Alcoholism, Vol. 37, No. 5, pp. 504-508, 2002" in html
    assert f'href="{LIBRARY_URL}?tag=efficacy"' in html
    assert "<dd>English</dd>" in html
    assert DISCLAIMER in html
    assert "[[resource:efficacy-craving-intake-preliminary-rct-2002]]" in html


def test_entry_listed_by_title_only_says_the_editors_will_complete_it(client, library):
    html = client.get(detail_url("how-does-baclofen-work")).content.decode()
    assert "lists this entry by its title only" in html
    assert 'rel="noopener nofollow"' not in html  # no address: no outbound link


def test_link_with_an_address_opens_it_with_noopener_nofollow(client, library):
    html = client.get(detail_url("wikipedia-fr")).content.decode()
    assert (
        '<a class="button" href="https://fr.wikipedia.org/wiki/Baclof%C3%A8ne" '
        'rel="noopener nofollow">Open the source (fr.wikipedia.org)</a>'
    ) in html
    assert "<dd>French</dd>" in html
    assert DISCLAIMER in html


def test_unknown_resource_is_not_found(client, db):
    assert client.get(detail_url("no-such-thing")).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        '<img src=x onerror="alert(1)">',
        '<a href="https://e.org" onclick="alert(1)" style="color:red">x</a>',
        '[x](https://e.org "t\\" onmouseover=\\"alert(1)")',
    ],
)
def test_hostile_markdown_in_a_resource_is_sanitized_like_a_post(client, db, hostile):
    section = Section.objects.create(title="S", slug="s")
    resource = Resource(section=section, kind="article", title="T", slug="t")
    resource.summary = resource.body = f"Before {hostile} after"
    save_resource_by_staff(resource)

    html = client.get(detail_url("t")).content.decode()
    article = html[html.index('<article class="resource"') : html.index("</article>")]
    assert "<script" not in article
    assert "<img" not in article
    assert "javascript:" not in article.replace("[click](javascript:alert(1))", "")
    attributes = AttributeNames()
    attributes.feed(article)
    assert not {name for name in attributes.names if name.startswith("on") or name == "style"}
    assert "Before" in resource.body_html and "after" in resource.summary_html


def test_tags_listed_on_the_index_are_only_those_in_use(client, library):
    Tag.objects.create(name="Unused", slug="unused")
    response = client.get(LIBRARY_URL)
    assert "unused" not in [facet.value for facet in response.context["tags"]]


def test_sitemap_sections_list_the_library_and_every_resource(library):
    from resources.sitemaps import sitemaps

    locations = [
        sitemap().location(item) for sitemap in sitemaps.values() for item in sitemap().items()
    ]
    assert locations[0] == LIBRARY_URL
    assert detail_url("switch-dose") in locations
    assert len(locations) == 1 + 28


def test_resource_slugs_must_be_lower_case(db):
    from django.core.exceptions import ValidationError

    section = Section.objects.create(title="S", slug="s")
    resource = Resource(section=section, kind="link", title="T", slug="Mixed-Case")
    with pytest.raises(ValidationError, match="lower-case"):
        resource.full_clean()
