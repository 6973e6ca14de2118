from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from lms.demo.builder import DEMO_PASSWORD, demo_build


class Command(BaseCommand):
    help = "Build the demo academy (three courses, three levels, French and English, demo users)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load the demo even when DEBUG is off (its accounts have a public password).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "Refusing to load demo accounts with a public password while DEBUG is off. "
                "Pass --allow-production if this really is a demonstration server."
            )
        # The demo's people have made-up addresses: the e-mails their progress triggers
        # (certificates issued) stay in memory instead of filling the console.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            report = demo_build()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo academy ready: {report.created_pages} page(s) and "
                f"{len(report.created_users)} user(s) created."
            )
        )
        self.stdout.write(f"Demo logins (password: {DEMO_PASSWORD}):")
        for email, role in report.logins:
            self.stdout.write(f"  {email:34} {role}")
        self._two_factor(report)

    def _two_factor(self, report) -> None:
        """Staff sign in with a second factor: with DEBUG on (the embedded mode), the demo's
        staff share the public demo authenticator so an evaluator is not stuck at the door."""
        required = getattr(settings, "LMS_STAFF_2FA_REQUIRED", False)
        if not settings.DEBUG:
            if required:
                self.stdout.write(
                    "Staff accounts (admin, trainer, hr, referent) set up two-factor sign-in "
                    "on their first visit: have an authenticator app ready."
                )
            return
        from lms.accounts import two_factor_demo
        from lms.accounts.models import User

        users = User.objects.filter(email__in=[email for email, _role in report.logins])
        two_factor_demo.demo_authenticators_ensure(users)
        self.stdout.write(
            "Two-factor sign-in for the staff accounts (admin, trainer, hr, referent): add "
            "the demo secret to an authenticator app,\n"
            f"  {two_factor_demo.demo_totp_secret()}\n"
            "or print the current code with `manage.py demo_totp hr@porte-voix.test` "
            "(any staff e-mail)."
            + ("" if required else " (Two-factor sign-in is off: LMS_STAFF_2FA_REQUIRED=false.)")
        )
