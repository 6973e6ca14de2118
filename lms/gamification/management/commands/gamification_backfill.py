from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from lms.gamification.backfill import points_backfill
from lms.gamification.rules import point_rules_sync


class Command(BaseCommand):
    help = (
        "Replay learners' recorded learning into the points ledger and award the badges they "
        "have earned (after switching gamification on, or after adding badges). Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", action="append", help="only this learner (repeatable)")

    def handle(self, *args, **options):
        point_rules_sync()
        users = get_user_model().objects.filter(is_active=True).order_by("pk")
        if options["email"]:
            users = users.filter(email__in=[e.strip().lower() for e in options["email"]])
        events = badges = 0
        for user in users.iterator():
            report = points_backfill(user=user)
            events, badges = events + report.events, badges + report.badges
        self.stdout.write(
            self.style.SUCCESS(f"Replayed {events} event(s); {badges} badge(s) awarded.")
        )
