"""The certificate PDF, rendered for real by WeasyPrint and read back: its text
(pypdfium2), its QR code (rendered to pixels and decoded by zxing-cpp), its brand colour."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
import zxingcpp
from django.core.management import CommandError, call_command
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Site

from certificates.models import Certificate, CertificateTemplate
from certificates.rendering import (
    _url_fetcher,
    certificate_pdf_render,
    certificate_pdf_store,
    pdf_filename,
)
from certificates.sharing import verification_url
from themes.models import BrandSettings

from . import issuing
from .issuing import ISSUED_AT, certificate_earn, learner_named

# Fixtures shared by the certificate tests (tests/certificates/issuing.py).
media_root = issuing.media_root
one_workshop_academy = issuing.one_workshop_academy


def pdf_text(content: bytes) -> str:
    document = pdfium.PdfDocument(content)
    assert len(document) == 1, "a certificate is one page"
    return document[0].get_textpage().get_text_range()


def pdf_page_image(content: bytes, *, scale: float = 3) -> PILImage.Image:
    document = pdfium.PdfDocument(content)
    return document[0].render(scale=scale).to_pil().convert("RGB")


def png_image(*, color=(200, 30, 30), size=(240, 80), title="Logo") -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, format="PNG")
    from django.core.files.images import ImageFile

    image = Image(title=title)
    image.file.save(f"{title.lower()}.png", ImageFile(buffer, name=f"{title}.png"), save=False)
    image.save()
    return image


@pytest.fixture
def certificate(one_workshop_academy, media_root):
    user = learner_named("Élodie", "Lefèvre-Dupont")
    return certificate_earn(one_workshop_academy, user)


def test_the_pdf_text_holds_name_title_date_and_code(certificate):
    content = certificate_pdf_render(certificate=certificate)

    assert content.startswith(b"%PDF-")
    text = pdf_text(content)
    assert "Élodie Lefèvre-Dupont" in text
    assert certificate.title in text
    assert "March 2, 2026" in text
    assert certificate.code in text
    assert certificate.issuer in text


def test_the_page_is_a4_landscape(certificate):
    document = pdfium.PdfDocument(certificate_pdf_render(certificate=certificate))
    width, height = document[0].get_size()  # points
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (297, 210)


def test_the_qr_code_decodes_to_the_verification_page(certificate):
    image = pdf_page_image(certificate_pdf_render(certificate=certificate))

    codes = zxingcpp.read_barcodes(image)

    assert [code.text for code in codes] == [verification_url(certificate)]
    assert verification_url(certificate).endswith(f"/verify/{certificate.code}/")


def test_score_expiry_and_signatory_are_printed(certificate):
    certificate.score_scaled = Decimal("0.9250")
    certificate.expires_at = ISSUED_AT + dt.timedelta(days=730)
    certificate.signatory_name = "Camille Martin"
    certificate.signatory_title = "Head of Communication"

    text = pdf_text(certificate_pdf_render(certificate=certificate))

    assert "92%" in text
    assert "Valid until" in text and "March 1, 2028" in text
    assert "Camille Martin" in text
    assert "Head of Communication" in text


def test_a_certificate_without_score_or_expiry_says_nothing_of_them(certificate):
    assert certificate.score_scaled is None and certificate.expires_at is None
    text = pdf_text(certificate_pdf_render(certificate=certificate))
    assert "Score" not in text
    assert "Valid until" not in text


def test_dates_follow_the_holders_language(certificate):
    """The PDF is made for its holder: in their profile's language (issue 17)."""
    certificate.user.profile.preferred_language = "fr"
    certificate.user.profile.save()

    text = pdf_text(certificate_pdf_render(certificate=certificate))

    assert "2 mars 2026" in text
    assert "March" not in text


def test_the_brand_of_the_site_colours_the_frame_and_the_logo_is_drawn(certificate):
    site = Site.objects.get(is_default_site=True)
    brand = BrandSettings.for_site(site)
    brand.academy_name = "Acme Academy"
    brand.primary_color = "#0b6e4f"
    brand.logo = png_image(color=(250, 0, 250))
    brand.save()

    content = certificate_pdf_render(certificate=certificate)
    image = pdf_page_image(content, scale=1)

    # The frame's outer border, 9 mm from the page's edge (1 pt = 1 px at scale 1).
    border = image.getpixel((int(10 * 72 / 25.4), image.height // 2))
    assert border == (0x0B, 0x6E, 0x4F)
    # The logo: a magenta rectangle somewhere in the header.
    header = image.crop((0, 0, image.width, image.height // 4))
    assert (250, 0, 250) in {pixel for _count, pixel in header.getcolors(1 << 16)}
    # The issuer printed is the certificate's snapshot, not today's brand name.
    assert certificate.issuer in pdf_text(content)


def test_the_signature_image_of_the_template_is_drawn(certificate):
    template = CertificateTemplate.objects.create(
        workshop=_workshop_of(certificate),
        title=certificate.title,
        wording="has shown great skill",
        signatory_name="Camille Martin",
        signature_image=png_image(color=(0, 200, 255), title="Signature"),
        locale_id=_workshop_of(certificate).locale_id,
    )
    certificate.template = template
    certificate.signatory_name = "Camille Martin"

    image = pdf_page_image(certificate_pdf_render(certificate=certificate), scale=1)

    footer = image.crop((0, image.height * 3 // 4, image.width, image.height))
    assert (0, 200, 255) in {pixel for _count, pixel in footer.getcolors(1 << 16)}


def _workshop_of(certificate):
    from courses.models import WorkshopPage

    return WorkshopPage.objects.get(translation_key=certificate.workshop_key)


def test_the_renderer_fetches_nothing_from_the_network():
    fetcher = _url_fetcher()
    for url in ("http://example.com/logo.png", "https://example.com/x.css", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_store_saves_the_file_and_replaces_the_previous_one(
    certificate,
    media_root,
    django_capture_on_commit_callbacks,
):
    first_at = ISSUED_AT + dt.timedelta(hours=1)
    certificate_pdf_store(certificate=certificate, now=first_at)
    certificate.refresh_from_db()
    first_name = certificate.pdf.name
    assert (media_root / first_name).read_bytes().startswith(b"%PDF-")
    assert certificate.pdf_rendered_at == first_at
    assert certificate.code not in first_name  # the path never gives the code away

    # The old file goes once the new one is committed (a rollback would still need it).
    with django_capture_on_commit_callbacks(execute=True):
        certificate_pdf_store(certificate=certificate, now=first_at + dt.timedelta(days=1))
    certificate.refresh_from_db()

    assert certificate.pdf_rendered_at == first_at + dt.timedelta(days=1)
    assert (media_root / certificate.pdf.name).exists()
    assert certificate.pdf.name != first_name
    assert not (media_root / first_name).exists()
    assert len(list(media_root.rglob("*.pdf"))) == 1


def test_file_names_are_readable_and_carry_the_code(certificate):
    name = pdf_filename(certificate)
    assert name.startswith("elodie-lefevre-dupont-course-0")
    assert name.endswith(f"-{certificate.code}.pdf")


# --- manage.py certificates_render / certificates_expire -----------------------------------


def test_render_command_missing_renders_only_those_without_a_pdf(
    one_workshop_academy,
    media_root,
    capsys,
):
    first = certificate_earn(one_workshop_academy, learner_named("Ana", "One"))
    second = certificate_earn(one_workshop_academy, learner_named("Ben", "Two"))
    certificate_pdf_store(certificate=first, now=ISSUED_AT)

    call_command("certificates_render", "--missing")

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.pdf_rendered_at == ISSUED_AT  # untouched
    assert second.pdf and second.pdf_rendered_at > ISSUED_AT
    assert "Rendered 1 PDF" in capsys.readouterr().out


def test_render_command_by_code_and_all(one_workshop_academy, media_root, capsys):
    first = certificate_earn(one_workshop_academy, learner_named("Ana", "One"))
    second = certificate_earn(one_workshop_academy, learner_named("Ben", "Two"))

    call_command("certificates_render", "--code", first.code.lower())
    assert Certificate.objects.exclude(pdf="").get().pk == first.pk

    call_command("certificates_render", "--all")
    assert not Certificate.objects.filter(pk__in=[first.pk, second.pk], pdf="").exists()
    assert "Rendered 2 PDF" in capsys.readouterr().out


def test_render_command_refuses_unknown_codes_and_changes_nothing(certificate):
    with pytest.raises(CommandError, match="Not a verification code"):
        call_command("certificates_render", "--code", "nope")
    with pytest.raises(CommandError, match="match no certificate"):
        call_command("certificates_render", "--code", certificate.code, "--code", "0" * 16)
    with pytest.raises(CommandError):
        call_command("certificates_render")  # one of --missing, --all, --code is required
    certificate.refresh_from_db()
    assert not certificate.pdf


def test_expire_command_announces_expired_certificates_once(certificate, capsys):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=ISSUED_AT + dt.timedelta(days=1)
    )

    call_command("certificates_expire")
    call_command("certificates_expire")

    out = capsys.readouterr().out.splitlines()
    assert out == ["1 certificate expired.", "0 certificates expired."]
    certificate.refresh_from_db()
    assert certificate.expiry_processed_at is not None
