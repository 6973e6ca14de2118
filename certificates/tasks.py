"""After a certificate is issued: render its PDF once and e-mail the learner the link.
Backend "lms" (docs/decisions/0003). Never raises: a failed render is logged and retried
by `manage.py certificates_render --missing` (the e-mail still goes: its download link
renders the PDF on the fly), and a failed e-mail is logged and may be sent by running the
task again."""

from __future__ import annotations

import logging

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from lms.accounts.selectors import user_language

logger = logging.getLogger(__name__)


def certificate_email_send(*, certificate, now=None, brands=None) -> bool:
    """E-mail the holder that their certificate is ready, once per certificate: the row is
    claimed (emailed_at) before sending, so a second worker or a replayed task finds it
    taken. If sending fails, the claim is released for a later attempt and the error
    raised. Returns whether this call sent it."""
    from .models import Certificate, CertificateStatus
    from .rendering import BrandResolver
    from .selectors import certificates_titled
    from .sharing import absolute_url, verification_url

    if certificate.status_at(now) == CertificateStatus.REVOKED or not certificate.user.email:
        return False
    now = now or timezone.now()
    claimed = Certificate.objects.filter(pk=certificate.pk, emailed_at__isnull=True).update(
        emailed_at=now
    )
    if not claimed:
        return False
    user = certificate.user
    language = user_language(user, certificate.language)
    certificates_titled([certificate], language=language)  # its title in their language
    brand = (brands or BrandResolver()).brand_for(certificate)
    try:
        with translation.override(language):
            context = {
                "certificate": certificate,
                "brand": brand,
                "first_name": user.first_name or certificate.holder_name,
                "certificates_link": absolute_url(reverse("certificates:mine")),
                "download_link": absolute_url(
                    reverse("certificates:pdf", args=[certificate.public_id])
                ),
                "verification_link": verification_url(certificate),
            }
            subject = render_to_string("certificates/emails/issued_subject.txt", context)
            text = render_to_string("certificates/emails/issued.txt", context)
            html = render_to_string("certificates/emails/issued.html", context)
        message = EmailMultiAlternatives(
            subject=" ".join(subject.split())[:200],
            body=text,
            to=[user.email],
            headers={"Content-Language": language},
        )
        message.attach_alternative(html, "text/html")
        message.send()
    except Exception:
        Certificate.objects.filter(pk=certificate.pk, emailed_at=now).update(emailed_at=None)
        raise
    certificate.emailed_at = now
    return True


@task(backend="lms")
def certificate_deliver(certificate_id: int) -> dict:
    """Render and store the PDF if it has none, then e-mail the learner (once)."""
    from .models import Certificate
    from .rendering import BrandResolver, certificate_pdf_store

    result: dict = {"certificate": certificate_id, "rendered": False, "emailed": False}
    try:
        certificate = (
            Certificate.objects.select_related("user__profile", "template__signature_image")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None:
            result["error"] = "missing"
            return result
        brands = BrandResolver()  # one look-up of the site's brand for the PDF and the e-mail
        if not certificate.pdf:
            try:
                certificate_pdf_store(certificate=certificate, brands=brands)
                result["rendered"] = True
            except Exception as exc:
                logger.exception("Rendering the PDF of certificate %s failed", certificate_id)
                result["render_error"] = repr(exc)
        result["emailed"] = certificate_email_send(certificate=certificate, brands=brands)
    except Exception as exc:
        logger.exception("Delivering certificate %s failed", certificate_id)
        result["error"] = repr(exc)
    return result
