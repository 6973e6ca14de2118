"""Print the current two-factor code of a demo staff account (the embedded mode only)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lms.accounts import two_factor_demo
from lms.accounts.models import User


class Command(BaseCommand):
    help = "Print the current sign-in code of a demo staff account (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        # The secret is public, but a server running with DEBUG off is not a place where
        # anyone should be signing in with it.
        if not settings.DEBUG:
            raise CommandError("demo_totp only runs with DEBUG on (the demo, `make run`).")
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account with the e-mail {email!r}.")
        device = two_factor_demo.demo_device(user)
        if device is None:
            raise CommandError(
                f"{user.email} does not use the demo authenticator: only the demo's staff "
                "accounts do (load_demo gives it to them)."
            )
        code, left = two_factor_demo.demo_totp_code(device)
        self.stdout.write(f"{code}  (valid for {left} more second(s); {user.email})")
