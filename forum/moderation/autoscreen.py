"""Safety screening of every new or edited post, feeding the review queue.

``forum.services`` calls ``screen_text`` before it writes a post (a "hold" result
decides the post's status) and ``record_screening`` after, in the same
transaction. A flag is a system ``Report`` (reporter NULL, reason "screening"),
so the queue shows it beside member reports and every moderator action resolves
it like any other report. The screening never applies a safety label.

The enabled rules and the thresholds are cached (one query each on a miss) and
forgotten whenever a rule or the thresholds are saved.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import gettext as _

from forum.models import (
    ModerationAction,
    Post,
    Report,
    ScreeningRule,
    ScreeningThresholds,
    UnsafeAdviceCategory,
)
from forum.moderation.screening import (
    DEFAULT_THRESHOLDS,
    Rule,
    ScreeningResult,
    Thresholds,
    screen,
    validate_rule,
)

CONFIG_CACHE_KEY = "forum:screening-config"
CONFIG_CACHE_SECONDS = 300

# Regex safety (see docs/screening_moderation.md): a short pattern with no quantified
# group that itself holds a quantifier ("(a+)+", "(\w*\s?)*") cannot backtrack
# catastrophically on its own; the try-out shows its time on real posts before saving.
MAX_PATTERN_LENGTH = 200


def log_action(*args, **kwargs) -> ModerationAction:
    # Imported late: forum.moderation.services imports forum.services, which imports us.
    from forum.moderation.services import log_action

    return log_action(*args, **kwargs)


def forget_config() -> None:
    cache.delete(CONFIG_CACHE_KEY)


def load_config() -> tuple[tuple[Rule, ...], Thresholds]:
    """The enabled staff rules and the thresholds; cached, at most two queries on a miss."""
    config = cache.get(CONFIG_CACHE_KEY)
    if config is None:
        rules = tuple(
            rule.as_rule() for rule in ScreeningRule.objects.enabled().select_related("category")
        )
        row = ScreeningThresholds.objects.filter(pk=1).first()
        config = (rules, row.as_thresholds() if row else DEFAULT_THRESHOLDS)
        cache.set(CONFIG_CACHE_KEY, config, CONFIG_CACHE_SECONDS)
    return config


def check_rule(rule: Rule) -> None:
    """validate_rule, plus our guard against slow regular expressions; ValueError with a
    message a form can show."""
    if len(rule.pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(
            _("The pattern is too long (at most %(max)d characters).") % {"max": MAX_PATTERN_LENGTH}
        )
    if rule.name.startswith("detector:"):
        raise ValueError(_("Rule names cannot start with “detector:”: the detectors use it."))
    try:
        validate_rule(rule)
    except ValueError as error:
        raise ValueError(_("This rule cannot be used: %(error)s") % {"error": error}) from error
    if rule.is_regex and _has_nested_quantifier(rule.pattern):
        raise ValueError(
            _(
                "This regular expression repeats a group that already repeats, such as "
                "“(a+)+”: it could take minutes on some posts. Remove the outer or the inner "
                "repetition."
            )
        )


def _has_nested_quantifier(pattern: str) -> bool:
    """A simple check: a group that contains a quantifier and is itself quantified."""
    text = re.sub(r"\\.", "x", pattern)  # escaped characters are plain characters
    text = re.sub(r"\[[^\]]*\]", "x", text)  # so are character classes
    stack: list[bool] = []
    for index, char in enumerate(text):
        if char == "(":
            stack.append(False)
        elif char in "*+{" and stack:
            stack[-1] = True
        elif char == ")" and stack:
            inner_repeats = stack.pop()
            following = text[index + 1 : index + 2]
            if inner_repeats and following in ("*", "+", "{"):
                return True
            if stack and (inner_repeats or following in ("*", "+", "{")):
                stack[-1] = True
    return False


def is_enabled() -> bool:
    return getattr(settings, "FORUM_SCREENING_ENABLED", True)


def screen_text(body: str, *, lang: str, author) -> ScreeningResult | None:
    """Screen a post about to be written; None when screening is off or not needed.

    Moderators' own posts are not screened: they are the reviewers, and they are the
    ones who post warnings that quote unsafe advice (as with first-post approval).
    """
    from forum.permissions import is_moderator

    if not is_enabled() or is_moderator(author):
        return None
    rules, thresholds = load_config()
    return screen(body, lang=lang, rules=rules, thresholds=thresholds)


def result_as_json(result: ScreeningResult) -> dict:
    return {
        "action": result.action,
        "categories": list(result.categories),
        "daily_dose_mg": result.daily_dose_mg,
        "classifier_score": result.classifier_score,
        "matches": [asdict(match) for match in result.matches],
    }


def record_screening(post: Post, result: ScreeningResult | None, *, held: bool = False) -> bool:
    """Queue `post` for review when `result` is flagged (call in the write's transaction).

    One open screening flag per post: a new result updates it (an edit that removes the
    words leaves it open: moderators decide). `held` says the caller held the post
    because of this result. Logged as automatic actions with the sources that matched.
    """
    if result is None or not result.flagged:
        return False
    data = result_as_json(result)
    category = (
        UnsafeAdviceCategory.objects.filter(slug__in=result.categories)
        .order_by("position", "id")
        .first()
    )
    updated = (
        Report.objects.open()
        .filter(post=post, reason=Report.Reason.SCREENING)
        .update(post_snapshot=post.body, screening=data, category=category)
    )
    if not updated:
        Report.objects.create(
            post=post,
            reporter=None,
            reason=Report.Reason.SCREENING,
            category=category,
            post_snapshot=post.body,
            priority=Report.PRIORITY[Report.Reason.SCREENING],
            screening=data,
        )
    sources = list(dict.fromkeys(match.source for match in result.matches))
    extra = {
        "sources": sources,
        "categories": data["categories"],
        "daily_dose_mg": result.daily_dose_mg,
        "matches": data["matches"],
        "updated_open_flag": bool(updated),
    }
    log_action(
        ModerationAction.Action.SCREEN_FLAG,
        actor=None,
        post=post,
        target_user=post.author,
        reason=_("Matched: %(sources)s") % {"sources": ", ".join(sources)},
        extra=extra,
    )
    if held:
        log_action(
            ModerationAction.Action.SCREEN_HOLD,
            actor=None,
            post=post,
            target_user=post.author,
            reason=_("Held for a moderator's approval by the safety screening."),
            extra={"sources": sources, "categories": data["categories"]},
        )
    return True


def hold_after_edit(post: Post, result: ScreeningResult | None) -> bool:
    """An edit that a hold rule matches takes a published post out of the board until a
    moderator approves it; counters are recomputed. Returns whether the post was held."""
    if result is None or result.action != "hold" or post.status != Post.Status.PUBLISHED:
        return False
    from forum.moderation.services import _set_post_status

    return _set_post_status(post, Post.Status.HELD)


def try_rule(rule: Rule, posts) -> list[tuple[Post, ScreeningResult]]:
    """Run `rule` alone over `posts` (not saved): the posts it would flag, each with only
    that rule's matches. The caller checked the rule (check_rule)."""
    hits = []
    for post in posts:
        result = screen(post.body, lang=post.topic.language, rules=[rule])
        matches = tuple(match for match in result.matches if match.source == rule.name)
        if matches:
            hits.append(
                (post, ScreeningResult(matches=matches, daily_dose_mg=None, action=rule.action))
            )
    return hits


# --- Staff rules -------------------------------------------------------------------

RULE_FIELDS = ("name", "pattern", "is_regex", "language", "category", "action", "enabled", "notes")


def rule_snapshot(rule: ScreeningRule) -> dict:
    return {
        field: rule.category.slug if field == "category" else getattr(rule, field)
        for field in RULE_FIELDS
    }


@transaction.atomic
def do_add_rule(rule: ScreeningRule, *, moderator) -> bool:
    """Save a new rule (the form checked it with check_rule) and log it."""
    rule.created_by = moderator
    rule.save()
    log_action(
        ModerationAction.Action.RULE_ADD,
        actor=moderator,
        reason=rule.name,
        extra={"rule": rule.pk, **rule_snapshot(rule)},
    )
    return True


@transaction.atomic
def do_change_rule(rule: ScreeningRule, *, moderator, before: dict) -> bool:
    """Save an edited rule; `before` is rule_snapshot of the stored rule. False when
    nothing changed."""
    after = rule_snapshot(rule)
    changed = [field for field in RULE_FIELDS if before.get(field) != after[field]]
    if not changed:
        return False
    rule.save()
    log_action(
        ModerationAction.Action.RULE_CHANGE,
        actor=moderator,
        reason=rule.name,
        extra={"rule": rule.pk, "changed": changed, "before": before, "after": after},
    )
    return True


@transaction.atomic
def do_set_rule_enabled(rule: ScreeningRule, *, moderator, enabled: bool) -> bool:
    rule = ScreeningRule.objects.select_for_update().get(pk=rule.pk)
    if rule.enabled == enabled:
        return False
    rule.enabled = enabled
    rule.save(update_fields=["enabled", "updated_at"])
    log_action(
        ModerationAction.Action.RULE_ENABLE if enabled else ModerationAction.Action.RULE_DISABLE,
        actor=moderator,
        reason=rule.name,
        extra={"rule": rule.pk},
    )
    return True
