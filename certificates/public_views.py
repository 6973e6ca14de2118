"""The public verification of certificates: the page a QR code or a LinkedIn profile links
to, a form to type a code, and the machine-readable Open Badges documents.

No login. Every look-up counts against the client's rate limit (ratelimit.py). An unknown
code gets one answer, the same bytes whatever was typed (a malformed code, a well-formed
one, a near miss), so the answer teaches nothing about which codes exist; the look-up
itself costs the same for any input (selectors.certificate_by_code)."""

from __future__ import annotations

import base64
import gzip
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import require_safe

from courses.levels import Level

from . import ratelimit, sharing
from .forms import VerifyCodeForm
from .models import Certificate, CertificateStatus
from .selectors import certificate_by_code, certificates_titled

ROBOTS = "noindex, nofollow, noarchive"


def _private(response: HttpResponse) -> HttpResponse:
    """Not indexed, not cached: a revocation must show on the next visit."""
    response["X-Robots-Tag"] = ROBOTS
    add_never_cache_headers(response)
    return response


def _too_many(request, verdict: ratelimit.Verdict, *, as_json: bool = False) -> HttpResponse:
    minutes = max(1, (verdict.retry_after + 59) // 60)
    if as_json:
        response = JsonResponse(
            {"error": "too_many_requests", "retry_after": verdict.retry_after}, status=429
        )
    else:
        response = render(
            request,
            "certificates/verify_rate_limited.html",
            {"minutes": minutes, "robots": ROBOTS},
            status=429,
        )
    response["Retry-After"] = str(verdict.retry_after)
    return _private(response)


def _same_404_for_all(request) -> None:
    # See public_urlconf.py: keeps LocaleMiddleware from redirecting some unknown codes.
    request.urlconf = "certificates.public_urlconf"


def _unknown(request) -> HttpResponse:
    # Nothing of the request goes into this page (not even the code typed): its bytes are
    # the same for every unknown code.
    form = VerifyCodeForm()
    _same_404_for_all(request)
    return _private(
        render(
            request,
            "certificates/verify_unknown.html",
            # The language switcher returns to the form, not to the address typed.
            {"form": form, "robots": ROBOTS, "language_next": reverse("verify:form")},
            status=404,
        )
    )


@require_safe
def verify_form(request):
    """/verify/?code=... : normalise what was typed and go to the certificate's page."""
    if "code" not in request.GET:
        verdict = ratelimit.verification_hit(request, count=False)
        if not verdict.allowed:
            return _too_many(request, verdict)
        return _private(
            render(
                request,
                "certificates/verify_form.html",
                {"form": VerifyCodeForm(), "robots": ROBOTS},
            )
        )
    # Checked, not counted: the form looks nothing up; the page it leads to counts.
    verdict = ratelimit.verification_hit(request, count=False)
    if not verdict.allowed:
        return _too_many(request, verdict)
    form = VerifyCodeForm(request.GET)
    if not form.is_valid():
        return _private(
            render(
                request,
                "certificates/verify_form.html",
                {"form": form, "robots": ROBOTS},
                status=400,
            )
        )
    return redirect("verify:certificate", code=form.cleaned_data["code"])


def _status_context(certificate: Certificate) -> dict:
    status = certificate.status_at(timezone.now())
    return {
        "status": status,
        "is_valid": status == CertificateStatus.VALID,
        "is_expired": status == CertificateStatus.EXPIRED,
        "is_revoked": status == CertificateStatus.REVOKED,
    }


@require_safe
def verify_certificate(request, code: str):
    verdict = ratelimit.verification_hit(request)
    if not verdict.allowed:
        return _too_many(request, verdict)
    certificate = certificate_by_code(code=code)
    if certificate is None:
        return _unknown(request)
    if code != certificate.code:
        # Typed by hand (lower case, no dashes, O for 0): one canonical address to share.
        return redirect("verify:certificate", code=certificate.code)
    is_holder = request.user.is_authenticated and request.user.pk == certificate.user_id
    context = {
        # Its title and wording in the visitor's language (a translation of the same
        # certificate's template), else as issued.
        "certificate": certificates_titled([certificate])[0],
        "level_label": Level(certificate.level).label if certificate.level in Level.values else "",
        "holder_name": certificate.holder_name if sharing.shows_holder_name(certificate) else "",
        # "The holder chose to keep it private" only when they did choose (None: not asked).
        "name_chosen": sharing.holder_name_choice(certificate.user) is not None,
        "is_holder": is_holder,
        "verification_url": sharing.verification_url(certificate, request=request),
        "credential_url": reverse("verify:credential", args=[certificate.code]),
        "robots": ROBOTS,
        **_status_context(certificate),
    }
    if is_holder:
        context["linkedin_url"] = sharing.linkedin_add_url(certificate, request=request)
    return _private(render(request, "certificates/verify.html", context))


@require_safe
def credential_json(request, code: str):
    """The certificate's Open Badges 3.0 credential; revoked ones too, marked as such."""
    verdict = ratelimit.verification_hit(request)
    if not verdict.allowed:
        return _too_many(request, verdict, as_json=True)
    certificate = certificate_by_code(code=code)
    if certificate is None:
        _same_404_for_all(request)
        return _private(JsonResponse({"error": "not_found"}, status=404))
    if code != certificate.code:
        return redirect("verify:credential", code=certificate.code)
    document = sharing.open_badge_credential(certificate, request=request)
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=2),
        content_type=f"{sharing.CREDENTIAL_CONTENT_TYPE}; charset=utf-8",
    )
    # Wallets and verifiers fetch it from their own origin.
    response["Access-Control-Allow-Origin"] = "*"
    return _private(response)


@require_safe
def issuer_profile(request):
    """The issuer Profile every credential names (its `issuer.id` resolves here)."""
    document = {"@context": list(sharing.OB_CONTEXTS), **sharing.issuer_profile(request=request)}
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=3600)
    return response


def encoded_status_list(revoked_indexes) -> str:
    """W3C Bitstring Status List: bit i (left-most first) set when entry i is revoked;
    GZIP-compressed, base64url without padding, multibase prefix "u"."""
    indexes = list(revoked_indexes)
    size = max(sharing.STATUS_LIST_MIN_BITS, (max(indexes, default=0) // 8 + 1) * 8)
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


@require_safe
def revocation_status_list(request):
    """The revocation list that every credential's `credentialStatus` points to. Entries are
    certificate row ids; the list carries no names and no codes."""
    url = sharing.status_list_url(request=request)
    revoked = Certificate.objects.filter(revoked_at__isnull=False).values_list("pk", flat=True)
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": sharing.issuer_profile(request=request),
        "validFrom": sharing.iso_datetime(timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_status_list(revoked),
        },
    }
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False),
        content_type=f"{sharing.CREDENTIAL_CONTENT_TYPE}; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    # A revocation must reach verifiers quickly, but a verifier checking many credentials
    # should not refetch the list for each.
    patch_cache_control(response, public=True, max_age=60)
    return response
