"""Export completion records to a file, for a scheduled job (cron, a CI runner, a worker).

    manage.py export_completions --preset sap --since 2026-03-01 --output /data/sap.csv
    manage.py export_completions --preset canonical-xlsx --department Sales --output out.xlsx
    manage.py export_completions --preset workday --since last --output /data/workday.csv

The file is written next to its destination and renamed into place when complete, so a
reader (an SFTP pick-up, the LMS's import job) never sees half a file. Every run is logged
in ExportLog with channel "command".
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from lms.reports.catalogue import catalogue_load
from lms.reports.exports import PRESETS, ExportRun
from lms.reports.filters import ReportFilterForm
from lms.reports.models import ExportLog

FILTER_OPTIONS = {
    "department": "department",
    "team": "team",
    "course": "course",
    "level": "level",
    "completion_status": "completion_status",
    "success_status": "success_status",
    "enrolled_from": "enrolled_from",
    "enrolled_to": "enrolled_to",
    "completed_from": "completed_from",
    "completed_to": "completed_to",
}


def parse_since(text: str, *, preset: str) -> dt.datetime | None:
    """ISO 8601 date or date-time (no offset: settings.TIME_ZONE), or "last": the start of
    the last completed command export of this preset (nothing is missed between runs)."""
    if text == "last":
        log = (
            ExportLog.objects.filter(channel="command", preset=preset, finished_at__isnull=False)
            .order_by("-started_at")
            .first()
        )
        return log.started_at if log else None
    zone = ZoneInfo(settings.TIME_ZONE)
    try:
        moment = parse_datetime(text)
    except ValueError:
        moment = None
    if moment is None:
        try:
            day = parse_date(text)
        except ValueError:
            day = None
        if day is None:
            raise CommandError(
                _(
                    '--since "%(value)s" is not an ISO 8601 date or date-time '
                    '(e.g. 2026-03-01 or 2026-03-01T08:00:00+01:00), nor "last".'
                )
                % {"value": text}
            )
        moment = dt.datetime.combine(day, dt.time.min)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment


class Command(BaseCommand):
    help = "Export completion records (canonical CSV/XLSX/JSON or an LMS preset) to a file."

    def add_arguments(self, parser):
        parser.add_argument("--preset", required=True, help=", ".join(PRESETS))
        parser.add_argument(
            "--since",
            help='Only records updated since this ISO 8601 date or date-time, or "last".',
        )
        parser.add_argument("--output", required=True, help="The file to write.")
        parser.add_argument("--department")
        parser.add_argument("--team")
        parser.add_argument("--course", help="A course's translation key or slug.")
        parser.add_argument("--level", help="beginner, intermediate or expert.")
        parser.add_argument("--completion-status", dest="completion_status")
        parser.add_argument("--success-status", dest="success_status")
        parser.add_argument("--enrolled-from", dest="enrolled_from", metavar="DATE")
        parser.add_argument("--enrolled-to", dest="enrolled_to", metavar="DATE")
        parser.add_argument("--completed-from", dest="completed_from", metavar="DATE")
        parser.add_argument("--completed-to", dest="completed_to", metavar="DATE")
        parser.add_argument("--overdue", action="store_true", help="Only overdue records.")
        parser.add_argument("--by", help="The e-mail of the person the log names.")

    def handle(self, *args, **options):
        preset = PRESETS.get(options["preset"])
        if preset is None:
            raise CommandError(
                _('Unknown preset "%(name)s". Choose one of: %(names)s.')
                % {"name": options["preset"], "names": ", ".join(PRESETS)}
            )
        output = Path(options["output"]).expanduser()
        if output.is_dir():
            raise CommandError(_("--output %(path)s is a directory.") % {"path": output})
        if not output.parent.is_dir():
            raise CommandError(
                _("The directory of --output does not exist: %(path)s") % {"path": output.parent}
            )
        since = parse_since(options["since"], preset=preset.name) if options["since"] else None
        filters = self._filters(options)
        user = None
        if options["by"]:
            user = get_user_model().objects.filter(email=options["by"].strip().lower()).first()
            if user is None:
                message = _("No user has the e-mail %(email)s.") % {"email": options["by"]}
                raise CommandError(message)

        run = ExportRun(preset=preset, filters=filters, since=since, user=user, channel="command")
        handle, temp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                rows = run.write(file)
            os.chmod(temp, 0o644)
            os.replace(temp, output)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        self.stdout.write(
            _("%(rows)s rows written to %(path)s (%(preset)s).")
            % {"rows": rows, "path": output, "preset": preset.name}
        )

    def _filters(self, options):
        catalogue = catalogue_load()
        data = {name: options[option] for name, option in FILTER_OPTIONS.items() if options[option]}
        course = data.get("course")
        if course and not any(str(c.key) == course for c in catalogue.courses.values()):
            by_slug = [c for c in catalogue.courses.values() if c.slug == course]
            if by_slug:
                data["course"] = str(by_slug[0].key)
        if options["overdue"]:
            data["overdue"] = "on"
        form = ReportFilterForm(data, catalogue=catalogue, strict_people=False)
        if not form.is_valid():
            problems = "; ".join(
                f"--{name.replace('_', '-')}: {' '.join(errors)}"
                for name, errors in form.errors.items()
            )
            raise CommandError(_("Invalid filters: %(problems)s") % {"problems": problems})
        return form.filters()
