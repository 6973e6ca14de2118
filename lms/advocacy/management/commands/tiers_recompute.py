"""Recompute every learner's tier now: after restoring a backup, or when a queued
recomputation was lost. Idempotent: a learner whose tier is right is left alone."""

from django.core.management.base import BaseCommand

from lms.advocacy.models import TierReason
from lms.advocacy.services import tiers_recompute_all


class Command(BaseCommand):
    help = "Recompute every learner's advocacy tier (records and announces the changes)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reason",
            choices=[value for value, _label in TierReason.choices],
            default=TierReason.TIERS_CHANGED,
            help="The reason recorded in the tier history for each change.",
        )

    def handle(self, *args, reason, **options):
        changes = tiers_recompute_all(reason=reason)
        self.stdout.write(self.style.SUCCESS(f"{changes} tier change(s) recorded."))
