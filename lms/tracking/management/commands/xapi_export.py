"""Export the stored statements of a period as JSON lines (one stored body per line,
byte for byte), streamed: the backfill of a new LRS.

`--since` is inclusive, `--until` exclusive; both take an ISO date or date-time. A date
alone means midnight UTC, except for `--until`, where it includes that whole day. A
date-time without an offset is UTC."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.tracking.models import Statement


def parse_moment(value: str, option: str, *, end: bool = False) -> dt.datetime:
    try:
        day = parse_date(value)  # first: parse_datetime also takes a bare date
        if day is not None:
            moment = dt.datetime.combine(day, dt.time.min)
            if end:
                moment += dt.timedelta(days=1)
        else:
            moment = parse_datetime(value)
            if moment is None:
                raise ValueError(value)
    except ValueError:
        raise CommandError(
            _(
                "%(option)s: “%(value)s” is not a date (YYYY-MM-DD) or an ISO date-time "
                "(YYYY-MM-DDTHH:MM[:SS][+HH:MM])."
            )
            % {"option": option, "value": value}
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


class Command(BaseCommand):
    help = "Write the xAPI statements of a period as JSON lines (for backfilling an LRS)."

    def add_arguments(self, parser):
        parser.add_argument("--since", help="From this date or date-time (inclusive).")
        parser.add_argument("--until", help="Up to this date (whole day) or date-time.")
        parser.add_argument("--output", help="File to write (default: standard output).")

    def handle(self, *args, since=None, until=None, output=None, **options):
        statements = Statement.objects.order_by("created_at", "pk")
        start = parse_moment(since, "--since") if since else None
        end = parse_moment(until, "--until", end=True) if until else None
        if start and end and start >= end:
            raise CommandError(_("--since must be before --until."))
        if start:
            statements = statements.filter(created_at__gte=start)
        if end:
            statements = statements.filter(created_at__lt=end)
        bodies = statements.values_list("body", flat=True).iterator(chunk_size=2000)
        count = 0
        if output:
            try:
                stream = open(output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            except OSError as exc:
                raise CommandError(
                    _("Cannot write %(path)s: %(error)s") % {"path": output, "error": exc}
                ) from exc
        else:
            stream = None
        try:
            for body in bodies:
                if stream is None:
                    self.stdout.write(body + "\n", ending="")
                else:
                    stream.write(body + "\n")
                count += 1
        finally:
            if output:
                stream.close()
        if output:
            self.stdout.write(
                ngettext(
                    "%(count)d statement written to %(path)s.",
                    "%(count)d statements written to %(path)s.",
                    count,
                )
                % {"count": count, "path": output}
            )
