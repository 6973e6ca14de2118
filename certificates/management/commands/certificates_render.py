"""Render certificate PDFs again, or for the first time.

    manage.py certificates_render --missing          # those without a PDF (a failed task)
    manage.py certificates_render --all              # every one (after a brand change)
    manage.py certificates_render --code ABCD-...    # one or more, by verification code

Each PDF is stored in place of the previous one; certificates are read in chunks, so the
command's memory does not grow with their number."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from certificates.codes import code_digest, code_normalise
from certificates.models import Certificate
from certificates.rendering import BrandResolver, certificate_pdf_store


class Command(BaseCommand):
    help = (
        "Render and store certificate PDFs: --missing (those that have none), --all, or "
        "--code CODE (repeatable). Safe to run again: each PDF replaces the previous one."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument(
            "--missing", action="store_true", help="Certificates that have no PDF yet."
        )
        which.add_argument("--all", action="store_true", help="Every certificate.")
        which.add_argument(
            "--code",
            action="append",
            metavar="CODE",
            help="The certificate with this verification code (repeat for several).",
        )

    def handle(self, *args, missing=False, all=False, code=None, **options):  # noqa: A002
        queryset = Certificate.objects.select_related("template__signature_image")
        if missing:
            queryset = queryset.filter(pdf="")
        elif code:
            bad = [value for value in code if code_normalise(value) is None]
            if bad:
                raise CommandError(
                    _("Not a verification code: %(codes)s") % {"codes": ", ".join(bad)}
                )
            digests = [code_digest(value) for value in code]
            queryset = queryset.filter(code_digest__in=digests)
            found = queryset.count()
            if found != len(set(digests)):
                raise CommandError(
                    _("%(missing)d of these codes match no certificate; nothing was rendered.")
                    % {"missing": len(set(digests)) - found}
                )
        brands = BrandResolver()
        rendered = failed = 0
        for certificate in queryset.order_by("pk").iterator(chunk_size=200):
            try:
                certificate_pdf_store(certificate=certificate, brands=brands)
            except Exception as exc:
                failed += 1
                self.stderr.write(
                    _("Certificate %(code)s failed: %(error)s")
                    % {"code": certificate.code, "error": exc}
                )
            else:
                rendered += 1
        self.stdout.write(
            _("Rendered %(rendered)d PDF(s), %(failed)d failed.")
            % {"rendered": rendered, "failed": failed}
        )
        if failed:
            raise CommandError(_("Some PDFs could not be rendered: see the errors above."))
