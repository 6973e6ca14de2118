"""Brand settings per Wagtail site, exposed to templates as CSS variables."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from .colors import HEX_COLOR, contrast_ratio

WHITE = "#ffffff"
# WCAG 2.1 AA for normal text.
MIN_CONTRAST = 4.5

hex_color = RegexValidator(HEX_COLOR, _("Use a colour such as #1f4e79."))

FONT_STACKS = {
    "system": 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    "humanist": '"Segoe UI", Candara, "Bitstream Vera Sans", "DejaVu Sans", Verdana, sans-serif',
    "serif": 'Georgia, Cambria, "Times New Roman", "DejaVu Serif", serif',
}


def referent_title(grammar: str) -> str:
    """See BrandSettings.referent_title; one literal context per gender for translators."""
    if grammar == "feminine":
        return pgettext("referent's title, feminine", "referent")
    if grammar == "masculine":
        return pgettext("referent's title, masculine", "referent")
    return pgettext("referent's title, neutral", "referent")


@register_setting(icon="pick")
class BrandSettings(BaseSiteSetting):
    academy_name = models.CharField(_("academy name"), max_length=80, default="Porte-voix")
    # The employer stands behind a certificate (its issuer); the academy is the tool it is
    # issued with. Empty: the academy's name is both.
    company_name = models.CharField(
        _("company name"),
        max_length=120,
        blank=True,
        help_text=_(
            "The employer: printed as the issuer of certificates, on their verification page "
            "and on LinkedIn, and written wherever content says {company}."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    primary_color = models.CharField(
        _("primary colour"),
        max_length=7,
        default="#1f4e79",
        validators=[hex_color],
        help_text=_("Buttons, links and the header. White text must be readable on it."),
    )
    accent_color = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#b8461b",
        validators=[hex_color],
        help_text=_("Progress bars and highlights. White text must be readable on it."),
    )
    font_stack = models.CharField(
        _("font"),
        max_length=20,
        default="system",
        choices=[
            ("system", _("System (fast, native look)")),
            ("humanist", _("Humanist sans-serif")),
            ("serif", _("Serif")),
        ],
    )
    footer = RichTextField(_("footer"), blank=True, features=["bold", "italic", "link"])
    referent_name = models.CharField(
        _("referent's name"),
        max_length=120,
        blank=True,
        help_text=_("The community manager learners can ask about social media."),
    )
    referent_email = models.EmailField(
        _("referent's e-mail"),
        blank=True,
        help_text=_(
            "Questions from learners are sent here. Empty: they go to everyone in the "
            "Referents group."
        ),
    )
    referent_role = models.CharField(
        _("referent's role"), max_length=120, blank=True, help_text=_('E.g. "Community manager".')
    )
    # French (like many languages) writes the referent's title by their grammatical gender:
    # "votre référente", "votre référent", "votre personne référente". Content says
    # {referent_title} (themes/placeholders.py) and the pages' own sentences use
    # `referent_title` below, so both agree with whoever the settings name.
    referent_grammar = models.CharField(
        _("referent's grammatical gender"),
        max_length=10,
        default="neutral",
        choices=[
            ("feminine", _("Feminine (“votre référente”)")),
            ("masculine", _("Masculine (“votre référent”)")),
            ("neutral", _("Neutral (“votre personne référente”)")),
        ],
        help_text=_(
            "How texts in languages with grammatical gender, such as French, name the "
            "referent's role."
        ),
    )
    referent_photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("referent's photo"),
    )
    referent_contact = models.CharField(
        _("how to reach the referent"),
        max_length=300,
        blank=True,
        help_text=_('Shown to learners, e.g. "Teams channel #ambassadors, ext. 4321".'),
    )

    panels = [
        FieldPanel("academy_name"),
        FieldPanel("company_name"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("primary_color"), FieldPanel("accent_color"), FieldPanel("font_stack")],
            heading=_("Look"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("referent_name"),
                FieldPanel("referent_role"),
                FieldPanel("referent_grammar"),
                FieldPanel("referent_photo"),
                FieldPanel("referent_email"),
                FieldPanel("referent_contact"),
            ],
            heading=_("Referent"),
        ),
        FieldPanel("footer"),
    ]

    class Meta:
        verbose_name = _("brand")

    def clean(self):
        errors = {}
        for name in ("primary_color", "accent_color"):
            value = getattr(self, name)
            if HEX_COLOR.match(value or "") and contrast_ratio(value, WHITE) < MIN_CONTRAST:
                errors[name] = _(
                    "White text on this colour has a contrast of %(ratio).1f:1; "
                    "accessibility needs at least 4.5:1. Choose a darker colour."
                ) % {"ratio": contrast_ratio(value, WHITE)}
        if errors:
            raise ValidationError(errors)

    @property
    def issuer_name(self) -> str:
        """Who certificates say issued them: the employer, else the academy."""
        return self.company_name or self.academy_name

    @property
    def referent_title(self) -> str:
        """The referent's title in the active language, agreeing with their grammatical
        gender: "referent" in English; "référente" / "référent" / "personne référente" in
        French. Written after an invariable determiner ("votre", "your"), so no article,
        elision or contraction ("au", "du") ever depends on it."""
        return referent_title(getattr(self, "referent_grammar", "") or "neutral")

    @property
    def font_family(self) -> str:
        return FONT_STACKS.get(self.font_stack, FONT_STACKS["system"])
