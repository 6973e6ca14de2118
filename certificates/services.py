"""Writes of certificates. Each public function is one transaction that changes certificates
and sends the matching event (signals.py) inside it, so receivers (tiers, points, xAPI)
commit or roll back with it. PDF rendering and the e-mail run after commit (tasks.py)."""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.inserts import insert_new
from courses.selectors import locales_by_code, site_outline
from courses.shared_cache import shared

from . import signals
from .codes import code_digest, code_new
from .errors import AlreadyRevoked, ReasonRequired
from .models import Certificate
from .selectors import template_for_workshop


def holder_name_of(user) -> str:
    return user.get_full_name().strip() or user.email.split("@")[0]


def _add_months(moment: dt.datetime, months: int) -> dt.datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    # The 31st of a 30-day month is the 30th: clamp to the month's last day.
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise ValueError(moment)


def _issuer_name_read(workshop) -> str:
    from themes.models import BrandSettings

    site = workshop.get_site()
    if site is None:
        return "Porte-voix"
    # The employer stands behind the certificate; the academy is what it was issued with.
    return BrandSettings.for_site(site).issuer_name


def _issuer_name(workshop) -> str:
    """Cached by workshop: its site and the site's brand settings are watched definitions
    (a brand, site or page change renews them, courses/shared_cache.py)."""
    return shared("certificates:issuer", lambda: _issuer_name_read(workshop), workshop.pk)


def _language_of(workshop) -> str:
    """The workshop's language code, from the cached locales (workshop.locale is a query)."""
    for locale in locales_by_code().values():
        if locale.pk == workshop.locale_id:
            return locale.language_code
    return workshop.locale.language_code


def _course_title(workshop) -> str:
    """The title of the workshop's course, from the cached outline (a live workshop's course
    is live), else from the database."""
    course = site_outline().by_path.get(workshop.path[: -workshop.steplen])
    return course.title if course is not None else workshop.get_parent().title


def _after_commit(certificate_id: int) -> None:
    from .tasks import certificate_deliver

    transaction.on_commit(lambda: certificate_deliver.enqueue(certificate_id), robust=True)


def certificate_issue(
    *, user, enrollment, workshop, now: dt.datetime | None = None, just_passed: bool = False
) -> tuple[Certificate, bool]:
    """The certificate of a passed enrollment: issued the first time, returned as it is
    after that (a pass recorded twice, two workers, a replayed event). (certificate, created)
    """
    if not just_passed:
        existing = Certificate.objects.filter(enrollment=enrollment).first()
        if existing is not None:
            return existing, False
    # `just_passed`: the pass was recorded in this very transaction (the workshop_passed
    # event), so no certificate is expected: no read first; the unique constraint below
    # still says if one exists (a reset enrollment, another transaction).
    now = now or enrollment.passed_at or timezone.now()
    template = template_for_workshop(workshop=workshop)
    code = code_new()
    certificate = Certificate(
        public_id=uuid.uuid4(),
        user=user,
        enrollment=enrollment,
        template=template,
        workshop_key=enrollment.workshop_key,
        course_key=enrollment.course_key,
        level=workshop.level,
        language=_language_of(workshop),
        holder_name=holder_name_of(user),
        # The course is read only for the default title (a template names its own).
        title=template.title if template else f"{_course_title(workshop)} — {workshop.title}",
        wording=template.wording
        if template
        else _("has completed the workshop and passed its final assessment"),
        issuer=_issuer_name(workshop),
        signatory_name=template.signatory_name if template else "",
        signatory_title=template.signatory_title if template else "",
        score_scaled=enrollment.score_scaled,
        issued_at=now,
        expires_at=_add_months(now, template.validity_months)
        if template and template.validity_months
        else None,
        code=code,
        code_digest=code_digest(code),
    )
    # No savepoint: a certificate another transaction issued between our read and our
    # insert is skipped by the database (courses/inserts.py), and theirs stands.
    if not insert_new([certificate], key=("enrollment",)):
        existing = Certificate.objects.filter(enrollment=enrollment).first()
        if existing is None:
            # Not the enrollment: the verification code or the public id was taken (odds
            # of 2^-80). Insert as before, so that a real clash is an error, not a loss.
            certificate.code = code_new()
            certificate.code_digest = code_digest(certificate.code)
            certificate.public_id = uuid.uuid4()
            certificate.save(force_insert=True)
        else:
            return existing, False
    # The action knows of it before the listeners of the event (the tier) ask.
    _outcome_note(user, certificate)
    signals.certificate_issued.send(sender=Certificate, user=user, certificate=certificate, at=now)
    _after_commit(certificate.pk)
    return certificate, True


def _outcome_note(user, certificate) -> None:
    """Tell the learner's open action (courses.unit_of_work) what it earned."""
    from courses import unit_of_work

    outcome = unit_of_work.current()
    if outcome is not None and outcome.user == user:
        outcome.certificate, outcome.certificate_created = certificate, True
        held = outcome.facts.get("certificates")
        if held is not None:  # the learner's certificates the action read, for the tier
            held.append((certificate.workshop_key, certificate.revoked_at, certificate.expires_at))


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, by, reason: str, now: dt.datetime | None = None
) -> Certificate:
    """Revoke with a reason; the learner's tier drops in the same transaction."""
    reason = (reason or "").strip()
    if not reason:
        raise ReasonRequired()
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at:
        raise AlreadyRevoked()
    now = now or timezone.now()
    certificate.revoked_at = now
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason", "updated_at"])
    signals.certificate_revoked.send(
        sender=Certificate,
        user=certificate.user,
        certificate=certificate,
        at=now,
        by=by,
        reason=reason,
    )
    return certificate


def certificates_expire(*, now: dt.datetime | None = None) -> int:
    """Announce every certificate whose expiry date has passed, once each (the periodic
    sweep: `manage.py certificates_expire`). Expiry itself needs no sweep: a certificate is
    expired from its date on wherever it is read; this sends the event that records the
    tier change and the points reversal. Returns how many were announced."""
    now = now or timezone.now()
    due = Certificate.objects.filter(
        expires_at__lte=now, expiry_processed_at__isnull=True, revoked_at__isnull=True
    ).values_list("pk", flat=True)
    count = 0
    for pk in list(due):
        with transaction.atomic():
            certificate = (
                Certificate.objects.select_for_update()
                .select_related("user")
                .filter(pk=pk, expiry_processed_at__isnull=True)
                .first()
            )
            if certificate is None:
                continue
            certificate.expiry_processed_at = now
            certificate.save(update_fields=["expiry_processed_at", "updated_at"])
            signals.certificate_expired.send(
                sender=Certificate, user=certificate.user, certificate=certificate, at=now
            )
            count += 1
    return count


def certificate_holder_name_choose(*, user, show_name: bool):
    """Record whether the learner's certificates show their name on their public pages
    (asked at their first download or share; changed later in the profile)."""
    from lms.accounts.services import profile_get_or_create

    profile = profile_get_or_create(user=user)
    profile.show_name_on_certificates = bool(show_name)
    profile.save(update_fields=["show_name_on_certificates", "updated_at"])
    return profile
