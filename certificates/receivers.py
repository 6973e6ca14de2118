"""Courses' events -> certificates. Passing a workshop issues its certificate, inside the
transaction that recorded the pass."""

from django.utils import timezone

from courses import signals as course_signals

from .services import certificate_issue


def on_workshop_passed(sender, *, user, enrollment, workshop, **kwargs):
    certificate_issue(user=user, enrollment=enrollment, workshop=workshop, just_passed=True)


def earned_read(earned, *, user, enrollment=None, request=None, **kwargs) -> None:
    """The certificate an action issued (courses.success), with where to use it."""
    from .models import Certificate, CertificateStatus
    from .sharing import credential_url, linkedin_add_url, verification_url

    if enrollment is None:
        return
    certificate = Certificate.objects.filter(
        enrollment=enrollment, issued_at=earned.at, revoked_at__isnull=True
    ).first()
    if certificate is None:
        return
    earned.certificate = certificate
    links = {
        "verification": verification_url(certificate, request=request),
        "credential": credential_url(certificate, request=request),
    }
    if certificate.status_at(timezone.now()) == CertificateStatus.VALID:
        links["linkedin"] = linkedin_add_url(certificate, request=request)
    earned.certificate_links = links


def connect() -> None:
    from courses import success

    success.register("certificates", earned_read)
    course_signals.workshop_passed.connect(
        on_workshop_passed, dispatch_uid="certificates.on_workshop_passed"
    )
