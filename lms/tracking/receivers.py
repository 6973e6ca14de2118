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

from certificates import signals as certificate_signals
from courses import signals as course_signals
from courses import unit_of_work
from lms.advocacy import signals as advocacy_signals
from quizzes import signals as quiz_signals

from .activities import language_tag, quiz_activity
from .models import Statement
from .services import statement_record, statements_record
from .tasks import enqueue_delivery


def _enrollment_for_attempt(user, attempt):
    if not attempt.context_key:
        return None
    from courses.models import Enrollment

    # The action's service already holds the enrollment (courses.unit_of_work).
    outcome = unit_of_work.current()
    known = outcome.enrollment if outcome is not None else None
    if known is not None and str(known.workshop_key) == str(attempt.context_key):
        return known

    return Enrollment.objects.filter(user=user, workshop_key=attempt.context_key).first()


def on_enrollment_created(sender, **kwargs):
    statement_record(event="enrolled", **kwargs)


def on_enrollments_created(sender, *, created, **kwargs):
    """A department or an HR import assigned at once: the same statements, one INSERT."""
    statements_record(
        event="enrolled",
        items=[
            {"user": user, "enrollment": enrollment, "workshop": workshop}
            for user, enrollment, workshop in created
        ],
    )


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


def _certificate_names(certificate) -> dict:
    """The certificate's title in every language its template is written in (the LRS keeps
    one activity per workshop's certificate, named in each language)."""
    from certificates.selectors import template_titles

    names = {language_tag(certificate.language): certificate.title}
    # The templates are cached definitions (certificates.selectors): the issuance has just
    # read them.
    for code, title in template_titles(workshop_key=certificate.workshop_key):
        names.setdefault(language_tag(code), title)
    return names


def on_certificate_issued(sender, *, user, certificate, at, **kwargs):
    enrollment = certificate.enrollment
    statement_record(
        event="certificate_earned",
        user=user,
        certificate_key=certificate.workshop_key,
        name=_certificate_names(certificate),
        at=at,
        registration=enrollment.registration,
        workshop_key=certificate.workshop_key,
        course_key=certificate.course_key,
    )


def on_certificate_revoked(sender, *, user, certificate, at, **kwargs):
    """Void the statement that said the certificate was earned: an LRS then reports the
    certificate as never held, which is what a revocation means to HR's records."""
    earned = (
        Statement.objects.filter(
            event="certificate_earned", registration=certificate.enrollment.registration
        )
        .values_list("id", flat=True)
        .first()
    )
    if earned is None:
        return
    statement_record(event="certificate_revoked", user=user, voided_statement_id=earned, at=at)


def on_tier_changed(sender, *, user, old, new, change, at, **kwargs):
    """Only a step up is "earned"; a step down is in the tier history, not in the LRS."""
    if new is None or not change.is_promotion:
        return
    from lms.advocacy.selectors import tier_names

    names = {
        language_tag(code): name
        for code, name in tier_names(translation_key=new.translation_key).items()
    }
    statement_record(event="tier_earned", user=user, tier_key=new.slug, name=names, at=at)


def on_charter_accepted(sender, *, user, acceptance, charter, at, **kwargs):
    statement_record(
        event="charter_accepted",
        user=user,
        charter_version=acceptance.version,
        name={language_tag(acceptance.language): f"{charter.title} ({acceptance.version})"},
        at=at,
    )


CONNECTIONS = [
    (course_signals.enrollment_created, on_enrollment_created),
    (course_signals.enrollments_created, on_enrollments_created),
    (course_signals.workshop_started, on_workshop_started),
    (course_signals.lesson_viewed, on_lesson_viewed),
    (course_signals.lesson_completed, on_lesson_completed),
    (course_signals.workshop_passed, on_workshop_passed),
    (course_signals.workshop_failed, on_workshop_failed),
    (course_signals.workshop_completed, on_workshop_completed),
    (course_signals.course_completed, on_course_completed),
    (quiz_signals.attempt_started, on_attempt_started),
    (quiz_signals.attempt_graded, on_attempt_graded),
    (certificate_signals.certificate_issued, on_certificate_issued),
    (certificate_signals.certificate_revoked, on_certificate_revoked),
    (advocacy_signals.tier_changed, on_tier_changed),
    (advocacy_signals.charter_accepted, on_charter_accepted),
]


def deliver_after_commit(sender, **kwargs):
    """After the recording receiver of each event: queue one delivery run at the commit of
    the learner's transaction, once per transaction however many statements it wrote (a
    rolled-back transaction queues nothing; the periodic sweep covers a crash in between)."""
    if any(callback is enqueue_delivery for _, callback, _ in connection.run_on_commit):
        return
    transaction.on_commit(enqueue_delivery, robust=True)


def connect() -> None:
    from courses import unit_of_work

    # The statements' language (builders.learner_language): read with the action's
    # enrollments (courses.services), not on its own.
    unit_of_work.learner_row("profile")
    for signal, receiver in CONNECTIONS:
        signal.connect(receiver, dispatch_uid=f"lms.tracking.{receiver.__name__}")
    # Connected after the recorders, so it runs after them (receivers run in order).
    for signal, _ in CONNECTIONS:
        signal.connect(deliver_after_commit, dispatch_uid="lms.tracking.deliver_after_commit")
