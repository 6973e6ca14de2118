"""Writes of gamification: payouts, reversals, weeks of activity, badges, notifications.

Every function runs inside the caller's transaction when there is one (the domain service
that sent the event), so points commit or roll back with the learning they reward.

Pay once: a rule pays once per learner and object. The learner's `PointTotal` row is locked
first, which serialises one learner's payouts (PostgreSQL; SQLite serialises all writers),
then the ledger is checked; the conditional unique constraint on the ledger is the backstop
if two transactions still race (the loser's insert fails in a savepoint and pays nothing).

Cheat guard: a rule with `min_interval_seconds` refuses a payout that comes sooner than that
after the learner's previous payout of the same rule. The refusal is logged (RefusedAward)
and is final for that object: the lesson stays completed, only its points are withheld, and
re-sending the event (or a backfill) does not pay it later, since trying again is exactly
what a farmer would do.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from . import signals
from .badges import Facts, badge_earned, criteria_for
from .models import (
    ActivityWeek,
    Badge,
    BadgeAward,
    Notification,
    NotificationKind,
    PeriodTotal,
    PointEntry,
    PointTotal,
    RefusedAward,
)
from .rules import RULES, rule_values
from .streaks import streak_compute, week_label, week_of

logger = logging.getLogger(__name__)


class Outcome:
    PAID = "paid"
    ALREADY_PAID = "already_paid"
    REFUSED = "refused"
    DISABLED = "disabled"


@dataclass
class AwardResult:
    outcome: str
    entry: PointEntry | None = None
    refusal: RefusedAward | None = None

    @property
    def paid(self) -> bool:
        return self.outcome == Outcome.PAID


def _total_lock(user) -> None:
    """Lock the learner's running total (creating it on their first points)."""
    PointTotal.objects.select_for_update().get_or_create(user=user)


def period_starts(moment: datetime, tz: str) -> dict[str, date]:
    """The first day of the week (Monday) and of the month of `moment`, in `tz`."""
    local = moment.astimezone(ZoneInfo(tz)).date()
    return {
        PeriodTotal.WEEK: local - timedelta(days=local.weekday()),
        PeriodTotal.MONTH: local.replace(day=1),
    }


def _total_add(user, points: int, at: datetime) -> None:
    """Add to the running totals: all time, the entry's week and its month. Called under
    the learner's lock (_total_lock), so the get-or-create below cannot race."""
    PointTotal.objects.filter(user=user).update(points=F("points") + points)
    for period, starts_on in period_starts(at, streak_timezone()).items():
        updated = PeriodTotal.objects.filter(user=user, period=period, starts_on=starts_on).update(
            points=F("points") + points
        )
        if not updated:
            PeriodTotal.objects.create(user=user, period=period, starts_on=starts_on, points=points)


@transaction.atomic
def points_award(*, user, rule_key: str, object_key: str, now: datetime | None = None):
    """Pay `rule_key` for `object_key` to `user`, once. Returns an AwardResult."""
    if rule_key not in RULES:
        raise ValueError(f"Unknown points rule {rule_key!r}")
    now = now or timezone.now()
    value = rule_values()[rule_key]
    if not value.enabled or value.points <= 0:
        return AwardResult(Outcome.DISABLED)
    object_key = str(object_key)[:80]
    _total_lock(user)
    paid = PointEntry.objects.filter(
        user=user, rule=rule_key, object_key=object_key, reverses__isnull=True
    )
    if paid.exists():
        return AwardResult(Outcome.ALREADY_PAID)
    refused = RefusedAward.objects.filter(user=user, rule=rule_key, object_key=object_key).first()
    if refused is not None:
        return AwardResult(Outcome.REFUSED, refusal=refused)
    if value.min_interval_seconds:
        previous = (
            PointEntry.objects.filter(user=user, rule=rule_key, reverses__isnull=True, points__gt=0)
            .order_by("-created_at")
            .values_list("created_at", flat=True)
            .first()
        )
        if previous is not None:
            gap = abs((now - previous).total_seconds())
            if gap < value.min_interval_seconds:
                refusal = RefusedAward.objects.create(
                    user=user,
                    rule=rule_key,
                    object_key=object_key,
                    points=value.points,
                    reason=_("%(seconds)d s after the previous payout (minimum %(minimum)d s)")
                    % {"seconds": int(gap), "minimum": value.min_interval_seconds},
                    at=now,
                )
                logger.info("Refused %s for %s to user %s", rule_key, object_key, user.pk)
                return AwardResult(Outcome.REFUSED, refusal=refusal)
    try:
        with transaction.atomic():
            entry = PointEntry.objects.create(
                user=user,
                rule=rule_key,
                points=value.points,
                object_key=object_key,
                created_at=now,
            )
    except IntegrityError:
        return AwardResult(Outcome.ALREADY_PAID)
    _total_add(user, entry.points, entry.created_at)
    signals.points_awarded.send(sender=PointEntry, user=user, entry=entry)
    return AwardResult(Outcome.PAID, entry=entry)


@transaction.atomic
def points_reverse(
    *, user, rule_key: str, object_key: str, now: datetime | None = None
) -> PointEntry | None:
    """Take back what `rule_key` paid for `object_key`, with a negative entry pointing at the
    payout. Once: a second call (or nothing paid) returns None."""
    _total_lock(user)
    original = PointEntry.objects.filter(
        user=user, rule=rule_key, object_key=str(object_key), reverses__isnull=True
    ).first()
    if original is None or PointEntry.objects.filter(reverses=original).exists():
        return None
    try:
        with transaction.atomic():
            entry = PointEntry.objects.create(
                user=user,
                rule=rule_key,
                points=-original.points,
                object_key=original.object_key,
                reverses=original,
                created_at=now or timezone.now(),
            )
    except IntegrityError:
        return None
    _total_add(user, entry.points, entry.created_at)
    signals.points_awarded.send(sender=PointEntry, user=user, entry=entry)
    return entry


def streak_timezone() -> str:
    return getattr(settings, "GAMIFICATION_TIME_ZONE", None) or settings.TIME_ZONE


@transaction.atomic
def activity_record(*, user, at: datetime) -> bool:
    """Note a week of learning. The first activity of a week that continues a streak (the
    previous week was active too) pays "streak kept", once per week. Returns whether the
    week was new."""
    tz = streak_timezone()
    week = week_of(at, tz)
    if ActivityWeek.objects.filter(user=user, iso_year=week[0], iso_week=week[1]).exists():
        return False
    try:
        with transaction.atomic():
            ActivityWeek.objects.create(user=user, iso_year=week[0], iso_week=week[1], first_at=at)
    except IntegrityError:
        return False
    weeks = ActivityWeek.objects.filter(user=user).values_list("iso_year", "iso_week")
    streak = streak_compute(weeks, week)
    if streak.current >= 2:
        points_award(user=user, rule_key="streak_kept", object_key=week_label(week), now=at)
    badges_evaluate(user=user, event="activity", now=at)
    return True


def _badge_definitions(criteria: set[str]) -> list[Badge]:
    """One badge per translation_key (its default-language version when it has one)."""
    default = settings.LANGUAGE_CODE.split("-")[0]
    chosen: dict = {}
    for badge in Badge.objects.filter(criterion__in=criteria).select_related("locale"):
        current = chosen.get(badge.translation_key)
        if current is None or (
            badge.locale.language_code == default and current.locale.language_code != default
        ):
            chosen[badge.translation_key] = badge
    return list(chosen.values())


@transaction.atomic
def badges_evaluate(*, user, event: str, now: datetime | None = None) -> list[BadgeAward]:
    """Award the badges whose criteria the learner now meets, each once."""
    criteria = criteria_for(event)
    if not criteria:
        return []
    badges = _badge_definitions(criteria)
    if not badges:
        return []
    now = now or timezone.now()
    held = set(
        BadgeAward.objects.filter(
            user=user, badge_key__in=[b.translation_key for b in badges]
        ).values_list("badge_key", flat=True)
    )
    facts = Facts(user, now)
    awarded = []
    for badge in badges:
        if badge.translation_key in held or not badge_earned(badge, facts):
            continue
        try:
            with transaction.atomic():
                award = BadgeAward.objects.create(
                    user=user, badge_key=badge.translation_key, awarded_at=now
                )
        except IntegrityError:
            continue
        Notification.objects.create(
            user=user,
            kind=NotificationKind.BADGE,
            subject_key=str(badge.translation_key),
            created_at=now,
        )
        signals.badge_awarded.send(sender=BadgeAward, user=user, badge=badge, award=award)
        awarded.append(award)
    return awarded


def tier_notify(*, user, tier, at: datetime | None = None) -> Notification:
    return Notification.objects.create(
        user=user,
        kind=NotificationKind.TIER,
        subject_key=tier.slug or str(tier.rank),
        created_at=at or timezone.now(),
    )


def notifications_dismiss(*, user, ids: list[int] | None = None, now=None) -> int:
    """Mark the learner's notifications (all, or those ids) as seen."""
    qs = Notification.objects.filter(user=user, seen_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return qs.update(seen_at=now or timezone.now())
