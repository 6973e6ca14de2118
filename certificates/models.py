"""Certificate templates (what trainers write) and certificates (what learners hold).

A certificate is a snapshot: the holder's name, the title and the issuer are copied when it
is issued, so renaming a workshop or a person later never changes a certificate already
handed out (and its PDF stays true to its verification page)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class CertificateTemplate(TranslatableMixin, index.Indexed, models.Model):
    """The wording of a workshop's certificate, one per workshop and language."""

    workshop = models.ForeignKey(
        "courses.WorkshopPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("workshop"),
    )
    title = models.CharField(
        _("certificate title"),
        max_length=200,
        help_text=_('As printed, e.g. "Social-media skills — Beginner".'),
    )
    wording = models.TextField(
        _("wording"),
        max_length=600,
        help_text=_(
            "The sentence under the holder's name, e.g. "
            '"has completed the workshop and passed its final quiz".'
        ),
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=120, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=120, blank=True)
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("signature image"),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("validity (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Leave empty for a certificate that does not expire."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        PageChooserPanel("workshop", "courses.WorkshopPage"),
        FieldPanel("title"),
        FieldPanel("wording"),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature_image"),
            ],
            heading=_("Signature"),
        ),
        FieldPanel("validity_months"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["title"]

    def __str__(self):
        return self.title


def _pdf_path(certificate, filename):
    # The code is not in the path: a file name must not give the verification code away.
    return f"certificates/{certificate.issued_at:%Y/%m}/{certificate.public_id}.pdf"


def certificate_status(revoked_at, expires_at, now: dt.datetime) -> CertificateStatus:
    """Revoked, else expired on its date, else valid. Also used on values() rows (reports)."""
    if revoked_at:
        return CertificateStatus.REVOKED
    if expires_at and expires_at <= now:
        return CertificateStatus.EXPIRED
    return CertificateStatus.VALID


class Certificate(models.Model):
    """Issued once per enrollment, when its workshop is passed."""

    public_id = models.UUIDField(unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    enrollment = models.OneToOneField(
        "courses.Enrollment", on_delete=models.CASCADE, related_name="certificate"
    )
    template = models.ForeignKey(
        CertificateTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    workshop_key = models.UUIDField(_("workshop"), db_index=True)
    course_key = models.UUIDField(_("course"))
    level = models.CharField(_("level"), max_length=20)
    # Snapshot, in the language of the workshop the learner passed.
    language = models.CharField(_("language"), max_length=10)
    holder_name = models.CharField(_("holder"), max_length=300)
    title = models.CharField(_("title"), max_length=200)
    wording = models.TextField(_("wording"), blank=True)
    issuer = models.CharField(_("issuer"), max_length=120)
    signatory_name = models.CharField(max_length=120, blank=True)
    signatory_title = models.CharField(max_length=120, blank=True)
    score_scaled = models.DecimalField(
        _("score"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    issued_at = models.DateTimeField(_("issued"))
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True, db_index=True)
    # Shown to the learner and printed; looked up only by its digest (codes.py).
    code = models.CharField(_("verification code"), max_length=19, unique=True)
    code_digest = models.CharField(max_length=64, unique=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    # Set by the expiry sweep once the expiry has been announced (tier recomputed, event sent).
    expiry_processed_at = models.DateTimeField(null=True, blank=True, editable=False)
    pdf = models.FileField(upload_to=_pdf_path, blank=True, max_length=200)
    pdf_rendered_at = models.DateTimeField(null=True, blank=True)
    # When the learner was told by e-mail (certificates.tasks.certificate_deliver): claimed
    # before sending, so two workers or a replayed task never send it twice.
    emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        indexes = [models.Index(fields=["user", "revoked_at"])]

    def __str__(self):
        return f"{self.title} · {self.holder_name}"

    @property
    def title_shown(self) -> str:
        """The title to show a reader: in their language when a selector looked it up
        (selectors.certificates_titled), else the snapshot's. Same for the wording and the
        signatory's title below."""
        return getattr(self, "_title_shown", None) or self.title

    @property
    def wording_shown(self) -> str:
        return getattr(self, "_wording_shown", None) or self.wording

    @property
    def signatory_title_shown(self) -> str:
        return getattr(self, "_signatory_title_shown", None) or self.signatory_title

    def status_at(self, now: dt.datetime | None = None) -> CertificateStatus:
        return certificate_status(self.revoked_at, self.expires_at, now or timezone.now())

    @property
    def status(self) -> CertificateStatus:
        return self.status_at()

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID

    @property
    def score_percent(self) -> int | None:
        return None if self.score_scaled is None else round(float(self.score_scaled) * 100)
