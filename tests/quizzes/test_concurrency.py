"""The same attempt submitted (or the same quiz started) at the same moment, on real
concurrent PostgreSQL connections: graded once, started once, passed once.

Run with:
    flock /tmp/pg.lock env DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \\
        .venv/bin/python -m pytest tests/quizzes/test_concurrency.py -q
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections
from wagtail.models import Locale

from quizzes import services, signals
from quizzes.models import Answer, Attempt
from tests.concurrency import run_together
from tests.factories import make_user
from tests.quizzes.builders import full_quiz, perfect_answers

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite",
        reason="SQLite serialises writers with one database lock, so there is no race to "
        "test; run this file on PostgreSQL (DATABASE_URL)",
    ),
]

THREADS = 6


class Received:
    """Collects one signal's calls across threads."""

    def __init__(self, signal, uid):
        self.signal, self.uid, self.calls = signal, uid, []
        self._lock = threading.Lock()

    def __enter__(self):
        def receiver(**kwargs):
            with self._lock:
                self.calls.append(kwargs["attempt"].pk)

        self.signal.connect(receiver, weak=False, dispatch_uid=self.uid)
        return self

    def __exit__(self, *exc):
        self.signal.disconnect(dispatch_uid=self.uid)


@pytest.fixture(autouse=True)
def _locale():
    # Transactional tests flush every table, the default locale included; quizzes need it.
    Locale.objects.get_or_create(language_code="en")


def test_simultaneous_submissions_grade_once():
    quiz = full_quiz()
    user = make_user()
    attempt = services.attempt_start(user=user, quiz=quiz)
    answers = perfect_answers(attempt)

    with Received(signals.attempt_graded, "concurrency-graded") as graded:
        results, errors = run_together(
            THREADS,
            lambda: services.attempt_submit(attempt_id=attempt.pk, user=user, answers=answers),
        )

    assert errors == []
    assert len(results) == THREADS
    assert sum(r.newly_graded for r in results) == 1
    # Every caller sees the same, single result.
    assert {(r.attempt.pk, r.attempt.score_scaled, r.attempt.passed) for r in results} == {
        (attempt.pk, 1, True)
    }
    assert Answer.objects.filter(attempt=attempt).count() == len(attempt.question_ids)
    assert graded.calls == [attempt.pk]
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score_scaled == 1


def test_simultaneous_submissions_with_different_answers_keep_the_first():
    """Two tabs submit different answers at once: one set is graded and kept whole; the
    other changes nothing (no mix of both)."""
    from tests.quizzes.builders import wrong_answers

    quiz = full_quiz()
    user = make_user()
    attempt = services.attempt_start(user=user, quiz=quiz)
    right, wrong = perfect_answers(attempt), wrong_answers(attempt)
    turn = iter([right, wrong] * THREADS)
    lock = threading.Lock()

    def submit():
        with lock:
            answers = next(turn)
        return services.attempt_submit(attempt_id=attempt.pk, user=user, answers=answers)

    results, errors = run_together(THREADS, submit)
    assert errors == []
    assert sum(r.newly_graded for r in results) == 1
    attempt.refresh_from_db()
    stored = set(Answer.objects.filter(attempt=attempt).values_list("is_correct", flat=True))
    assert stored in ({True}, {False})
    assert attempt.passed is (stored == {True})


def test_simultaneous_starts_create_one_attempt():
    quiz = full_quiz()
    user = make_user()

    with Received(signals.attempt_started, "concurrency-started") as started:
        results, errors = run_together(
            THREADS, lambda: services.attempt_start(user=user, quiz=quiz)
        )

    assert errors == []
    assert Attempt.objects.filter(user=user).count() == 1
    only = Attempt.objects.get(user=user)
    assert {a.pk for a in results} == {only.pk}
    assert started.calls == [only.pk]


def test_simultaneous_final_quiz_submissions_pass_the_workshop_once():
    """Through courses: the workshop is passed (and its signal sent) exactly once."""
    from courses import services as course_services
    from courses import signals as course_signals
    from courses.models import Enrollment
    from tests.factories import build_academy

    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    workshop = built.workshop()
    workshop.final_quiz = full_quiz()
    workshop.save()
    user = make_user()
    course_services.lesson_complete(user=user, lesson=built.lessons_of()[0])
    attempt = course_services.workshop_quiz_start(user=user, workshop=workshop)
    answers = perfect_answers(attempt)

    passed = []
    course_signals.workshop_passed.connect(
        lambda **kw: passed.append(kw["enrollment"].pk), weak=False, dispatch_uid="conc-pass"
    )
    try:
        results, errors = run_together(
            THREADS,
            lambda: course_services.workshop_quiz_submit(
                user=user, workshop=workshop, attempt_id=attempt.pk, answers=answers
            ),
        )
    finally:
        course_signals.workshop_passed.disconnect(dispatch_uid="conc-pass")

    assert errors == []
    assert sum(r.newly_graded for r in results) == 1
    assert sum(r.workshop_passed for r in results) == 1
    assert len(passed) == 1
    enrollment = Enrollment.objects.get(user=user)
    assert enrollment.is_passed and enrollment.score_scaled == 1
    assert Answer.objects.filter(attempt=attempt).count() == len(attempt.question_ids)


def test_one_learners_submission_never_holds_up_another_on_the_same_quiz():
    """A submission locks its own attempt, not the quiz: while learner A's grading is still
    inside its transaction, learner B submits the same quiz without waiting."""
    quiz = full_quiz()
    slow, quick = make_user(), make_user()
    slow_attempt = services.attempt_start(user=slow, quiz=quiz)
    quick_attempt = services.attempt_start(user=quick, quiz=quiz)
    inside, release = threading.Event(), threading.Event()

    def hold(**kwargs):
        if kwargs["user"].pk == slow.pk:
            inside.set()
            release.wait(timeout=30)

    signals.attempt_graded.connect(hold, weak=False, dispatch_uid="concurrency-hold")
    outcome = {}

    def submit_slow():
        try:
            outcome["slow"] = services.attempt_submit(
                attempt_id=slow_attempt.pk, user=slow, answers=perfect_answers(slow_attempt)
            )
        finally:
            connections.close_all()

    def submit_quick():
        try:
            outcome["quick"] = services.attempt_submit(
                attempt_id=quick_attempt.pk, user=quick, answers=perfect_answers(quick_attempt)
            )
        finally:
            connections.close_all()

    try:
        first = threading.Thread(target=submit_slow)
        first.start()
        assert inside.wait(timeout=30), "the slow submission never reached its grading"
        second = threading.Thread(target=submit_quick)
        second.start()
        second.join(timeout=10)
        finished_while_held = not second.is_alive()
    finally:
        release.set()
        first.join(timeout=30)
        signals.attempt_graded.disconnect(dispatch_uid="concurrency-hold")
    assert finished_while_held, "learner B waited for learner A's transaction"
    second.join(timeout=30)
    assert outcome["quick"].newly_graded and outcome["slow"].newly_graded
