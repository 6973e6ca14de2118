"""The learner's certificates page, the PDF download and who may have it, the dashboard
panel; rendering again is the admin's (tests/certificates/test_admin.py), not the learner's."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from certificates.rendering import certificate_pdf_store
from certificates.services import certificate_revoke
from lms.accounts import roles
from tests.factories import make_user

from . import issuing
from .issuing import certificate_earn, learner_named

# Fixtures shared by the certificate tests (tests/certificates/issuing.py).
media_root = issuing.media_root
one_workshop_academy = issuing.one_workshop_academy


@pytest.fixture
def holder(db):
    # Has answered the name question already (tests/certificates/test_name_choice.py asks it).
    user = learner_named("Élodie", "Lefèvre")
    user.profile.show_name_on_certificates = False
    user.profile.save()
    return user


@pytest.fixture
def certificate(one_workshop_academy, media_root, holder):
    return certificate_earn(one_workshop_academy, holder)


def pdf_url(certificate, language="en"):
    return f"/{language}/certificates/{certificate.public_id}/pdf/"


def body_of(response) -> bytes:
    return b"".join(response.streaming_content)


def test_the_holder_downloads_the_pdf_rendered_on_the_fly_then_stored(
    client,
    holder,
    certificate,
    media_root,
):
    assert not certificate.pdf
    client.force_login(holder)

    response = client.get(pdf_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f'filename="elodie-lefevre-course-0-course-0-beginner-{certificate.code}.pdf"' in (
        disposition
    )
    assert response["Cache-Control"] == "private, no-store"
    content = body_of(response)
    assert content.startswith(b"%PDF-")
    certificate.refresh_from_db()
    assert certificate.pdf and (media_root / certificate.pdf.name).read_bytes() == content


def test_a_stored_pdf_is_served_as_it_is(client, holder, certificate):
    certificate_pdf_store(certificate=certificate, now=timezone.now() - dt.timedelta(days=3))
    certificate.refresh_from_db()
    stored = certificate.pdf.read()
    rendered_at = certificate.pdf_rendered_at
    client.force_login(holder)

    assert body_of(client.get(pdf_url(certificate))) == stored
    certificate.refresh_from_db()
    assert certificate.pdf_rendered_at == rendered_at


def test_another_learner_gets_a_404_and_nothing_is_rendered(client, certificate):
    client.force_login(make_user(group=roles.LEARNERS))

    assert client.get(pdf_url(certificate)).status_code == 404
    assert client.get(f"/en/certificates/{'0' * 8}-0000-0000-0000-{'0' * 12}/pdf/").status_code == (
        404
    )
    certificate.refresh_from_db()
    assert not certificate.pdf


def test_anonymous_visitors_are_sent_to_sign_in(client, certificate):
    response = client.get(pdf_url(certificate))

    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_hr_downloads_any_certificate_even_revoked(client, certificate, hr_user):
    certificate_revoke(certificate=certificate, by=hr_user, reason="Issued by mistake")
    client.force_login(hr_user)

    response = client.get(pdf_url(certificate))

    assert response.status_code == 200
    assert body_of(response).startswith(b"%PDF-")


def test_staff_who_may_see_certificates_download_them_and_others_do_not(
    client, certificate, trainer
):
    # Trainers see issued certificates in the admin (lms/accounts/roles.py); a referent
    # does not, and gets the same 404 as anyone else.
    client.force_login(trainer)
    assert client.get(pdf_url(certificate)).status_code == 200
    client.force_login(make_user(group=roles.REFERENTS))
    assert client.get(pdf_url(certificate)).status_code == 404


def test_a_revoked_certificate_is_not_downloadable_by_its_holder(
    client, holder, certificate, hr_user
):
    certificate_revoke(certificate=certificate, by=hr_user, reason="Issued by mistake")
    client.force_login(holder)

    response = client.get(pdf_url(certificate), follow=True)

    assert response.redirect_chain[-1][0] == "/en/certificates/"
    page = response.content.decode()
    assert "was revoked on" in page
    assert "Issued by mistake" in page
    assert pdf_url(certificate) not in page  # no download button for it


def test_my_certificates_lists_status_facts_and_links(
    client,
    holder,
    certificate,
    one_workshop_academy,
    hr_user,
):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + dt.timedelta(days=365)
    )
    client.force_login(holder)

    page = client.get("/en/certificates/").content.decode()

    assert certificate.title in page
    assert certificate.code in page
    assert "Valid" in page and "Valid until" in page
    assert pdf_url(certificate) in page
    assert f"http://localhost/verify/{certificate.code}/" in page
    assert f"/verify/{certificate.code}/credential.json" in page
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in page
    # Rendering the PDF again is an admin action: not offered to the learner.
    assert "Update the PDF" not in page and "/pdf/render/" not in page


def test_an_expired_certificate_is_marked_and_cannot_go_to_linkedin(client, holder, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() - dt.timedelta(days=1)
    )
    client.force_login(holder)

    page = client.get("/en/certificates/").content.decode()

    assert "Expired" in page and "Expired on" in page
    assert "linkedin.com" not in page
    assert pdf_url(certificate) in page  # still the holder's to download


def test_my_certificates_shows_only_mine_in_a_constant_number_of_queries(
    client,
    holder,
    certificate,
    one_workshop_academy,
    django_assert_max_num_queries,
):
    other = certificate_earn(one_workshop_academy, make_user())
    client.force_login(holder)
    client.get("/en/certificates/")  # warm: site root paths, content types

    with django_assert_max_num_queries(12) as one:
        page = client.get("/en/certificates/").content.decode()
    assert certificate.code in page and other.code not in page

    certificate_earn(one_workshop_academy, holder, level="intermediate")
    with django_assert_max_num_queries(len(one.captured_queries)):
        page = client.get("/en/certificates/").content.decode()
    assert page.count("/pdf/") == 2


def test_a_learner_without_certificates_is_told_how_to_earn_one(client, db):
    client.force_login(make_user())
    page = client.get("/en/certificates/").content.decode()
    assert "You have no certificate yet" in page


def test_the_dashboard_panel_lists_the_latest_with_download_links(client, holder, certificate):
    client.force_login(holder)

    page = client.get("/en/dashboard/").content.decode()

    assert 'id="certificates-panel-title"' in page
    assert pdf_url(certificate) in page
    assert 'href="/en/certificates/"' in page


def test_the_dashboard_panel_is_hidden_without_certificates(client, db, one_workshop_academy):
    client.force_login(make_user())
    assert 'id="certificates-panel-title"' not in client.get("/en/dashboard/").content.decode()


def test_the_learner_has_no_address_to_render_the_pdf_again(client, holder, certificate):
    client.force_login(holder)
    url = f"/en/certificates/{certificate.public_id}/pdf/render/"
    assert client.post(url).status_code == 404
    certificate.refresh_from_db()
    assert not certificate.pdf
