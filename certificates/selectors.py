"""Reads of certificates."""

from __future__ import annotations

import datetime as dt
import hmac

from django.db.models import Q, QuerySet
from django.utils import timezone

from courses.shared_cache import shared, watch

from .codes import code_digest, code_normalise
from .models import Certificate, CertificateTemplate

# Templates are definitions authors change rarely and every pass reads (the issuance, its
# statement): cached, renewed on every save or delete (courses/shared_cache.py).
watch("certificates.CertificateTemplate")


def _templates_of(workshop_key) -> list[CertificateTemplate]:
    """Every template of a workshop (all its languages), with their locale: cached."""
    return shared(
        "certificates:templates",
        lambda: list(
            CertificateTemplate.objects.filter(workshop__translation_key=workshop_key)
            .select_related("locale")
            .order_by("pk")
        ),
        str(workshop_key),
    )


def template_for_workshop(*, workshop) -> CertificateTemplate | None:
    """The template in the workshop's language, else the one in any language."""
    chosen = None
    for template in _templates_of(workshop.translation_key):
        if template.locale_id == workshop.locale_id:
            return template
        chosen = chosen or template
    return chosen


def template_titles(*, workshop_key) -> list[tuple[str, str]]:
    """(language code, title) of every template of a workshop, from the cache."""
    return [(t.locale.language_code, t.title) for t in _templates_of(workshop_key)]


def valid_q(now: dt.datetime | None = None) -> Q:
    now = now or timezone.now()
    return Q(revoked_at__isnull=True) & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))


def certificates_valid(*, user, now: dt.datetime | None = None) -> QuerySet[Certificate]:
    return Certificate.objects.filter(valid_q(now), user=user)


def certificates_for_learner(*, user) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).order_by("-issued_at")


def certificate_by_code(*, code: str) -> Certificate | None:
    """The certificate with this code, or None. Same work for any input (see codes.py)."""
    digest = code_digest(code)
    certificate = (
        Certificate.objects.filter(code_digest=digest).select_related("user__profile").first()
    )
    normalised = code_normalise(code) or ""
    expected = certificate.code.replace("-", "") if certificate else "!" * len(normalised or "x")
    if certificate is None or not hmac.compare_digest(expected, normalised):
        return None
    return certificate
