"""Domain events -> outbox. Django signals run synchronously, so each statement is written
inside the transaction of the service that sent the event (not on_commit: a statement must
commit or roll back with the learner state it describes).

Source of passed/failed: courses' `workshop_passed` / `workshop_failed`, not quizzes'
`attempt_graded`. Only the course domain knows what a graded attempt means for the workshop
(passed once, never failed after passed, the pass mark of the workshop), it also covers
workshops passed without a quiz, and its events carry the enrollment (the registration).
`attempt_graded` records one "answered" statement per answer and nothing else.
"""

from __future__ import annotations

from django.db import connection, transaction

from courses import signals as course_signals
from quizzes import signals as quiz_signals

from .activities import quiz_activity
from .services import statement_record, statements_record
from .tasks import enqueue_delivery


def _enrollment_for_attempt(user, attempt):
    if not attempt.context_key:
        return None
    from courses.models import Enrollment

    return Enrollment.objects.filter(user=user, workshop_key=attempt.context_key).first()


def on_enrollment_created(sender, **kwargs):
    statement_record(event="enrolled", **kwargs)


def on_workshop_started(sender, **kwargs):
    statement_record(event="workshop_launched", **kwargs)


def on_lesson_viewed(sender, **kwargs):
    statement_record(event="lesson_experienced", **kwargs)


def on_lesson_completed(sender, **kwargs):
    statement_record(event="lesson_completed", **kwargs)


def on_workshop_passed(sender, **kwargs):
    statement_record(event="workshop_passed", **kwargs)


def on_workshop_failed(sender, **kwargs):
    statement_record(event="workshop_failed", **kwargs)


def on_workshop_completed(sender, **kwargs):
    statement_record(event="workshop_completed", **kwargs)


def on_course_completed(sender, **kwargs):
    statement_record(event="course_completed", **kwargs)


def on_attempt_started(sender, *, user, attempt, **kwargs):
    statement_record(
        event="quiz_attempted",
        user=user,
        attempt=attempt,
        enrollment=_enrollment_for_attempt(user, attempt),
    )


def on_attempt_graded(sender, *, user, attempt, answers, **kwargs):
    if not answers:
        return
    enrollment = _enrollment_for_attempt(user, attempt)
    assessment, language = quiz_activity(attempt.quiz)
    statements_record(
        event="question_answered",
        items=[
            {
                "user": user,
                "attempt": attempt,
                "answer": answer,
                "enrollment": enrollment,
                "assessment": assessment,
                "quiz_language": language,
            }
            for answer in answers
        ],
    )


CONNECTIONS = [
    (course_signals.enrollment_created, on_enrollment_created),
    (course_signals.workshop_started, on_workshop_started),
    (course_signals.lesson_viewed, on_lesson_viewed),
    (course_signals.lesson_completed, on_lesson_completed),
    (course_signals.workshop_passed, on_workshop_passed),
    (course_signals.workshop_failed, on_workshop_failed),
    (course_signals.workshop_completed, on_workshop_completed),
    (course_signals.course_completed, on_course_completed),
    (quiz_signals.attempt_started, on_attempt_started),
    (quiz_signals.attempt_graded, on_attempt_graded),
]


def deliver_after_commit(sender, **kwargs):
    """After the recording receiver of each event: queue one delivery run at the commit of
    the learner's transaction, once per transaction however many statements it wrote (a
    rolled-back transaction queues nothing; the periodic sweep covers a crash in between)."""
    if any(callback is enqueue_delivery for _, callback, _ in connection.run_on_commit):
        return
    transaction.on_commit(enqueue_delivery, robust=True)


def connect() -> None:
    for signal, receiver in CONNECTIONS:
        signal.connect(receiver, dispatch_uid=f"lms.tracking.{receiver.__name__}")
    # Connected after the recorders, so it runs after them (receivers run in order).
    for signal, _ in CONNECTIONS:
        signal.connect(deliver_after_commit, dispatch_uid="lms.tracking.deliver_after_commit")
