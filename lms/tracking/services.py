"""Writes of the outbox. Called by the receivers inside the sender's transaction: a
statement exists exactly when the learner state it describes was committed."""

from __future__ import annotations

import json
import logging
import uuid

from courses import unit_of_work

from .builders import REGISTRY
from .models import Statement

logger = logging.getLogger(__name__)

# cmi5: passed and completed at most once per registration, failed never after passed. The
# domain guarantees it already; the outbox checks again so a bug upstream can never make an
# LRS receive a second verdict.
ONCE_PER_REGISTRATION = {"workshop_passed", "workshop_completed"}
NOT_AFTER = {"workshop_failed": "workshop_passed"}


def new_statement_id() -> uuid.UUID:
    """The seam tests patch to make statement ids deterministic."""
    return uuid.uuid4()


def serialise(body: dict) -> str:
    """The one serialisation: what is stored is what is sent, byte for byte."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _build(event: str, kwargs: dict) -> Statement:
    builder = REGISTRY[event]
    body = builder.build(**kwargs)
    statement_id = new_statement_id()
    body["id"] = str(statement_id)
    registration = body.get("context", {}).get("registration")
    return Statement(
        id=statement_id,
        event=event,
        user=kwargs.get("user"),
        registration=registration,
        verb=body["verb"]["id"],
        body=serialise(body),
    )


def _blocking(event: str) -> set[str]:
    blocking = {event} if event in ONCE_PER_REGISTRATION else set()
    if event in NOT_AFTER:
        blocking.add(NOT_AFTER[event])
    return blocking


def _skipped(event: str, registration) -> None:
    logger.warning(
        "xAPI: %s skipped for registration %s (cmi5 allows it once, never after passed)",
        event,
        registration,
    )


def _refused(event: str, registration) -> bool:
    if registration is None:
        return False
    blocking = _blocking(event)
    if not blocking:
        return False
    if Statement.objects.filter(registration=registration, event__in=blocking).exists():
        _skipped(event, registration)
        return True
    return False


def _registration(value) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def _outbox_flush(outcome, statements: list[Statement]) -> None:
    """Write the statements an action recorded: the cmi5 checks of all of them in one
    query, the survivors in one INSERT, in the order the events were sent."""
    checked = {
        _registration(s.registration) for s in statements if s.registration and _blocking(s.event)
    }
    # Registrations whose workshop was neither passed nor completed when the action locked
    # it hold no passed or completed statement (courses.services._enrollments_locked): the
    # buffer's own statements are enough to apply the cmi5 rules to them.
    checked -= outcome.facts.get("unsettled_registrations", set()) if outcome else set()
    events = set().union(*(_blocking(s.event) for s in statements))
    recorded = set()
    if checked and events:
        recorded = {
            (_registration(registration), event)
            for registration, event in Statement.objects.filter(
                registration__in=checked, event__in=events
            ).values_list("registration", "event")
        }
    kept = []
    for statement in statements:
        registration = _registration(statement.registration)
        if registration is not None and any(
            (registration, event) in recorded for event in _blocking(statement.event)
        ):
            _skipped(statement.event, registration)
            continue
        if registration is not None:
            recorded.add((registration, statement.event))
        kept.append(statement)
    if kept:
        Statement.objects.bulk_create(kept)


def _buffered(statements: list[Statement]) -> bool:
    """Add to the open action's outbox buffer (written once, before its commit)."""
    outcome = unit_of_work.current()
    if outcome is None:
        return False
    outcome.buffer("tracking.statements", _outbox_flush).extend(statements)
    return True


def statement_record(*, event: str, **kwargs) -> Statement | None:
    """Build the statement of `event` and insert it. Returns None when a cmi5 rule refuses
    it (a second passed/completed for a registration, a failed after passed).

    Inside a learner action (courses.unit_of_work) the statement is built now and written
    with the action's others just before it ends; the cmi5 rules are checked then."""
    statement = _build(event, kwargs)
    if _buffered([statement]):
        return statement
    if _refused(event, statement.registration):
        return None
    statement.save(force_insert=True)
    return statement


def statements_record(*, event: str, items: list[dict]) -> list[Statement]:
    """Several statements of one event in one INSERT (the answers of a graded attempt)."""
    statements = [_build(event, kwargs) for kwargs in items]
    if _buffered(statements):
        return statements
    return Statement.objects.bulk_create(statements)
