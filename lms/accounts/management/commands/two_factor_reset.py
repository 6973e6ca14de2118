"""Remove a person's authenticator and recovery codes after they lost both (and someone
has checked who they are): they set up two-factor sign-in again at their next sign-in."""

from django.core.management.base import BaseCommand, CommandError

from lms.accounts import two_factor
from lms.accounts.models import User


class Command(BaseCommand):
    help = "Reset two-factor sign-in for one person (lost phone and recovery codes)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account with the e-mail {email!r}.")
        two_factor.two_factor_reset(user=user)
        self.stdout.write(
            f"Two-factor sign-in reset for {user.email}: they set it up again at their next "
            "sign-in."
        )
