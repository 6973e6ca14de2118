"""Advocacy tiers (what certificates unlock) and each learner's tier and its history."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index


class Tier(TranslatableMixin, ClusterableModel, index.Indexed):
    """An advocacy rank. A learner holds the highest tier whose requirements they meet,
    together with those of every lower tier (tiers are a ladder, not a menu)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("key"),
        max_length=40,
        help_text=_("A stable identifier (e.g. relay) for exports and the LRS."),
    )
    rank = models.PositiveSmallIntegerField(
        _("rank"), help_text=_("0 is the tier everyone starts at; higher is more trusted.")
    )
    description = models.TextField(_("description"), max_length=600)
    perks = RichTextField(
        _("what this tier may do"), features=["bold", "italic", "ul", "link"], blank=True
    )
    requires_charter = models.BooleanField(
        _("requires the current charter"),
        default=False,
        help_text=_("The learner must have accepted the current version of the charter."),
    )
    may_edit_posts = models.BooleanField(
        _("may personalise ready-to-use posts"),
        default=False,
        help_text=_("Below this, learners share the content kit's posts exactly as written."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("rank"),
        FieldPanel("description"),
        FieldPanel("perks"),
        MultiFieldPanel(
            [
                FieldPanel("requires_charter"),
                InlinePanel("requirements", label=_("Certificate required")),
            ],
            heading=_("What unlocks it"),
        ),
        FieldPanel("may_edit_posts"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("advocacy tier")
        verbose_name_plural = _("advocacy tiers")
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "rank"], name="one_tier_per_rank"),
            models.UniqueConstraint(fields=["locale", "slug"], name="one_tier_per_slug"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.rank == 0 and self.pk and self.requirements.exists():
            raise ValidationError(_("The starting tier (rank 0) cannot require certificates."))


class TierRequirement(Orderable):
    """A certificate a tier requires: that of a workshop (in any language)."""

    tier = ParentalKey(Tier, on_delete=models.CASCADE, related_name="requirements")
    workshop = models.ForeignKey(
        "courses.WorkshopPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("certificate of the workshop"),
    )

    panels = [PageChooserPanel("workshop", "courses.WorkshopPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("certificate required")
        verbose_name_plural = _("certificates required")


class TierReason(models.TextChoices):
    CERTIFICATE_ISSUED = "certificate_issued", _("Certificate issued")
    CERTIFICATE_REVOKED = "certificate_revoked", _("Certificate revoked")
    CERTIFICATE_EXPIRED = "certificate_expired", _("Certificate expired")
    CHARTER_ACCEPTED = "charter_accepted", _("Charter accepted")
    CHARTER_CHANGED = "charter_changed", _("New version of the charter")
    TIERS_CHANGED = "tiers_changed", _("Tiers changed")


class LearnerTier(models.Model):
    """The tier a learner holds now (one row per learner; no row means the starting tier).
    Kept in step by services.tier_recompute; the history is TierChange."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="advocacy_tier"
    )
    tier_key = models.UUIDField(null=True, blank=True)  # Tier.translation_key
    slug = models.SlugField(max_length=40, blank=True)
    rank = models.PositiveSmallIntegerField(default=0, db_index=True)
    since = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("learner's tier")
        verbose_name_plural = _("learners' tiers")

    def __str__(self):
        return f"{self.user} · {self.slug or self.rank}"


class TierChange(models.Model):
    """One step up or down a learner's ladder, with what caused it."""

    # A history row points at nothing an editor could delete or need the usage of: keeping
    # it out of Wagtail's reference index saves four queries on every tier change (ADR 0017).
    wagtail_reference_index_ignore = True

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tier_changes"
    )
    from_key = models.UUIDField(null=True, blank=True)
    from_slug = models.SlugField(max_length=40, blank=True)
    from_rank = models.PositiveSmallIntegerField(default=0)
    to_key = models.UUIDField(null=True, blank=True)
    to_slug = models.SlugField(max_length=40, blank=True)
    to_rank = models.PositiveSmallIntegerField(default=0)
    reason = models.CharField(_("reason"), max_length=30, choices=TierReason.choices)
    at = models.DateTimeField(_("when"), db_index=True)

    class Meta:
        verbose_name = _("tier change")
        verbose_name_plural = _("tier changes")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["user", "at"])]

    def __str__(self):
        return f"{self.user}: {self.from_slug or '-'} → {self.to_slug or '-'}"

    @property
    def is_promotion(self) -> bool:
        return self.to_rank > self.from_rank
