"""Each rule pays once per learner and object; values come from the trainers' table; a
revoked certificate takes its points back with a reversing entry."""

from __future__ import annotations

import datetime as dt

import pytest

from certificates.models import Certificate
from certificates.services import certificate_revoke
from courses import services as course_services
from lms.gamification import services
from lms.gamification.models import ImmutableRowError, PointEntry, PointRule, PointTotal
from lms.gamification.rules import RULES, point_rules_sync
from lms.gamification.selectors import points_total
from tests.factories import build_academy, make_user

from .helpers import T0, final_quiz_add, lessons_do, paid, quiz_take

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(db):
    return build_academy(courses=1, lessons=2, levels=("beginner", "intermediate"))


def test_lessons_pay_once_however_often_completed(built):
    user = make_user()
    lessons_do(built, user)
    lessons_do(built, user, start=T0 + dt.timedelta(hours=1))  # done again: nothing more
    lesson_entries = paid(user, "lesson_completed")
    assert [e.points for e in lesson_entries] == [10, 10]
    assert {e.object_key for e in lesson_entries} == {
        str(lesson.translation_key) for lesson in built.lessons_of()
    }
    # The workshop (no final quiz) is passed and completed: its completion pays once too,
    # and the certificate it earns.
    assert [e.points for e in paid(user, "workshop_completed")] == [50]
    assert PointTotal.objects.get(user=user).points == sum(e.points for e in paid(user))


def test_the_service_pays_once_per_object(built):
    user = make_user()
    first = services.points_award(user=user, rule_key="lesson_completed", object_key="x", now=T0)
    again = services.points_award(
        user=user, rule_key="lesson_completed", object_key="x", now=T0 + dt.timedelta(hours=1)
    )
    assert first.paid and not again.paid and again.outcome == "already_paid"
    assert points_total(user=user) == 10


def test_quiz_rules_pay_once_and_retakes_pay_nothing(built):
    workshop = final_quiz_add(built)
    user = make_user()
    at = lessons_do(built, user)
    quiz_take(workshop, user, at=at, perfect=True)
    keys = {e.rule for e in paid(user)}
    assert {"quiz_passed", "quiz_first_attempt", "perfect_score"} <= keys
    before = points_total(user=user)
    # A re-take of the passed quiz (unlimited attempts by default) pays nothing more.
    retake = quiz_take(workshop, user, at=at + dt.timedelta(days=1), perfect=True)
    assert retake.attempt.number == 2 and retake.attempt.passed
    assert points_total(user=user) == before
    for rule in ("quiz_passed", "quiz_first_attempt", "perfect_score"):
        assert len(paid(user, rule)) == 1
        assert paid(user, rule)[0].object_key == str(workshop.translation_key)


def test_passing_on_a_later_attempt_pays_the_pass_but_not_first_attempt(built):
    workshop = final_quiz_add(built, pass_mark=100)
    user = make_user()
    at = lessons_do(built, user)
    outcome = quiz_take(workshop, user, at=at, perfect=False)
    assert not outcome.attempt.passed
    assert paid(user, "quiz_passed") == []
    quiz_take(workshop, user, at=at + dt.timedelta(hours=2), perfect=True)
    assert len(paid(user, "quiz_passed")) == 1
    assert paid(user, "quiz_first_attempt") == []
    assert len(paid(user, "perfect_score")) == 1


def test_trainers_values_change_the_payout(built):
    point_rules_sync()
    rule = PointRule.objects.get(key="lesson_completed")
    rule.points = 7
    rule.save()
    user = make_user()
    lessons_do(built, user)
    assert [e.points for e in paid(user, "lesson_completed")] == [7, 7]

    rule.enabled = False
    rule.save()
    other = make_user()
    lessons_do(built, other)
    assert paid(other, "lesson_completed") == []


def test_every_rule_has_a_row_for_trainers(db):
    point_rules_sync()
    assert set(PointRule.objects.values_list("key", flat=True)) == set(RULES)
    assert point_rules_sync() == 0  # idempotent


def test_revoked_certificate_takes_its_points_back_once(built):
    user = make_user()
    lessons_do(built, user)
    certificate = Certificate.objects.get(user=user)
    [earned] = paid(user, "certificate_earned")
    assert earned.object_key == str(certificate.public_id)
    total_before = points_total(user=user)

    certificate_revoke(
        certificate=certificate,
        by=None,
        reason="Shared confidential data",
        now=T0 + dt.timedelta(days=3),
    )
    reversal = PointEntry.objects.get(reverses=earned)
    assert reversal.points == -earned.points
    assert reversal.created_at == T0 + dt.timedelta(days=3)
    assert points_total(user=user) == total_before - earned.points
    # A second reversal changes nothing; the payout itself is still in the ledger.
    assert (
        services.points_reverse(
            user=user, rule_key="certificate_earned", object_key=earned.object_key
        )
        is None
    )
    assert PointEntry.objects.filter(pk=earned.pk).exists()
    assert points_total(user=user) == total_before - earned.points


def test_ledger_rows_are_append_only(built):
    user = make_user()
    entry = services.points_award(user=user, rule_key="streak_kept", object_key="2026-W10").entry
    entry.points = 1000
    with pytest.raises(ImmutableRowError):
        entry.save()
    with pytest.raises(ImmutableRowError):
        entry.delete()


def test_tier_and_charter_pay_once(db):
    from lms.advocacy.services import charter_accept
    from tests.advocacy.ladder import charter_build, tiers_build

    built = build_academy(courses=1, lessons=2)
    tiers_build(built)
    charter = charter_build(built)
    user = make_user()
    charter_accept(user=user, charter=charter, now=T0)
    charter_accept(user=user, charter=charter, now=T0 + dt.timedelta(hours=1))
    assert len(paid(user, "charter_accepted")) == 1
    # Relay needs the beginner certificates and the charter.
    lessons_do(built, user, start=T0 + dt.timedelta(hours=2))
    [tier] = paid(user, "tier_reached")
    assert tier.object_key == "relay" and tier.points == 150
    # Losing the tier (certificate revoked) and earning it back does not pay it again.
    certificate = Certificate.objects.get(user=user)
    certificate_revoke(
        certificate=certificate, by=None, reason="test", now=T0 + dt.timedelta(days=1)
    )
    assert len(paid(user, "tier_reached")) == 1


def test_points_roll_back_with_the_learning(built):
    from django.db import transaction

    user = make_user()
    lesson = built.lessons_of()[0]
    with transaction.atomic():
        course_services.lesson_complete(user=user, lesson=lesson, now=T0)
        assert points_total(user=user) == 10
        transaction.set_rollback(True)
    assert paid(user) == [] and points_total(user=user) == 0
