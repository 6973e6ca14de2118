"""Lessons completed seconds apart do not pay; the refusal is logged for trainers; the
learning itself is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from courses import services as course_services
from courses.models import LessonCompletion
from lms.gamification import services
from lms.gamification.models import PointRule, RefusedAward
from lms.gamification.rules import point_rules_sync
from tests.factories import build_academy, make_user

from .helpers import T0, paid

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(db):
    return build_academy(courses=1, lessons=4, levels=("beginner",))


def test_lessons_seconds_apart_are_completed_but_not_paid(built):
    user = make_user()
    lessons = built.lessons_of()
    for offset, lesson in enumerate(lessons):
        course_services.lesson_complete(
            user=user, lesson=lesson, now=T0 + dt.timedelta(seconds=5 * offset)
        )
    assert LessonCompletion.objects.filter(user=user).count() == 4  # learning not blocked
    assert len(paid(user, "lesson_completed")) == 1
    refusals = RefusedAward.objects.filter(user=user, rule="lesson_completed")
    assert refusals.count() == 3
    assert {r.object_key for r in refusals} == {
        str(lesson.translation_key) for lesson in lessons[1:]
    }
    assert all(r.points == 10 and "minimum 20 s" in r.reason for r in refusals)


def test_a_refused_object_stays_refused(built):
    user = make_user()
    services.points_award(user=user, rule_key="lesson_completed", object_key="a", now=T0)
    refused = services.points_award(
        user=user, rule_key="lesson_completed", object_key="b", now=T0 + dt.timedelta(seconds=3)
    )
    assert refused.outcome == "refused"
    later = services.points_award(
        user=user, rule_key="lesson_completed", object_key="b", now=T0 + dt.timedelta(hours=1)
    )
    assert later.outcome == "refused" and RefusedAward.objects.count() == 1
    # Another lesson, at a normal pace, pays.
    assert services.points_award(
        user=user, rule_key="lesson_completed", object_key="c", now=T0 + dt.timedelta(minutes=2)
    ).paid


def test_trainers_set_the_interval(built):
    point_rules_sync()
    rule = PointRule.objects.get(key="lesson_completed")
    rule.min_interval_seconds = 0
    rule.save()
    user = make_user()
    for offset, lesson in enumerate(built.lessons_of()):
        course_services.lesson_complete(
            user=user, lesson=lesson, now=T0 + dt.timedelta(seconds=offset)
        )
    assert len(paid(user, "lesson_completed")) == 4
    assert not RefusedAward.objects.exists()


def test_the_guard_is_per_learner(built):
    first, second = make_user(), make_user()
    services.points_award(user=first, rule_key="lesson_completed", object_key="a", now=T0)
    assert services.points_award(
        user=second, rule_key="lesson_completed", object_key="a", now=T0
    ).paid


def test_trainers_see_refused_payouts_in_the_admin(built, client):
    from lms.accounts import roles

    user = make_user()
    services.points_award(user=user, rule_key="lesson_completed", object_key="a", now=T0)
    services.points_award(user=user, rule_key="lesson_completed", object_key="b", now=T0)
    trainer = make_user(group=roles.TRAINERS)
    client.force_login(trainer)
    response = client.get("/admin/gamification/refused/")
    assert response.status_code == 200
    assert (
        user.email.encode() in response.content or user.get_full_name().encode() in response.content
    )
    client.force_login(make_user(group=roles.LEARNERS))
    assert client.get("/admin/gamification/refused/").status_code in (302, 403)
