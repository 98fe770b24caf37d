from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.models.moderation import UnsafeAdviceCategory

# ---------------------------------------------------------------------------
# Safety screening (issue 5): staff rules and thresholds the screener reads
# (forum.moderation.screening stays free of Django; forum.moderation.autoscreen
# loads these and records flags).
# ---------------------------------------------------------------------------


class ScreeningRuleQuerySet(models.QuerySet):
    def enabled(self) -> "ScreeningRuleQuerySet":
        return self.filter(enabled=True)


class ScreeningRule(models.Model):
    """A watched phrase or regular expression: posts that match are flagged for review or
    held for approval. Never a safety label: a moderator decides."""

    class Language(models.TextChoices):
        ANY = "any", _("Any language")
        EN = "en", _("English")
        FR = "fr", _("French")

    class Action(models.TextChoices):
        FLAG = "flag", _("Flag for review (the post stays visible)")
        HOLD = "hold", _("Hold for approval (hidden until a moderator approves it)")

    name = models.CharField(
        _("name"), max_length=80, unique=True,
        help_text=_("Shown to moderators in the queue beside the words it matched."),
    )  # fmt: skip
    pattern = models.CharField(
        _("words or pattern"), max_length=200,
        help_text=_("A phrase (matched without regard to case or accents, on whole words) or, "
                    "if ticked below, a regular expression."),
    )  # fmt: skip
    is_regex = models.BooleanField(_("regular expression"), default=False)
    language = models.CharField(
        _("language"), max_length=3, choices=Language.choices, default=Language.ANY
    )
    category = models.ForeignKey(
        UnsafeAdviceCategory, on_delete=models.PROTECT, related_name="screening_rules",
        verbose_name=_("kind of unsafe advice"),
    )  # fmt: skip
    action = models.CharField(
        _("action"), max_length=4, choices=Action.choices, default=Action.FLAG
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    notes = models.TextField(_("notes for moderators"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("created by"),
    )  # fmt: skip
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ScreeningRuleQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("screening rule")
        verbose_name_plural = _("screening rules")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        _forget_screening_config()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        _forget_screening_config()
        return result

    def as_rule(self):
        """The screener's frozen Rule (reads category.slug: select_related it)."""
        from forum.moderation.screening import Rule

        return Rule(
            name=self.name, pattern=self.pattern, is_regex=self.is_regex,
            language=self.language, category=self.category.slug, action=self.action,
        )  # fmt: skip


class ScreeningThresholds(models.Model):
    """The screener's dose limits, edited by staff in the admin; one row at most (pk 1).
    With no row the screener uses its defaults (docs/screening.md lists their sources)."""

    excessive_mg_per_day = models.FloatField(
        _("advised daily dose above which advice is flagged (mg/day)"), default=80.0
    )
    trial_max_mg_per_day = models.FloatField(
        _("highest daily dose studied in trials (mg/day, reference only)"), default=300.0
    )
    max_start_mg_per_day = models.FloatField(_("highest starting dose (mg/day)"), default=30.0)
    max_increase_mg_per_day = models.FloatField(
        _("fastest increase (mg per day, averaged)"), default=5.0
    )
    max_step_mg = models.FloatField(_("largest single increase (mg)"), default=20.0)
    min_taper_days = models.FloatField(_("shortest taper to a full stop (days)"), default=7.0)
    max_taper_mg_per_day = models.FloatField(_("fastest decrease (mg per day)"), default=15.0)
    assumed_tablet_mg = models.FloatField(
        _("tablet strength assumed when a post gives none (mg)"), default=10.0
    )
    assumed_body_weight_kg = models.FloatField(
        _("body weight assumed for mg/kg doses (kg)"), default=70.0
    )
    classifier_min_score = models.FloatField(
        _("classifier score that flags a post (0-1; above 1 turns the classifier off)"),
        default=0.5,
        validators=[MinValueValidator(0.0)],
    )
    classifier_clear_score = models.FloatField(
        _("classifier score below which a detector's flag is dropped (0-1; 0 keeps them all)"),
        default=0.25,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("screening thresholds")
        verbose_name_plural = _("screening thresholds")

    def __str__(self) -> str:
        return str(_("Screening thresholds"))

    def save(self, *args, **kwargs):
        self.pk = 1  # a singleton: staff edit the one row
        super().save(*args, **kwargs)
        _forget_screening_config()

    def as_thresholds(self):
        from dataclasses import fields

        from forum.moderation.screening import Thresholds

        return Thresholds(**{f.name: getattr(self, f.name) for f in fields(Thresholds)})


def _forget_screening_config() -> None:
    # The rules and thresholds are cached per write (forum.moderation.autoscreen); forget
    # them now and again after commit, so no writer keeps an old copy.
    from django.db import transaction

    from forum.moderation.autoscreen import forget_config

    forget_config()
    transaction.on_commit(forget_config)
