"""One unit of work per learner action (ADR 0017).

A learner action (a quiz submission, a lesson completion) sends several domain events: a
lesson that passes a workshop sends five, and each listener (statements, points, badges,
notifications) used to write as it heard each one. The service now opens an *action* for
the whole of its transaction; the listeners add what they would have written to the
action's buffers, and the action writes every buffer once, in bulk, just before the
service's transaction ends (Django has no "before commit" hook: the service's `with
action(...)` block is that moment).

The action is also the outcome: what the learner just earned (certificate, points, badges,
a tier change), filled in by the listeners as they hear the events and by the buffers as
they flush, so the view can say it without reading it again.

Domain apps never import the consumers (DESIGN.md): the consumers import this module and
write into the action when one is open; without one (a backfill, an admin action, a test
that calls a receiver) they write at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

_current: ContextVar[ActionOutcome | None] = ContextVar("courses_action", default=None)

# The learner's one-to-one rows (relation names on the user model) that an action's
# listeners read, registered by the consumer apps that read them (their receivers'
# connect()): the service reads them with the enrollments it locks, in the same query
# (courses.services._enrollments_locked), and hands them along in `facts["learner_rows"]`.
# `lock`: the listener needs the row locked until the commit (e.g. the stored tier).
LEARNER_ROWS: dict[str, bool] = {}


def learner_row(name: str, *, lock: bool = False) -> None:
    """Ask for the learner's `name` row (a reverse one-to-one of the user) with the
    action's enrollments."""
    LEARNER_ROWS[name] = LEARNER_ROWS.get(name, False) or lock


def learner_row_known(user, name: str):
    """(known, row) for the learner's `name` row as the open action read it (row None: the
    learner has none); known is False when the action did not read it."""
    outcome = _current.get()
    if outcome is None or outcome.user != user:
        return False, None
    rows = outcome.facts.get("learner_rows") or {}
    if name not in rows:
        return False, None
    return True, rows[name]


def learner_row_note(user, name: str, row) -> None:
    """The learner's `name` row as it now stands (a listener created it)."""
    outcome = _current.get()
    if outcome is not None and outcome.user == user:
        rows = outcome.facts.get("learner_rows")
        if rows is not None and name in rows:
            rows[name] = row
            from django.contrib.auth import get_user_model

            getattr(get_user_model(), name).related.set_cached_value(user, row)


@dataclass
class ActionOutcome:
    """What one learner action changed, gathered while it runs.

    The service sets what it already holds (`enrollment`, `workshop`, `course`, `attempt`)
    so listeners need not read it again; listeners set what they produced."""

    user: object
    at: datetime
    enrollment: object | None = None
    workshop: object | None = None
    course: object | None = None
    attempt: object | None = None
    certificate: object | None = None
    certificate_created: bool = False
    points: list = field(default_factory=list)  # PointEntry rows paid by this action
    badges: list = field(default_factory=list)  # Badge definitions awarded by this action
    tier_change: object | None = None  # the TierChange row, when the tier moved
    tier: object | None = None  # the Tier reached (default locale), when it moved
    # What a listener read about the learner and another may use instead of reading it
    # again, by name (e.g. "weeks": the weeks of activity, the one this action added too).
    facts: dict = field(default_factory=dict)
    _buffers: dict[str, list] = field(default_factory=dict, repr=False)
    _flushers: dict[str, Callable[[ActionOutcome, list], None]] = field(
        default_factory=dict, repr=False
    )

    @property
    def points_total(self) -> int:
        return sum(entry.points for entry in self.points)

    def buffer(self, key: str, flush: Callable[[ActionOutcome, list], None]) -> list:
        """The list of pending writes under `key`; `flush(outcome, items)` writes them at the
        end of the action. Buffers flush in the order they were first asked for."""
        if key not in self._buffers:
            self._buffers[key] = []
            self._flushers[key] = flush
        return self._buffers[key]

    def flush(self) -> None:
        """Write every buffer. A flush may fill another buffer (a tier reached pays points;
        a week of activity asks for badges): loop until all are empty."""
        for _round in range(10):
            pending = [(key, items) for key, items in self._buffers.items() if items]
            if not pending:
                return
            for key, items in pending:
                taken = list(items)
                items.clear()
                self._flushers[key](self, taken)
        raise RuntimeError("An action's buffers kept refilling each other")


def current() -> ActionOutcome | None:
    """The action open in this context, or None."""
    return _current.get()


@contextmanager
def action(*, user, at: datetime, **known):
    """Open the unit of work of one learner action, inside the service's transaction.

    Nested calls join the action already open (a lesson completion run by a larger action
    writes with it). The buffers are written when the outermost block ends without an
    error; on an error they are dropped with the transaction."""
    outer = _current.get()
    if outer is not None and outer.user == user:
        for name, value in known.items():
            if getattr(outer, name) is None:
                setattr(outer, name, value)
        yield outer
        return
    outcome = ActionOutcome(user=user, at=at, **known)
    token = _current.set(outcome)
    try:
        yield outcome
        outcome.flush()
    finally:
        _current.reset(token)
