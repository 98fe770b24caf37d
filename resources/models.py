from urllib.parse import urlsplit

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.models import Post, Topic

SLUG_MAX_LENGTH = 100
# Citations are matched lower-cased ([[resource:Switch-Dose]] works), so slugs must be.
lowercase_slug = RegexValidator(
    r"^[-a-z0-9_]+\Z", _("Use lower-case letters, digits, hyphens and underscores only.")
)


class Section(models.Model):
    """A part of the library, in the order the reference document gives them."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Plain text shown under the section title.")
    )

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        indexes = [models.Index(fields=["position", "id"], name="section_order")]

    def __str__(self) -> str:
        return self.title


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=50)
    slug = models.SlugField(_("slug"), max_length=50, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name


class ResourceQuerySet(models.QuerySet):
    def in_library_order(self) -> "ResourceQuerySet":
        return self.order_by("section__position", "section_id", "position", "id")

    def with_list_data(self) -> "ResourceQuerySet":
        return self.select_related("section").prefetch_related("tags")


class Resource(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article")
        GUIDE_PAGE = "guide", _("Guide page")
        STUDY = "study", _("Study")
        REVIEW = "review", _("Review")
        CASE_STUDY = "case-study", _("Case study")
        VIDEO = "video", _("Video")
        BOOK = "book", _("Book")
        LINK = "link", _("Link")

    section = models.ForeignKey(
        Section, on_delete=models.PROTECT, related_name="resources", verbose_name=_("section")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"), max_length=SLUG_MAX_LENGTH, unique=True, validators=[lowercase_slug],
        help_text=_(
            "Used in the page address and in forum citations ([[resource:slug]]). "
            "Changing it breaks links in posts that already cite this resource."
        ),
    )  # fmt: skip
    summary = models.TextField(_("summary"), blank=True, help_text=_("Markdown."))
    body = models.TextField(_("body"), blank=True, help_text=_("Markdown."))
    # Rendered and sanitized by resources.services, never per view.
    summary_html = models.TextField(blank=True, editable=False)
    body_html = models.TextField(blank=True, editable=False)
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    journal = models.CharField(_("journal"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    volume = models.CharField(_("volume"), max_length=20, blank=True)
    issue = models.CharField(_("issue"), max_length=20, blank=True)
    pages = models.CharField(_("pages"), max_length=30, blank=True)
    url = models.URLField(_("address (URL)"), max_length=500, blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    position = models.PositiveIntegerField(_("position in its section"), default=0)
    tags = models.ManyToManyField(Tag, blank=True, related_name="resources", verbose_name=_("tags"))
    # Seeded items keep the key they were loaded under, so that staff may rename
    # the slug and `load_resources` still recognises the item.
    seed_key = models.SlugField(
        max_length=SLUG_MAX_LENGTH, unique=True, null=True, blank=True, editable=False
    )
    seed_checksum = models.CharField(max_length=64, blank=True, editable=False)
    edited_by_staff = models.BooleanField(
        _("edited by staff"), default=False,
        help_text=_("Set when staff save the item; load_resources then leaves it alone."),
    )  # fmt: skip
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            models.Index(fields=["section", "position", "id"], name="resource_section_order"),
            models.Index(fields=["kind", "section", "position"], name="resource_kind"),
            models.Index(fields=["language"], name="resource_language"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("resources:resource-detail", kwargs={"slug": self.slug})

    @property
    def citation(self) -> str:
        """The bibliographic reference, from the fields that are set ("" when none is)."""
        details = [self.journal]
        if self.volume:
            details.append(gettext("Vol. %(volume)s") % {"volume": self.volume})
        if self.issue:
            details.append(gettext("No. %(issue)s") % {"issue": self.issue})
        if self.pages:
            details.append(gettext("pp. %(pages)s") % {"pages": self.pages})
        if self.year:
            details.append(str(self.year))
        reference = ", ".join(part for part in details if part)
        return ". ".join(part for part in [self.authors, reference] if part)

    @property
    def url_host(self) -> str:
        """The site the outbound link leads to, as readers know it ("en.wikipedia.org")."""
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")

    @property
    def citation_code(self) -> str:
        """What a member writes in a post to cite this resource."""
        return f"[[resource:{self.slug}]]"

    @property
    def is_placeholder(self) -> bool:
        """True while the item has no text beyond its title (the document gave none)."""
        return not self.summary.strip() and not self.body.strip()

    def citing_topics(self, user) -> models.QuerySet[Topic]:
        """Topics `user` may see with a post `user` may see that cites this resource.

        Each topic carries `cited_at` and `citing_post_id` (its latest such citation);
        most recently cited first. One query, whatever the number of topics.
        """
        citations = Citation.objects.filter(
            resource=self, post__in=Post.objects.visible_to(user), post__topic=OuterRef("pk")
        ).order_by("-created_at", "-id")
        return (
            Topic.objects.visible_to(user)
            .filter(Exists(citations))
            .annotate(
                cited_at=Subquery(citations.values("created_at")[:1]),
                citing_post_id=Subquery(citations.values("post_id")[:1]),
            )
            .select_related("board")
            .order_by("-cited_at", "-id")
        )


class Citation(models.Model):
    """A forum post cites a resource with [[resource:slug]]; kept in sync by services."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="citations")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="citations")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        constraints = [models.UniqueConstraint(fields=["resource", "post"], name="citation_unique")]
        indexes = [models.Index(fields=["resource", "-created_at"], name="citation_recent")]

    def __str__(self) -> str:
        return f"{self.post} → {self.resource}"
