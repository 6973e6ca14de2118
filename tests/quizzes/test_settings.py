"""Every quiz setting, through the services a learner's requests go through.

Time is passed in with `now=`, randomness with a seeded `rng=`: no sleeping, no flakiness.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from quizzes import services, signals
from quizzes.errors import AttemptNotAllowed, SubmissionRejected
from quizzes.models import Answer, Attempt, GradingMethod, Question, Quiz
from quizzes.selectors import attempt_questions, attempts_of, grade_that_counts, quiz_start_check
from tests.factories import make_user
from tests.quizzes.builders import (
    add_choice_question,
    add_matching,
    add_multiple,
    add_ordering,
    add_scenario,
    add_short_text,
    add_single,
    add_true_false,
    full_quiz,
    make_quiz,
    perfect_answers,
    wrong_answers,
    wrong_response,
)

pytestmark = pytest.mark.django_db

EVERY_TYPE = (
    add_single,
    add_multiple,
    add_true_false,
    add_ordering,
    add_matching,
    add_short_text,
    add_scenario,
)
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def ten_point_quiz(**settings) -> Quiz:
    """Ten one-point single-choice questions: the score is the number of right answers / 10."""
    quiz = make_quiz(**settings)
    for n in range(10):
        add_choice_question(quiz, texts=["right", "wrong"], correct=[0], order=n)
    return quiz


def answers_with(attempt, right: int) -> dict:
    """`right` questions answered right (in the order shown), the rest wrong."""
    questions = {q.pk: q for q in Question.objects.filter(pk__in=attempt.question_ids)}
    perfect, wrong = perfect_answers(attempt), wrong_answers(attempt)
    return {
        str(pk): (perfect if n < right else wrong)[str(pk)]
        for n, pk in enumerate(attempt.question_ids)
        if pk in questions
    }


def take(quiz, user, *, right=None, at=T0, rng=None, **start):
    """Start and submit one attempt; `right=None` answers everything right."""
    attempt = services.attempt_start(user=user, quiz=quiz, now=at, rng=rng, **start)
    answers = perfect_answers(attempt) if right is None else answers_with(attempt, right)
    return services.attempt_submit(attempt_id=attempt.pk, user=user, answers=answers, now=at)


@pytest.fixture
def user():
    return make_user()


@pytest.fixture
def started_events():
    received = []

    def receiver(**kwargs):
        received.append(kwargs["attempt"].pk)

    signals.attempt_started.connect(receiver, weak=False, dispatch_uid="test-settings-started")
    yield received
    signals.attempt_started.disconnect(dispatch_uid="test-settings-started")


# --- pass mark -------------------------------------------------------------------------------


@pytest.mark.parametrize(("right", "passed"), [(10, True), (7, True), (6, False), (0, False)])
def test_pass_mark_is_a_minimum_percentage(user, right, passed):
    quiz = ten_point_quiz(pass_mark=70)
    attempt = take(quiz, user, right=right).attempt
    assert attempt.pass_mark == 70
    assert attempt.score_raw == right and attempt.score_max == 10
    assert attempt.percent == right * 10
    assert attempt.passed is passed


def test_attempt_pass_mark_overrides_the_quiz(user):
    """A workshop sets its own pass mark on its final quiz; the attempt keeps it."""
    quiz = ten_point_quiz(pass_mark=70)
    attempt = take(quiz, user, right=7, pass_mark=80).attempt
    assert attempt.pass_mark == 80 and attempt.passed is False
    second = take(quiz, user, right=8, pass_mark=80, at=T0 + timedelta(minutes=1)).attempt
    assert second.passed is True


def test_pass_mark_in_force_at_start_is_kept(user):
    """A trainer raising the pass mark mid-attempt does not move the goalposts."""
    quiz = ten_point_quiz(pass_mark=70)
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0)
    Quiz.objects.filter(pk=quiz.pk).update(pass_mark=90)
    result = services.attempt_submit(
        attempt_id=attempt.pk, user=user, answers=answers_with(attempt, 7), now=T0
    )
    assert result.attempt.pass_mark == 70 and result.attempt.passed


# --- attempts allowed ------------------------------------------------------------------------


def test_attempts_allowed_refuses_the_next_start(user):
    quiz = ten_point_quiz(attempts_allowed=2)
    take(quiz, user, right=0)
    take(quiz, user, right=0, at=T0 + timedelta(minutes=1))
    later = T0 + timedelta(days=1)
    check = quiz_start_check(quiz=quiz, user=user, now=later)
    assert not check.can_start and check.attempts_used == 2
    with pytest.raises(AttemptNotAllowed) as refused:
        services.attempt_start(user=user, quiz=quiz, now=later)
    assert str(refused.value.message) == "You have used all 2 attempts allowed for this quiz."
    assert Attempt.objects.filter(user=user).count() == 2
    # Another learner is not affected.
    assert services.attempt_start(user=make_user(), quiz=quiz, now=later).number == 1


def test_unlimited_attempts(user):
    quiz = ten_point_quiz(attempts_allowed=0)
    for n in range(1, 6):
        assert take(quiz, user, right=0, at=T0 + timedelta(minutes=n)).attempt.number == n


def test_attempts_count_across_translations_and_per_context(user):
    from wagtail.models import Locale

    quiz = ten_point_quiz(attempts_allowed=1)
    french = Quiz.objects.create(
        title="Quiz final",
        translation_key=quiz.translation_key,
        locale=Locale.objects.get_or_create(language_code="fr")[0],
        attempts_allowed=1,
    )
    add_choice_question(french, texts=["juste", "faux"], correct=[0])
    take(quiz, user, right=10)
    with pytest.raises(AttemptNotAllowed):
        services.attempt_start(user=user, quiz=french, now=T0 + timedelta(hours=1))
    # The same quiz used elsewhere (another workshop) counts its attempts apart.
    workshop_b = "6f1f8a3e-0d8e-4b59-9a77-6a7d8ad0c0de"
    other = services.attempt_start(user=user, quiz=french, context_key=workshop_b, now=T0)
    assert other.number == 1 and str(other.context_key) == workshop_b


def test_a_quiz_without_questions_cannot_start(user):
    with pytest.raises(AttemptNotAllowed) as refused:
        services.attempt_start(user=user, quiz=make_quiz(), now=T0)
    assert "no questions" in str(refused.value.message)


# --- delay between attempts ------------------------------------------------------------------


def test_delay_between_attempts(user, settings):
    settings.TIME_ZONE = "UTC"
    quiz = ten_point_quiz(delay_minutes=30)
    take(quiz, user, right=0)
    too_soon = T0 + timedelta(minutes=29, seconds=59)
    check = quiz_start_check(quiz=quiz, user=user, now=too_soon)
    assert not check.can_start
    assert check.next_start_at == T0 + timedelta(minutes=30)
    with pytest.raises(AttemptNotAllowed) as refused:
        services.attempt_start(user=user, quiz=quiz, now=too_soon)
    assert str(refused.value.message).startswith("You can try again from ")
    assert "9:30" in str(refused.value.message)
    assert Attempt.objects.filter(user=user).count() == 1

    attempt = services.attempt_start(user=user, quiz=quiz, now=T0 + timedelta(minutes=30))
    assert attempt.number == 2


def test_delay_counts_from_the_end_of_the_attempt(user):
    quiz = ten_point_quiz(delay_minutes=10)
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0)
    submitted_at = T0 + timedelta(minutes=20)
    services.attempt_submit(
        attempt_id=attempt.pk, user=user, answers=answers_with(attempt, 0), now=submitted_at
    )
    with pytest.raises(AttemptNotAllowed):
        services.attempt_start(user=user, quiz=quiz, now=submitted_at + timedelta(minutes=9))
    services.attempt_start(user=user, quiz=quiz, now=submitted_at + timedelta(minutes=10))


# --- time limit ------------------------------------------------------------------------------


def test_time_limit_sets_a_deadline(user):
    quiz = ten_point_quiz(time_limit_minutes=15)
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0)
    assert attempt.deadline_at == T0 + timedelta(minutes=15)
    untimed = services.attempt_start(user=user, quiz=ten_point_quiz(), now=T0)
    assert untimed.deadline_at is None


def test_submission_after_the_deadline_and_grace_is_refused_and_records_nothing(user):
    graded = []
    signals.attempt_graded.connect(
        lambda **kw: graded.append(kw), weak=False, dispatch_uid="test-late"
    )
    try:
        quiz = ten_point_quiz(time_limit_minutes=15)
        attempt = services.attempt_start(user=user, quiz=quiz, now=T0)
        late = attempt.deadline_at + services.TIME_LIMIT_GRACE + timedelta(seconds=1)
        with pytest.raises(SubmissionRejected) as refused:
            services.attempt_submit(
                attempt_id=attempt.pk, user=user, answers=perfect_answers(attempt), now=late
            )
    finally:
        signals.attempt_graded.disconnect(dispatch_uid="test-late")
    assert "time limit" in str(refused.value.message)
    attempt.refresh_from_db()
    assert not attempt.is_submitted and attempt.score_raw is None and attempt.passed is None
    assert not Answer.objects.filter(attempt=attempt).exists()
    assert graded == []
    # The lapsed attempt is not resumed: the learner starts a new one.
    fresh = services.attempt_start(user=user, quiz=quiz, now=late)
    assert fresh.pk != attempt.pk and fresh.number == 2


@pytest.mark.parametrize(
    "after_deadline", [timedelta(0), timedelta(seconds=29), timedelta(seconds=30)]
)
def test_submission_within_the_grace_is_accepted(user, after_deadline):
    quiz = ten_point_quiz(time_limit_minutes=15)
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0)
    result = services.attempt_submit(
        attempt_id=attempt.pk,
        user=user,
        answers=perfect_answers(attempt),
        now=attempt.deadline_at + after_deadline,
    )
    assert result.newly_graded and result.attempt.passed


def test_an_open_timed_attempt_is_resumed_until_its_deadline(user):
    quiz = ten_point_quiz(time_limit_minutes=15)
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0)
    again = services.attempt_start(user=user, quiz=quiz, now=T0 + timedelta(minutes=14))
    assert again.pk == attempt.pk and again.deadline_at == attempt.deadline_at


# --- shuffling -------------------------------------------------------------------------------


def shuffle_quiz(**settings) -> Quiz:
    quiz = make_quiz(**settings)
    for n in range(6):
        add_choice_question(
            quiz, texts=[f"q{n} option {i}" for i in range(4)], correct=[n % 4], order=n
        )
    for n, add in enumerate(EVERY_TYPE, start=6):  # and one question of each type
        add(quiz, order=n)
    return quiz


def authored(quiz):
    return list(quiz.questions.order_by("sort_order", "pk").values_list("pk", flat=True))


def test_shuffling_changes_the_order_shown_but_never_the_score(user):
    quiz = shuffle_quiz(shuffle_questions=True, shuffle_options=True)
    questions = {q.pk: q for q in quiz.questions.all()}
    reference = None
    question_orders, option_orders = set(), set()
    for seed in range(12):
        attempt = services.attempt_start(
            user=user, quiz=quiz, now=T0 + timedelta(minutes=seed), rng=random.Random(seed)
        )
        assert sorted(attempt.question_ids) == sorted(authored(quiz))
        question_orders.add(tuple(attempt.question_ids))
        for name, keys in attempt.option_orders.items():
            # "<id>" orders a question's options; "<id>:targets" a matching's answers.
            question = questions[int(name.split(":")[0])]
            assert sorted(keys) == sorted(question.option_keys())
            option_orders.add((name, tuple(keys)))
        # What the learner sees follows the attempt's order.
        views = attempt_questions(attempt=attempt)
        assert [v.question.pk for v in views] == attempt.question_ids
        for view in views:
            shown = attempt.option_orders[str(view.question.pk)]
            if shown:
                assert [o.key for o in view.options] == shown
        # The same answers (by key) earn the same score whatever the order shown.
        answers = {
            str(pk): (q.correct_response() if n % 2 else wrong_response(q))
            for n, (pk, q) in enumerate(sorted(questions.items()))
        }
        result = services.attempt_submit(
            attempt_id=attempt.pk, user=user, answers=answers, now=T0 + timedelta(minutes=seed)
        )
        score = (result.attempt.score_raw, result.attempt.score_max, result.attempt.passed)
        assert reference is None or score == reference
        reference = score
    assert len(question_orders) > 1
    assert any(order != tuple(authored(quiz)) for order in question_orders)
    assert any(
        keys != tuple(questions[int(name.split(":")[0])].option_keys())
        for name, keys in option_orders
        if ":" not in name
    )


def test_without_shuffling_the_authored_order_is_kept(user):
    quiz = shuffle_quiz(shuffle_questions=False, shuffle_options=False)
    for seed in range(5):
        attempt = services.attempt_start(user=user, quiz=quiz, now=T0, rng=random.Random(seed))
        assert attempt.question_ids == authored(quiz)
        for question in quiz.questions.all():
            shown = attempt.option_orders.get(str(question.pk), [])
            if question.interaction_type == "choice":
                assert shown == question.option_keys()
            if question.interaction_type == "sequencing":
                # The order is the answer: it is always shuffled, never shown solved.
                assert sorted(shown) == sorted(question.correct_response())
                assert shown != question.correct_response()
        services.attempt_submit(
            attempt_id=attempt.pk, user=user, answers=perfect_answers(attempt), now=T0
        )


# --- drawing from the bank -------------------------------------------------------------------


def test_draw_n_questions_from_the_bank(user):
    quiz = ten_point_quiz(draw_count=4)
    bank = set(authored(quiz))
    draws = set()
    for seed in range(10):
        attempt = services.attempt_start(
            user=make_user(), quiz=quiz, now=T0, rng=random.Random(seed)
        )
        assert len(attempt.question_ids) == 4
        assert len(set(attempt.question_ids)) == 4
        assert set(attempt.question_ids) <= bank
        # Without question shuffling the drawn questions keep the authored order.
        assert attempt.question_ids == [pk for pk in authored(quiz) if pk in attempt.question_ids]
        draws.add(frozenset(attempt.question_ids))
    assert len(draws) > 1


def test_a_drawn_attempt_is_graded_on_its_own_questions(user):
    quiz = ten_point_quiz(draw_count=3, pass_mark=100)
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0, rng=random.Random(1))
    left_out = next(pk for pk in authored(quiz) if pk not in attempt.question_ids)
    answers = perfect_answers(attempt)
    with pytest.raises(SubmissionRejected):
        services.attempt_submit(
            attempt_id=attempt.pk, user=user, answers={**answers, str(left_out): "x"}, now=T0
        )
    result = services.attempt_submit(attempt_id=attempt.pk, user=user, answers=answers, now=T0)
    assert result.attempt.score_max == 3 and result.attempt.passed
    assert Answer.objects.filter(attempt=attempt).count() == 3


@pytest.mark.parametrize("draw_count", [10, 25])
def test_drawing_the_whole_bank_or_more_uses_every_question(user, draw_count):
    quiz = ten_point_quiz(draw_count=draw_count)
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0, rng=random.Random(3))
    assert attempt.question_ids == authored(quiz)


def test_draw_and_shuffle_together(user):
    quiz = ten_point_quiz(draw_count=5, shuffle_questions=True)
    orders = set()
    for seed in range(10):
        attempt = services.attempt_start(
            user=make_user(), quiz=quiz, now=T0, rng=random.Random(seed)
        )
        assert len(set(attempt.question_ids)) == 5
        orders.add(tuple(attempt.question_ids))
    assert any(list(o) != sorted(o, key=authored(quiz).index) for o in orders)


# --- the grade that counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "counted_number", "counted_score"),
    [(GradingMethod.HIGHEST, 2, 9), (GradingMethod.LAST, 3, 4)],
)
def test_grading_method(user, method, counted_number, counted_score):
    quiz = ten_point_quiz(grading_method=method)
    for n, right in enumerate([5, 9, 4]):
        take(quiz, user, right=right, at=T0 + timedelta(minutes=n))
    # An attempt still open never counts.
    services.attempt_start(user=user, quiz=quiz, now=T0 + timedelta(minutes=5))
    counted = grade_that_counts(quiz, attempts_of(user=user, quiz_key=quiz.translation_key))
    assert counted.number == counted_number and counted.score_raw == counted_score


def test_highest_grade_ties_go_to_the_first_attempt(user):
    quiz = ten_point_quiz(grading_method=GradingMethod.HIGHEST)
    for n in range(3):
        take(quiz, user, right=8, at=T0 + timedelta(minutes=n))
    counted = grade_that_counts(quiz, attempts_of(user=user, quiz_key=quiz.translation_key))
    assert counted.number == 1


def test_no_graded_attempt_counts_nothing(user):
    quiz = ten_point_quiz()
    services.attempt_start(user=user, quiz=quiz, now=T0)
    assert grade_that_counts(quiz, attempts_of(user=user, quiz_key=quiz.translation_key)) is None


# --- resuming --------------------------------------------------------------------------------


def test_starting_again_resumes_the_open_attempt(user, started_events):
    quiz = full_quiz(shuffle_questions=True, shuffle_options=True)
    first = services.attempt_start(user=user, quiz=quiz, now=T0, rng=random.Random(1))
    again = services.attempt_start(
        user=user, quiz=quiz, now=T0 + timedelta(hours=3), rng=random.Random(2)
    )
    assert again.pk == first.pk
    assert again.question_ids == first.question_ids and again.option_orders == first.option_orders
    assert started_events == [first.pk]
    services.attempt_submit(attempt_id=first.pk, user=user, answers=perfect_answers(first), now=T0)
    second = services.attempt_start(user=user, quiz=quiz, now=T0 + timedelta(hours=4))
    assert second.pk != first.pk and second.number == 2
    assert started_events == [first.pk, second.pk]


def test_submitting_twice_grades_once(user):
    quiz = full_quiz()
    attempt = services.attempt_start(user=user, quiz=quiz, now=T0)
    first = services.attempt_submit(
        attempt_id=attempt.pk, user=user, answers=perfect_answers(attempt), now=T0
    )
    replay = services.attempt_submit(
        attempt_id=attempt.pk, user=user, answers=wrong_answers(attempt), now=T0
    )
    assert first.newly_graded and not replay.newly_graded
    assert replay.attempt.score_scaled == 1 and replay.attempt.passed
    assert Answer.objects.filter(attempt=attempt).count() == 7
