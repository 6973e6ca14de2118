"""The final quiz decides success; completion needs the lessons and the pass."""

import pytest

from courses import services
from courses.errors import NotOpen
from courses.models import Enrollment
from courses.selectors import workshop_outline
from quizzes.errors import SubmissionRejected
from tests.factories import make_user
from tests.quizzes.builders import full_quiz, perfect_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def assessed(academy):
    workshop = academy.workshop()
    workshop.final_quiz = full_quiz(delay_minutes=0)
    workshop.pass_mark = 80
    workshop.save()
    return academy


def wrong_answers(attempt):
    answers = perfect_answers(attempt)
    from quizzes.models import Question

    for question in Question.objects.filter(pk__in=attempt.question_ids):
        if question.interaction_type == "true-false":
            answers[str(question.pk)] = not question.correct_response()
        if question.interaction_type == "fill-in":
            answers[str(question.pk)] = "no idea"
        if question.interaction_type == "sequencing":
            answers[str(question.pk)] = list(reversed(question.correct_response()))
    return answers


def do_lessons(user, academy):
    for lesson in academy.lessons_of():
        services.lesson_complete(user=user, lesson=lesson)


def test_quiz_waits_for_the_lessons(assessed):
    user = make_user()
    with pytest.raises(NotOpen):
        services.workshop_quiz_start(user=user, workshop=assessed.workshop())


def test_fail_then_pass_records_success_once_and_completion(assessed):
    user = make_user()
    workshop = assessed.workshop()
    do_lessons(user, assessed)
    enrollment = Enrollment.objects.get(user=user)
    assert not enrollment.is_completed and not enrollment.is_passed

    attempt = services.workshop_quiz_start(user=user, workshop=workshop)
    outcome = services.workshop_quiz_submit(
        user=user, workshop=workshop, attempt_id=attempt.pk, answers=wrong_answers(attempt)
    )
    assert outcome.newly_graded and not outcome.attempt.passed
    enrollment.refresh_from_db()
    assert enrollment.success_status == "failed" and not enrollment.is_completed
    assert workshop_outline(workshop=assessed.workshop(level="intermediate"), user=user).locked

    attempt = services.workshop_quiz_start(user=user, workshop=workshop)
    outcome = services.workshop_quiz_submit(
        user=user, workshop=workshop, attempt_id=attempt.pk, answers=perfect_answers(attempt)
    )
    assert outcome.workshop_passed and outcome.workshop_completed
    enrollment.refresh_from_db()
    assert enrollment.is_passed and enrollment.is_completed and enrollment.score_scaled == 1
    assert not workshop_outline(workshop=assessed.workshop(level="intermediate"), user=user).locked

    # A failing attempt after the pass never turns success back to failed.
    attempt = services.workshop_quiz_start(user=user, workshop=workshop)
    services.workshop_quiz_submit(
        user=user, workshop=workshop, attempt_id=attempt.pk, answers=wrong_answers(attempt)
    )
    enrollment.refresh_from_db()
    assert enrollment.is_passed and enrollment.score_scaled == 1  # highest attempt counts


def test_workshop_pass_mark_replaces_the_quiz_pass_mark(assessed):
    user = make_user()
    do_lessons(user, assessed)
    attempt = services.workshop_quiz_start(user=user, workshop=assessed.workshop())
    assert attempt.pass_mark == 80


def test_an_attempt_from_another_workshop_is_refused(assessed):
    user = make_user()
    do_lessons(user, assessed)
    attempt = services.workshop_quiz_start(user=user, workshop=assessed.workshop())
    with pytest.raises(SubmissionRejected):
        services.workshop_quiz_submit(
            user=user,
            workshop=assessed.workshop(level="intermediate"),
            attempt_id=attempt.pk,
            answers=perfect_answers(attempt),
        )
    attempt.refresh_from_db()
    assert not attempt.is_submitted
