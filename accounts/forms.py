from django import forms

from accounts.models import User


class ProfileSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "bio", "preferred_language", "hide_profile_from_public"]
        fields += ["email_notifications", "auto_watch"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "email_notifications": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email_notifications"].required = False

    def clean_email_notifications(self) -> str:
        # A radio group sends nothing when none is checked: keep the member's choice.
        return self.cleaned_data["email_notifications"] or self.instance.email_notifications
