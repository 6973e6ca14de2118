"""Large XLSX exports, prepared in the background.

A CSV or JSON export streams: the browser receives rows as they are written, however many.
An XLSX file only exists once complete (a zip), and openpyxl writes ~3,000 rows a second, so
100,000 rows would hold a request for half a minute and meet the proxy's timeout. Above
REPORTS_XLSX_INLINE_MAX_ROWS the admin therefore asks for the file here: the ExportLog row
is written at once (who, format, filters), a task builds the file into the private exports
storage, records the rows and finish time, and e-mails the person who asked; the Exports
page offers the download (to that person only) for REPORTS_EXPORT_FILE_DAYS days.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile

from django.conf import settings
from django.core.files import File
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from certificates.sharing import absolute_url
from lms.accounts.selectors import user_language

from ..filters import ReportFilters
from ..models import PREPARED_CHANNEL, ExportLog
from .presets import preset_get
from .run import ExportRun

logger = logging.getLogger(__name__)


def export_prepare_start(*, preset, filters: ReportFilters, user) -> ExportLog:
    """Log the export now and build its file in the background (after this commit)."""
    run = ExportRun(preset=preset, filters=filters, user=user, channel=PREPARED_CHANNEL)
    log_id = run.log.pk
    transaction.on_commit(lambda: export_prepare.enqueue(log_id), robust=True)
    return run.log


@task(backend="lms")
def export_prepare(log_id: int) -> dict:
    """Build the file of a logged export, once: a log already finished or failed is left
    alone (a replayed task does nothing)."""
    log = ExportLog.objects.select_related("user").filter(pk=log_id).first()
    if log is None or log.finished_at or log.error:
        return {"prepared": False}
    preset = preset_get(log.preset)
    try:
        run = ExportRun(preset=preset, filters=ReportFilters.from_params(log.filters), log=False)
        run.log = log  # finish() completes this row
        # The file is made for one person: its words in their language, not the worker's.
        with tempfile.TemporaryFile() as spool, translation.override(user_language(log.user)):
            run.write(spool)  # sets rows and finished_at
            spool.seek(0)
            log.file.save(run.filename, File(spool), save=False)
        ExportLog.objects.filter(pk=log.pk).update(file=log.file.name)
    except Exception as error:  # noqa: BLE001 - whatever broke, HR sees it on the log
        logger.exception("Prepared export %s failed", log_id)
        ExportLog.objects.filter(pk=log.pk).update(
            error=f"{type(error).__name__}: {error}"[:1000], finished_at=None
        )
        return {"prepared": False}
    _notify(log)
    return {"prepared": True, "rows": log.rows}


def _notify(log: ExportLog) -> None:
    user = log.user
    if user is None or not user.email:
        return
    language = user_language(user)
    # The academy's configured address (the default Site's root URL), as every other
    # e-mail and document: never WAGTAILADMIN_BASE_URL's fixed default.
    link = absolute_url(reverse("reports_admin:log"))
    try:
        with translation.override(language):
            context = {"log": log, "link": link, "days": settings.REPORTS_EXPORT_FILE_DAYS}
            subject = render_to_string("reports/emails/export_ready_subject.txt", context)
            body = render_to_string("reports/emails/export_ready.txt", context)
        send_mail(" ".join(subject.split()), body, None, [user.email])
    except Exception:  # noqa: BLE001 - the file is there; the Exports page shows it
        logger.exception("E-mail for prepared export %s failed", log.pk)


def export_files_purge(*, now: dt.datetime | None = None) -> int:
    """Delete prepared files older than REPORTS_EXPORT_FILE_DAYS (the log row stays).
    Returns how many were deleted."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.REPORTS_EXPORT_FILE_DAYS)
    deleted = 0
    for log in ExportLog.objects.filter(started_at__lt=cutoff).exclude(file=""):
        log.file.delete(save=False)
        ExportLog.objects.filter(pk=log.pk).update(file="")
        deleted += 1
    return deleted
