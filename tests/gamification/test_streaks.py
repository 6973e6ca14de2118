"""Streak arithmetic: ISO weeks in a time zone, across year boundaries (2026 has a week 53)."""

from __future__ import annotations

import datetime as dt

import pytest

from lms.gamification.streaks import monday_of, streak_compute, week_after, week_label, week_of

UTC = dt.UTC


def test_sunday_night_utc_is_monday_in_paris():
    moment = dt.datetime(2026, 3, 8, 23, 30, tzinfo=UTC)  # Sunday 23:30 UTC
    assert week_of(moment, "UTC") == (2026, 10)
    assert week_of(moment, "Europe/Paris") == (2026, 11)  # Monday 00:30 in Paris
    # And the other way round: Monday 01:00 in Tokyo is still Sunday in New York.
    tokyo_monday = dt.datetime(2026, 3, 8, 16, 0, tzinfo=UTC)
    assert week_of(tokyo_monday, "Asia/Tokyo") == (2026, 11)
    assert week_of(tokyo_monday, "America/New_York") == (2026, 10)


def test_week_53_and_the_new_year():
    assert week_of(dt.datetime(2026, 12, 31, 12, tzinfo=UTC), "UTC") == (2026, 53)
    assert week_of(dt.datetime(2027, 1, 3, 12, tzinfo=UTC), "UTC") == (2026, 53)
    assert week_of(dt.datetime(2027, 1, 4, 12, tzinfo=UTC), "UTC") == (2027, 1)
    assert week_after((2026, 52)) == (2026, 53)
    assert week_after((2026, 53)) == (2027, 1)
    assert week_after((2025, 52)) == (2026, 1)  # 2025 has no week 53
    assert week_label((2027, 1)) == "2027-W01"
    # 29 Dec 2025 (a Monday) is in ISO week 1 of 2026.
    assert week_of(dt.datetime(2025, 12, 29, 8, tzinfo=UTC), "Europe/Paris") == (2026, 1)


def test_streak_runs_through_week_53():
    weeks = [(2026, 52), (2026, 53), (2027, 1), (2027, 2)]
    streak = streak_compute(weeks, (2027, 2))
    assert (streak.current, streak.best, streak.active_this_week) == (4, 4, True)


def test_a_year_without_week_53_does_not_invent_a_gap():
    weeks = [(2025, 51), (2025, 52), (2026, 1)]
    assert streak_compute(weeks, (2026, 1)).current == 3


def test_current_streak_waits_for_this_week():
    weeks = [(2026, 8), (2026, 9), (2026, 10)]
    # Week 11 has no activity yet: the streak still counts up to last week.
    streak = streak_compute(weeks, (2026, 11))
    assert (streak.current, streak.best, streak.active_this_week) == (3, 3, False)
    # Week 12 without activity in 11: broken.
    assert streak_compute(weeks, (2026, 12)).current == 0
    assert streak_compute(weeks, (2026, 12)).best == 3


def test_best_streak_is_the_longest_run():
    weeks = [(2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 7), (2026, 8)]
    streak = streak_compute(weeks, (2026, 8))
    assert (streak.current, streak.best) == (2, 4)


@pytest.mark.parametrize("weeks", [[], [(2026, 5)]])
def test_small_cases(weeks):
    streak = streak_compute(weeks, (2026, 5))
    assert streak.current == streak.best == len(weeks)


def test_duplicates_are_one_week():
    assert streak_compute([(2026, 5), (2026, 5)], (2026, 5)).current == 1


def test_monday_of_week_53():
    assert monday_of((2026, 53)) == dt.date(2026, 12, 28)
