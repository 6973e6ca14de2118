"""Reads of certificates."""

from __future__ import annotations

import datetime as dt
import hmac

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from courses.prepared_reads import PreparedRead
from courses.request_memo import memoised
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


_CERTIFICATES_OF = PreparedRead(
    lambda user_id: Certificate.objects.filter(user_id=user_id).order_by("-issued_at", "-pk")
)


def learner_certificates(*, user) -> list[Certificate]:
    """Every certificate of the learner, newest first: one query, once per request
    (courses/request_memo.py), its SQL built once per connection. The dashboard's
    certificates panel and its tier panel (the ladder's requirements) share it. Callers must
    not change the certificates."""
    if not getattr(user, "is_authenticated", False):
        return []
    return memoised("certificates:of_learner", user, lambda: _CERTIFICATES_OF(user.pk))


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


def _language_code(language: str | None) -> str:
    try:
        return get_supported_content_language_variant(language or get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def _template_words() -> list[tuple]:
    """(pk, translation_key, language code, title, wording, signatory_title) of every
    certificate template: a definition, cached."""
    return shared(
        "certificates:template_words",
        lambda: list(
            CertificateTemplate.objects.order_by("pk").values_list(
                "pk",
                "translation_key",
                "locale__language_code",
                "title",
                "wording",
                "signatory_title",
            )
        ),
    )


def _page_titles(keys) -> list[tuple]:
    """(translation_key, language code, title) of the pages with these keys, cached."""
    keys = sorted(keys, key=str)
    return shared(
        "certificates:page_titles",
        lambda: list(
            Page.objects.filter(translation_key__in=keys).values_list(
                "translation_key", "locale__language_code", "title"
            )
        ),
        tuple(map(str, keys)),
    )


def certificates_titled(certificates, *, language: str | None = None) -> list[Certificate]:
    """The certificates, each with `title_shown`, `wording_shown` and
    `signatory_title_shown` in `language` (default: the active one).

    A certificate keeps the words it was issued with (a snapshot, in the language of the
    workshop passed); a reader in another language sees the same certificate worded in
    theirs: its template's translation, or, for a certificate issued without a template,
    "course — workshop" from the pages in that language. Nothing in their language (or a
    template since renamed away from the snapshot): the snapshot. Two queries at most,
    however many certificates; none on a page, where the definitions come from the cache."""
    certificates = list(certificates)
    code = _language_code(language)
    for certificate in certificates:  # a second call, in another language, starts afresh
        certificate._title_shown = certificate._wording_shown = None
        certificate._signatory_title_shown = None
    foreign = [c for c in certificates if c.language != code]
    if not foreign:
        return certificates
    # Templates: every language's version of the certificates' templates (definitions,
    # from the cache: courses/shared_cache.py).
    template_ids = {c.template_id for c in foreign if c.template_id}
    key_of, translated = {}, {}
    if template_ids:
        rows = _template_words()
        keys = {key for pk, key, *_rest in rows if pk in template_ids}
        for pk, key, language_code, *words in rows:
            if pk in template_ids:
                key_of[pk] = key
            if key in keys and language_code == code:
                translated[key] = words
    # Issued without a template: the course's and workshop's titles in every language.
    bare = [c for c in foreign if not c.template_id]
    page_titles: dict = {}
    if bare:
        keys = {c.workshop_key for c in bare} | {c.course_key for c in bare}
        for key, language_code, title in _page_titles(keys):
            page_titles[(key, language_code)] = title
    for certificate in foreign:
        if certificate.template_id:
            words = translated.get(key_of.get(certificate.template_id))
            if words:
                title, wording, signatory_title = words
                certificate._title_shown = title
                certificate._wording_shown = wording
                certificate._signatory_title_shown = signatory_title
        else:
            title = _pages_title(certificate, code, page_titles)
            if title:
                certificate._title_shown = title
                certificate._wording_shown = _default_wording(certificate, code)
    return certificates


def _default_wording(certificate: Certificate, code: str) -> str:
    """services.certificate_issue's wording without a template, in `code`, when the
    snapshot is that wording (else the snapshot)."""
    from django.utils import translation
    from django.utils.translation import gettext

    def wording(language_code):
        with translation.override(language_code):
            return gettext("has completed the workshop and passed its final assessment")

    return wording(code) if certificate.wording == wording(certificate.language) else ""


def _pages_title(certificate: Certificate, code: str, page_titles: dict) -> str | None:
    """'course — workshop' in `code`, when the snapshot is that same default title in the
    certificate's own language (services.certificate_issue's wording)."""

    def built(language_code):
        course = page_titles.get((certificate.course_key, language_code))
        workshop = page_titles.get((certificate.workshop_key, language_code))
        return f"{course} — {workshop}" if course and workshop else None

    if built(certificate.language) != certificate.title:
        return None
    return built(code)
