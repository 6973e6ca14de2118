"""Writes of advocacy. One transaction each; events (signals.py) are sent inside it."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates.selectors import certificates_valid
from courses import unit_of_work
from courses.selectors import default_locale

from . import signals
from .models import CharterAcceptance, CharterPage, LearnerTier, TierChange, TierReason
from .selectors import (
    Rung,
    charter_accepted,
    charter_current,
    charter_in_force,
    ladder,
    rung_reached,
    tiers_localized,
)


class CharterTranslationOutdated(Exception):
    """The translation the learner read carries another version than the one in force."""

    def __init__(self, *, read: str, in_force: str):
        super().__init__(f"translation of version {read!r}, version in force {in_force!r}")
        self.read, self.in_force = read, in_force


def _starting_rung(rungs: list[Rung]) -> Rung | None:
    """The tier everyone holds without doing anything: rank 0 with nothing required."""
    first = rungs[0] if rungs else None
    if first and first.rank == 0 and not first.workshop_keys and not first.requires_charter:
        return first
    return None


def _valid_certificate_keys(user, now) -> set:
    """The workshops of the learner's valid certificates: from the learner's open action
    when its service read them with the enrollments (courses.services), else one query."""
    outcome = unit_of_work.current()
    held = (
        outcome.facts.get("certificates") if outcome is not None and outcome.user == user else None
    )
    if held is None:
        return set(certificates_valid(user=user, now=now).values_list("workshop_key", flat=True))
    return {
        key
        for key, revoked_at, expires_at in held
        if revoked_at is None and (expires_at is None or expires_at > now)
    }


# No savepoint inside the caller's transaction: nothing here raises after a write.
@transaction.atomic(savepoint=False)
def tier_recompute(
    *,
    user,
    reason: str,
    now: dt.datetime | None = None,
    rungs: list[Rung] | None = None,
    charter: CharterPage | None = None,
) -> TierChange | None:
    """Bring the learner's stored tier in line with what they hold now; record and announce
    the change if there is one. Returns the change, or None when the tier is the same.

    `rungs` and `charter` let tiers_recompute_all read the ladder once for everyone."""
    now = now or timezone.now()
    # The default locale is read once for the ladder, the charter and the tiers announced
    # (each selector would read it again on its own).
    default = default_locale()
    rungs = ladder(default=default) if rungs is None else rungs
    charter = charter if charter is not None else charter_current(default=default)
    # Locked: by the learner's action with its enrollments (courses.services), else here.
    known, stored = unit_of_work.learner_row_known(user, "advocacy_tier")
    if not known:
        stored = LearnerTier.objects.select_for_update().filter(user=user).first()
    # tier_computed, with the ladder and the charter already read (it would read them
    # again when there is no live charter).
    rung = rung_reached(
        rungs=rungs,
        certificate_keys=_valid_certificate_keys(user, now),
        charter_ok=charter is not None and charter_accepted(user=user, charter=charter),
    )
    new_key = rung.key if rung else None
    if stored is None:
        # A learner's first record starts at the starting tier: landing there is not a
        # change worth a history row or an event. A first record above it is a change
        # from the start: the row is written once, at the tier reached, and the change
        # below records the step from the start.
        start = _starting_rung(rungs)
        stored = LearnerTier(
            user=user,
            tier_key=start.key if start else None,
            slug=start.slug if start else "",
            rank=start.rank if start else 0,
            since=now,
        )
        if new_key == stored.tier_key:
            stored.save(force_insert=True)
            unit_of_work.learner_row_note(user, "advocacy_tier", stored)
    if new_key == stored.tier_key:
        if rung and (stored.rank, stored.slug) != (rung.rank, rung.slug):
            # The trainer renumbered or renamed the tier: same tier, so no history row.
            stored.rank, stored.slug = rung.rank, rung.slug
            stored.save(update_fields=["rank", "slug", "updated_at"])
        return None
    change = TierChange.objects.create(
        user=user,
        from_key=stored.tier_key,
        from_slug=stored.slug,
        from_rank=stored.rank,
        to_key=new_key,
        to_slug=rung.slug if rung else "",
        to_rank=rung.rank if rung else 0,
        reason=reason,
        at=now,
    )
    stored.tier_key, stored.slug = new_key, change.to_slug
    stored.rank, stored.since = change.to_rank, now
    if stored.pk is None:
        stored.save(force_insert=True)
    else:
        stored.save(update_fields=["tier_key", "slug", "rank", "since", "updated_at"])
    unit_of_work.learner_row_note(user, "advocacy_tier", stored)
    # The event carries the tiers of the default locale (the rules); receivers that need a
    # name in another language look the translations up by translation_key.
    # From the cached tiers (the ladder's definitions, read just above).
    tiers = tiers_localized(default=default, locale=default)
    outcome = unit_of_work.current()
    if outcome is not None and outcome.user == user:
        # What the learner's action earned (the quiz result says it).
        outcome.tier_change, outcome.tier = change, tiers.get(change.to_key)
    signals.tier_changed.send(
        sender=LearnerTier,
        user=user,
        old=tiers.get(change.from_key),
        new=tiers.get(change.to_key),
        change=change,
        reason=reason,
        at=now,
    )
    return change


@transaction.atomic
def charter_accept(
    *, user, charter: CharterPage, now: dt.datetime | None = None
) -> tuple[CharterAcceptance, bool]:
    """Record that the learner accepted the version in force of the charter they read (once
    per version), and move their tier. Returns (acceptance, created).

    The learner may read a translation; what they accept is the version of the default
    locale's page. A translation that still carries another version is out of date: it
    cannot be accepted (CharterTranslationOutdated), since the learner would be agreeing
    to rules they have not read."""
    now = now or timezone.now()
    in_force = charter_in_force(charter)
    if in_force.version != charter.version:
        raise CharterTranslationOutdated(read=charter.version, in_force=in_force.version)
    existing = CharterAcceptance.objects.filter(
        user=user, charter_key=in_force.translation_key, version=in_force.version
    ).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            acceptance = CharterAcceptance.objects.create(
                user=user,
                charter_key=in_force.translation_key,
                version=in_force.version,
                language=charter.locale.language_code,
                accepted_at=now,
            )
    except IntegrityError:
        # The same learner in two tabs: the first acceptance stands.
        return CharterAcceptance.objects.get(
            user=user, charter_key=in_force.translation_key, version=in_force.version
        ), False
    signals.charter_accepted.send(
        sender=CharterAcceptance, user=user, acceptance=acceptance, charter=charter, at=now
    )
    tier_recompute(user=user, reason=TierReason.CHARTER_ACCEPTED, now=now)
    return acceptance, True


def tiers_recompute_all(*, reason: str, now: dt.datetime | None = None) -> int:
    """After a new charter version or a change to the tiers: recompute everyone who holds a
    tier above the start or could reach one (has a certificate or accepted a charter).
    One transaction per learner, so a long run never holds everyone's rows. Returns the
    number of changes made."""
    from django.contrib.auth import get_user_model

    from certificates.models import Certificate

    now = now or timezone.now()
    rungs = ladder()
    charter = charter_current()
    user_ids = set(LearnerTier.objects.filter(rank__gt=0).values_list("user_id", flat=True))
    user_ids |= set(Certificate.objects.values_list("user_id", flat=True).distinct())
    user_ids |= set(CharterAcceptance.objects.values_list("user_id", flat=True).distinct())
    changes = 0
    for user in get_user_model().objects.filter(pk__in=user_ids).order_by("pk").iterator():
        if tier_recompute(user=user, reason=reason, now=now, rungs=rungs, charter=charter):
            changes += 1
    return changes
