"""One unit of work per learner action (ADR 0017): the listeners' writes wait in the
action's buffers and go in once, in bulk, before the service's transaction ends; an error
drops them with the transaction; the cmi5 rules still hold inside one action; a nested
action writes with the outer one."""

from __future__ import annotations

import logging

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services, signals, unit_of_work
from courses.models import Enrollment
from lms.gamification.models import BadgeAward, CriterionType, Notification, PointEntry
from lms.tracking import services as tracking_services
from lms.tracking.models import Destination, Statement
from tests.factories import make_user
from tests.gamification.helpers import badge_make

pytestmark = pytest.mark.django_db


class Boom(Exception):
    pass


@pytest.fixture(autouse=True)
def _lrs():
    Destination.objects.create(name="LRS", endpoint="http://127.0.0.1:9/xapi/", auth_type="none")


def test_a_lesson_that_passes_a_workshop_writes_its_statements_and_badges_once(academy):
    user = make_user()
    badge_make("First lesson", CriterionType.FIRST_LESSON)
    badge_make("Beginner", CriterionType.ALL_BEGINNER)
    first, last = academy.lessons_of()
    services.lesson_complete(user=user, lesson=first)
    with CaptureQueriesContext(connection) as ctx:
        result = services.lesson_complete(user=user, lesson=last)
    # SQLite says INSERT OR IGNORE for the rows a unique constraint guards (courses/inserts.py).
    inserts = [
        q["sql"].replace("INSERT OR IGNORE INTO", "INSERT INTO")
        for q in ctx.captured_queries
        if q["sql"].startswith("INSERT")
    ]
    assert sum(sql.startswith('INSERT INTO "tracking_statement"') for sql in inserts) == 1
    assert sum(sql.startswith('INSERT INTO "gamification_pointentry"') for sql in inserts) == 1
    assert result.workshop_passed
    events = set(Statement.objects.filter(user=user).values_list("event", flat=True))
    assert {"lesson_completed", "workshop_passed", "workshop_completed"} <= events
    # What the action earned is on its outcome, as written.
    action = result.action
    assert action.points and all(entry.pk for entry in action.points)
    assert {e.pk for e in action.points} == set(
        PointEntry.objects.filter(user=user, created_at=action.at).values_list("pk", flat=True)
    )
    assert [b.name for b in action.badges] == ["Beginner"]
    assert BadgeAward.objects.filter(user=user).count() == 2
    assert Notification.objects.filter(user=user, kind="badge").count() == 2


def test_an_error_drops_what_the_action_buffered(academy):
    user = make_user()
    with (
        pytest.raises(Boom),
        transaction.atomic(),
        unit_of_work.action(user=user, at=timezone.now()),
    ):
        services.lesson_complete(user=user, lesson=academy.lessons_of()[0])
        raise Boom()
    assert not Statement.objects.exists() and not PointEntry.objects.exists()
    assert unit_of_work.current() is None


def test_a_nested_action_writes_with_the_outer_one(academy):
    user = make_user()
    with transaction.atomic():
        with unit_of_work.action(user=user, at=timezone.now()) as outer:
            result = services.lesson_complete(user=user, lesson=academy.lessons_of()[0])
            assert result.action is outer
            # Nothing written yet: the outer action writes when it ends.
            assert not Statement.objects.exists()
        assert Statement.objects.filter(event="lesson_completed").count() == 1


def test_the_cmi5_rules_hold_inside_one_action(academy, caplog):
    user = make_user()
    workshop = academy.workshop()
    services.workshop_enroll(user=user, workshop=workshop)
    enrollment = Enrollment.objects.get(user=user)
    with (
        caplog.at_level(logging.WARNING, logger="lms.tracking.services"),
        transaction.atomic(),
        unit_of_work.action(user=user, at=timezone.now()),
    ):
        for _twice in range(2):
            signals.workshop_passed.send(
                sender=Enrollment, user=user, enrollment=enrollment, workshop=workshop
            )
        tracking_services.statement_record(
            event="workshop_failed", user=user, enrollment=enrollment, workshop=workshop
        )
    assert Statement.objects.filter(event="workshop_passed").count() == 1
    assert not Statement.objects.filter(event="workshop_failed").exists()
    assert caplog.text.count("skipped for registration") == 2
