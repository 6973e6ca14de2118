"""Learner actions in a constant, small number of queries (issue 12, ADR 0017).

Each action is measured through its real HTTP view (the test client, middleware included),
with everything that listens to it switched on: xAPI statements (an LRS destination is
configured), points, weeks of activity, badges of every criterion, certificates and the
advocacy tiers. The same action is measured at two sizes and the counts must be equal: what
grows with the quiz or the workshop must be read or written in bulk.

- quiz submission (POST of the final quiz form), passed: 7 and 40 questions of every type;
- lesson completion (POST), the last lesson of a workshop (it passes the workshop, issues
  the certificate and moves the tier): a workshop of 3 lessons by a learner with little
  history (another course's 3 workshops of 3 lessons, over 9 days), and of 30 lessons
  with much history (90 lessons over 90 days). Both learners earn the same things
  (the same badges, the same tier), so only the sizes differ.

The deliveries queued at commit are not in these counts: the test's transaction never
commits (delivery is measured by tests/bench/tracking_bench.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates.models import Certificate
from courses import services as course_services
from lms.advocacy.models import LearnerTier, Tier, TierRequirement
from lms.gamification.models import CriterionType, PointEntry
from lms.tracking.models import AuthType, Destination, Statement
from quizzes.form_input import post_data
from quizzes.models import Answer
from quizzes.selectors import attempt_questions
from tests.factories import build_academy, make_user
from tests.gamification.helpers import badge_make
from tests.quizzes.builders import mixed_quiz, perfect_answers

pytestmark = pytest.mark.django_db

# The goals, reached (main at 654c3a5: 206 and 164; d53dda0: 129 and 108; the unit
# of work: 74 and 68; cached definitions in writes: 42 and 37; now, ADR 0017 "Inserts
# without savepoints, the learner's rows with the enrollments": SQLite 28 and 20,
# PostgreSQL 30 and 20: there the quiz's learner has no stored tier yet, and the locked
# read of the enrollments with the tier is made again without it).
QUIZ_SUBMIT_GOAL = 30
LESSON_COMPLETE_GOAL = 20

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday
DAY = dt.timedelta(days=1)


def _listeners(built):
    """Everything that can listen to a pass: an LRS, badges of every kind, two tiers."""
    Destination.objects.create(
        name="LRS", endpoint="http://127.0.0.1:9/xapi/", auth_type=AuthType.NONE
    )
    badge_make("First lesson", CriterionType.FIRST_LESSON)
    badge_make("Ten lessons", CriterionType.LESSONS, threshold=10)
    badge_make("Beginner", CriterionType.ALL_BEGINNER)
    badge_make("Perfect", CriterionType.PERFECT_SCORE)
    badge_make("Streak", CriterionType.STREAK, threshold=2)
    badge_make("Certified", CriterionType.FIRST_CERTIFICATE)
    badge_make("Every course", CriterionType.EVERY_COURSE_AT_LEVEL, level="beginner")
    Tier.objects.create(name="Explorer", slug="explorer", rank=0, description="Everyone.")
    relay = Tier.objects.create(name="Relay", slug="relay", rank=1, description="Certified.")
    TierRequirement.objects.create(tier=relay, workshop=built.workshop(0, "beginner"))


def _history(built, user, *, start, gap):
    """The learner's history: every workshop of the second course done (its lessons, its
    certificates, its tiers' requirements met in part, weeks of activity), `gap` apart."""
    at = start
    for (course, _level), lessons in built.lessons.items():
        if course == 0:
            continue
        for lesson in lessons:
            course_services.lesson_complete(user=user, lesson=lesson, now=at)
            at += gap
    return at


def _apart(measure, *args, **kwargs):
    """Each size in its own savepoint, rolled back: the two academies never meet."""
    with transaction.atomic():
        result = measure(*args, **kwargs)
        transaction.set_rollback(True)
    return result


def _captured(run) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        run()
    return len(ctx), "\n".join(q["sql"][:200] for q in ctx.captured_queries)


# --- quiz submission -------------------------------------------------------------------


def _at_the_final_quiz(built, workshop):
    """A new learner who has done the lessons and started the final quiz: their signed-in
    client, the attempt's URL and the form data of a perfect submission."""
    user = make_user()
    at = T0
    for lesson in built.lessons_of():
        course_services.lesson_complete(user=user, lesson=lesson, now=at)
        at += dt.timedelta(minutes=5)
    attempt = course_services.workshop_quiz_start(user=user, workshop=workshop)
    data = post_data(attempt_questions(attempt=attempt), perfect_answers(attempt))
    client = Client()
    client.force_login(user)
    url = reverse("courses:quiz_attempt", args=[workshop.pk, attempt.pk])
    return user, attempt, client, url, data


def _quiz_submission(questions: int) -> tuple[int, str]:
    built = build_academy(courses=1, lessons=2, levels=("beginner",))
    _listeners(built)
    workshop = built.workshop()
    workshop.final_quiz = mixed_quiz(questions, title="Final quiz", delay_minutes=0)
    workshop.pass_mark = 70
    workshop.save()
    # A running site has the shared definitions warm (the outline, the tier ladder, the
    # certificate template, the brand: courses/shared_cache.py): another learner passed
    # this quiz a moment ago.
    _user, _attempt, other, other_url, other_data = _at_the_final_quiz(built, workshop)
    other.get(other_url)
    assert other.post(other_url, other_data).status_code == 302
    user, attempt, client, url, data = _at_the_final_quiz(built, workshop)
    client.get(url)  # the learner reads the questions before submitting them

    def submit():
        response = client.post(url, data)
        assert response.status_code == 302, response.status_code
        assert "/result/" in response["Location"]

    count, sql = _captured(submit)
    attempt.refresh_from_db()
    assert attempt.passed is True
    assert Answer.objects.filter(attempt=attempt).count() == questions
    assert Certificate.objects.filter(user=user).count() == 1
    assert LearnerTier.objects.get(user=user).slug == "relay"
    assert PointEntry.objects.filter(user=user, rule="quiz_passed").exists()
    assert Statement.objects.filter(user=user, event="question_answered").count() == questions
    assert Statement.objects.filter(user=user, event="workshop_passed").count() == 1
    return count, sql


@pytest.fixture(scope="module")
def quiz_counts(django_db_setup, django_db_blocker):
    """(queries, SQL) of a passed submission with 7 and with 40 questions (every type in
    both: a quiz of 5 could not hold the 7 types, and short text reads one more table)."""
    with django_db_blocker.unblock():
        _apart(_quiz_submission, 7)  # warm the process (content types)
        return {size: _apart(_quiz_submission, size) for size in (7, 40)}


def test_quiz_submission_queries_do_not_grow_with_the_questions(quiz_counts):
    (small, _small_sql), (large, large_sql) = quiz_counts[7], quiz_counts[40]
    assert small == large, f"{small} queries with 7 questions, {large} with 40\n{large_sql}"
    assert large <= QUIZ_SUBMIT_GOAL, f"{large} queries (goal {QUIZ_SUBMIT_GOAL})\n{large_sql}"


# --- lesson completion -----------------------------------------------------------------


def _before_the_last_lesson(built, measured, history_gap):
    """A new learner with the history, every lesson of the measured workshop done but the
    last; their signed-in client and that last lesson."""
    user = make_user()
    at = _history(built, user, start=T0 - dt.timedelta(days=200), gap=history_gap)
    at = max(at, T0)
    for lesson in measured[:-1]:
        course_services.lesson_complete(user=user, lesson=lesson, now=at)
        at += dt.timedelta(minutes=5)
    client = Client()
    client.force_login(user)
    return user, client, measured[-1]


def _lesson_completion(lessons: int, *, history_gap: dt.timedelta) -> tuple[int, str]:
    """The last lesson of a workshop of `lessons` lessons, by a learner who has done the
    other course's three workshops (as many lessons each), `history_gap` apart."""
    built = build_academy(courses=2, lessons=lessons)
    _listeners(built)
    measured = built.lessons_of(0, "beginner")
    # A running site has the shared definitions warm (courses/shared_cache.py): another
    # learner completed this workshop a moment ago.
    _user, other, other_last = _before_the_last_lesson(built, measured, history_gap)
    other.get(other_last.url)
    assert other.post(reverse("courses:lesson_complete", args=[other_last.pk])).status_code == 302
    user, client, last = _before_the_last_lesson(built, measured, history_gap)
    client.get(last.url)  # the learner reads the lesson before completing it
    url = reverse("courses:lesson_complete", args=[last.pk])

    def complete():
        response = client.post(url)
        assert response.status_code == 302, response.status_code

    count, sql = _captured(complete)
    assert Certificate.objects.filter(
        user=user, workshop_key=built.workshop(0, "beginner").translation_key
    ).exists()
    assert LearnerTier.objects.get(user=user).slug == "relay"
    assert Statement.objects.filter(user=user, event="workshop_passed").count() >= 1
    return count, sql


@pytest.fixture(scope="module")
def completion_counts(django_db_setup, django_db_blocker):
    """(queries, SQL) of the last lesson with little history (3 lessons a workshop: 9
    lessons over 9 days) and with much (30 lessons a workshop: 90 lessons over 90 days,
    13 weeks)."""
    with django_db_blocker.unblock():
        _apart(_lesson_completion, 3, history_gap=DAY)  # warm the process (content types)
        return {size: _apart(_lesson_completion, size, history_gap=DAY) for size in (3, 30)}


def test_lesson_completion_queries_do_not_grow_with_the_workshop_or_the_history(
    completion_counts,
):
    (small, _small_sql), (large, large_sql) = completion_counts[3], completion_counts[30]
    assert small == large, f"{small} queries (3 lessons), {large} (30, much history)\n{large_sql}"
    assert large <= LESSON_COMPLETE_GOAL, (
        f"{large} queries (goal {LESSON_COMPLETE_GOAL})\n{large_sql}"
    )
