"""The certificates admin: templates snippet, the filtered listing, detail, re-render and
the ZIP of the current filter; permissions."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate, CertificateTemplate
from lms.accounts import roles
from tests.certificates.issuing import one_workshop_academy  # noqa: F401
from tests.certificates.verifying import certificate_earn, learner_named
from tests.factories import make_user

pytestmark = pytest.mark.django_db

INDEX = "certificates_admin:index"


def _earn(built, first, last, *, level="beginner", department="", when=None):
    user = learner_named(first, last)
    if department:
        user.profile.department = department
        user.profile.save()
    kwargs = {"now": when} if when else {}
    return certificate_earn(built, user, level=level, **kwargs)


def _earn_beginner_then_intermediate(built, first, last, *, department):
    """Intermediate opens once beginner is passed: Bob holds both, from June 2025."""
    when = dt.datetime(2025, 6, 1, 10, tzinfo=dt.UTC)
    beginner = _earn(built, first, last, department=department, when=when)
    return certificate_earn(built, beginner.user, level="intermediate", now=when)


@pytest.fixture
def issued(one_workshop_academy):  # noqa: F811
    built = one_workshop_academy
    return {
        "ana": _earn(built, "Ana", "Silva", department="Sales"),
        "bob": _earn_beginner_then_intermediate(built, "Bob", "Martin", department="Legal"),
        "chloe": _earn(built, "Chloé", "Roux", department="Sales"),
    }


def listed(response) -> set[str]:
    return {row["certificate"].holder_name for row in response.context["rows"]}


def test_who_may_not_see_certificates(client, issued):
    """Anonymous visitors go to the admin's sign-in page; learners (no admin access) and
    admin users without the certificate permissions (referents) get 403 on every page and
    action."""
    certificate = issued["ana"]
    urls = [
        reverse(INDEX),
        reverse("certificates_admin:zip"),
        reverse("certificates_admin:detail", args=[certificate.pk]),
        reverse("certificates_admin:revoke", args=[certificate.pk]),
    ]
    rerender = reverse("certificates_admin:rerender", args=[certificate.pk])
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response["Location"]
    assert client.post(rerender).status_code == 302
    client.force_login(make_user(group=roles.LEARNERS))
    for url in urls:
        assert client.get(url).status_code == 403, url
    assert client.post(rerender).status_code == 403
    client.force_login(make_user(group=roles.REFERENTS))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"Ana Silva" not in response.content
    assert client.post(rerender).status_code == 403
    assert client.post(urls[-1], {"reason": "x", "confirm": "on"}).status_code == 403
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is None


def test_viewing_without_change_permission_hides_and_refuses_revocation(client, issued):
    from django.contrib.auth.models import Permission

    viewer = make_user(group=roles.REFERENTS)
    viewer.user_permissions.add(
        Permission.objects.get(content_type__app_label="certificates", codename="view_certificate")
    )
    client.force_login(viewer)
    listing = client.get(reverse(INDEX))
    assert listing.status_code == 200
    assert b"/revoke/" not in listing.content
    revoke = reverse("certificates_admin:revoke", args=[issued["ana"].pk])
    assert client.get(revoke).status_code == 403


def test_hr_lists_every_certificate_with_its_columns(client, hr_user, issued):
    client.force_login(hr_user)
    response = client.get(reverse(INDEX))
    assert response.status_code == 200
    assert listed(response) == {"Ana Silva", "Bob Martin", "Chloé Roux"}
    text = response.content.decode()
    assert issued["ana"].code in text
    assert "Sales" in text and "Legal" in text
    assert reverse("certificates:pdf", args=[issued["ana"].public_id]) in text
    assert reverse("certificates_admin:revoke", args=[issued["ana"].pk]) in text


def test_trainers_see_the_listing(client, trainer, issued):
    client.force_login(trainer)
    assert client.get(reverse(INDEX)).status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "silva"}, {"Ana Silva"}),
        ({"q": "ana silva"}, {"Ana Silva"}),
        ({"department": "Sales"}, {"Ana Silva", "Chloé Roux"}),
        ({"level": "intermediate"}, {"Bob Martin"}),
        ({"issued_to": "2025-12-31"}, {"Bob Martin"}),
        ({"issued_from": "2026-01-01"}, {"Ana Silva", "Chloé Roux"}),
        ({"status": "revoked"}, {"Chloé Roux"}),
        ({"status": "expired"}, {"Bob Martin"}),
        # Bob's beginner certificate is still valid; his intermediate one expired.
        ({"status": "valid"}, {"Ana Silva", "Bob Martin"}),
    ],
)
def test_filters(client, hr_user, issued, query, expected):
    services.certificate_revoke(certificate=issued["chloe"], by=hr_user, reason="x")
    Certificate.objects.filter(pk=issued["bob"].pk).update(
        expires_at=dt.datetime(2025, 12, 1, tzinfo=dt.UTC)
    )
    client.force_login(hr_user)
    response = client.get(reverse(INDEX), query)
    assert response.status_code == 200
    assert listed(response) == expected


def test_search_by_code_and_email_and_workshop_filter(client, hr_user, issued):
    client.force_login(hr_user)
    typed = issued["bob"].code.lower().replace("-", "")
    assert listed(client.get(reverse(INDEX), {"q": typed})) == {"Bob Martin"}
    email = issued["ana"].user.email
    assert listed(client.get(reverse(INDEX), {"q": email})) == {"Ana Silva"}
    workshop = str(issued["bob"].workshop_key)
    assert listed(client.get(reverse(INDEX), {"workshop": workshop})) == {"Bob Martin"}


def test_invalid_filters_are_explained_not_a_500(client, hr_user, issued):
    client.force_login(hr_user)
    response = client.get(
        reverse(INDEX), {"issued_from": "yesterday", "status": "lost", "p": "zzz"}
    )
    assert response.status_code == 200
    assert b"Some filters are not valid" in response.content
    assert len(response.context["rows"]) == 4


def test_listing_query_count_does_not_grow_with_rows(
    client,
    hr_user,
    one_workshop_academy,  # noqa: F811
    django_assert_max_num_queries,
):
    client.force_login(hr_user)
    _earn(one_workshop_academy, "One", "First", department="Sales")
    with django_assert_max_num_queries(40) as few:
        client.get(reverse(INDEX))
    baseline = len(few.captured_queries)
    for index in range(8):
        _earn(one_workshop_academy, f"Many{index}", "Learner", department=f"D{index}")
    with django_assert_max_num_queries(baseline) as many:
        response = client.get(reverse(INDEX))
    assert len(response.context["rows"]) == 9
    assert len(many.captured_queries) == baseline


def test_detail_shows_the_private_reason_and_the_public_links(client, hr_user, issued):
    certificate = issued["ana"]
    services.certificate_revoke(certificate=certificate, by=hr_user, reason="Left the company")
    client.force_login(hr_user)
    response = client.get(reverse("certificates_admin:detail", args=[certificate.pk]))
    text = response.content.decode()
    assert "Left the company" in text
    assert f"/verify/{certificate.code}/" in text
    assert f"/verify/{certificate.code}/credential.json" in text


def test_unknown_certificate_is_a_404(client, hr_user, db):
    client.force_login(hr_user)
    # LocaleMiddleware sends an unprefixed 404 to /en/... first (as for every admin 404).
    response = client.get(reverse("certificates_admin:detail", args=[999999]), follow=True)
    assert response.status_code == 404


def test_rerender_stores_a_fresh_pdf(client, hr_user, issued, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    certificate = issued["ana"]
    client.force_login(hr_user)
    response = client.post(reverse("certificates_admin:rerender", args=[certificate.pk]))
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.pdf_rendered_at is not None
    with certificate.pdf.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert (
        client.get(reverse("certificates_admin:rerender", args=[certificate.pk])).status_code == 405
    )


def test_zip_holds_the_certificates_of_the_current_filter(
    client, hr_user, issued, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path)
    client.force_login(hr_user)
    response = client.get(reverse("certificates_admin:zip"), {"department": "Sales"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert len(pdfs) == 2
    for name in pdfs:
        assert archive.read(name)[:5] == b"%PDF-"


def test_listing_links_the_zip_with_the_filter(client, hr_user, issued):
    client.force_login(hr_user)
    response = client.get(reverse(INDEX), {"department": "Sales"})
    assert reverse("certificates_admin:zip") + "?department=Sales" in response.content.decode()


def test_certificate_templates_are_a_searchable_snippet(client, trainer, one_workshop_academy):  # noqa: F811
    CertificateTemplate.objects.create(
        workshop=one_workshop_academy.workshop(),
        title="Social media basics",
        wording="has passed",
        validity_months=24,
        locale=one_workshop_academy.workshop().locale,
    )
    client.force_login(trainer)
    listing = client.get(reverse("wagtailsnippets_certificates_certificatetemplate:list"))
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "Social media basics" in text and "24 months" in text
    search = client.get(
        reverse("wagtailsnippets_certificates_certificatetemplate:list"), {"q": "basics"}
    )
    assert b"Social media basics" in search.content


def test_admin_menu_shows_certificates_to_hr(client, hr_user, db):
    client.force_login(hr_user)
    response = client.get("/admin/")
    assert reverse(INDEX).encode() in response.content
