"""Streak arithmetic, pure: weeks in a row with learning activity.

A week is an ISO 8601 week (Monday to Sunday) in a given time zone: an activity at 23:30 UTC
on a Sunday is already Monday in Paris, so it counts for the next week there. ISO years have
52 or 53 weeks (2026 has a week 53), so weeks are compared by their Mondays, never by
arithmetic on week numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

Week = tuple[int, int]  # (ISO year, ISO week)


@dataclass(frozen=True)
class Streak:
    current: int
    best: int
    active_this_week: bool


def week_of(moment: dt.datetime, tz: dt.tzinfo | str) -> Week:
    """The ISO week of an aware datetime, seen from the time zone `tz`."""
    if isinstance(tz, str):
        tz = ZoneInfo(tz)
    year, week, _day = moment.astimezone(tz).isocalendar()
    return year, week


def monday_of(week: Week) -> dt.date:
    return dt.date.fromisocalendar(week[0], week[1], 1)


def week_after(week: Week, weeks: int = 1) -> Week:
    year, number, _day = (monday_of(week) + dt.timedelta(weeks=weeks)).isocalendar()
    return year, number


def week_label(week: Week) -> str:
    return f"{week[0]}-W{week[1]:02d}"


def streak_compute(active: Iterable[Week], this_week: Week) -> Streak:
    """Current and best streak from the weeks with activity.

    The current streak runs up to this week when it is active, else up to last week (the
    learner still has until Sunday to keep it); a gap before that breaks it.
    """
    mondays = sorted({monday_of(week) for week in active})
    best = run = 0
    previous = None
    for monday in mondays:
        run = run + 1 if previous is not None and (monday - previous).days == 7 else 1
        best = max(best, run)
        previous = monday
    today = monday_of(this_week)
    present = set(mondays)
    active_now = today in present
    cursor = today if active_now else today - dt.timedelta(weeks=1)
    current = 0
    while cursor in present:
        current += 1
        cursor -= dt.timedelta(weeks=1)
    return Streak(current=current, best=best, active_this_week=active_now)
