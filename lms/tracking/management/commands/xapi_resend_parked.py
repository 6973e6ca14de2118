"""Re-queue the parked deliveries (refused by an LRS) after a fix, then deliver them."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.tracking.delivery import deliver_all
from lms.tracking.models import Delivery, DeliveryStatus, Destination


def requeue_parked(destinations) -> int:
    """Parked rows of `destinations` back to pending, due now; how many."""
    return Delivery.objects.filter(
        destination__in=destinations, status=DeliveryStatus.PARKED
    ).update(status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=None)


class Command(BaseCommand):
    help = "Re-send the statements parked by an LRS (after the cause was fixed)."

    def add_arguments(self, parser):
        parser.add_argument("--destination", help="Only this destination (its id or its name).")
        parser.add_argument(
            "--no-deliver",
            action="store_true",
            help="Only re-queue; the next sweep sends them.",
        )

    def handle(self, *args, destination=None, no_deliver=False, **options):
        destinations = Destination.objects.all()
        if destination:
            lookup = Q(name=destination)
            if destination.isdigit():
                lookup |= Q(pk=int(destination))
            destinations = destinations.filter(lookup)
            if not destinations.exists():
                raise CommandError(_("No LRS destination “%(name)s”.") % {"name": destination})
        count = requeue_parked(destinations)
        self.stdout.write(
            ngettext(
                "%(count)d parked statement re-queued.",
                "%(count)d parked statements re-queued.",
                count,
            )
            % {"count": count}
        )
        if count and not no_deliver:
            report = deliver_all(destinations=list(destinations.filter(enabled=True)))
            self.stdout.write(
                _("Delivered %(delivered)d, parked %(parked)d, still pending %(failed)d.")
                % report.as_dict()
            )
            for error in report.errors:
                self.stderr.write(error)
