"""Safety screening feeds the review queue: flags, holds, re-screening on edit, decisions."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from forum.models import (
    ModerationAction,
    Post,
    Report,
    SafetyLabel,
    ScreeningRule,
    ScreeningThresholds,
    Topic,
)
from forum.moderation import services
from tests.factories import BoardFactory, PostFactory, TopicFactory, UserFactory
from tests.forum.moderation_helpers import category

QUEUE = reverse("forum:mod-queue")
UNSAFE_EN = "Just stop the baclofen cold turkey, no need to taper."
UNSAFE_FR = "Arrête le baclo d'un coup, pas besoin de diminuer."
SAFE = "Keep going, and talk to your doctor before you change the dose."
Action = ModerationAction.Action


def new_topic(client, board, body, title="About my dose"):
    response = client.post(
        reverse("forum:topic-create", args=[board.slug]), {"title": title, "body": body}
    )
    assert response.status_code == HTTPStatus.FOUND
    return Topic.objects.get(title=title)


def new_reply(client, topic, body):
    response = client.post(
        reverse("forum:topic-reply", args=[topic.slug, topic.pk]), {"body": body}
    )
    assert response.status_code == HTTPStatus.FOUND
    return Post.objects.filter(topic=topic).latest("id")


def screening_flags(post):
    return Report.objects.filter(post=post, reason=Report.Reason.SCREENING)


def hold_rule(pattern="pharmacie du soleil", **kwargs):
    return ScreeningRule.objects.create(
        name="fake pharmacy",
        pattern=pattern,
        language="any",
        category=category("no_prescription"),
        action="hold",
        **kwargs,
    )


def test_new_topic_with_unsafe_advice_in_english_lands_in_the_queue_with_the_detector(
    client, member, moderator, board
):
    client.force_login(member)
    topic = new_topic(client, board, UNSAFE_EN)
    flag = screening_flags(topic.posts.get()).get()
    assert flag.reporter is None and flag.status == Report.Status.OPEN
    assert flag.category.slug == "abrupt_stop"
    client.force_login(moderator)
    page = client.get(QUEUE).content.decode()
    assert "detector:abrupt_stop" in page
    assert "<mark>Just stop the baclofen cold turkey</mark>" in page
    assert "<mark>no need to taper</mark>" in page


def test_reply_with_unsafe_advice_in_french_lands_in_the_queue_with_highlighted_words(
    client, member, moderator
):
    board = BoardFactory(language="fr")
    topic = TopicFactory(board=board, language="fr", author=UserFactory())
    client.force_login(member)
    post = new_reply(client, topic, UNSAFE_FR)
    assert screening_flags(post).get().screening["categories"] == ["abrupt_stop"]
    client.force_login(moderator)
    page = client.get(QUEUE).content.decode()
    assert "<mark>Arrête le baclo d&#x27;un coup</mark>" in page
    assert "<mark>pas besoin de diminuer</mark>" in page


def test_advice_only_the_classifier_reads_lands_in_the_queue_with_its_score(
    client, member, moderator, topic
):
    client.force_login(member)
    advice = (
        "Why crawl up by 5s like a snail? Bump it 30 a day and you'll be at the switch by "
        "Friday, easy."
    )
    post = new_reply(client, topic, advice)
    flag = screening_flags(post).get()
    [match] = flag.screening["matches"]
    assert match["source"].startswith("classifier:")
    score = flag.screening["classifier_score"]
    assert score >= 0.5
    client.force_login(moderator)
    for url in (QUEUE, reverse("forum:post-moderate", args=[post.pk])):
        page = client.get(url).content.decode()
        assert match["source"] in page
        assert f"classifier score {score:.2f}" in page
        assert "<mark>" in page


def test_a_safe_post_is_not_flagged(client, member, topic):
    client.force_login(member)
    post = new_reply(client, topic, SAFE)
    assert not screening_flags(post).exists()
    assert post.status == Post.Status.PUBLISHED


def test_screening_is_off_when_the_setting_says_so(client, member, topic, settings):
    settings.FORUM_SCREENING_ENABLED = False
    client.force_login(member)
    assert not screening_flags(new_reply(client, topic, UNSAFE_EN)).exists()


def test_flagged_post_stays_visible_and_is_never_labelled_automatically(
    client, member, other_member, topic
):
    client.force_login(member)
    post = new_reply(client, topic, UNSAFE_EN)
    assert post.status == Post.Status.PUBLISHED
    assert not SafetyLabel.objects.exists()
    assert not ModerationAction.objects.filter(action=Action.POST_LABEL).exists()
    client.force_login(other_member)
    assert UNSAFE_EN in client.get(topic.get_absolute_url()).content.decode()


def test_matched_text_is_escaped_in_the_queue(client, member, moderator, topic):
    ScreeningRule.objects.create(
        name="script", pattern="<b>", is_regex=True, category=category("other")
    )
    client.force_login(member)
    new_reply(client, topic, "Look <b>here</b> <script>alert(1)</script>")
    client.force_login(moderator)
    page = client.get(QUEUE).content.decode()
    assert "<mark>&lt;b&gt;</mark>" in page
    assert "<script>alert(1)</script>" not in page


def test_hold_rule_holds_the_post_out_of_the_board_and_tells_the_author(
    client, member, other_member, topic
):
    hold_rule()
    board = topic.board
    board.refresh_from_db()
    before = (board.post_count, board.last_post_id)
    client.force_login(member)
    response = client.post(
        reverse("forum:topic-reply", args=[topic.slug, topic.pk]),
        {"body": "La Pharmacie du Soléil est sympa."},
        follow=True,
    )
    assert "A moderator will approve your first posts" in response.content.decode()
    post = Post.objects.latest("id")
    assert post.status == Post.Status.HELD
    board.refresh_from_db()
    topic.refresh_from_db()
    assert (board.post_count, board.last_post_id) == before and topic.reply_count == 0
    client.force_login(other_member)
    assert "Pharmacie" not in client.get(topic.get_absolute_url()).content.decode()
    hold = ModerationAction.objects.get(action=Action.SCREEN_HOLD)
    assert hold.actor is None and hold.extra["sources"] == ["fake pharmacy"]


def test_hold_rule_on_a_new_topic_keeps_the_topic_off_the_board(
    client, member, other_member, board
):
    hold_rule()
    client.force_login(member)
    topic = new_topic(client, board, "Pharmacie du soleil: no script needed.")
    assert topic.status == Topic.Status.HELD
    board.refresh_from_db()
    assert board.topic_count == 0
    client.force_login(other_member)
    assert client.get(topic.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND


def test_held_post_appears_in_both_queue_tabs_and_approval_publishes_and_counts_it(
    client, member, moderator, topic
):
    hold_rule()
    client.force_login(member)
    post = new_reply(client, topic, "Pharmacie du soleil, really.")
    client.force_login(moderator)
    assert [p.pk for p in client.get(QUEUE + "?view=held").context["page"]] == [post.pk]
    assert [p.pk for p in client.get(QUEUE).context["page"]] == [post.pk]
    client.post(reverse("forum:post-approve", args=[post.pk]))
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.status == Post.Status.PUBLISHED and topic.last_post_id == post.pk
    flag = screening_flags(post).get()
    assert flag.status == Report.Status.RESOLVED and flag.resolution.action == Action.POST_APPROVE


def test_edit_rescreens_and_updates_the_open_flag_instead_of_adding_one(client, member, topic):
    client.force_login(member)
    post = new_reply(client, topic, SAFE)
    edit = reverse("forum:post-edit", args=[post.pk])
    client.post(edit, {"body": UNSAFE_EN})
    assert screening_flags(post).get().post_snapshot == UNSAFE_EN
    client.post(edit, {"body": "You can take Xanax with baclofen, totally safe."})
    flag = screening_flags(post).get()
    assert flag.screening["categories"] == ["mixing_depressants"]
    assert flag.status == Report.Status.OPEN
    assert ModerationAction.objects.filter(action=Action.SCREEN_FLAG, post=post).count() == 2


def test_edit_that_removes_the_unsafe_text_leaves_the_flag_for_the_moderators(
    client, member, topic
):
    client.force_login(member)
    post = new_reply(client, topic, UNSAFE_EN)
    client.post(reverse("forum:post-edit", args=[post.pk]), {"body": SAFE})
    flag = screening_flags(post).get()
    assert flag.status == Report.Status.OPEN and flag.post_snapshot == UNSAFE_EN


def test_edit_matching_a_hold_rule_holds_a_published_post(client, member, other_member, topic):
    hold_rule()
    client.force_login(member)
    post = new_reply(client, topic, SAFE)
    response = client.post(
        reverse("forum:post-edit", args=[post.pk]), {"body": "Pharmacie du soleil!"}, follow=True
    )
    assert "A moderator will approve your first posts" in response.content.decode()
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.status == Post.Status.HELD and topic.reply_count == 0
    client.force_login(other_member)
    assert "Pharmacie" not in client.get(topic.get_absolute_url()).content.decode()


def test_moderators_posts_and_edits_are_not_screened(moderator_client, topic):
    post = new_reply(moderator_client, topic, UNSAFE_EN)
    moderator_client.post(reverse("forum:post-edit", args=[post.pk]), {"body": UNSAFE_FR})
    assert not Report.objects.exists()


def test_moderator_action_from_the_queue_resolves_the_flag(client, member, moderator, topic):
    client.force_login(member)
    post = new_reply(client, topic, UNSAFE_EN)
    client.force_login(moderator)
    client.post(
        reverse("forum:post-label", args=[post.pk]),
        {"reason": "Unsafe", "categories": [category().pk], "mode": "label", "next": QUEUE},
    )
    flag = screening_flags(post).get()
    assert flag.status == Report.Status.RESOLVED and flag.resolved_by == moderator
    assert flag.resolution.action == Action.POST_LABEL
    assert client.get(QUEUE).context["page"].paginator.count == 0


def test_dismissing_a_flag_is_recorded(client, member, moderator, topic):
    client.force_login(member)
    post = new_reply(client, topic, UNSAFE_EN)
    client.force_login(moderator)
    client.post(reverse("forum:post-reports-dismiss", args=[post.pk]), {"reason": "Sarcasm"})
    flag = screening_flags(post).get()
    assert flag.status == Report.Status.DISMISSED and flag.resolved_by == moderator
    assert flag.resolution.action == Action.REPORTS_DISMISS
    assert flag.resolution.reason == "Sarcasm"


def test_flag_orders_like_an_unsafe_advice_report(client, member, moderator, topic, settings):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 0
    spam, at_risk = PostFactory(topic=topic), PostFactory(topic=topic)
    services.do_report_post(spam, reporter=UserFactory(), reason="spam")
    services.do_report_post(at_risk, reporter=UserFactory(), reason="at_risk")
    client.force_login(member)
    flagged = new_reply(client, topic, UNSAFE_EN)
    client.force_login(moderator)
    page = client.get(QUEUE).context["page"]
    assert [post.pk for post in page] == [at_risk.pk, flagged.pk, spam.pk]


def test_flag_does_not_count_towards_the_automatic_hide(client, member, topic, settings):
    settings.FORUM_REPORT_HIDE_THRESHOLD = 1
    client.force_login(member)
    post = new_reply(client, topic, UNSAFE_EN)
    assert post.status == Post.Status.PUBLISHED
    assert not services.hide_if_reported_enough(post)


def test_log_has_the_automatic_actions_with_their_sources(client, member, moderator, topic):
    hold_rule()
    client.force_login(member)
    post = new_reply(client, topic, f"{UNSAFE_EN} Pharmacie du soleil.")
    flag, hold = (
        ModerationAction.objects.get(action=name) for name in ("screen_flag", "screen_hold")
    )
    assert flag.actor is None and hold.actor is None and flag.post == post
    assert flag.extra["sources"] == ["detector:abrupt_stop", "fake pharmacy"]
    assert "fake pharmacy" in flag.reason
    client.force_login(moderator)
    log = client.get(reverse("forum:mod-log"), {"automatic": "on"})
    assert {action.action for action in log.context["page"]} == {"screen_flag", "screen_hold"}


def test_staff_thresholds_are_used(client, member, topic):
    # The classifier is off: this is about the dose detector's threshold.
    ScreeningThresholds.objects.create(excessive_mg_per_day=500, classifier_min_score=2)
    client.force_login(member)
    post = new_reply(client, topic, "You should take 200 mg a day, no worries.")
    assert "excessive_dose" not in (screening_flags(post).first() or Report()).screening.get(
        "categories", []
    )
    ScreeningThresholds.objects.update_or_create(pk=1, defaults={"excessive_mg_per_day": 80})
    ScreeningThresholds.objects.get().save()  # saving forgets the cached thresholds
    other = new_reply(client, topic, "You should take 200 mg a day, no worries.")
    assert "excessive_dose" in screening_flags(other).get().screening["categories"]


def test_rules_are_loaded_once_then_cached_until_a_rule_changes(
    member, topic, django_assert_num_queries
):
    from forum.moderation import autoscreen

    hold_rule()
    autoscreen.load_config()
    with django_assert_num_queries(0):
        rules, _ = autoscreen.load_config()
    assert [rule.name for rule in rules] == ["fake pharmacy"]
    ScreeningRule.objects.get().save()  # invalidates
    with django_assert_num_queries(2):  # rules with their category, thresholds
        autoscreen.load_config()


@pytest.mark.parametrize("size", [1, 8])
def test_queue_with_screening_flags_costs_a_fixed_number_of_queries(
    client, member, moderator, board, django_assert_max_num_queries, size
):
    client.force_login(member)
    for index in range(size):
        new_topic(client, board, UNSAFE_EN, title=f"Topic {index}")
        services.do_report_post(Post.objects.latest("id"), reporter=UserFactory(), reason="spam")
    client.force_login(moderator)
    # Same budget as tests/forum/test_moderation_queue.py.
    with django_assert_max_num_queries(16):
        response = client.get(QUEUE)
    assert response.status_code == HTTPStatus.OK
    assert response.content.decode().count("detector:abrupt_stop") == size


def test_each_write_screens_once(client, member, topic, monkeypatch):
    from forum.moderation import autoscreen

    calls = []
    real_screen = autoscreen.screen
    monkeypatch.setattr(
        autoscreen, "screen", lambda *a, **k: calls.append(1) or real_screen(*a, **k)
    )
    client.force_login(member)
    post = new_reply(client, topic, SAFE)
    client.post(reverse("forum:post-edit", args=[post.pk]), {"body": UNSAFE_EN})
    client.post(reverse("forum:post-edit", args=[post.pk]), {"body": UNSAFE_EN})  # unchanged
    assert len(calls) == 2


def test_post_moderation_page_names_what_matched(client, member, moderator, topic):
    client.force_login(member)
    post = new_reply(client, topic, UNSAFE_EN)
    client.force_login(moderator)
    page = client.get(reverse("forum:post-moderate", args=[post.pk])).content.decode()
    assert "detector:abrupt_stop" in page and "<mark>no need to taper</mark>" in page


def test_flag_stays_off_the_authors_record_but_a_hold_is_shown(client, member, topic):
    hold_rule()
    client.force_login(member)
    new_reply(client, topic, UNSAFE_EN)
    new_reply(client, topic, "Pharmacie du soleil.")
    record = client.get(reverse("forum:moderation-record")).context["page"]
    assert [action.action for action in record] == [Action.SCREEN_HOLD]
