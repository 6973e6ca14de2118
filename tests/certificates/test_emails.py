"""Issuing a certificate renders its PDF and e-mails the learner the links, once."""

from __future__ import annotations

import re

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend

from certificates.models import Certificate
from certificates.services import certificate_revoke
from certificates.sharing import verification_url
from certificates.tasks import certificate_deliver
from lms.accounts import roles

from . import issuing
from .issuing import certificate_earn, learner_named

# Fixtures shared by the certificate tests (tests/certificates/issuing.py).
media_root = issuing.media_root
one_workshop_academy = issuing.one_workshop_academy


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


def test_passing_a_workshop_sends_one_email_with_the_links(
    one_workshop_academy,
    media_root,
    django_capture_on_commit_callbacks,
):
    user = learner_named("Ana", "Martin", email="ana@example.com")

    certificate = certificate_earn(
        one_workshop_academy, user, deliver=django_capture_on_commit_callbacks
    )

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.com"]
    assert certificate.title in message.subject
    download = f"http://localhost/en/certificates/{certificate.public_id}/pdf/"
    assert download in message.body
    assert "http://localhost/en/certificates/" in message.body
    assert verification_url(certificate) in message.body
    assert certificate.code in message.body
    html, mime = message.alternatives[0]
    assert mime == "text/html"
    assert f'href="{download}"' in html
    # The PDF was rendered and stored by the same task, before the e-mail.
    certificate.refresh_from_db()
    assert certificate.pdf and certificate.pdf_rendered_at and certificate.emailed_at
    assert (media_root / certificate.pdf.name).read_bytes().startswith(b"%PDF-")


def test_the_email_speaks_the_learners_preferred_language(
    one_workshop_academy,
    media_root,
    django_capture_on_commit_callbacks,
):
    user = learner_named("Léa", "Durand", language="fr")

    certificate = certificate_earn(
        one_workshop_academy, user, deliver=django_capture_on_commit_callbacks
    )

    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "fr"
    assert f"http://localhost/fr/certificates/{certificate.public_id}/pdf/" in message.body
    assert re.search(r"<html lang=\"fr\">", message.alternatives[0][0])


def test_delivering_again_never_sends_a_second_email(
    one_workshop_academy,
    media_root,
    django_capture_on_commit_callbacks,
):
    certificate = certificate_earn(
        one_workshop_academy,
        learner_named("Ana", "Martin"),
        deliver=django_capture_on_commit_callbacks,
    )
    certificate.refresh_from_db()
    rendered_at = certificate.pdf_rendered_at

    result = certificate_deliver.call(certificate.pk)

    assert result == {"certificate": certificate.pk, "rendered": False, "emailed": False}
    assert len(mail.outbox) == 1
    certificate.refresh_from_db()
    assert certificate.pdf_rendered_at == rendered_at  # rendered once, not again


def test_a_certificate_revoked_before_delivery_is_not_announced(
    one_workshop_academy,
    media_root,
):
    certificate = certificate_earn(one_workshop_academy, learner_named("Ana", "Martin"))
    hr = learner_named("Hal", "Rh", group=roles.HR)
    certificate_revoke(certificate=certificate, by=hr, reason="Issued by mistake")

    result = certificate_deliver.call(certificate.pk)

    assert result["emailed"] is False
    assert mail.outbox == []


def test_a_mail_server_failure_is_logged_not_raised_and_can_be_retried(
    one_workshop_academy,
    media_root,
    settings,
    caplog,
):
    certificate = certificate_earn(one_workshop_academy, learner_named("Ana", "Martin"))
    settings.EMAIL_BACKEND = f"{__name__}.BrokenBackend"

    result = certificate_deliver.call(certificate.pk)

    assert result["emailed"] is False and "mail server is down" in result["error"]
    assert "Delivering certificate" in caplog.text
    certificate.refresh_from_db()
    assert certificate.emailed_at is None  # released: a later run may send it
    assert certificate.pdf  # the PDF was stored all the same

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert certificate_deliver.call(certificate.pk)["emailed"] is True
    assert len(mail.outbox) == 1


def test_an_unknown_certificate_is_reported_not_raised(db):
    assert certificate_deliver.call(999_999)["error"] == "missing"


def test_a_failure_to_store_the_pdf_still_sends_the_email(
    one_workshop_academy,
    settings,
    tmp_path,
):
    """The e-mail's download link renders on the fly, so a storage that refuses the file
    (full disk, wrong permissions) must not keep the learner from hearing the news."""
    certificate = certificate_earn(one_workshop_academy, learner_named("Ana", "Martin"))
    not_a_directory = tmp_path / "media"
    not_a_directory.write_text("a file where the media directory should be")
    settings.MEDIA_ROOT = str(not_a_directory)

    result = certificate_deliver.call(certificate.pk)

    assert result["render_error"]
    assert result["emailed"] is True
    assert len(mail.outbox) == 1
    assert not Certificate.objects.get(pk=certificate.pk).pdf
