"""Writes for quizzes: starting an attempt and submitting it. Grading happens here, on the
server, once per attempt."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import grading, signals
from .errors import AttemptNotAllowed, ResponseError, SubmissionRejected
from .models import Answer, Attempt, AttemptStatus, Question, Quiz, ShortTextQuestion
from .selectors import questions_with_parts, quiz_start_check

# Network and clock slack for a submission sent as the timer runs out.
TIME_LIMIT_GRACE = timedelta(seconds=30)


def _decimal(value: Fraction, places: str = "0.01") -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(places))


def _draw(quiz: Quiz, rng: random.Random) -> tuple[list[int], dict[str, list[str]]]:
    questions = list(
        quiz.questions.all()
        .prefetch_related("choices", "steps", "pairs")
        .order_by("sort_order", "pk")
    )
    if quiz.draw_count and quiz.draw_count < len(questions):
        drawn = rng.sample(questions, quiz.draw_count)
        drawn.sort(key=lambda q: (q.sort_order, q.pk))
    else:
        drawn = questions
    if quiz.shuffle_questions:
        rng.shuffle(drawn)
    orders = {}
    for question in drawn:
        keys = question.option_keys()
        # Ordering questions are always shown shuffled: the order is the answer.
        if keys and (
            quiz.shuffle_options or question.interaction_type in ("sequencing", "matching")
        ):
            keys = keys[:]
            rng.shuffle(keys)
            if question.interaction_type == "sequencing" and keys == question.correct_response():
                keys.reverse()
        orders[str(question.pk)] = keys
        if question.interaction_type == "matching":
            # Answers get an order of their own: tied to the items' order, the position of
            # an item would give away the position of its match.
            targets = keys[:]
            rng.shuffle(targets)
            orders[f"{question.pk}:targets"] = targets
    return [q.pk for q in drawn], orders


@transaction.atomic
def attempt_start(
    *,
    user,
    quiz: Quiz,
    context_key=None,
    pass_mark: int | None = None,
    now: datetime | None = None,
    rng: random.Random | None = None,
) -> Attempt:
    """Start an attempt, or return the one already in progress (a reload resumes it).

    `pass_mark` overrides the quiz's own (a workshop sets its own pass mark on its quiz).
    """
    if not getattr(user, "is_authenticated", False):
        raise AttemptNotAllowed(_("Sign in to take this quiz."))
    # One start at a time per learner: a double click must resume, not start twice. The
    # unique (user, quiz_key, context_key, number) constraint cannot catch it when
    # context_key is NULL (SQL treats NULLs as distinct), so lock the learner's row; the
    # second request then sees the first one's attempt and resumes it.
    list(
        get_user_model()
        ._default_manager.select_for_update()
        .filter(pk=user.pk)
        .values_list("pk", flat=True)
    )
    now = now or timezone.now()
    check = quiz_start_check(quiz=quiz, user=user, context_key=context_key, now=now)
    if check.in_progress is not None:
        return check.in_progress
    if not check.can_start:
        raise AttemptNotAllowed(check.reason)
    if not quiz.questions.exists():
        raise AttemptNotAllowed(_("This quiz has no questions yet."))
    question_ids, option_orders = _draw(quiz, rng or random.SystemRandom())
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                quiz=quiz,
                quiz_key=quiz.translation_key,
                user=user,
                context_key=context_key,
                number=check.attempts_used + 1,
                pass_mark=pass_mark or quiz.pass_mark,
                started_at=now,
                deadline_at=deadline,
                question_ids=question_ids,
                option_orders=option_orders,
            )
    except IntegrityError:
        # A double click started the same attempt number twice: keep the first.
        return Attempt.objects.get(
            user=user,
            quiz_key=quiz.translation_key,
            context_key=context_key,
            number=check.attempts_used + 1,
        )
    signals.attempt_started.send(sender=Attempt, user=user, attempt=attempt)
    return attempt


@dataclass
class SubmitResult:
    attempt: Attempt
    newly_graded: bool


def _questions_of(attempt: Attempt, loaded=None) -> list[Question]:
    """The attempt's questions in the order drawn, ready to grade. `loaded` are questions the
    caller has already read with their parts (the quiz form's views): they are used instead
    of reading them again; only the accepted answers of short-text questions, which the form
    does not read, are fetched (one query)."""
    if loaded is None:
        by_id = questions_with_parts(attempt.question_ids)
    else:
        by_id = {q.pk: q for q in loaded if q.pk in set(attempt.question_ids)}
        missing = [pk for pk in attempt.question_ids if pk not in by_id]
        if missing:
            by_id.update(questions_with_parts(missing))
        needs_accepted = [
            q
            for q in by_id.values()
            if isinstance(q, ShortTextQuestion)
            and "accepted" not in getattr(q, "_prefetched_objects_cache", {})
        ]
        if needs_accepted:
            prefetch_related_objects(needs_accepted, "accepted")
    return [by_id[pk] for pk in attempt.question_ids if pk in by_id]


def _validated(questions: list[Question], answers) -> dict[int, object]:
    if not isinstance(answers, dict):
        raise SubmissionRejected(_("The answers could not be read. Nothing was recorded."))
    expected = {str(q.pk) for q in questions}
    foreign = set(map(str, answers)) - expected
    if foreign:
        raise SubmissionRejected(
            _("Some answers belong to questions outside this attempt. Nothing was recorded.")
        )
    errors, clean = [], {}
    for number, question in enumerate(questions, start=1):
        raw = answers.get(str(question.pk))
        if raw is None or raw == "" or raw == []:
            errors.append(_("Question %(n)d: answer it before you submit.") % {"n": number})
            continue
        try:
            clean[question.pk] = question.validate_response(raw)
        except ResponseError as error:
            errors.append(_("Question %(n)d: %(error)s") % {"n": number, "error": error.message})
    if errors:
        raise SubmissionRejected(" ".join(errors))
    return clean


def attempt_submit(
    *,
    attempt_id: int,
    user,
    answers: dict,
    now: datetime | None = None,
    questions=None,
    attempt: Attempt | None = None,
) -> SubmitResult:
    """Grade an attempt once. A second submission (a double click, two tabs, a replay)
    returns the first result and changes nothing. Bad input raises a QuizError and records
    nothing.

    `questions`: the attempt's questions as the caller already read them (with their
    choices, steps and pairs), so grading does not read them again; the count of queries
    never depends on the number of questions either way. `attempt`: the attempt as the
    caller read it (with its quiz), spared a second read; whether it is still unsubmitted
    is decided by the UPDATE that submits it, not by what was read.

    Inside the caller's transaction (a workshop's quiz) it takes no savepoint: every
    refusal is raised before the first write, and raised outside any atomic block of its
    own it leaves the caller's transaction usable (an exception leaving an inner
    `atomic(savepoint=False)` would doom it). Alone, it is its own transaction."""
    kwargs = {
        "attempt_id": attempt_id,
        "user": user,
        "answers": answers,
        "now": now,
        "questions": questions,
        "known": attempt,
    }
    if transaction.get_connection().in_atomic_block:
        return _attempt_submit(**kwargs)
    with transaction.atomic():
        return _attempt_submit(**kwargs)


def _attempt_submit(*, attempt_id, user, answers, now, questions, known) -> SubmitResult:
    try:
        attempt_id = int(attempt_id)
    except (TypeError, ValueError):
        attempt_id = None  # a tampered form: refused below like any unknown attempt
    if attempt_id is None or not getattr(user, "is_authenticated", False):
        raise SubmissionRejected(_("This attempt does not exist or is not yours."))
    now = now or timezone.now()
    if known is not None and known.pk == attempt_id and known.user_id == user.pk:
        attempt = known
    else:
        attempt = Attempt.objects.filter(pk=attempt_id, user=user).select_related("quiz").first()
    if attempt is None:
        raise SubmissionRejected(_("This attempt does not exist or is not yours."))
    if attempt.is_submitted:
        return SubmitResult(attempt=attempt, newly_graded=False)
    if attempt.deadline_at and now > attempt.deadline_at + TIME_LIMIT_GRACE:
        raise SubmissionRejected(
            _("The time limit ended at %(time)s: this attempt can no longer be submitted.")
            % {"time": date_format(timezone.localtime(attempt.deadline_at), "TIME_FORMAT")}
        )
    questions = _questions_of(attempt, questions)
    responses = _validated(questions, answers)

    earned, maximum, rows = Fraction(0), 0, []
    for question in questions:
        result = question.grade(responses[question.pk])
        earned += result.points
        maximum += result.max_points
        rows.append(
            Answer(
                attempt=attempt,
                question=question,
                response=responses[question.pk],
                points=_decimal(result.points),
                max_points=Decimal(result.max_points),
                is_correct=result.is_correct,
            )
        )
    score = grading.scaled(earned, maximum)
    graded = {
        "status": AttemptStatus.SUBMITTED,
        "submitted_at": now,
        "score_raw": _decimal(earned),
        "score_max": Decimal(maximum),
        "score_scaled": _decimal(score, "0.0001"),
        "passed": grading.passes(score_scaled=score, pass_mark_percent=attempt.pass_mark),
    }
    # Graded once: the UPDATE submits the attempt only if it is still in progress. A second
    # submission at the same moment waits on the first one's row lock, then finds it
    # submitted (0 rows) and returns the first result; no read under a lock is needed.
    claimed = Attempt.objects.filter(pk=attempt.pk, status=AttemptStatus.IN_PROGRESS).update(
        **graded
    )
    if not claimed:
        attempt = Attempt.objects.select_related("quiz").get(pk=attempt.pk)
        return SubmitResult(attempt=attempt, newly_graded=False)
    for name, value in graded.items():
        setattr(attempt, name, value)
    Answer.objects.bulk_create(rows)
    signals.attempt_graded.send(sender=Attempt, user=user, attempt=attempt, answers=rows)
    return SubmitResult(attempt=attempt, newly_graded=True)
