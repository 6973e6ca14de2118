"""Weeks of activity recorded from real learning, "streak kept" paid once per week."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings

from lms.gamification import services
from lms.gamification.models import ActivityWeek
from lms.gamification.selectors import streak_for
from tests.factories import build_academy, make_user

from .helpers import T0, paid

pytestmark = pytest.mark.django_db


def test_streak_kept_pays_once_per_week_from_the_second_week(db):
    user = make_user()
    week = dt.timedelta(weeks=1)
    for n in range(3):
        services.activity_record(user=user, at=T0 + n * week)
        services.activity_record(user=user, at=T0 + n * week + dt.timedelta(days=2))
    kept = paid(user, "streak_kept")
    assert [e.object_key for e in kept] == ["2026-W11", "2026-W12"]
    assert ActivityWeek.objects.filter(user=user).count() == 3
    streak = streak_for(user=user, now=T0 + 2 * week)
    assert (streak.current, streak.best) == (3, 3)
    # A gap: the next active week starts again at 1 and pays nothing.
    services.activity_record(user=user, at=T0 + 5 * week)
    assert len(paid(user, "streak_kept")) == 2
    assert streak_for(user=user, now=T0 + 5 * week).current == 1


@override_settings(TIME_ZONE="Europe/Paris")
def test_the_academy_time_zone_decides_the_week(db):
    user = make_user()
    sunday_night = dt.datetime(2026, 3, 8, 23, 30, tzinfo=dt.UTC)  # Monday in Paris
    services.activity_record(user=user, at=sunday_night - dt.timedelta(days=3))  # week 10
    services.activity_record(user=user, at=sunday_night)  # week 11 in Paris
    assert set(ActivityWeek.objects.filter(user=user).values_list("iso_week", flat=True)) == {
        10,
        11,
    }
    assert [e.object_key for e in paid(user, "streak_kept")] == ["2026-W11"]


def test_lessons_record_activity(db):
    from courses import services as course_services

    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    user = make_user()
    course_services.lesson_complete(user=user, lesson=built.lessons_of()[0], now=T0)
    assert ActivityWeek.objects.filter(user=user, iso_year=2026, iso_week=10).exists()
