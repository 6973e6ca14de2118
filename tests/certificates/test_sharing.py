"""Sharing a certificate: LinkedIn's "Add to profile" link and the Open Badges 3.0
credential at /verify/<code>/credential.json."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from certificates import services, sharing
from tests.certificates.issuing import one_workshop_academy  # noqa: F401
from tests.certificates.verifying import certificate_earn, learner_named, show_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder(one_workshop_academy):  # noqa: F811
    return learner_named("Léa", "Martin")


@pytest.fixture
def certificate(one_workshop_academy, holder):  # noqa: F811
    certificate = certificate_earn(one_workshop_academy, holder)
    certificate.title = "Social media & you — Beginner"
    certificate.issuer = "Acme Académie"
    certificate.issued_at = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    certificate.expires_at = dt.datetime(2028, 3, 2, 9, 30, tzinfo=dt.UTC)
    certificate.save()
    return certificate


def test_linkedin_link_carries_exactly_the_certification_fields(certificate):
    url = sharing.linkedin_add_url(certificate)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.linkedin.com", "/profile/add")
    params = parse_qs(parts.query, strict_parsing=True)
    assert params == {
        "startTask": ["CERTIFICATION_NAME"],
        "name": ["Social media & you — Beginner"],
        "organizationName": ["Acme Académie"],
        "issueYear": ["2026"],
        "issueMonth": ["3"],
        "expirationYear": ["2028"],
        "expirationMonth": ["3"],
        "certUrl": [f"http://localhost/verify/{certificate.code}/"],
        "certId": [certificate.code],
    }
    # Every value is URL-encoded: the ampersand of the title does not split the query.
    assert "name=Social+media+%26+you" in parts.query


def test_linkedin_link_leaves_out_expiry_when_the_certificate_does_not_expire(certificate):
    certificate.expires_at = None
    params = parse_qs(urlsplit(sharing.linkedin_add_url(certificate)).query)
    assert "expirationYear" not in params and "expirationMonth" not in params


def test_linkedin_link_uses_the_organization_id_when_configured(certificate, settings):
    settings.CERTIFICATES_LINKEDIN_ORGANIZATION_ID = "1337"
    params = parse_qs(urlsplit(sharing.linkedin_add_url(certificate)).query)
    assert params["organizationId"] == ["1337"]


def test_urls_come_from_the_configured_site_never_from_the_request_host(certificate, rf):
    # The test academy's Site is localhost:80 (tests/factories.py).
    assert sharing.verification_url(certificate) == f"http://localhost/verify/{certificate.code}/"
    request = rf.get("/", HTTP_HOST="10.0.0.7:8000")  # a proxy's or an internal address
    assert sharing.credential_url(certificate, request=request) == (
        f"http://localhost/verify/{certificate.code}/credential.json"
    )


def _credential(client, certificate):
    response = client.get(reverse("verify:credential", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vc+ld+json")
    assert response["Access-Control-Allow-Origin"] == "*"
    return json.loads(response.content)


def test_open_badge_credential_structure(client, certificate):
    document = _credential(client, certificate)
    assert document["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["id"] == f"http://localhost/verify/{certificate.code}/credential.json"
    assert document["issuer"]["type"] == ["Profile"]
    assert document["issuer"]["name"] == "Acme Académie"
    assert document["issuer"]["id"] == "http://localhost/verify/issuer.json"
    assert document["validFrom"] == "2026-03-02T09:30:00Z"
    assert document["validUntil"] == "2028-03-02T09:30:00Z"
    subject = document["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["id"].startswith("urn:uuid:")
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["id"] == f"urn:uuid:{certificate.workshop_key}"
    assert achievement["name"] == "Social media & you — Beginner"
    assert achievement["description"]
    assert achievement["criteria"]["narrative"]
    status = document["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListCredential"] == "http://localhost/verify/status/revocation.json"
    assert "revoked" not in document


def test_subject_is_opaque_unless_the_holder_shows_their_name(client, certificate, holder):
    hidden = _credential(client, certificate)
    assert "Léa" not in json.dumps(hidden, ensure_ascii=False)
    assert holder.email not in json.dumps(hidden)
    assert str(holder.public_id) not in json.dumps(hidden)
    assert "identifier" not in hidden["credentialSubject"]

    show_name(holder)
    shown = _credential(client, certificate)
    assert shown["credentialSubject"]["identifier"] == [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": "Léa Martin",
        }
    ]
    assert shown["credentialSubject"]["id"] == hidden["credentialSubject"]["id"]


def _bit(encoded: str, index: int) -> int:
    assert encoded.startswith("u")
    data = encoded[1:]
    raw = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    assert len(raw) * 8 >= sharing.STATUS_LIST_MIN_BITS
    return (raw[index // 8] >> (7 - index % 8)) & 1


def test_revoked_credential_is_still_served_marked_and_in_the_status_list(
    client, certificate, hr_user
):
    status_url = reverse("verify:status_list")
    index = int(_credential(client, certificate)["credentialStatus"]["statusListIndex"])
    before = json.loads(client.get(status_url).content)
    assert before["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert _bit(before["credentialSubject"]["encodedList"], index) == 0

    services.certificate_revoke(certificate=certificate, by=hr_user, reason="Shared a password")
    document = _credential(client, certificate)
    assert document["revoked"] is True
    assert "Shared a password" not in json.dumps(document)
    after = json.loads(client.get(status_url).content)
    assert _bit(after["credentialSubject"]["encodedList"], index) == 1


def test_unknown_credential_answers_the_same_json_404(client, certificate):
    answers = [
        client.get(reverse("verify:credential", args=[code]))
        for code in ("0000-0000-0000-0000", "nope")
    ]
    assert {a.status_code for a in answers} == {404}
    assert len({a.content for a in answers}) == 1


def test_issuer_profile_resolves(client, db):
    document = client.get(reverse("verify:issuer")).json()
    assert document["type"] == ["Profile"]
    assert document["id"] == "http://localhost/verify/issuer.json"
