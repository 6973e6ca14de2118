"""The outbox: every statement, written in the transaction of the learner action it
describes. Its body is the exact JSON sent to LRSs; it is written once and never changed, so
a resend carries the same bytes (an LRS answers 409 to a different body under the same id)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Statement(models.Model):
    id = models.UUIDField(_("statement id"), primary_key=True, default=uuid.uuid4, editable=False)
    event = models.CharField(_("event"), max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="xapi_statements",
        verbose_name=_("learner"),
    )
    registration = models.UUIDField(_("registration"), null=True, blank=True)
    verb = models.CharField(_("verb"), max_length=200, db_index=True)
    body = models.TextField(_("statement JSON"), editable=False)
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        indexes = [models.Index(fields=["registration", "event"])]

    def __str__(self):
        return f"{self.event} {self.id}"
