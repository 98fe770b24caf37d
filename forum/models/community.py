from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.models.core import Post, Topic, in_active_language

# ---------------------------------------------------------------------------
# Community (issue 6): topic tags, reactions, bookmarks and ignored members.
# Writes live in forum/community/services.py, checks in forum/permissions.py.
# ---------------------------------------------------------------------------


class TopicTag(models.Model):
    """A staff-managed label members put on their topics (at most three per topic)."""

    name_en = models.CharField(_("name (English)"), max_length=60)
    name_fr = models.CharField(_("name (French)"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("topic tag")
        verbose_name_plural = _("topic tags")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:tag-detail", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        return in_active_language(self.name_en, self.name_fr)


class Reaction(models.Model):
    """A member found a post helpful, or thanks its author: one of each per member and post."""

    class Kind(models.TextChoices):
        HELPFUL = "helpful", _("Helpful")
        THANKS = "thanks", _("Thanks")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        constraints = [
            models.UniqueConstraint(
                fields=["post", "member", "kind"], name="reaction_one_of_each_per_member"
            )
        ]
        # The thread counts reactions per post and kind.
        indexes = [models.Index(fields=["post", "kind"], name="reaction_post_kind")]

    def __str__(self) -> str:
        return f"{self.member} → {self.post}: {self.kind}"


class BookmarkQuerySet(models.QuerySet):
    def visible_to(self, user) -> "BookmarkQuerySet":
        """Bookmarks of posts `user` may still see (a post hidden later drops out)."""
        posts = Post.objects.visible_to(user).filter(topic__in=Topic.objects.visible_to(user))
        return self.filter(post__in=posts)


class Bookmark(models.Model):
    """A post a member keeps for later; only they see their bookmarks."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmarks"
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="bookmarks")
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    objects = BookmarkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("bookmark")
        verbose_name_plural = _("bookmarks")
        constraints = [
            models.UniqueConstraint(fields=["member", "post"], name="bookmark_once_per_post")
        ]
        indexes = [models.Index(fields=["member", "-created_at", "-id"], name="bookmark_member")]

    def __str__(self) -> str:
        return f"{self.member} → {self.post}"


class IgnoredMember(models.Model):
    """`member` does not want to read `ignored`'s posts or hear from them.

    Moderators cannot be ignored (forum.permissions.check_can_ignore); a row that predates
    someone becoming a moderator is kept but has no effect (forum.permissions.ignores_q).
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ignoring"
    )
    ignored = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="ignored_by"
    )
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("ignored member")
        verbose_name_plural = _("ignored members")
        constraints = [
            models.UniqueConstraint(fields=["member", "ignored"], name="ignore_once_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.member} ignores {self.ignored}"
