"""The periodic sweep: deliver every due statement to every enabled destination.

Run it from cron (e.g. every minute), or with `--loop SECONDS` as a long-running process
in a deployment without cron. It picks up whatever a request or a worker left behind
(a crash between commit and delivery, retries whose backoff has passed)."""

import logging
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from lms.tracking.delivery import deliver_all

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Send the due xAPI statements to the LRS destinations."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=float,
            metavar="SECONDS",
            help="Run forever, sweeping every SECONDS seconds.",
        )

    def handle(self, *args, loop=None, **options):
        if loop is not None and loop <= 0:
            raise CommandError(_("--loop needs a number of seconds greater than 0."))
        while True:
            try:
                report = deliver_all()
            except Exception as exc:
                if loop is None:
                    raise
                logger.exception("xAPI sweep failed")
                self.stderr.write(str(exc))
            else:
                self.stdout.write(
                    _("Delivered %(delivered)d, parked %(parked)d, still pending %(failed)d.")
                    % report.as_dict()
                )
                for error in report.errors:
                    self.stderr.write(error)
            if loop is None:
                return
            time.sleep(loop)
