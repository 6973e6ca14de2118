"""The delivery task. Backend "lms": immediate in the embedded mode (it runs at the commit
of the learner's transaction, in the request), `django_tasks_db` in production (a
`manage.py db_worker` runs it). It never raises: an unreachable LRS must not turn a
learner's page into an error; the failure is logged and kept on the destination.

Coalesced (docs/decisions/0014-delivery.md): one run sends everything due, so a learner
action queues a run only when none is waiting to start; a burst of 1,000 actions queues a
handful of runs, not 1,000. A run that leaves a destination waiting (its breaker open,
another worker's lease) queues a deferred run for that time, so the retry happens without
cron where the backend can defer."""

from __future__ import annotations

import datetime as dt
import logging

from django.db.models import Q
from django_tasks import task

logger = logging.getLogger(__name__)

TASK_PATH = "lms.tracking.tasks.deliver_pending"


@task(backend="lms")
def deliver_pending() -> dict:
    """Send every due statement to every enabled destination; a summary (JSON) back."""
    try:
        from .delivery import deliver_all

        report = deliver_all()
    except Exception as exc:
        logger.exception("xAPI delivery task failed")
        return {"error": repr(exc)}
    if report.wake_at:
        enqueue_delivery(run_after=report.wake_at)
    return report.as_dict()


def _already_waiting(backend, run_after: dt.datetime | None) -> bool:
    """Whether a run of the task that has not started yet will start by `run_after` (now
    when None): then another one would only repeat it. Only the database backend has a
    queue to look at; the immediate one runs at once."""
    try:
        from django_tasks_db.backend import DatabaseBackend
        from django_tasks_db.models import DBTaskResult, get_date_max
    except ImportError:
        return False
    if not isinstance(backend, DatabaseBackend):
        return False
    from django.utils import timezone
    from django_tasks import TaskResultStatus

    by = run_after or timezone.now()
    waiting = DBTaskResult.objects.filter(
        task_path=TASK_PATH, status=TaskResultStatus.READY, backend_name=backend.alias
    )
    # A run with no date (run_after is the backend's "max date") starts as soon as a worker
    # is free; a deferred one only counts if it starts by `by`.
    return waiting.filter(Q(run_after=get_date_max()) | Q(run_after__lte=by)).exists()


def enqueue_delivery(*, run_after: dt.datetime | None = None) -> None:
    """Queue one delivery run (now, or at `run_after` where the backend can defer) unless
    one is already waiting; never raises (called after the learner's commit)."""
    try:
        from .models import Destination

        if not Destination.objects.filter(enabled=True).exists():
            return
        backend = deliver_pending.get_backend()
        if run_after is not None and not backend.supports_defer:
            return  # the embedded mode: the next action or the sweep sends it
        if _already_waiting(backend, run_after):
            return
        if run_after is None:
            deliver_pending.enqueue()
        else:
            deliver_pending.using(run_after=run_after).enqueue()
    except Exception:
        logger.exception("xAPI delivery could not be queued (the sweep will send it)")
