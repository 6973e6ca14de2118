"""Reads of gamification: a learner's progress, badges, and the leaderboards.

Every function runs a fixed number of queries, whatever the number of learners or entries:
leaderboards are one aggregate for the top of the board, one for the viewer's total and one
count for their rank; no query per row.

Privacy: leaderboards only ever read learners whose profile says `leaderboard_opt_in`. The
filter is applied in the one function every board and export goes through
(`_participants`), so there is no path that lists someone who did not opt in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from courses.prepared_reads import PreparedRead
from courses.shared_cache import shared, watch

from .models import (
    ActivityWeek,
    Badge,
    BadgeAward,
    Notification,
    NotificationKind,
    PeriodTotal,
    PointEntry,
    PointTotal,
)
from .rules import rule_label
from .services import period_starts, streak_timezone
from .streaks import Streak, streak_compute, week_of

SCOPES = {
    "company": _("Company"),
    "department": _("My department"),
    "team": _("My team"),
}
PERIODS = {
    "week": _("This week"),
    "month": _("This month"),
    "all": _("All time"),
}


# --- a learner's own progress -------------------------------------------------------------


@dataclass
class EntryView:
    label: str
    points: int
    at: dt.datetime
    reversal: bool


def points_total(*, user) -> int:
    return PointTotal.objects.filter(user=user).values_list("points", flat=True).first() or 0


# The learner's own rows the dashboard's panel reads on every visit: their SQL is built
# once per connection (courses/prepared_reads.py); building it cost ten times running it.
_RECENT_ENTRIES = PreparedRead(
    lambda user_id, limit: (
        PointEntry.objects.filter(user_id=user_id)
        .order_by("-created_at", "-pk")[:limit]
        .values("rule", "points", "created_at", "reverses_id")
    )
)
_ACTIVITY_WEEKS = PreparedRead(
    lambda user_id: ActivityWeek.objects.filter(user_id=user_id).values_list("iso_year", "iso_week")
)
_AWARDS = PreparedRead(
    lambda user_id: (
        BadgeAward.objects.filter(user_id=user_id)
        .order_by("-awarded_at")
        .values_list("badge_key", "awarded_at")
    )
)
_UNSEEN = PreparedRead(
    lambda user_id, limit: Notification.objects.filter(
        user_id=user_id, seen_at__isnull=True
    ).order_by("-created_at")[:limit]
)


def recent_entries(*, user, limit: int = 10) -> list[EntryView]:
    views = []
    for entry in _RECENT_ENTRIES(user.pk, fixed=(limit,)):
        label = rule_label(entry["rule"])
        if entry["reverses_id"]:
            label = _("Taken back: %(rule)s") % {"rule": label}
        views.append(
            EntryView(
                label=str(label),
                points=entry["points"],
                at=entry["created_at"],
                reversal=bool(entry["reverses_id"]),
            )
        )
    return views


def streak_for(*, user, now: dt.datetime | None = None) -> Streak:
    weeks = _ACTIVITY_WEEKS(user.pk)
    return streak_compute(weeks, week_of(now or timezone.now(), streak_timezone()))


@dataclass
class BadgeView:
    badge: Badge
    awarded_at: dt.datetime | None = None

    @property
    def earned(self) -> bool:
        return self.awarded_at is not None


# Badge definitions (and the tiers' names in notifications) are the same for every
# learner: cached, dropped when a trainer saves or deletes one (courses/shared_cache.py).
watch("gamification.Badge", "wagtailimages.Image")


def _all_badges() -> list[Badge]:
    """Every badge of every language, with its locale and image: cached."""
    return shared(
        "gamification:badges",
        lambda: list(
            Badge.objects.select_related("locale", "image").order_by("sort_order", "name")
        ),
    )


def _tier_names() -> list[tuple[str, str, str]]:
    """(slug, language code, name) of every tier, for notifications: cached."""
    from lms.advocacy.models import Tier

    return shared(
        "gamification:tier_names",
        lambda: list(Tier.objects.values_list("slug", "locale__language_code", "name")),
    )


def _localized_badges() -> list[Badge]:
    """One Badge per translation_key, in the active language when it has a translation
    (else the default language's). From the cache."""
    language = (get_language() or "en").split("-")[0]
    chosen: dict = {}
    for badge in _all_badges():
        current = chosen.get(badge.translation_key)
        if current is None or (
            badge.locale.language_code == language and current.locale.language_code != language
        ):
            chosen[badge.translation_key] = badge
    return sorted(chosen.values(), key=lambda b: (b.sort_order, b.name.lower()))


def badges_for(*, user) -> list[BadgeView]:
    """Every badge, earned ones first (latest first), then those still to earn."""
    awards = dict(BadgeAward.objects.filter(user=user).values_list("badge_key", "awarded_at"))
    views = [
        BadgeView(badge=b, awarded_at=awards.get(b.translation_key)) for b in _localized_badges()
    ]
    earned = sorted((v for v in views if v.earned), key=lambda v: v.awarded_at, reverse=True)
    return earned + [v for v in views if not v.earned]


def badges_earned(*, user) -> list[BadgeView]:
    """Only the badges the learner holds, latest first: one query for the awards and, when
    there are some, one for the badges (in the active language when translated)."""
    awards = _AWARDS(user.pk)
    if not awards:
        return []
    language = (get_language() or "en").split("-")[0]
    badges: dict = {}
    keys = {k for k, _at in awards}
    for badge in (b for b in _all_badges() if b.translation_key in keys):
        current = badges.get(badge.translation_key)
        if current is None or badge.locale.language_code == language:
            badges[badge.translation_key] = badge
    return [BadgeView(badge=badges[key], awarded_at=at) for key, at in awards if key in badges]


@dataclass
class NotificationView:
    pk: int
    kind: str
    subject: str
    at: dt.datetime


def notifications_unseen(*, user, limit: int = 5) -> list[NotificationView]:
    """Unseen messages, with the badge or tier named in the active language. One query, plus
    one per kind present (at most two)."""
    rows = _UNSEEN(user.pk, fixed=(limit,))
    if not rows:
        return []
    names: dict[tuple[str, str], str] = {}
    language = (get_language() or "en").split("-")[0]
    badge_keys = {str(n.subject_key) for n in rows if n.kind == NotificationKind.BADGE}
    if badge_keys:
        for badge in _all_badges():
            if str(badge.translation_key) not in badge_keys:
                continue
            key = (NotificationKind.BADGE, str(badge.translation_key))
            if key not in names or badge.locale.language_code == language:
                names[key] = badge.name
    tier_slugs = {n.subject_key for n in rows if n.kind == NotificationKind.TIER}
    if tier_slugs:
        for slug, language_code, name in _tier_names():
            if slug not in tier_slugs:
                continue
            key = (NotificationKind.TIER, slug)
            if key not in names or language_code == language:
                names[key] = name
    return [
        NotificationView(
            pk=n.pk,
            kind=n.kind,
            subject=names.get((n.kind, n.subject_key), n.subject_key),
            at=n.created_at,
        )
        for n in rows
    ]


# --- leaderboards -------------------------------------------------------------------------


def display_name(first: str, last: str, email: str, *, initials: bool) -> str:
    first, last = (first or "").strip(), (last or "").strip()
    if initials:
        letters = [part[0].upper() + "." for part in (first, last) if part]
        return " ".join(letters) or "?"
    return f"{first} {last}".strip() or (email or "").split("@")[0]


@dataclass
class Row:
    rank: int
    user_id: int
    name: str
    department: str
    team: str
    points: int
    is_viewer: bool = False


@dataclass
class Board:
    scope: str
    period: str
    rows: list[Row] = field(default_factory=list)
    participants: int = 0
    viewer_points: int = 0
    viewer_rank: int | None = None
    group_name: str = ""  # the department or team the board is about


def _totals(*, scope: str, period: str, department: str, team: str, now: dt.datetime):
    """The running totals a board ranks (one row per learner, `points` > 0), restricted to
    learners who opted in and are in scope. Every board and export goes through here: the
    opt-in filter is not optional."""
    filters = {"points__gt": 0, "user__profile__leaderboard_opt_in": True}
    if scope in ("department", "team"):
        filters["user__profile__department"] = department
    if scope == "team":
        filters["user__profile__team"] = team
    if period == "all":
        return PointTotal.objects.filter(**filters)
    starts_on = period_starts(now, streak_timezone())[period]
    return PeriodTotal.objects.filter(period=period, starts_on=starts_on, **filters)


NAME_FIELDS = (
    "user_id",
    "points",
    "user__first_name",
    "user__last_name",
    "user__email",
    "user__profile__department",
    "user__profile__team",
)


def _rows(totals, *, limit, initials, viewer_id):
    """Ranked rows (ties share a rank: 1, 2, 2, 4), highest first; one query."""
    # Points, then the user id, both descending: the order of the (period, starts_on, points,
    # user) and (points, user) indexes read backwards, so the database walks the index from
    # the top and stops after `limit` rows instead of sorting every participant.
    queryset = totals.order_by("-points", "-user_id").values_list(*NAME_FIELDS)
    # A page reads the top `limit`; the export streams every row.
    queryset = queryset[:limit] if limit is not None else queryset.iterator(chunk_size=2000)
    previous, rank = None, 0
    for position, (user_id, points, first, last, email, department, team) in enumerate(
        queryset, start=1
    ):
        if points != previous:
            rank, previous = position, points
        yield Row(
            rank=rank,
            user_id=user_id,
            name=display_name(first, last, email, initials=initials),
            department=department,
            team=team,
            points=points,
            is_viewer=user_id == viewer_id,
        )


def leaderboard(
    *,
    viewer,
    scope: str,
    period: str,
    size: int = 50,
    initials: bool = False,
    now: dt.datetime | None = None,
) -> Board:
    """The top `size` opted-in learners of the company, or of the viewer's department or
    team, for this week, this month or all time, with the viewer's rank when they take part.

    Reads one row per learner from the running totals (PeriodTotal, PointTotal), never the
    ledger: 1 query for the top rows; when the viewer takes part and is not in the top, +1
    for their total and +1 for how many are ahead of them; +1 for the number of
    participants when it is not cached (a minute)."""
    now = now or timezone.now()
    profile = getattr(viewer, "profile", None)
    department = (getattr(profile, "department", "") or "") if profile else ""
    team = (getattr(profile, "team", "") or "") if profile else ""
    board = Board(scope=scope, period=period)
    board.group_name = department if scope == "department" else team if scope == "team" else ""
    if (scope == "department" and not department) or (
        scope == "team" and not (department and team)
    ):
        return board
    totals = _totals(scope=scope, period=period, department=department, team=team, now=now)
    board.rows = list(_rows(totals, limit=size, initials=initials, viewer_id=viewer.pk))
    opted_in = bool(profile and profile.leaderboard_opt_in)
    mine = next((row for row in board.rows if row.is_viewer), None)
    if mine is not None:
        board.viewer_points = mine.points
    elif opted_in:
        board.viewer_points = (
            totals.filter(user=viewer).values_list("points", flat=True).first() or 0
        )
    board.participants = _participants_count(
        totals, key=(scope, period, department, team, str(_period_key(period, now)))
    )
    if opted_in and board.viewer_points > 0:
        if mine is not None:
            board.viewer_rank = mine.rank
        else:
            # Only the rows above the viewer are read (an index range on points).
            board.viewer_rank = totals.filter(points__gt=board.viewer_points).count() + 1
    return board


PARTICIPANTS_CACHE_SECONDS = 60


def _period_key(period: str, now: dt.datetime):
    return "all" if period == "all" else period_starts(now, streak_timezone())[period]


def _participants_count(totals, *, key: tuple) -> int:
    """How many take part in a board ("of N"): a count over the whole board, the one read
    that grows with the learners, so it is cached for a minute; ranks stay exact."""
    cache_key = "gamification:participants:" + hashlib.sha256(repr(key).encode()).hexdigest()
    count = cache.get(cache_key)
    if count is None:
        count = totals.count()
        cache.set(cache_key, count, PARTICIPANTS_CACHE_SECONDS)
    return count


def company_rank(*, user, points: int) -> tuple[int, int]:
    """(rank, participants) on the all-time company board for a learner with `points`:
    one count of those ahead (an index range), the participants from the minute cache."""
    totals = _totals(scope="company", period="all", department="", team="", now=timezone.now())
    above = totals.filter(points__gt=points).count()
    return above + 1, _participants_count(totals, key=("company", "all", "", "", "all"))


def leaderboard_rows_all(
    *, scope: str, period: str, initials: bool, department="", team="", now=None
):
    """Every participant of a board, ranked, as a generator (the CSV export streams it)."""
    totals = _totals(
        scope=scope, period=period, department=department, team=team, now=now or timezone.now()
    )
    return _rows(totals, limit=None, initials=initials, viewer_id=None)


def own_points_in(*, user, period: str, now: dt.datetime | None = None) -> int:
    """The learner's own points in a period, whether or not they take part in boards."""
    if period == "all":
        return points_total(user=user)
    starts_on = period_starts(now or timezone.now(), streak_timezone())[period]
    return (
        PeriodTotal.objects.filter(user=user, period=period, starts_on=starts_on)
        .values_list("points", flat=True)
        .first()
        or 0
    )
