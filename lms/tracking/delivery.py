"""Delivery of the outbox to the LRS destinations (docs/decisions/0014-delivery.md).

Per destination (enabled only, its events filter), the statements recorded from
`deliver_from` on that are neither delivered nor parked there are sent in the order they
were recorded (created_at, pk), `batch_size` at a time, as one POST of the stored bodies
joined into a JSON array (never re-serialised: an LRS answers 409 to a different body
under an id it already has).

Answers:

- 200 / 204: delivered.
- 409 (the id is stored with another body, or our resend differs): the batch is split in
  halves until the conflicting statement is alone; it is then delivered if the LRS's copy
  (GET statements?statementId=) equals our stored body (minus what the LRS adds: stored,
  authority, version, and timestamp when we sent none), else parked with the message.
- 400 and other statement-level 4xx (413, 422...): split in halves (binary search) to find
  the refused statement(s): each is parked with the LRS's message, the rest delivered.
  Parked statements do not hold back the others.
- 5xx, 401/403/404/429 (a destination problem, not a statement one), timeout, connection
  error: a failure of the DESTINATION. Its circuit breaker opens: `consecutive_failures`
  + 1 and `retry_at` = now + min(2 ** failures * 30 s, 1 h) (failures counted before this
  one: 30 s, 1 min, 2 min... capped at 1 hour). While `retry_at` is in the future no
  request at all is made to it, however many sweeps or tasks run; after it, one probe
  batch (the oldest statements) goes; success closes the breaker (failures = 0,
  `last_error` cleared), failure re-opens it with the next backoff. Since the failed batch
  is the oldest and nothing is sent while the breaker is open, a batch waiting for its
  retry holds back everything recorded after it: the order holds.
- A missing secret (environment variable) is a configuration error: recorded on the
  destination (`last_error`), nothing is sent.

Concurrency, with no transaction open across the network: each batch is

1. CLAIM, one short transaction: lock the destination row (`select_for_update`), check the
   breaker and the lease, pick the batch, write a lease (`claim_token`, `claimed_until`);
   commit.
2. SEND over HTTP, with no transaction and no lock held. The lease outlasts the sending:
   it lasts `timeout_seconds` x LEASE_REQUESTS + LEASE_MARGIN, and the sender makes no
   request that could end after it (the rest of the batch waits for the next claim).
3. RECORD, a second short transaction: lock the row again, check the lease is still ours,
   write the Delivery rows, the breaker and the events.

A second worker that finds a live lease held by another leaves the destination alone (no
statement is sent by two workers at once); a worker killed mid-send leaves its lease to
expire, after which the next run takes the destination over and resends the batch: the
stored, identical bodies (an LRS treats an identical resend as done): at least once,
nothing lost. The lease is taken with a conditional UPDATE, so it holds on SQLite too,
where `select_for_update` is a no-op.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
import uuid
from dataclasses import dataclass, field

import httpx
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .constants import XAPI_VERSION
from .models import (
    AuthType,
    Delivery,
    DeliveryStatus,
    Destination,
    DestinationEvent,
    EventKind,
    Statement,
)

logger = logging.getLogger(__name__)

BACKOFF_BASE = dt.timedelta(seconds=30)
BACKOFF_CAP = dt.timedelta(hours=1)
MAX_ERROR_LENGTH = 2000
# Not about one statement: retry the whole batch later (credentials, address, rate limit).
DESTINATION_STATUSES = {401, 403, 404, 405, 407, 408, 429}
# Keys the LRS adds to what it stores (compared away when a 409 is checked).
LRS_ADDED_KEYS = ("stored", "authority", "version")
# The lease covers this many requests of `timeout_seconds` (a batch split on a refusal makes
# several), plus a margin for the two short transactions around them.
LEASE_REQUESTS = 6
LEASE_MARGIN = dt.timedelta(seconds=5)
EVENTS_KEPT = 200  # per destination


class ConfigurationError(Exception):
    """The destination cannot be used as configured (a missing secret...)."""


class TransientError(Exception):
    """The LRS could not take the batch now: retry later."""


class LeaseEnding(Exception):
    """The next request could outlast the lease: stop, the rest goes with the next claim."""


@dataclass
class Report:
    delivered: int = 0
    parked: int = 0
    failed: int = 0
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    # The earliest time a destination needs another run (its breaker's retry, another
    # worker's lease): the task queues a deferred run for it.
    wake_at: dt.datetime | None = None

    def add(self, other: Report) -> None:
        self.delivered += other.delivered
        self.parked += other.parked
        self.failed += other.failed
        self.requests += other.requests
        self.errors.extend(other.errors)
        if other.wake_at:
            self.wake_at = min(filter(None, (self.wake_at, other.wake_at)))

    def wake(self, at: dt.datetime | None) -> None:
        if at:
            self.wake_at = min(filter(None, (self.wake_at, at)))

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


def lease_length(destination: Destination) -> dt.timedelta:
    return dt.timedelta(seconds=destination.timeout_seconds * LEASE_REQUESTS) + LEASE_MARGIN


def due_statements(destination: Destination):
    """The statements `destination` has still to receive, in the order they were recorded
    (pending ones included: the breaker, not the row, says when to try again)."""
    statements = Statement.objects.filter(created_at__gte=destination.deliver_from)
    if destination.events:
        statements = statements.filter(event__in=destination.events)
    finished = Delivery.objects.filter(
        destination=destination, status__in=[DeliveryStatus.DELIVERED, DeliveryStatus.PARKED]
    )
    return statements.exclude(pk__in=finished.values("statement_id")).order_by("created_at", "pk")


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

    def __init__(self, client: httpx.Client, report: Report, *, deadline: float, timeout: float):
        self.client = client
        self.report = report
        self.deadline = deadline  # time.monotonic() at which the lease ends
        self.timeout = timeout
        self.outcome: dict = {}  # statement id -> (status, message)

    def before_request(self) -> None:
        reserve = LEASE_MARGIN.total_seconds() / 2
        if time.monotonic() + self.timeout + reserve > self.deadline:
            raise LeaseEnding
        self.report.requests += 1

    def post(self, statements: list[Statement]) -> httpx.Response:
        payload = "[" + ",".join(s.body for s in statements) + "]"
        self.before_request()
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
        self.before_request()
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


def _clock(now: dt.datetime | None) -> dt.datetime:
    """The time of the run if one was given (the sweep's `now`), else the real time: a
    backoff counts from the failure, not from the start of a run a hanging LRS made long."""
    return now or timezone.now()


def _event(destination_id: int, kind: str, message: str = "") -> None:
    """Log one event and keep only the latest EVENTS_KEPT of the destination."""
    event = DestinationEvent.objects.create(
        destination_id=destination_id, kind=kind, message=message[:MAX_ERROR_LENGTH]
    )
    events = DestinationEvent.objects.filter(destination_id=destination_id)
    oldest_kept = events.order_by("-pk").values_list("pk", flat=True)[EVENTS_KEPT - 1 : EVENTS_KEPT]
    if len(oldest_kept) and oldest_kept[0] <= event.pk:
        events.filter(pk__lt=oldest_kept[0]).delete()


def _note_configuration_error(destination: Destination, message: str) -> None:
    with transaction.atomic():
        changed = Destination.objects.filter(pk=destination.pk).exclude(last_error=message)
        if changed.update(last_error=message[:MAX_ERROR_LENGTH], last_error_at=timezone.now()):
            _event(destination.pk, EventKind.CONFIGURATION, message)


@dataclass
class Claim:
    """The batch a worker holds the lease on (when the breaker is half-open: its probe)."""

    statements: list[Statement]


def _release(destination: Destination, token: uuid.UUID) -> None:
    Destination.objects.filter(pk=destination.pk, claim_token=token).update(
        claim_token=None, claimed_until=None
    )


def _claim(destination, token, now, report) -> Claim | None:
    """Step 1, one short transaction: the next batch and the lease on it, or None (nothing
    due, the breaker open, another worker's live lease, disabled)."""
    with transaction.atomic():
        row = (
            Destination.objects.select_for_update().filter(pk=destination.pk, enabled=True).first()
        )
        if row is None:
            return None
        moment = timezone.now()
        live = row.claimed_until is not None and row.claimed_until > moment
        if row.claim_token not in (None, token) and live:
            report.wake(row.claimed_until)  # if it dies, someone must take over
            return None
        if row.retry_at and row.retry_at > _clock(now):
            _release(row, token)
            report.wake(row.retry_at)
            return None
        statements = list(due_statements(row)[: row.batch_size])
        if not statements:
            _release(row, token)
            return None
        # Conditional: holds even where select_for_update is a no-op (SQLite).
        taken = (
            Destination.objects.filter(pk=row.pk)
            .filter(Q(claim_token=None) | Q(claim_token=token) | Q(claimed_until__lte=moment))
            .update(claim_token=token, claimed_until=moment + lease_length(row))
        )
        if not taken:
            return None
        return Claim(statements=statements)


def _record(destination, token, claim, outcome, error, now, report) -> bool:
    """Step 3, one short transaction: the Delivery rows and the breaker, if the lease is
    still ours (else another worker took the destination over: it resends, we write
    nothing). False when the run must stop."""
    with transaction.atomic():
        row = Destination.objects.select_for_update().filter(pk=destination.pk).first()
        if row is None or row.claim_token != token:
            logger.warning("xAPI destination %s: lease lost during the sending", destination)
            return False
        moment = _clock(now)
        retry_at = moment + backoff(row.consecutive_failures) if error else None
        existing = {
            d.statement_id: d
            for d in Delivery.objects.filter(destination=row, statement__in=claim.statements)
        }
        parked_messages = []
        for statement in claim.statements:
            resolved = outcome.get(statement.pk)
            if resolved is None and not error:
                continue  # the lease was ending: untouched, it goes with the next claim
            status, message = resolved or (DeliveryStatus.PENDING, error)
            delivery = existing.get(statement.pk) or Delivery(statement=statement, destination=row)
            delivery.status = status
            delivery.last_error = message or ""
            delivery.attempts += 1
            if status == DeliveryStatus.DELIVERED:
                delivery.delivered_at = moment
                delivery.next_attempt_at = None
                report.delivered += 1
            elif status == DeliveryStatus.PARKED:
                delivery.next_attempt_at = None
                parked_messages.append(message)
                report.parked += 1
            else:
                delivery.next_attempt_at = retry_at
                report.failed += 1
            delivery.save()
        for message in parked_messages:
            _event(row.pk, EventKind.PARKED, message)
        if error:
            row.consecutive_failures += 1
            row.retry_at = retry_at
            row.last_error = error
            row.last_error_at = moment
            _event(row.pk, EventKind.FAILED, error)
            report.wake(retry_at)
        elif outcome:
            if row.consecutive_failures:
                _event(row.pk, EventKind.RECOVERED)
            row.consecutive_failures = 0
            row.retry_at = None
            row.last_success_at = moment
            # Success clears the error: what is wrong now is only a parked statement, if any
            # (the history stays in the events).
            row.last_error = parked_messages[-1][:MAX_ERROR_LENGTH] if parked_messages else ""
            if parked_messages:
                row.last_error_at = moment
        row.save(
            update_fields=[
                "consecutive_failures",
                "retry_at",
                "last_error",
                "last_error_at",
                "last_success_at",
            ]
        )
        return not error


def deliver_destination(destination: Destination, *, now: dt.datetime | None = None) -> Report:
    """Send what is due to `destination`, batch after batch (claim, send, record), until
    nothing is due, the breaker opens or another worker holds the destination."""
    report = Report()
    try:
        client = http_client(destination)
    except ConfigurationError as exc:
        message = str(exc)
        logger.error("xAPI destination %s: %s", destination, message)
        _note_configuration_error(destination, message)
        report.errors.append(f"{destination}: {message}")
        return report
    token = uuid.uuid4()
    try:
        with client:
            while True:
                claim = _claim(destination, token, now, report)
                if claim is None:
                    break
                # Measured from after the claim's commit: the lease began a little earlier,
                # the half margin left at the end covers that and the record step.
                deadline = time.monotonic() + lease_length(destination).total_seconds()
                batch = _Batch(
                    client, report, deadline=deadline, timeout=float(destination.timeout_seconds)
                )
                error = ""
                try:
                    batch.send(claim.statements)
                except TransientError as exc:
                    error = str(exc)[:MAX_ERROR_LENGTH]
                except LeaseEnding:
                    if not batch.outcome:
                        break  # no progress possible within a lease: leave it to the next run
                if not _record(destination, token, claim, batch.outcome, error, now, report):
                    if error:
                        logger.warning("xAPI destination %s: %s", destination, error)
                        report.errors.append(f"{destination}: {error}")
                    break
    finally:
        _release(destination, token)
    return report


def destination_retry_now(*, destination: Destination, by=None) -> None:
    """A person asks for a try now: the breaker's next try becomes due (half-open), so the
    next run sends its probe at once. The event says who asked."""
    with transaction.atomic():
        Destination.objects.filter(pk=destination.pk, retry_at__isnull=False).update(
            retry_at=timezone.now()
        )
        who = by.get_username() if by is not None else ""
        _event(destination.pk, EventKind.RETRY, who)


def deliver_all(*, now: dt.datetime | None = None, destinations=None) -> Report:
    """One sweep: every enabled destination (or the given ones)."""
    report = Report()
    if destinations is None:
        # The healthy first: a probe of a hanging LRS (one timeout) then delays no one.
        destinations = Destination.objects.filter(enabled=True).order_by(
            "consecutive_failures", "name", "pk"
        )
    moment = now or timezone.now()
    for destination in destinations:
        if not destination.enabled:
            continue
        if destination.retry_at and destination.retry_at > moment:
            report.wake(destination.retry_at)  # open breaker: not even a transaction
            continue
        try:
            report.add(deliver_destination(destination, now=now))
        except Exception as exc:  # one broken destination never stops the others
            logger.exception("xAPI delivery to %s failed", destination)
            report.errors.append(f"{destination}: {exc!r}")
    return report
