"""Forms of the moderation tools. They validate; services decide.

The queue renders one shared form per post whose buttons post to different
actions (HTML `formaction`), so every action form reads the same field names:
reason_template, reason, silent, next, plus its own fields.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from forum.forms import PostBodyField, clean_post_body
from forum.models import (
    Appeal,
    Board,
    ModerationAction,
    ModerationReason,
    Report,
    SafetyLabel,
    ScreeningRule,
    UnsafeAdviceCategory,
)
from forum.moderation import autoscreen, screening

REASON_MAX_LENGTH = 2000
MAX_SUSPENSION_DAYS = 365


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What worries you about this post?"),
        choices=[(reason.value, reason.label) for reason in Report.MEMBER_REASONS],
        widget=forms.RadioSelect,
    )
    category = forms.ModelChoiceField(
        label=_("Kind of unsafe medical advice"),
        queryset=UnsafeAdviceCategory.objects.filter(is_active=True),
        required=False,
        empty_label=_("Choose…"),
        help_text=_("Needed when you report unsafe medical advice."),
    )
    note = forms.CharField(
        label=_("Anything the moderators should know"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when you choose “Something else”. Only the moderators see it."),
    )

    def clean(self):
        data = super().clean()
        reason = data.get("reason")
        if reason == Report.Reason.UNSAFE_ADVICE and not data.get("category"):
            self.add_error("category", _("Please choose the kind of unsafe advice."))
        if reason == Report.Reason.OTHER and not (data.get("note") or "").strip():
            self.add_error("note", _("Please tell the moderators what is wrong."))
        return data


class ReasonForm(forms.Form):
    """A reason picked from the staff's templates and/or written by the moderator."""

    reason_required = True

    reason_template = forms.ModelChoiceField(
        label=_("Reason"),
        queryset=ModerationReason.objects.filter(is_active=True),
        required=False,
        empty_label=_("Written below"),
    )
    reason = forms.CharField(
        label=_("Reason in your own words"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    silent = forms.BooleanField(label=_("Do not tell the member"), required=False)
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        data["reason"] = (data.get("reason") or "").strip()
        if self.reason_required and not data.get("reason_template") and not data["reason"]:
            self.add_error("reason", _("Please choose or write a reason: the member is told why."))
        return data

    def reason_for(self, member) -> str:
        """The reason in `member`'s language: the template's text, then the moderator's words."""
        language = getattr(member, "preferred_language", "") or "en"
        template = self.cleaned_data.get("reason_template")
        parts = [template.text_in(language)] if template else []
        if self.cleaned_data["reason"]:
            parts.append(self.cleaned_data["reason"])
        return "\n\n".join(parts)

    @property
    def notify(self) -> bool:
        return not self.cleaned_data.get("silent")


class OptionalReasonForm(ReasonForm):
    reason_required = False


class LabelForm(ReasonForm):
    categories = forms.ModelMultipleChoiceField(
        label=_("Unsafe medical advice"),
        queryset=UnsafeAdviceCategory.objects.filter(is_active=True),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one kind of unsafe advice.")},
    )
    mode = forms.ChoiceField(
        label=_("Readers see"),
        choices=SafetyLabel.Mode.choices,
        initial=SafetyLabel.Mode.LABEL,
        widget=forms.RadioSelect,
    )
    public_note = forms.CharField(
        label=_("Note shown to every reader (optional)"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SuspendForm(ReasonForm):
    days = forms.IntegerField(
        label=_("Suspend for (days)"), min_value=1, max_value=MAX_SUSPENSION_DAYS, initial=7
    )


class MoveTopicForm(OptionalReasonForm):
    board = forms.ModelChoiceField(label=_("Move to board"), queryset=Board.objects.all())


class ModeratorEditForm(ReasonForm):
    """Edit out an unsafe sentence; the reason is required and signs the revision."""

    body = PostBodyField()
    field_order = ["body", "reason_template", "reason", "silent"]

    def clean_body(self) -> str:
        return clean_post_body(self.cleaned_data["body"])


class StaffNoteForm(forms.Form):
    text = forms.CharField(
        label=_("Staff note (moderators only)"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class AppealForm(forms.Form):
    message = forms.CharField(
        label=_("Why should another moderator look at this again?"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class AppealDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (Appeal.Status.UPHELD, _("Keep the decision")),
            (Appeal.Status.OVERTURNED, _("Reverse the decision")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Explanation for the member"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class LogFilterForm(forms.Form):
    moderator = forms.CharField(label=_("Moderator (username)"), required=False, max_length=150)
    member = forms.CharField(label=_("Member (username)"), required=False, max_length=150)
    action = forms.ChoiceField(
        label=_("Action"),
        required=False,
        choices=[("", _("Any action")), *ModerationAction.Action.choices],
    )
    automatic = forms.BooleanField(label=_("Automatic actions only"), required=False)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def filter(self, actions):
        if not self.is_valid():
            return actions
        data = self.cleaned_data
        if data["moderator"]:
            actions = actions.filter(actor__username__iexact=data["moderator"])
        if data["member"]:
            actions = actions.filter(target_user__username__iexact=data["member"])
        if data["action"]:
            actions = actions.filter(action=data["action"])
        if data["automatic"]:
            actions = actions.filter(actor__isnull=True)
        if data["since"]:
            actions = actions.filter(created_at__date__gte=data["since"])
        if data["until"]:
            actions = actions.filter(created_at__date__lte=data["until"])
        return actions


# --- Safety screening rules (issue 5) --------------------------------------------------


class ScreeningRuleForm(forms.ModelForm):
    """A staff rule; clean() checks it exactly as the screener will use it."""

    class Meta:
        model = ScreeningRule
        fields = [
            "name", "pattern", "is_regex", "language", "category", "action", "enabled", "notes",
        ]  # fmt: skip
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the kinds of advice the screener knows (the seeded slugs).
        self.fields["category"].queryset = UnsafeAdviceCategory.objects.filter(
            slug__in=screening.CATEGORIES
        )

    def clean(self):
        data = super().clean()
        fields = ("name", "pattern", "language", "category", "action")
        if any(self.has_error(name) or not data.get(name) for name in fields):
            return data
        try:
            autoscreen.check_rule(self.as_rule())
        except ValueError as error:
            self.add_error("pattern", str(error))
        return data

    def as_rule(self) -> screening.Rule:
        """The screener's Rule from the cleaned data (not saved)."""
        data = self.cleaned_data
        return screening.Rule(
            name=data["name"],
            pattern=data["pattern"],
            is_regex=data.get("is_regex", False),
            language=data["language"],
            category=data["category"].slug,
            action=data["action"],
        )
