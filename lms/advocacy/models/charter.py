"""The social-media charter and who accepted which version."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from courses.blocks import RICH_TEXT_FEATURES
from courses.models.pages import LearnerPage


class CharterPage(LearnerPage):
    """The social-media charter. `version` names the text learners accept: trainers change
    it when the rules change (not for a typo), and everyone is asked to accept again."""

    version = models.CharField(
        _("version"),
        max_length=20,
        help_text=_(
            'E.g. "2026-11". Change it when the rules change: every learner is then asked '
            "to accept the charter again. Keep it the same in every language."
        ),
    )
    summary = models.TextField(
        _("what changed"),
        max_length=400,
        blank=True,
        help_text=_("Shown to learners who accepted an earlier version: what is new in this one."),
    )
    body = RichTextField(_("charter"), features=RICH_TEXT_FEATURES)

    content_panels = [
        *LearnerPage.content_panels,
        FieldPanel("version"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.AcademyPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("social-media charter")
        verbose_name_plural = _("social-media charters")

    def get_context(self, request, *args, **kwargs):
        from ..forms_ladder import CharterAcceptForm
        from ..selectors import charter_state

        context = super().get_context(request, *args, **kwargs)
        if request.user.is_authenticated:
            context["charter"] = charter_state(user=request.user, page=self)
        context["form"] = CharterAcceptForm(initial={"charter": self.pk})
        return context


class CharterAcceptance(models.Model):
    """Who accepted which version of the charter, when, and in which language. Kept forever:
    a new version adds rows, it never changes old ones."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="charter_acceptances"
    )
    charter_key = models.UUIDField()  # the charter page's translation_key
    version = models.CharField(_("version"), max_length=20)
    language = models.CharField(_("language"), max_length=10)
    accepted_at = models.DateTimeField(_("accepted"))

    class Meta:
        verbose_name = _("charter acceptance")
        verbose_name_plural = _("charter acceptances")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "charter_key", "version"], name="one_acceptance_per_version"
            )
        ]
        # HR's listing filters by version and counts who accepted the version in force.
        indexes = [models.Index(fields=["charter_key", "version"], name="acceptance_by_version")]
        ordering = ["-accepted_at", "-pk"]

    def __str__(self):
        return f"{self.user} · {self.version}"
