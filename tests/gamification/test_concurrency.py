"""Pay once under concurrent events, on real concurrent PostgreSQL connections."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, transaction

from lms.gamification import services
from lms.gamification.models import BadgeAward, CriterionType, PointEntry, PointTotal
from tests.concurrency import run_together
from tests.factories import ensure_site_root, make_user

from .helpers import T0, badge_make

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="SQLite serialises writers with a database lock; the race needs PostgreSQL",
    ),
]

THREADS = 6


@pytest.mark.parametrize(
    "rule", ["lesson_completed", "quiz_passed", "certificate_earned", "tier_reached", "streak_kept"]
)
def test_each_rule_pays_once_under_concurrent_events(rule):
    user = make_user()
    _results, errors = run_together(
        THREADS,
        lambda: services.points_award(user=user, rule_key=rule, object_key="same-object", now=T0),
    )
    assert errors == []
    assert PointEntry.objects.filter(user=user, rule=rule).count() == 1
    assert PointTotal.objects.get(user=user).points == PointEntry.objects.get(user=user).points


def test_first_payout_of_a_new_learner_races_on_the_total_row():
    # No PointTotal yet: every thread tries to create it; one total, summing every object.
    user = make_user()
    counter = iter(range(THREADS))
    lock = threading.Lock()

    def award():
        with lock:
            n = next(counter)
        services.points_award(
            user=user, rule_key="streak_kept", object_key=f"2026-W{n + 1:02d}", now=T0
        )

    assert run_together(THREADS, award)[1] == []
    assert PointEntry.objects.filter(user=user).count() == THREADS
    assert PointTotal.objects.get(user=user).points == 25 * THREADS


def test_reversal_happens_once_under_concurrency():
    user = make_user()
    services.points_award(user=user, rule_key="certificate_earned", object_key="cert", now=T0)
    _results, errors = run_together(
        THREADS,
        lambda: services.points_reverse(
            user=user, rule_key="certificate_earned", object_key="cert"
        ),
    )
    assert errors == []
    assert PointEntry.objects.filter(user=user, reverses__isnull=False).count() == 1
    assert PointTotal.objects.get(user=user).points == 0


def test_the_cheat_guard_holds_under_concurrency():
    # Two lessons of different workshops posted at the same instant: one pays.
    user = make_user()
    counter = iter(range(THREADS))
    lock = threading.Lock()

    def award():
        with lock:
            n = next(counter)
        with transaction.atomic():
            services.points_award(
                user=user, rule_key="lesson_completed", object_key=f"lesson-{n}", now=T0
            )

    assert run_together(THREADS, award)[1] == []
    assert PointEntry.objects.filter(user=user, rule="lesson_completed").count() == 1


def test_a_badge_is_awarded_once_under_concurrency():
    ensure_site_root()  # the default locale (transactional tests flush it)
    badge_make("Three weeks", CriterionType.STREAK, threshold=1)
    user = make_user()
    _results, errors = run_together(
        THREADS, lambda: services.badges_evaluate(user=user, event="all", now=T0)
    )
    services.activity_record(user=user, at=T0)
    errors += run_together(
        THREADS, lambda: services.badges_evaluate(user=user, event="all", now=T0)
    )[1]
    assert errors == []
    assert BadgeAward.objects.filter(user=user).count() == 1
