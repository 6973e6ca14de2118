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
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import unit_of_work
from courses.inserts import insert_new

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


def _held_in_this_transaction(connection, key) -> bool:
    """Whether `key` was noted by _note_in_this_transaction in the transaction still open.
    The note is a no-op on_commit callback: Django drops it at the commit, at a rollback
    and at the rollback of the savepoint it was made in, so a note never outlives what it
    describes (a row lock, a row written)."""
    marker = connection.__dict__.get("gamification_notes", {}).get(key)
    return marker is not None and any(
        func is marker for _sids, func, _robust in connection.run_on_commit
    )


def _note_in_this_transaction(connection, key) -> None:
    if not connection.in_atomic_block:
        return

    def marker():
        pass

    connection.__dict__.setdefault("gamification_notes", {})[key] = marker
    transaction.on_commit(marker)


def _total_lock(user) -> None:
    """Lock the learner's running total (creating it on their first points); once per
    transaction: a lesson that completes a workshop pays four rules under one lock."""
    connection = transaction.get_connection()
    key = ("total-lock", user.pk)
    if _held_in_this_transaction(connection, key):
        return
    PointTotal.objects.select_for_update().get_or_create(user=user)
    _note_in_this_transaction(connection, key)


def period_starts(moment: datetime, tz: str) -> dict[str, date]:
    """The first day of the week (Monday) and of the month of `moment`, in `tz`."""
    local = moment.astimezone(ZoneInfo(tz)).date()
    return {
        PeriodTotal.WEEK: local - timedelta(days=local.weekday()),
        PeriodTotal.MONTH: local.replace(day=1),
    }


def _total_add(user, points: int, at: datetime) -> None:
    """Add to the running totals: all time, then the entry's week and its month in one
    statement (an upsert: the rows a new period starts without are created with these
    points, the others incremented; PostgreSQL and SQLite both say ON CONFLICT ... DO
    UPDATE). Called under the learner's lock (_total_lock)."""
    PointTotal.objects.filter(user=user).update(points=F("points") + points)
    starts = period_starts(at, streak_timezone())
    table = connection.ops.quote_name(PeriodTotal._meta.db_table)
    rows = ", ".join(["(%s, %s, %s, %s)"] * len(starts))
    params = []
    for period, starts_on in starts.items():
        params += [user.pk, period, connection.ops.adapt_datefield_value(starts_on), points]
    with connection.cursor() as cursor:
        # The table's own quoted name; every value is a parameter.
        cursor.execute(
            f"INSERT INTO {table} (user_id, period, starts_on, points) VALUES {rows} "  # noqa: S608
            "ON CONFLICT (user_id, period, starts_on) "
            f"DO UPDATE SET points = {table}.points + excluded.points",
            params,
        )


def points_award(*, user, rule_key: str, object_key: str, now: datetime | None = None):
    """Pay `rule_key` for `object_key` to `user`, once. Returns an AwardResult."""
    return points_award_many(user=user, awards=[(rule_key, object_key)], now=now)[0]


def _already_settled(user, awards, guarded=()) -> tuple[dict, dict[str, datetime]]:
    """In one query for every award asked: (rule, object) -> ("paid" | "refused", id), and
    for the cheat guard, the time of the learner's latest payout of each `guarded` rule."""
    from django.db.models import DateTimeField, IntegerField, Max, Q, Value
    from django.db.models.functions import Cast

    match = Q()
    for rule_key, object_key in awards:
        match |= Q(rule=rule_key, object_key=object_key)
    columns = ("kind", "id", "rule", "object_key", "latest")
    # Typed NULLs: PostgreSQL takes an untyped parameter for text, which a UNION with the
    # timestamp and integer columns refuses.
    no_time = Cast(Value(None), DateTimeField())
    paid = (
        PointEntry.objects.filter(match, user=user, reverses__isnull=True)
        .annotate(kind=Value("paid"), latest=no_time)
        .order_by()
        .values_list(*columns)
    )
    refused = (
        RefusedAward.objects.filter(match, user=user)
        .annotate(kind=Value("refused"), latest=no_time)
        .order_by()
        .values_list(*columns)
    )
    parts = [refused]
    if guarded:
        parts.append(
            PointEntry.objects.filter(
                user=user, rule__in=sorted(guarded), reverses__isnull=True, points__gt=0
            )
            .order_by()
            .values("rule")
            .annotate(
                kind=Value("latest"),
                id=Cast(Value(None), IntegerField()),
                object_key=Value(""),
                latest=Max("created_at"),
            )
            .values_list(*columns)
        )
    settled: dict = {}
    previous: dict = {}
    for kind, pk, rule_key, object_key, latest in paid.union(*parts, all=True):
        if kind == "latest":
            previous[rule_key] = latest
        # A payout wins over a refusal (the order the single award checked them in).
        elif kind == "paid" or (rule_key, object_key) not in settled:
            settled[(rule_key, object_key)] = (kind, pk)
    return settled, previous


def _entries_insert(entries: list[PointEntry]) -> list[PointEntry]:
    """Insert the payouts in one statement, no savepoint: a payout a concurrent transaction
    made first (the ledger's unique constraint, the backstop behind the lock) is skipped by
    the database and the others are still paid (courses/inserts.py)."""
    return insert_new(entries, key=("rule", "object_key"))


@transaction.atomic(savepoint=False)
def points_award_many(*, user, awards, now: datetime | None = None) -> list[AwardResult]:
    """Pay several (rule_key, object_key) to `user`, each once, with the same rules as a
    single payout (see the module's docstring), in a fixed number of queries: one lock, one
    read of what is already paid or refused, one insert, one update per running total.
    Returns one AwardResult per award, in order.

    No savepoint of its own (savepoint=False): it raises only before writing anything
    (an unknown rule), and a failed insert is caught in its own savepoint below."""
    awards = [(rule_key, str(object_key)[:80]) for rule_key, object_key in awards]
    unknown = [rule_key for rule_key, _key in awards if rule_key not in RULES]
    if unknown:
        raise ValueError(f"Unknown points rule {unknown[0]!r}")
    now = now or timezone.now()
    values = rule_values()
    results: list[AwardResult | None] = [None] * len(awards)
    live = []
    for index, (rule_key, _object_key) in enumerate(awards):
        value = values[rule_key]
        if not value.enabled or value.points <= 0:
            results[index] = AwardResult(Outcome.DISABLED)
        else:
            live.append(index)
    if not live:
        return results
    _total_lock(user)
    guarded = {awards[i][0] for i in live if values[awards[i][0]].min_interval_seconds}
    settled, previous = _already_settled(user, [awards[i] for i in live], guarded)
    to_pay, seen = [], set()
    for index in live:
        rule_key, object_key = awards[index]
        value = values[rule_key]
        kind, pk = settled.get((rule_key, object_key), (None, None))
        if kind == "paid" or (rule_key, object_key) in seen:
            results[index] = AwardResult(Outcome.ALREADY_PAID)
            continue
        if kind == "refused":
            results[index] = AwardResult(
                Outcome.REFUSED, refusal=RefusedAward.objects.filter(pk=pk).first()
            )
            continue
        if value.min_interval_seconds and previous.get(rule_key) is not None:
            gap = abs((now - previous[rule_key]).total_seconds())
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
                results[index] = AwardResult(Outcome.REFUSED, refusal=refusal)
                continue
        seen.add((rule_key, object_key))
        previous[rule_key] = now
        to_pay.append(
            (
                index,
                PointEntry(
                    user=user,
                    rule=rule_key,
                    points=value.points,
                    object_key=object_key,
                    created_at=now,
                ),
            )
        )
    if to_pay:
        inserted = {id(entry) for entry in _entries_insert([entry for _i, entry in to_pay])}
        paid_points = 0
        for index, entry in to_pay:
            if id(entry) in inserted:
                results[index] = AwardResult(Outcome.PAID, entry=entry)
                paid_points += entry.points
            else:
                results[index] = AwardResult(Outcome.ALREADY_PAID)
        if paid_points:
            _total_add(user, paid_points, now)
        for index, _entry in to_pay:
            if results[index].paid:
                entry = results[index].entry
                signals.points_awarded.send(sender=PointEntry, user=user, entry=entry)
    return results


@transaction.atomic(savepoint=False)
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


@transaction.atomic(savepoint=False)
def activity_record(*, user, at: datetime) -> bool:
    """Note a week of learning. The first activity of a week that continues a streak (the
    previous week was active too) pays "streak kept", once per week. Returns whether the
    week was new."""
    tz = streak_timezone()
    week = week_of(at, tz)
    # One read of the learner's weeks says both whether this one is new and the streak.
    outcome = unit_of_work.current()
    known = outcome.facts.get("weeks") if outcome is not None and outcome.user == user else None
    weeks = (
        known
        if known is not None
        else set(ActivityWeek.objects.filter(user=user).values_list("iso_year", "iso_week"))
    )
    if outcome is not None and outcome.user == user:
        outcome.facts["weeks"] = weeks  # the badges' streak check reads them from here
    if week in weeks:
        return False
    # No savepoint: a week another request of the learner's inserted a moment ago is
    # skipped by the database (ON CONFLICT DO NOTHING / INSERT OR IGNORE). Both requests
    # then take the week as new, which pays nothing twice (the ledger pays "streak kept"
    # once per week) and only evaluates the streak badges twice.
    ActivityWeek.objects.bulk_create(
        [ActivityWeek(user=user, iso_year=week[0], iso_week=week[1], first_at=at)],
        ignore_conflicts=True,
    )
    weeks.add(week)
    streak = streak_compute(weeks, week)
    if streak.current >= 2:
        points_pay(user=user, awards=[("streak_kept", week_label(week))], now=at)
    badges_evaluate(user=user, event="activity", now=at)
    return True


BADGES_CACHE_KEY = "gamification:badge-definitions:v1"
BADGES_CACHE_SECONDS = 300


def _all_badge_definitions() -> list[Badge]:
    """One badge per translation_key (its default-language version when it has one).
    Every lesson and quiz evaluates badges several times, and trainers rarely change them:
    cached, and forgotten whenever a badge is saved or deleted (badge_definitions_forget)."""
    from django.core.cache import cache

    badges = cache.get(BADGES_CACHE_KEY)
    if badges is not None:
        return badges
    default = settings.LANGUAGE_CODE.split("-")[0]
    chosen: dict = {}
    for badge in Badge.objects.select_related("locale"):
        current = chosen.get(badge.translation_key)
        if current is None or (
            badge.locale.language_code == default and current.locale.language_code != default
        ):
            chosen[badge.translation_key] = badge
    badges = list(chosen.values())
    cache.set(BADGES_CACHE_KEY, badges, BADGES_CACHE_SECONDS)
    return badges


def badge_definitions_forget(*args, **kwargs) -> None:
    from django.core.cache import cache

    cache.delete(BADGES_CACHE_KEY)


def _badge_definitions(criteria: set[str]) -> list[Badge]:
    return [badge for badge in _all_badge_definitions() if badge.criterion in criteria]


def badges_evaluate(*, user, event: str, now: datetime | None = None) -> list[BadgeAward]:
    """Award the badges whose criteria the learner now meets, each once.

    Inside a learner action (courses.unit_of_work) the evaluation waits for the end of the
    action: the criteria of every event it sent are checked once, on what the whole action
    wrote, and the awards go in with one INSERT (the list returned now is empty)."""
    criteria = criteria_for(event)
    if not criteria:
        return []
    now = now or timezone.now()
    outcome = unit_of_work.current()
    if outcome is not None:
        outcome.buffer("gamification.badges", _badges_flush).append((user, now, criteria))
        return []
    return _badges_award(user=user, criteria=criteria, now=now)


def _badges_flush(outcome, items) -> None:
    grouped: dict = {}
    for user, now, criteria in items:
        grouped.setdefault((user.pk, now), (user, set()))[1].update(criteria)
    for (_pk, now), (user, criteria) in grouped.items():
        for award in _badges_award(user=user, criteria=criteria, now=now):
            outcome.badges.append(award.badge)


def _awards_insert(awards: list[BadgeAward]) -> list[BadgeAward]:
    """One INSERT, no savepoint; a badge another transaction awarded first is skipped by the
    database, the others are still awarded (courses/inserts.py)."""
    return insert_new(awards, key=("badge_key",))


@transaction.atomic(savepoint=False)
def _badges_award(*, user, criteria: set[str], now: datetime) -> list[BadgeAward]:
    badges = _badge_definitions(criteria)
    if not badges:
        return []
    facts = Facts(user, now, action=unit_of_work.current())
    if facts.action is not None:
        # Inside the learner's action every fact comes from what it holds: the badges
        # already held are checked too, and the INSERT skips them (courses/inserts.py),
        # which costs less than reading them first.
        held = set()
    else:
        held = set(
            BadgeAward.objects.filter(
                user=user, badge_key__in=[b.translation_key for b in badges]
            ).values_list("badge_key", flat=True)
        )
    earned = [
        badge
        for badge in badges
        if badge.translation_key not in held and badge_earned(badge, facts)
    ]
    if not earned:
        return []
    by_key = {badge.translation_key: badge for badge in earned}
    awarded = _awards_insert(
        [BadgeAward(user=user, badge_key=badge.translation_key, awarded_at=now) for badge in earned]
    )
    notifications_add(
        [
            Notification(
                user=user,
                kind=NotificationKind.BADGE,
                subject_key=str(award.badge_key),
                created_at=now,
            )
            for award in awarded
        ]
    )
    for award in awarded:
        award.badge = by_key[award.badge_key]
        signals.badge_awarded.send(sender=BadgeAward, user=user, badge=award.badge, award=award)
    return awarded


def notifications_add(notifications: list[Notification]) -> None:
    """Write notifications: with the open action's others at its end, else now."""
    if not notifications:
        return
    outcome = unit_of_work.current()
    if outcome is not None:
        outcome.buffer("gamification.notifications", _notifications_flush).extend(notifications)
        return
    Notification.objects.bulk_create(notifications)


def _notifications_flush(outcome, notifications) -> None:
    Notification.objects.bulk_create(notifications)


def tier_notify(*, user, tier, at: datetime | None = None) -> Notification:
    notification = Notification(
        user=user,
        kind=NotificationKind.TIER,
        subject_key=tier.slug or str(tier.rank),
        created_at=at or timezone.now(),
    )
    notifications_add([notification])
    return notification


def points_pay(*, user, awards, now: datetime) -> None:
    """Pay `awards` (rule_key, object_key): with the open action's other payouts in one
    batch at its end (courses.unit_of_work), else at once."""
    if not awards:
        return
    outcome = unit_of_work.current()
    if outcome is None:
        points_award_many(user=user, awards=awards, now=now)
        return
    outcome.buffer("gamification.points", _points_flush).append((user, now, list(awards)))


def _points_flush(outcome, items) -> None:
    grouped: dict = {}
    for user, now, awards in items:
        grouped.setdefault((user.pk, now), (user, []))[1].extend(awards)
    for (_pk, now), (user, awards) in grouped.items():
        for result in points_award_many(user=user, awards=awards, now=now):
            if result.paid and user == outcome.user:
                outcome.points.append(result.entry)


def notifications_dismiss(*, user, ids: list[int] | None = None, now=None) -> int:
    """Mark the learner's notifications (all, or those ids) as seen."""
    qs = Notification.objects.filter(user=user, seen_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return qs.update(seen_at=now or timezone.now())
