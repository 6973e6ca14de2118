"""Delivery of the outbox to the LRS destinations.

Per destination (enabled only, its events filter), the statements recorded from
`deliver_from` on that are neither delivered nor parked there, and whose pending row (if
any) is due, are sent oldest first, `batch_size` at a time, as one POST of the stored
bodies joined into a JSON array (never re-serialised: an LRS answers 409 to a different
body under an id it already has).

Answers:

- 200 / 204: delivered.
- 409 (the id is stored with another body, or our resend differs): the batch is split in
  halves until the conflicting statement is alone; it is then delivered if the LRS's copy
  (GET statements?statementId=) equals our stored body (minus what the LRS adds: stored,
  authority, version, and timestamp when we sent none), else parked with the message.
- 400 and other statement-level 4xx (413, 422...): split in halves (binary search) to find
  the refused statement(s): each is parked with the LRS's message, the rest delivered.
- 5xx, 401/403/404/429 (a destination problem, not a statement one), timeout, connection
  error: the statements of the batch stay pending with attempts + 1 and
  next_attempt_at = now + min(2 ** attempts * 30 s, 1 h) (attempts counted before this
  failure: 30 s, 1 min, 2 min... capped at 1 hour); the run stops for that destination so
  a down LRS is not hammered; statements not tried yet keep no row (the sweep takes them).
- A missing secret (environment variable) is a configuration error: recorded on the
  destination (`last_error`), nothing is sent.

Concurrency: each batch is one short transaction that first locks the destination row
(`select_for_update(skip_locked=True)`; a worker that finds it locked leaves that
destination to the worker holding it), then selects, POSTs and records the batch. The
HTTP call is inside that transaction (bounded by `timeout_seconds`, once per batch; a
split may make a few more calls) so no two workers can send the same statement at once
and a crash rolls back to "not sent" (a resend of an identical body is accepted by the
LRS). The transaction never spans several batches. On SQLite `select_for_update` is a
no-op: the embedded mode runs one process and SQLite serialises writers.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass, field

import httpx
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .constants import XAPI_VERSION
from .models import AuthType, Delivery, DeliveryStatus, Destination, Statement

logger = logging.getLogger(__name__)

BACKOFF_BASE = dt.timedelta(seconds=30)
BACKOFF_CAP = dt.timedelta(hours=1)
MAX_ERROR_LENGTH = 2000
# Not about one statement: retry the whole batch later (credentials, address, rate limit).
DESTINATION_STATUSES = {401, 403, 404, 405, 407, 408, 429}
# Keys the LRS adds to what it stores (compared away when a 409 is checked).
LRS_ADDED_KEYS = ("stored", "authority", "version")


class ConfigurationError(Exception):
    """The destination cannot be used as configured (a missing secret...)."""


class TransientError(Exception):
    """The LRS could not take the batch now: retry later."""


@dataclass
class Report:
    delivered: int = 0
    parked: int = 0
    failed: int = 0
    requests: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        self.delivered += other.delivered
        self.parked += other.parked
        self.failed += other.failed
        self.requests += other.requests
        self.errors.extend(other.errors)

    def as_dict(self) -> dict:
        return {
            "delivered": self.delivered,
            "parked": self.parked,
            "failed": self.failed,
            "requests": self.requests,
            "errors": list(self.errors),
        }


def backoff(attempts: int) -> dt.timedelta:
    """The wait after a failure, `attempts` being the failures before this one."""
    return min(BACKOFF_BASE * (2 ** min(attempts, 20)), BACKOFF_CAP)


def auth_for(destination: Destination) -> httpx.Auth | None:
    """The credentials of `destination`; ConfigurationError when its secret is missing."""
    if destination.auth_type == AuthType.NONE:
        return None
    name = destination.secret_env_var.strip()
    if not name:
        raise ConfigurationError(
            _("No environment variable is named for the secret of this destination.")
        )
    secret = os.environ.get(name)
    if not secret:
        raise ConfigurationError(
            _("The environment variable %(name)s holding the secret is not set.") % {"name": name}
        )
    if destination.auth_type == AuthType.BASIC:
        return httpx.BasicAuth(destination.username, secret)
    return BearerAuth(secret)


class BearerAuth(httpx.Auth):
    def __init__(self, token: str):
        self.token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def http_client(destination: Destination) -> httpx.Client:
    """The seam tests patch (to count requests with an event hook)."""
    return httpx.Client(
        base_url=destination.endpoint
        if destination.endpoint.endswith("/")
        else destination.endpoint + "/",
        auth=auth_for(destination),
        timeout=float(destination.timeout_seconds),
        headers={"X-Experience-API-Version": XAPI_VERSION},
    )


def due_statements(destination: Destination, now: dt.datetime):
    """The statements `destination` should receive now, oldest first."""
    statements = Statement.objects.filter(created_at__gte=destination.deliver_from)
    if destination.events:
        statements = statements.filter(event__in=destination.events)
    rows = Delivery.objects.filter(destination=destination)
    finished = rows.filter(status__in=[DeliveryStatus.DELIVERED, DeliveryStatus.PARKED])
    waiting = rows.filter(status=DeliveryStatus.PENDING, next_attempt_at__gt=now)
    return (
        statements.exclude(pk__in=finished.values("statement_id"))
        .exclude(pk__in=waiting.values("statement_id"))
        .order_by("created_at", "pk")
    )


def lrs_message(response: httpx.Response) -> str:
    """What the LRS said, for a person: its warnings or message, else its text."""
    try:
        data = response.json()
    except ValueError:
        data = None
    text = ""
    if isinstance(data, dict):
        warnings = data.get("warnings")
        if isinstance(warnings, list) and warnings:
            text = "; ".join(str(w) for w in warnings)
        elif data.get("message"):
            text = str(data["message"])
    if not text:
        text = response.text.strip() or response.reason_phrase
    return f"HTTP {response.status_code}: {text}"[:MAX_ERROR_LENGTH]


def _comparable(body: dict, ours: dict) -> dict:
    body = {k: v for k, v in body.items() if k not in LRS_ADDED_KEYS}
    if "timestamp" not in ours:
        body.pop("timestamp", None)
    return body


class _Batch:
    """Sends one batch, splitting it on statement-level refusals."""

    def __init__(self, client: httpx.Client, report: Report):
        self.client = client
        self.report = report
        self.outcome: dict = {}  # statement id -> (status, message)

    def post(self, statements: list[Statement]) -> httpx.Response:
        payload = "[" + ",".join(s.body for s in statements) + "]"
        self.report.requests += 1
        try:
            response = self.client.post(
                "statements",
                content=payload.encode(),
                headers={"Content-Type": "application/json"},
            )
        except httpx.TimeoutException as exc:
            raise TransientError(_("The LRS did not answer in time (%s).") % exc) from exc
        except httpx.HTTPError as exc:
            raise TransientError(_("The LRS could not be reached (%s).") % exc) from exc
        if response.status_code >= 500 or response.status_code in DESTINATION_STATUSES:
            raise TransientError(lrs_message(response))
        return response

    def send(self, statements: list[Statement]) -> None:
        response = self.post(statements)
        if response.status_code in (200, 204):
            for statement in statements:
                self.outcome[statement.pk] = (DeliveryStatus.DELIVERED, "")
            return
        if len(statements) > 1:
            middle = len(statements) // 2
            self.send(statements[:middle])
            self.send(statements[middle:])
            return
        statement = statements[0]
        message = lrs_message(response)
        if response.status_code == 409 and self.same_as_stored(statement):
            self.outcome[statement.pk] = (DeliveryStatus.DELIVERED, "")
        else:
            self.outcome[statement.pk] = (DeliveryStatus.PARKED, message)

    def same_as_stored(self, statement: Statement) -> bool:
        self.report.requests += 1
        try:
            response = self.client.get("statements", params={"statementId": str(statement.pk)})
        except httpx.HTTPError as exc:
            raise TransientError(_("The LRS could not be reached (%s).") % exc) from exc
        if response.status_code >= 500:
            raise TransientError(lrs_message(response))
        if response.status_code != 200:
            return False
        try:
            theirs = response.json()
        except ValueError:
            return False
        ours = json.loads(statement.body)
        return isinstance(theirs, dict) and _comparable(theirs, ours) == ours


def _record(destination, statements, outcome, error, now, report) -> None:
    """Write the Delivery rows of a batch: `outcome` for the resolved ones, pending with
    backoff (`error`) for the others."""
    moment = timezone.now()
    existing = {
        d.statement_id: d
        for d in Delivery.objects.filter(destination=destination, statement__in=statements)
    }
    for statement in statements:
        row = existing.get(statement.pk) or Delivery(statement=statement, destination=destination)
        status, message = outcome.get(statement.pk, (DeliveryStatus.PENDING, error))
        row.status = status
        row.last_error = message or ""
        if status == DeliveryStatus.DELIVERED:
            row.delivered_at = moment
            row.next_attempt_at = None
            row.attempts += 1
            report.delivered += 1
        elif status == DeliveryStatus.PARKED:
            row.next_attempt_at = None
            row.attempts += 1
            report.parked += 1
        else:
            row.next_attempt_at = now + backoff(row.attempts)
            row.attempts += 1
            report.failed += 1
        row.save()


def _note(destination: Destination, *, success: bool = False, error: str = "") -> None:
    moment = timezone.now()
    if success:
        Destination.objects.filter(pk=destination.pk).update(last_success_at=moment)
    if error:
        Destination.objects.filter(pk=destination.pk).update(
            last_error=error[:MAX_ERROR_LENGTH], last_error_at=moment
        )


def _lock(destination: Destination) -> bool:
    return (
        Destination.objects.select_for_update(skip_locked=True)
        .filter(pk=destination.pk, enabled=True)
        .exists()
    )


def deliver_destination(destination: Destination, *, now: dt.datetime | None = None) -> Report:
    """Send what is due to `destination`, batch after batch, until nothing is due or the
    LRS fails (then the rest waits for the next run)."""
    now = now or timezone.now()
    report = Report()
    try:
        client = http_client(destination)
    except ConfigurationError as exc:
        message = str(exc)
        logger.error("xAPI destination %s: %s", destination, message)
        _note(destination, error=message)
        report.errors.append(f"{destination}: {message}")
        return report
    with client:
        while True:
            with transaction.atomic():
                if not _lock(destination):
                    break  # another worker is delivering to it (or it was disabled)
                statements = list(due_statements(destination, now)[: destination.batch_size])
                if not statements:
                    break
                batch = _Batch(client, report)
                error = ""
                try:
                    batch.send(statements)
                except TransientError as exc:
                    error = str(exc)[:MAX_ERROR_LENGTH]
                _record(destination, statements, batch.outcome, error, now, report)
                if batch.outcome:
                    _note(destination, success=True)
                parked = [m for s, m in batch.outcome.values() if s == DeliveryStatus.PARKED]
                if parked:
                    _note(destination, error=parked[-1])
                if error:
                    logger.warning("xAPI destination %s: %s", destination, error)
                    _note(destination, error=error)
                    report.errors.append(f"{destination}: {error}")
                    break
    return report


def deliver_all(*, now: dt.datetime | None = None, destinations=None) -> Report:
    """One sweep: every enabled destination (or the given ones)."""
    report = Report()
    if destinations is None:
        destinations = Destination.objects.filter(enabled=True)
    for destination in destinations:
        if not destination.enabled:
            continue
        try:
            report.add(deliver_destination(destination, now=now))
        except Exception as exc:  # one broken destination never stops the others
            logger.exception("xAPI delivery to %s failed", destination)
            report.errors.append(f"{destination}: {exc!r}")
    return report
