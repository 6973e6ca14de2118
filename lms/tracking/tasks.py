"""The delivery task. Backend "lms": immediate in the embedded mode (it runs at the commit
of the learner's transaction, in the request), `django_tasks_db` in production (a
`manage.py db_worker` runs it). It never raises: an unreachable LRS must not turn a
learner's page into an error; the failure is logged and kept on the destination."""

from __future__ import annotations

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task(backend="lms")
def deliver_pending() -> dict:
    """Send every due statement to every enabled destination; a summary (JSON) back."""
    try:
        from .delivery import deliver_all

        return deliver_all().as_dict()
    except Exception as exc:
        logger.exception("xAPI delivery task failed")
        return {"error": repr(exc)}


def enqueue_delivery() -> None:
    """Queue one delivery run; never raises (called after the learner's commit)."""
    try:
        from .models import Destination

        if Destination.objects.filter(enabled=True).exists():
            deliver_pending.enqueue()
    except Exception:
        logger.exception("xAPI delivery could not be queued (the sweep will send it)")
