"""Announce expired certificates: run it from cron, e.g. once an hour or once a day.

    15 * * * *  cd /srv/porte-voix && .venv/bin/python manage.py certificates_expire

A certificate is expired from its date on wherever it is read (the learner's page, the
verification page, reports); this sweep records it once per certificate, so the learner's
advocacy tier is recomputed and the expiry reaches the LRS and the points ledger. Running
it twice, or late, is harmless."""

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from certificates.services import certificates_expire


class Command(BaseCommand):
    help = (
        "Record the certificates whose expiry date has passed (tiers, xAPI, points), once "
        "each. Meant for cron: hourly or daily; running it again is harmless."
    )

    def handle(self, *args, **options):
        count = certificates_expire()
        self.stdout.write(
            ngettext("%(count)d certificate expired.", "%(count)d certificates expired.", count)
            % {"count": count}
        )
