"""The content kit: ready-to-use posts, each open from a minimum tier."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..kit_text import post_x_length
from .tiers import Tier

X_LIMIT = 280


class ContentPost(TranslatableMixin, index.Indexed, models.Model):
    """A post learners may share. Its text reaches only learners whose tier allows it."""

    title = models.CharField(_("title"), max_length=140)
    min_tier = models.ForeignKey(
        Tier,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("open from tier"),
    )
    text_linkedin = models.TextField(_("LinkedIn text"), max_length=3000)
    text_x = models.TextField(
        _("X text"),
        max_length=X_LIMIT,
        blank=True,
        help_text=_("280 characters at most, link and hashtags included. Empty: not for X."),
    )
    text_facebook = models.TextField(_("Facebook text"), max_length=3000, blank=True)
    hashtags = models.CharField(
        _("hashtags"), max_length=200, blank=True, help_text=_("Separated by spaces, with #.")
    )
    link = models.URLField(_("link"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    valid_from = models.DateTimeField(_("share from"), null=True, blank=True)
    valid_until = models.DateTimeField(_("share until"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("min_tier"),
        MultiFieldPanel(
            [FieldPanel("text_linkedin"), FieldPanel("text_x"), FieldPanel("text_facebook")],
            heading=_("Text per network"),
        ),
        FieldPanel("hashtags"),
        FieldPanel("link"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("text_linkedin")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ready-to-use post")
        verbose_name_plural = _("ready-to-use posts")
        ordering = ["-valid_from", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until <= self.valid_from:
            errors["valid_until"] = _("The end must come after the start.")
        if self.text_x:
            # Learners share the text with the hashtags and link appended (kit_text.compose).
            length = post_x_length(self)
            if length > X_LIMIT:
                errors["text_x"] = _(
                    "With its hashtags and link, this text is %(count)d characters long on X "
                    "(a link counts as 23); X allows %(limit)d."
                ) % {"count": length, "limit": X_LIMIT}
        if errors:
            raise ValidationError(errors)
