from django import forms

from accounts.models import User


class ProfileSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "bio", "preferred_language", "hide_profile_from_public"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}
