"""Everything that leaves with a certificate names the academy's configured address (its
Wagtail Site) and the employer that stands behind it (brand settings), never 127.0.0.1:8000
nor the platform as the issuer."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from django.core import mail
from wagtail.models import Site

from certificates import sharing
from certificates.rendering import certificate_pdf_render
from themes.models import BrandSettings

from . import issuing
from .issuing import certificate_earn, learner_named
from .test_rendering import pdf_page_image, pdf_text

media_root = issuing.media_root
one_workshop_academy = issuing.one_workshop_academy

ROOT = "https://academy.example.com"


@pytest.fixture
def public_site(one_workshop_academy):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "academy.example.com", 443
    site.save()
    brand = BrandSettings.for_site(site)
    brand.academy_name = "Porte-voix"
    brand.company_name = "Northwind & Co."
    brand.save()
    return site


@pytest.fixture
def certificate(public_site, one_workshop_academy, media_root, django_capture_on_commit_callbacks):
    user = learner_named("Ana", "Martin", email="ana@example.com")
    return certificate_earn(one_workshop_academy, user, deliver=django_capture_on_commit_callbacks)


def test_pdf_text_and_qr_code_carry_the_sites_address(certificate):
    content = certificate_pdf_render(certificate=certificate)
    text = pdf_text(content)
    assert "academy.example.com/verify/" in text
    assert "127.0.0.1" not in text and "testserver" not in text and "localhost" not in text
    codes = zxingcpp.read_barcodes(pdf_page_image(content))
    assert [code.text for code in codes] == [f"{ROOT}/verify/{certificate.code}/"]


def test_open_badge_ids_and_linkedin_use_the_sites_address(certificate, rf):
    request = rf.get("/", HTTP_HOST="127.0.0.1:8000")  # whatever host the request used
    document = sharing.open_badge_credential(certificate, request=request)
    assert document["id"] == f"{ROOT}/verify/{certificate.code}/credential.json"
    assert document["issuer"]["id"] == f"{ROOT}/verify/issuer.json"
    assert document["issuer"]["url"] == f"{ROOT}/"
    assert document["credentialStatus"]["statusListCredential"].startswith(f"{ROOT}/verify/")
    assert document["evidence"][0]["id"] == f"{ROOT}/verify/{certificate.code}/"
    params = parse_qs(urlsplit(sharing.linkedin_add_url(certificate, request=request)).query)
    assert params["certUrl"] == [f"{ROOT}/verify/{certificate.code}/"]


def test_the_email_links_use_the_sites_address(certificate):
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert f"{ROOT}/en/certificates/{certificate.public_id}/pdf/" in message.body
    assert f"{ROOT}/verify/{certificate.code}/" in message.body
    assert "127.0.0.1" not in message.body and "testserver" not in message.body
    html = message.alternatives[0][0]
    assert f'href="{ROOT}/verify/{certificate.code}/"' in html


def test_the_employer_is_the_issuer_and_the_platform_issued_with(certificate, client, rf):
    assert certificate.issuer == "Northwind & Co."
    text = pdf_text(certificate_pdf_render(certificate=certificate))
    assert "Northwind & Co." in text and "issued with Porte-voix" in text

    page = client.get(f"/verify/{certificate.code}/", HTTP_HOST="academy.example.com").content
    page = page.decode()
    assert "This certificate was issued by Northwind &amp; Co." in page
    assert "(issued with Porte-voix)" in page

    params = parse_qs(urlsplit(sharing.linkedin_add_url(certificate)).query)
    assert params["organizationName"] == ["Northwind & Co."]
    assert sharing.open_badge_credential(certificate)["issuer"]["name"] == "Northwind & Co."
    assert sharing.issuer_profile(request=rf.get("/"))["name"] == "Northwind & Co."


def test_without_a_company_name_the_academy_is_the_issuer(one_workshop_academy, media_root):
    certificate = certificate_earn(one_workshop_academy, learner_named("Léo", "Roux"))
    assert certificate.issuer == BrandSettings.for_site(Site.objects.get()).academy_name
    assert "issued with" not in pdf_text(certificate_pdf_render(certificate=certificate))
