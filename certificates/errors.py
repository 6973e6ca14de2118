from django.utils.translation import gettext_lazy as _


class CertificateError(Exception):
    message = _("This certificate cannot be changed.")

    def __str__(self):
        return str(self.message)


class ReasonRequired(CertificateError):
    message = _("Say why the certificate is revoked: the reason is kept with it.")


class AlreadyRevoked(CertificateError):
    message = _("This certificate is already revoked.")
