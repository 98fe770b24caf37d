from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    class EmailNotifications(models.TextChoices):
        IMMEDIATELY = "immediately", _("Email me each notification as it happens")
        DAILY = "daily", _("Email me a daily digest of unread notifications")
        NEVER = "never", _("Never email me notifications")

    display_name = models.CharField(
        _("display name"),
        max_length=60,
        blank=True,
        help_text=_("Shown beside your posts. Leave empty to use your username."),
    )
    bio = models.TextField(_("about you"), max_length=2000, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Leave empty to follow your browser's language."),
    )
    email_notifications = models.CharField(
        _("notification emails"),
        max_length=12,
        choices=EmailNotifications.choices,
        default=EmailNotifications.IMMEDIATELY,
    )
    auto_watch = models.BooleanField(
        _("watch the topics I start or reply to"),
        default=True,
        help_text=_("You are notified of new replies in topics you watch."),
    )
    # The daily digest (manage.py send_digests) covers notifications written after this.
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)
    hide_profile_from_public = models.BooleanField(
        _("hide my profile from search engines and signed-out visitors"),
        default=False,
        help_text=_(
            "Your profile page and its list of your posts are then shown to signed-in members "
            "only. Your posts stay in their topics, under your display name."
        ),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.username

    @property
    def public_name(self) -> str:
        return self.display_name or self.username

    def get_absolute_url(self) -> str:
        return reverse("accounts:profile", kwargs={"username": self.username})
