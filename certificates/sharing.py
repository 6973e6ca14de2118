"""Addresses and documents that leave the academy with a certificate: its public
verification page, LinkedIn's "Add to profile" link and its Open Badges 3.0 credential.

Everything here is built from the certificate's snapshot (title, issuer, dates, code), so
what LinkedIn or a wallet holds matches the PDF and the verification page. The holder's
name goes out only when the learner chose to show it (LearnerProfile.show_name_on_certificates).
"""

from __future__ import annotations

import datetime as dt
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from .models import Certificate, CertificateStatus

LINKEDIN_ADD_URL = "https://www.linkedin.com/profile/add"
OB_CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
# The media type of a Verifiable Credential (VC data model 2.0); JSON-LD and plain JSON
# clients accept it, browsers show it as JSON.
CREDENTIAL_CONTENT_TYPE = "application/vc+ld+json"
# A Bitstring Status List has at least 16 KiB of bits, so that an entry's position says
# nothing about how many certificates exist (W3C Bitstring Status List, "herd privacy").
STATUS_LIST_MIN_BITS = 131_072


def site_root_url(*, request=None) -> str:
    """The academy's public address, as configured: the root URL of the request's Wagtail
    Site, else of the default Site (e-mails, PDFs rendered in a task), else
    WAGTAILADMIN_BASE_URL. Never the host a request happened to use (a proxy's, an
    internal name): a PDF, a QR code, an Open Badge or a LinkedIn entry made from one
    request must carry the same address as those made from a task."""
    from wagtail.models import Site

    site = None
    if request is not None:
        site = Site.find_for_request(request)  # cached on the request by Wagtail
    if site is None:
        site = _default_site()
    if site is not None:
        return site.root_url.rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _default_site():
    from wagtail.models import Site

    return Site.objects.filter(is_default_site=True).first()


def absolute_url(path: str, *, request=None) -> str:
    """`path` on the academy's configured address (site_root_url)."""
    return site_root_url(request=request) + path


def verification_url(certificate: Certificate, *, request=None) -> str:
    return absolute_url(reverse("verify:certificate", args=[certificate.code]), request=request)


def verification_url_maker():
    """code -> verification URL, for pages and exports of many certificates: `reverse()`
    once, not once per certificate (a thousand reverses cost ~50 ms). Codes are [0-9A-Z-],
    safe to put in a path as they are."""
    placeholder = "0000-0000-0000-0000"
    head, _sep, tail = verification_url(Certificate(code=placeholder)).partition(placeholder)
    return lambda code: f"{head}{code}{tail}"


def credential_url(certificate: Certificate, *, request=None) -> str:
    return absolute_url(reverse("verify:credential", args=[certificate.code]), request=request)


def issuer_url(*, request=None) -> str:
    return absolute_url(reverse("verify:issuer"), request=request)


def status_list_url(*, request=None) -> str:
    return absolute_url(reverse("verify:status_list"), request=request)


def holder_name_choice(user) -> bool | None:
    """Whether the learner chose to show their name on their certificates' public pages:
    True, False, or None while they have not been asked (a missing profile: not asked)."""
    profile = getattr(user, "profile", None)
    return None if profile is None else profile.show_name_on_certificates


def shows_holder_name(certificate: Certificate) -> bool:
    """The learner's choice, off unless they turned it on (not chosen yet means off)."""
    return holder_name_choice(certificate.user) is True


def linkedin_add_url(certificate: Certificate, *, request=None) -> str:
    """LinkedIn's "Add licence or certification" form, filled in. `name` is the
    certification's title (never the person's); the code is the credential id."""
    issued = timezone.localtime(certificate.issued_at)
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.title,
        "organizationName": certificate.issuer,
        "issueYear": str(issued.year),
        "issueMonth": str(issued.month),
    }
    organization_id = getattr(settings, "CERTIFICATES_LINKEDIN_ORGANIZATION_ID", "")
    if organization_id:
        # LinkedIn links the company page (logo included) when it knows its numeric id.
        params["organizationId"] = str(organization_id)
    if certificate.expires_at:
        expires = timezone.localtime(certificate.expires_at)
        params["expirationYear"] = str(expires.year)
        params["expirationMonth"] = str(expires.month)
    params["certUrl"] = verification_url(certificate, request=request)
    params["certId"] = certificate.code
    return f"{LINKEDIN_ADD_URL}?{urlencode(params)}"


def iso_datetime(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def subject_id(certificate: Certificate) -> str:
    """An opaque id for the holder of this one credential: it cannot be linked to the
    learner's other credentials or to their xAPI identity, and it never changes."""
    return f"urn:uuid:{uuid.uuid5(certificate.public_id, 'credential-subject')}"


def issuer_profile(*, request=None, name: str | None = None) -> dict:
    from themes.models import BrandSettings

    if name is None:
        from wagtail.models import Site

        site = Site.find_for_request(request) if request is not None else None
        site = site or Site.objects.filter(is_default_site=True).first()
        name = BrandSettings.for_site(site).issuer_name if site else "Porte-voix"
    return {
        "id": issuer_url(request=request),
        "type": ["Profile"],
        "name": name,
        "url": absolute_url("/", request=request),
    }


def open_badge_credential(certificate: Certificate, *, request=None) -> dict:
    """The certificate as an Open Badges 3.0 OpenBadgeCredential (unsigned for now).

    Revocation travels in `credentialStatus` (a Bitstring Status List entry), the way
    wallets and verifiers check it; the document also says it plainly for people who read
    the JSON. The reason for a revocation stays private."""
    subject: dict = {"id": subject_id(certificate), "type": ["AchievementSubject"]}
    if shows_holder_name(certificate):
        subject["identifier"] = [
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": certificate.holder_name,
            }
        ]
    description = certificate.wording or certificate.title
    subject["achievement"] = {
        "id": f"urn:uuid:{certificate.workshop_key}",
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": certificate.title,
        "description": description,
        "criteria": {"narrative": description},
        "inLanguage": certificate.language,
    }
    issuer = issuer_profile(request=request, name=certificate.issuer)
    status_list = status_list_url(request=request)
    credential = {
        "@context": list(OB_CONTEXTS),
        "id": credential_url(certificate, request=request),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.title,
        "issuer": issuer,
        "validFrom": iso_datetime(certificate.issued_at),
        "credentialSubject": subject,
        "credentialStatus": {
            "id": f"{status_list}#{certificate.pk}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.pk),
            "statusListCredential": status_list,
        },
        "evidence": [
            {
                "id": verification_url(certificate, request=request),
                "type": ["Evidence"],
                "name": certificate.title,
            }
        ],
    }
    if certificate.expires_at:
        credential["validUntil"] = iso_datetime(certificate.expires_at)
    # Issuer-dependent terms (VC 2.0's @vocab): a plain mark for people and simple tools;
    # the authoritative check is the status list above.
    if certificate.status_at() == CertificateStatus.REVOKED:
        credential["revoked"] = True
        credential["revokedAt"] = iso_datetime(certificate.revoked_at)
    return credential
