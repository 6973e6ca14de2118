"""Writes of advocacy. One transaction each; events (signals.py) are sent inside it."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import signals
from .models import CharterAcceptance, CharterPage, LearnerTier, Tier, TierChange, TierReason
from .selectors import tier_computed


@transaction.atomic
def tier_recompute(*, user, reason: str, now: dt.datetime | None = None) -> TierChange | None:
    """Bring the learner's stored tier in line with what they hold now; record and announce
    the change if there is one. Returns the change, or None when the tier is the same."""
    now = now or timezone.now()
    stored, _ = LearnerTier.objects.select_for_update().get_or_create(
        user=user, defaults={"rank": 0, "since": now}
    )
    rung = tier_computed(user=user, now=now)
    new_key = rung.key if rung else None
    if new_key == stored.tier_key:
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
    stored.save(update_fields=["tier_key", "slug", "rank", "since", "updated_at"])
    tiers = {
        t.translation_key: t
        for t in Tier.objects.filter(
            translation_key__in=[k for k in (change.from_key, change.to_key) if k]
        )
    }
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
    """Record that the learner accepted this version of the charter (once per version), and
    move their tier. Returns (acceptance, created)."""
    now = now or timezone.now()
    existing = CharterAcceptance.objects.filter(
        user=user, charter_key=charter.translation_key, version=charter.version
    ).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            acceptance = CharterAcceptance.objects.create(
                user=user,
                charter_key=charter.translation_key,
                version=charter.version,
                language=charter.locale.language_code,
                accepted_at=now,
            )
    except IntegrityError:
        return CharterAcceptance.objects.get(
            user=user, charter_key=charter.translation_key, version=charter.version
        ), False
    signals.charter_accepted.send(
        sender=CharterAcceptance, user=user, acceptance=acceptance, charter=charter, at=now
    )
    tier_recompute(user=user, reason=TierReason.CHARTER_ACCEPTED, now=now)
    return acceptance, True


def tiers_recompute_all(*, reason: str, now: dt.datetime | None = None) -> int:
    """After a new charter version or a change to the tiers: recompute everyone who holds a
    tier above the start or could reach one (has a certificate). Returns the changes made."""
    from django.contrib.auth import get_user_model

    from certificates.models import Certificate

    now = now or timezone.now()
    user_ids = set(LearnerTier.objects.filter(rank__gt=0).values_list("user_id", flat=True))
    user_ids |= set(Certificate.objects.values_list("user_id", flat=True).distinct())
    changes = 0
    for user in get_user_model().objects.filter(pk__in=user_ids).iterator():
        if tier_recompute(user=user, reason=reason, now=now):
            changes += 1
    return changes
