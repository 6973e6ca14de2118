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


class AuthType(models.TextChoices):
    NONE = "none", _("None")
    BASIC = "basic", _("Basic (user name and password)")
    BEARER = "bearer", _("Bearer token")


class Destination(models.Model):
    """A Learning Record Store that receives our statements. Its secret (password or token)
    is never stored in the database: the destination names the environment variable that
    holds it, so secrets stay with the deployment."""

    name = models.CharField(_("name"), max_length=120)
    endpoint = models.URLField(
        _("xAPI endpoint"),
        help_text=_("The LRS's xAPI base address, e.g. https://lrs.example.com/xAPI/"),
    )
    auth_type = models.CharField(
        _("authentication"), max_length=10, choices=AuthType.choices, default=AuthType.BASIC
    )
    username = models.CharField(_("user name or key"), max_length=200, blank=True)
    secret_env_var = models.CharField(
        _("environment variable holding the secret"),
        max_length=100,
        blank=True,
        help_text=_("For example PORTE_VOIX_LRS_SECRET. The secret itself is never stored here."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    events = models.JSONField(
        _("events sent"), default=list, blank=True, help_text=_("Empty means every event.")
    )
    deliver_from = models.DateTimeField(
        _("send statements recorded from"),
        default=timezone.now,
        help_text=_("Set it in the past to backfill a new LRS with earlier statements."),
    )
    batch_size = models.PositiveSmallIntegerField(_("statements per request"), default=50)
    timeout_seconds = models.PositiveSmallIntegerField(_("timeout (seconds)"), default=10)
    last_success_at = models.DateTimeField(_("last delivery"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    # The circuit breaker (see docs/decisions/0014-delivery.md): failures in a row; while
    # `retry_at` is in the future no request is made; at `retry_at` one probe batch goes.
    consecutive_failures = models.PositiveIntegerField(_("failures in a row"), default=0)
    retry_at = models.DateTimeField(_("next try"), null=True, blank=True)
    # The lease of the worker sending to it: no transaction is held across the HTTP call, so
    # the row says who sends and until when; an expired lease is taken over.
    claim_token = models.UUIDField(null=True, blank=True, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("LRS destination")
        verbose_name_plural = _("LRS destinations")

    def __str__(self):
        return self.name


class BreakerState(models.TextChoices):
    HEALTHY = "healthy", _("Healthy")
    FAILING = "failing", _("Failing, waiting for the next try")
    PROBING = "probing", _("Failing, next try due now")


def breaker_state(destination: Destination, now) -> str:
    if not destination.consecutive_failures:
        return BreakerState.HEALTHY
    if destination.retry_at and destination.retry_at > now:
        return BreakerState.FAILING
    return BreakerState.PROBING


class EventKind(models.TextChoices):
    FAILED = "failed", _("Failed")
    RECOVERED = "recovered", _("Recovered")
    PARKED = "parked", _("Statement parked")
    CONFIGURATION = "configuration", _("Configuration error")
    RETRY = "retry", _("Retry asked by a person")


class DestinationEvent(models.Model):
    """The history of a destination's delivery (its `last_error` only says what is wrong
    now). Bounded: delivery keeps the latest EVENTS_KEPT per destination."""

    destination = models.ForeignKey(
        Destination, on_delete=models.CASCADE, related_name="delivery_events"
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    kind = models.CharField(_("kind"), max_length=16, choices=EventKind.choices)
    message = models.TextField(_("message"), blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("delivery event")
        verbose_name_plural = _("delivery events")
        indexes = [models.Index(fields=["destination", "-at"])]

    def __str__(self):
        return f"{self.destination_id} {self.kind} {self.at:%Y-%m-%d %H:%M}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending (will retry)")
    DELIVERED = "delivered", _("Delivered")
    PARKED = "parked", _("Parked (refused by the LRS, needs a person)")


class Delivery(models.Model):
    """The state of one statement at one destination: each LRS has its own, so a failing
    LRS never causes duplicates at a healthy one. A statement with no row for a destination
    has not been tried there yet."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="deliveries")
    destination = models.ForeignKey(
        Destination, on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "destination"], name="one_delivery_per_destination"
            )
        ]
        indexes = [models.Index(fields=["destination", "status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.statement_id} → {self.destination_id}: {self.status}"
