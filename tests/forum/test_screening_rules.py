"""Screening rules are data moderators manage: CRUD, validation, try-out, permissions."""

from http import HTTPStatus

import pytest
from django.conf import settings
from django.urls import reverse

from forum.models import ModerationAction, Post, Report, ScreeningRule, ScreeningThresholds
from forum.moderation import autoscreen
from forum.moderation.screening import Rule
from forum.services import reply
from tests.factories import PostFactory, TopicFactory, UserFactory
from tests.forum.moderation_helpers import category

RULES = reverse("forum:screening-rule-list")
ADD = reverse("forum:screening-rule-add")
TRY = reverse("forum:screening-rule-try")
Action = ModerationAction.Action


def rule_data(**overrides):
    data = {
        "name": "fake pharmacy",
        "pattern": "pharmacie du soleil",
        "language": "any",
        "category": category("no_prescription").pk,
        "action": "flag",
        "enabled": "on",
        "notes": "Seen in spam waves.",
    }
    return {**data, **overrides}


@pytest.fixture
def rule(moderator):
    return ScreeningRule.objects.create(
        name="fake pharmacy",
        pattern="pharmacie du soleil",
        category=category("no_prescription"),
        created_by=moderator,
    )


def test_moderator_adds_a_rule_and_the_change_is_logged(moderator_client, moderator):
    response = moderator_client.post(ADD, rule_data())
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == RULES
    rule = ScreeningRule.objects.get()
    assert (rule.pattern, rule.created_by, rule.enabled) == ("pharmacie du soleil", moderator, True)
    logged = ModerationAction.objects.get(action=Action.RULE_ADD)
    assert logged.actor == moderator and logged.extra["pattern"] == "pharmacie du soleil"
    assert "fake pharmacy" in moderator_client.get(RULES).content.decode()


def test_invalid_regex_is_a_form_error_not_a_crash(moderator_client):
    response = moderator_client.post(ADD, rule_data(pattern="(unclosed", is_regex="on"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Invalid regular expression" in response.content.decode()
    assert not ScreeningRule.objects.exists() and not ModerationAction.objects.exists()


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w*\s?)*x", r"((ab)+c)*", r"(x+){2,}"])
def test_regex_with_nested_repetition_is_refused(moderator_client, pattern):
    response = moderator_client.post(ADD, rule_data(pattern=pattern, is_regex="on"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "repeats a group that already repeats" in response.content.decode()


@pytest.mark.parametrize(
    "pattern", [r"buy\s+\w+ online", r"(cold|hot) turkey", r"\(a+\)+", r"[(a+)]+"]
)
def test_ordinary_regex_is_accepted(pattern):
    autoscreen.check_rule(Rule("r", pattern, True, "any", "other", "flag"))


def test_too_long_pattern_and_detector_names_are_refused(moderator_client):
    long = moderator_client.post(ADD, rule_data(pattern="a" * 201))
    reserved = moderator_client.post(ADD, rule_data(name="detector:abrupt_stop"))
    assert long.status_code == reserved.status_code == HTTPStatus.BAD_REQUEST
    assert "detector:" in reserved.content.decode()
    assert not ScreeningRule.objects.exists()


def test_moderator_edits_a_rule_and_the_change_is_logged(moderator_client, rule):
    response = moderator_client.post(
        reverse("forum:screening-rule-edit", args=[rule.pk]), rule_data(action="hold")
    )
    assert response.status_code == HTTPStatus.FOUND
    rule.refresh_from_db()
    assert rule.action == "hold"
    logged = ModerationAction.objects.get(action=Action.RULE_CHANGE)
    assert logged.extra["changed"] == ["action", "notes"]
    assert logged.extra["before"]["action"] == "flag"


def test_saving_an_unchanged_rule_logs_nothing(moderator_client, rule):
    data = rule_data(notes="")
    moderator_client.post(reverse("forum:screening-rule-edit", args=[rule.pk]), data)
    assert not ModerationAction.objects.filter(action=Action.RULE_CHANGE).exists()


def test_disabled_rule_stops_screening_and_both_switches_are_logged(
    moderator_client, rule, client, member, topic
):
    moderator_client.post(reverse("forum:screening-rule-disable", args=[rule.pk]))
    rule.refresh_from_db()
    assert not rule.enabled
    post = reply(topic, author=member, body="Pharmacie du soleil fermée aujourd'hui.")
    assert not Report.objects.filter(post=post).exists()
    moderator_client.post(reverse("forum:screening-rule-enable", args=[rule.pk]))
    rule.refresh_from_db()
    assert rule.enabled
    post = reply(topic, author=member, body="Pharmacie du soleil, encore.")
    assert Report.objects.get(post=post).screening["matches"][0]["source"] == "fake pharmacy"
    assert list(
        ModerationAction.objects.filter(action__startswith="rule_").values_list("action", flat=True)
    ) == [Action.RULE_ENABLE, Action.RULE_DISABLE]


def test_switching_a_rule_twice_changes_nothing_the_second_time(moderator_client, rule):
    url = reverse("forum:screening-rule-disable", args=[rule.pk])
    moderator_client.post(url)
    moderator_client.post(url)
    assert ModerationAction.objects.filter(action=Action.RULE_DISABLE).count() == 1


def test_try_out_lists_the_posts_the_rule_would_flag_without_saving(moderator_client, topic):
    match = PostFactory(topic=topic, body="Je commande à la <Pharmacie du Soleil> & co.")
    PostFactory(topic=topic, body="Just stop the baclofen cold turkey, no need to taper.")
    hidden = PostFactory(topic=topic, body="pharmacie du soleil", status=Post.Status.HIDDEN)
    response = moderator_client.post(TRY, rule_data())
    assert response.status_code == HTTPStatus.OK
    trial = response.context["trial"]
    assert [item["post"].pk for item in trial["results"]] == [match.pk]
    assert hidden.pk not in [item["post"].pk for item in trial["results"]]
    page = response.content.decode()
    assert "&lt;<mark>Pharmacie du Soleil</mark>&gt; &amp; co." in page
    assert not ScreeningRule.objects.exists() and not ModerationAction.objects.exists()


def test_try_out_keeps_only_the_rules_own_matches(moderator_client, topic):
    PostFactory(topic=topic, body="Just stop the baclofen cold turkey, no need to taper.")
    response = moderator_client.post(TRY, rule_data(pattern="xanax"))
    assert response.context["trial"]["results"] == []
    assert "None of these posts matches." in response.content.decode()


def test_try_out_of_an_existing_rule_with_edits_does_not_save_them(moderator_client, rule, topic):
    PostFactory(topic=topic, body="Order from the sunshine pharmacy.")
    response = moderator_client.post(TRY, rule_data(pattern="sunshine pharmacy", rule=str(rule.pk)))
    assert len(response.context["trial"]["results"]) == 1
    rule.refresh_from_db()
    assert rule.pattern == "pharmacie du soleil"


def test_try_out_of_an_invalid_rule_shows_the_error(moderator_client):
    response = moderator_client.post(TRY, rule_data(pattern="[", is_regex="on"))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Invalid regular expression" in response.content.decode()


@pytest.mark.parametrize("size", [2, 12])
def test_try_out_costs_a_fixed_number_of_queries(
    moderator_client, board, django_assert_max_num_queries, size
):
    for index in range(size):
        topic = TopicFactory(board=board, author=UserFactory())
        PostFactory(topic=topic, body=f"Pharmacie du soleil {index}")
    data = rule_data()
    # user, member state, categories (form), the category and the name checked by the form,
    # posts with topics and authors, unread notices (header), categories (the form's select)
    with django_assert_max_num_queries(8):
        response = moderator_client.post(TRY, data)
    assert len(response.context["trial"]["results"]) == size


@pytest.mark.parametrize("size", [1, 8])
def test_rule_list_costs_a_fixed_number_of_queries(
    moderator_client, moderator, django_assert_max_num_queries, size
):
    for index in range(size):
        ScreeningRule.objects.create(
            name=f"rule {index}", pattern=f"word{index}", category=category(), created_by=moderator
        )
    # user, member state, rules with categories and authors, unread notices (header)
    with django_assert_max_num_queries(4):
        response = moderator_client.get(RULES)
    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("url", [RULES, ADD])
def test_rule_pages_send_anonymous_visitors_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse(settings.LOGIN_URL))


def test_members_cannot_try_or_add_rules(member_client):
    assert member_client.post(TRY, rule_data()).status_code == HTTPStatus.FORBIDDEN
    assert member_client.post(ADD, rule_data()).status_code == HTTPStatus.FORBIDDEN
    assert not ScreeningRule.objects.exists()


@pytest.fixture
def admin_client_(client, db):
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin)
    return client


def test_admin_refuses_an_invalid_regex_and_logs_what_it_saves(admin_client_):
    url = reverse("admin:forum_screeningrule_add")
    refused = admin_client_.post(url, rule_data(pattern="(a", is_regex="on"))
    assert refused.status_code == HTTPStatus.OK and "Invalid regular expression" in (
        refused.content.decode()
    )
    saved = admin_client_.post(url, rule_data())
    assert saved.status_code == HTTPStatus.FOUND
    assert ModerationAction.objects.get().action == Action.RULE_ADD


def test_staff_edit_the_thresholds_in_the_admin(admin_client_):
    url = reverse("admin:forum_screeningthresholds_add")
    data = {
        "excessive_mg_per_day": 120,
        "trial_max_mg_per_day": 300,
        "max_start_mg_per_day": 30,
        "max_increase_mg_per_day": 5,
        "max_step_mg": 20,
        "min_taper_days": 7,
        "max_taper_mg_per_day": 15,
        "assumed_tablet_mg": 10,
        "assumed_body_weight_kg": 70,
        "classifier_min_score": 0.8,
        "classifier_clear_score": 0.05,
    }
    assert admin_client_.post(url, data).status_code == HTTPStatus.FOUND
    assert autoscreen.load_config()[1].excessive_mg_per_day == 120
    assert autoscreen.load_config()[1].classifier_min_score == 0.8
    # One row only: no second "add".
    assert admin_client_.get(url).status_code == HTTPStatus.FORBIDDEN
    assert ScreeningThresholds.objects.get().pk == 1
