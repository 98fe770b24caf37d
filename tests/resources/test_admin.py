"""Staff keep the library in the Django admin; their edits survive reloading the seed."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from resources.models import Resource
from tests.factories import UserFactory
from tests.resources.conftest import load_resources


@pytest.fixture
def staff_client(client, db):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


def change_form_data(resource: Resource, **changes) -> dict:
    data = {
        "section": resource.section_id,
        "position": resource.position,
        "kind": resource.kind,
        "title": resource.title,
        "slug": resource.slug,
        "language": resource.language,
        "tags": [tag.pk for tag in resource.tags.all()] if resource.pk else [],
        "summary": resource.summary,
        "body": resource.body,
        "authors": resource.authors,
        "journal": resource.journal,
        "year": resource.year or "",
        "volume": resource.volume,
        "issue": resource.issue,
        "pages": resource.pages,
        "url": resource.url,
        "_save": "Save",
    }
    return data | changes


def change_url(resource: Resource) -> str:
    return reverse("admin:resources_resource_change", args=[resource.pk])


def test_staff_edit_renders_the_body_marks_the_item_and_survives_reloading(staff_client, library):
    resource = Resource.objects.get(slug="prescribing-guide")
    data = change_form_data(resource, body="Start **low**. <script>alert(1)</script>")

    response = staff_client.post(change_url(resource), data)
    load_resources()

    assert response.status_code == HTTPStatus.FOUND
    resource.refresh_from_db()
    assert resource.edited_by_staff
    assert resource.body == "Start **low**. <script>alert(1)</script>"
    assert "<strong>low</strong>" in resource.body_html
    assert "<script" not in resource.body_html


def test_saving_an_unchanged_form_does_not_take_the_item_from_the_seed(staff_client, library):
    resource = Resource.objects.get(slug="wikipedia-en")
    staff_client.post(change_url(resource), change_form_data(resource))
    resource.refresh_from_db()
    assert not resource.edited_by_staff


def test_staff_add_a_resource_of_their_own(staff_client, library):
    section = Resource.objects.get(slug="wikipedia-en").section
    data = change_form_data(
        Resource(section=section, kind="link", title="Another site", slug="another-site"),
        url="https://example.org/",
        position=9,
    )
    response = staff_client.post(reverse("admin:resources_resource_add"), data)
    assert response.status_code == HTTPStatus.FOUND
    added = Resource.objects.get(slug="another-site")
    assert added.edited_by_staff and added.seed_key is None


def test_reset_action_lets_the_seed_restore_an_item(staff_client, library):
    resource = Resource.objects.get(slug="switch-dose")
    staff_client.post(change_url(resource), change_form_data(resource, body="Staff text."))
    staff_client.post(
        reverse("admin:resources_resource_changelist"),
        {"action": "follow_seed_again", "_selected_action": [resource.pk]},
    )
    load_resources()
    resource.refresh_from_db()
    assert not resource.edited_by_staff
    assert resource.body.startswith("The amount of baclofen required")


@pytest.mark.parametrize(
    "query", [{"q": "baclofen"}, {"kind__exact": "study"}, {"tags__id__exact": "1"}, {}]
)
def test_staff_search_and_filter_the_library_in_the_admin(staff_client, library, query):
    response = staff_client.get(reverse("admin:resources_resource_changelist"), query)
    assert response.status_code == HTTPStatus.OK


def test_members_cannot_reach_the_library_admin(member_client, library):
    response = member_client.get(reverse("admin:resources_resource_changelist"))
    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response["Location"]
