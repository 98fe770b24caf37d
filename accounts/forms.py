from django import forms

from accounts.models import User


class ProfileSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "bio", "preferred_language"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}
