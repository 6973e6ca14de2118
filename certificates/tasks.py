"""After a certificate is issued: render its PDF once and e-mail the learner the link.
Backend "lms" (docs/decisions/0003). Never raises: a failed render is logged and retried
by `manage.py certificates_render --missing`."""

from __future__ import annotations

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task(backend="lms")
def certificate_deliver(certificate_id: int) -> dict:
    # Filled by the rendering work (PDF + e-mail).
    return {"certificate": certificate_id}
