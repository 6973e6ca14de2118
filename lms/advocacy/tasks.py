"""Recompute everyone's tier after a change that concerns everyone: a new version of the
charter, or a trainer editing the tiers. Backend "lms": immediate in the embedded mode and
in tests (it runs at the commit of the trainer's transaction), `django_tasks_db` in
production (a `manage.py db_worker` runs it, so the trainer's save stays fast)."""

from __future__ import annotations

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task(backend="lms")
def tiers_recompute(reason: str) -> dict:
    from .services import tiers_recompute_all

    changes = tiers_recompute_all(reason=reason)
    logger.info("Tiers recomputed (%s): %d change(s)", reason, changes)
    return {"reason": reason, "changes": changes}
