"""HR's records about its own work: every export made (who, when, which filters, how many
rows) and the API keys a corporate LMS uses to pull completions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms import storage


def exports_storage():
    """Prepared export files hold personal data: the "exports" storage (outside MEDIA_ROOT,
    or a private prefix of the object storage), served only by the permission-checked
    download view. A callable, so the migrations name this function and not a storage."""
    return storage.exports


class CompletionReport(models.Model):
    """No table: carries the permissions of the HR views (the HR group gets them)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_completion_report", _("Can view completion reports")),
            ("export_completions", _("Can export completion records")),
            ("import_employees", _("Can import employees")),
        ]

    def __str__(self):
        return str(_("Completion report"))


# The channel of an export the admin prepares in the background (exports/prepared.py).
PREPARED_CHANNEL = "prepared"


class ExportLog(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    # "admin", "prepared" (admin, built in the background), "command" or "api".
    channel = models.CharField(_("channel"), max_length=20)
    preset = models.CharField(_("format"), max_length=40)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    started_at = models.DateTimeField(_("started"), db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # A large XLSX is prepared in the background (exports/prepared.py): its file, kept in
    # the private exports storage for REPORTS_EXPORT_FILE_DAYS, or why it failed.
    file = models.FileField(
        _("file"), storage=exports_storage, upload_to="%Y/%m", blank=True, max_length=200
    )
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.preset} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_preparing(self) -> bool:
        """A background export still being built (exports/prepared.py)."""
        return self.channel == PREPARED_CHANNEL and self.finished_at is None and not self.error


class ApiKey(models.Model):
    """A key a corporate LMS sends as `Authorization: Bearer <key>`. Only a hash is stored;
    the key is shown once, when HR creates it. `prefix` (the first characters) lets HR and
    the logs tell keys apart without revealing them."""

    name = models.CharField(_("name"), max_length=120)
    prefix = models.CharField(_("prefix"), max_length=16, unique=True)
    key_hash = models.CharField(max_length=128, editable=False)
    scopes = models.JSONField(_("scopes"), default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"))
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
