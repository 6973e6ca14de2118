"""The learner's side of the final quiz and of lesson knowledge checks.

Thin views: read the request, call one service or selector, render. Grading, time limits,
attempt limits and the review policy are decided in the services and selectors; nothing the
learner may not see yet (right answers, correctness, feedback, explanations) is handed to
the answering templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from quizzes.errors import QuizError
from quizzes.form_input import answers_from_post, form_state, question_errors
from quizzes.models import Attempt, Quiz
from quizzes.practice import PracticeResult, practice_check, practice_questions
from quizzes.selectors import (
    StartCheck,
    attempt_questions,
    attempt_review,
    attempts_of,
    grade_that_counts,
    quiz_start_check,
    review_policy,
)

from . import services
from .blocks import is_final_quiz
from .errors import LearningError
from .models import CoursePage, LessonPage, WorkshopPage
from .request_memo import memo_active
from .selectors import WorkshopState, course_outline, workshop_outline
from .shared_cache import shared
from .success import earned_by

# --- reads shared by the pages below and the workshop page's "Final quiz" panel -------------


@dataclass
class FinalQuizPanel:
    """Where a learner stands with a workshop's final quiz, and what they can do next."""

    workshop: WorkshopPage
    quiz: Quiz
    outline: WorkshopState
    check: StartCheck
    counted: Attempt | None

    @property
    def pass_mark(self) -> int:
        return self.workshop.pass_mark

    @property
    def attempts(self) -> list[Attempt]:
        return self.check.attempts

    @property
    def attempts_used(self) -> int:
        return self.check.attempts_used

    @property
    def attempts_allowed(self) -> int:
        return self.quiz.attempts_allowed

    @property
    def attempts_left(self) -> int | None:
        if not self.quiz.attempts_allowed:
            return None
        return max(0, self.quiz.attempts_allowed - self.attempts_used)

    @property
    def counted_percent(self) -> int | None:
        return self.counted.percent if self.counted else None

    @property
    def counted_label(self) -> str:
        if self.quiz.grading_method == "last":
            return _("Latest score")
        return _("Best score")

    @property
    def has_passed(self) -> bool:
        return self.outline.is_passed or self.check.has_passed

    @property
    def lessons_done(self) -> bool:
        return self.outline.done >= self.outline.total

    @property
    def in_progress(self) -> Attempt | None:
        return self.check.in_progress

    @property
    def can_start(self) -> bool:
        return not self.outline.locked and self.lessons_done and self.check.can_start

    @property
    def blocked_reason(self) -> str:
        if self.outline.locked:
            return self.outline.lock_reason
        if not self.lessons_done:
            return _("Complete every lesson before the final quiz.")
        return self.check.reason

    @property
    def status(self) -> str:
        if self.has_passed:
            return "passed"
        if self.in_progress is not None:
            return "in_progress"
        if any(a.is_submitted for a in self.attempts):
            return "failed"
        return "not_started"

    @property
    def status_label(self) -> str:
        return {
            "passed": _("Passed"),
            "in_progress": _("In progress"),
            "failed": _("Not passed yet"),
            "not_started": _("Not taken yet"),
        }[self.status]


def final_quiz_panel(
    *, workshop: WorkshopPage, user, outline: WorkshopState | None = None, attempts=None
) -> FinalQuizPanel | None:
    """The workshop's final quiz as the learner stands with it; None without a final quiz.
    A fixed number of queries."""
    if not workshop.final_quiz_id:
        return None
    quiz = _final_quiz_shown(workshop)
    outline = outline or workshop_outline(workshop=workshop, user=user)
    if attempts is None:
        attempts = attempts_of(
            user=user, quiz_key=quiz.translation_key, context_key=workshop.translation_key
        )
    check = quiz_start_check(
        quiz=quiz, user=user, context_key=workshop.translation_key, attempts=attempts
    )
    return FinalQuizPanel(
        workshop=workshop,
        quiz=quiz,
        outline=outline,
        check=check,
        counted=grade_that_counts(quiz, attempts),
    )


def _final_quiz_shown(workshop: WorkshopPage) -> Quiz:
    """The workshop's final quiz in the active language, as `final_quiz.localized` finds it.
    A definition: on a page (GET) it comes from the cache (courses/shared_cache.py, renewed
    when a quiz or a page is saved) instead of three queries (the quiz, the Locale, the
    translation); callers must not change it."""
    if not memo_active():
        return workshop.final_quiz.localized
    return shared(
        "courses:final_quiz",
        lambda: workshop.final_quiz.localized,
        workshop.final_quiz_id,
        get_language(),
    )


def _live_workshop(page_id: int) -> WorkshopPage:
    workshop = WorkshopPage.objects.live().filter(pk=page_id).first()
    if workshop is None:
        raise Http404(_("This page does not exist or is not published."))
    return workshop


def _own_attempt(request, workshop: WorkshopPage, attempt_id: int) -> Attempt:
    """The learner's own attempt at this workshop's quiz; anyone else's is a 404, the same
    answer as for an attempt that does not exist."""
    attempt = (
        Attempt.objects.select_related("quiz")
        .filter(pk=attempt_id, user=request.user, context_key=workshop.translation_key)
        .first()
    )
    if attempt is None:
        raise Http404(_("This attempt does not exist."))
    return attempt


def _course_of(workshop: WorkshopPage) -> CoursePage | None:
    return CoursePage.objects.filter(path=workshop.path[: -workshop.steplen]).first()


def _is_open(attempt: Attempt) -> bool:
    from quizzes.services import TIME_LIMIT_GRACE

    return attempt.deadline_at is None or timezone.now() <= attempt.deadline_at + TIME_LIMIT_GRACE


# --- the final quiz --------------------------------------------------------------------------


@login_required
@require_POST
def quiz_start(request, page_id: int):
    """Start the final quiz, or resume the attempt in progress."""
    workshop = _live_workshop(page_id)
    try:
        attempt = services.workshop_quiz_start(user=request.user, workshop=workshop)
    except (LearningError, QuizError) as error:
        # Show the workshop again with the reason; nothing was started.
        messages.error(request, error.message)
        response = workshop.serve(request)
        response.status_code = 400
        return response
    return redirect("courses:quiz_attempt", page_id=workshop.pk, attempt_id=attempt.pk)


def _attempt_page(request, workshop, attempt, views, *, error="", status=200):
    return TemplateResponse(
        request,
        "courses/quiz/attempt.html",
        {
            "workshop": workshop,
            "course": _course_of(workshop),
            "attempt": attempt,
            "quiz": attempt.quiz,
            "views": views,
            "error": error,
            "error_views": [v for v in views if getattr(v, "error", "")],
            "is_open": _is_open(attempt),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def quiz_attempt(request, page_id: int, attempt_id: int):
    """GET: the questions of an attempt in progress. POST: submit them, once."""
    workshop = _live_workshop(page_id)
    attempt = _own_attempt(request, workshop, attempt_id)
    if attempt.is_submitted:
        return redirect("courses:quiz_result", page_id=workshop.pk, attempt_id=attempt.pk)
    views = attempt_questions(attempt=attempt)
    if request.method == "GET":
        return _attempt_page(request, workshop, attempt, form_state(views))

    answers = answers_from_post(views, request.POST)
    try:
        outcome = services.workshop_quiz_submit(
            user=request.user,
            workshop=workshop,
            attempt_id=attempt.pk,
            answers=answers,
            attempt=attempt,
            questions=[view.question for view in views],
        )
    except (QuizError, LearningError) as error:
        # Nothing was recorded: show the form again as the learner filled it, with why.
        views = form_state(views, request.POST, question_errors(views, answers))
        return _attempt_page(request, workshop, attempt, views, error=error.message, status=400)

    if outcome.course_completed:
        messages.success(request, _("Course completed. Well done!"))
    elif outcome.workshop_passed:
        messages.success(request, _("Workshop passed. The next level is open to you."))
    return redirect("courses:quiz_result", page_id=workshop.pk, attempt_id=outcome.attempt.pk)


@login_required
@require_http_methods(["GET"])
def quiz_result(request, page_id: int, attempt_id: int):
    """The score of a submitted attempt, what it means for the workshop, what to do next, and
    as much of the review as the quiz's review policy allows now."""
    workshop = _live_workshop(page_id)
    attempt = _own_attempt(request, workshop, attempt_id)
    if not attempt.is_submitted:
        return redirect("courses:quiz_attempt", page_id=workshop.pk, attempt_id=attempt.pk)
    attempts = attempts_of(
        user=request.user, quiz_key=attempt.quiz_key, context_key=workshop.translation_key
    )
    policy = review_policy(quiz=attempt.quiz, attempt=attempt, attempts=attempts)
    panel = final_quiz_panel(workshop=workshop, user=request.user, attempts=attempts)
    outline = panel.outline if panel else workshop_outline(workshop=workshop, user=request.user)
    course = _course_of(workshop)
    earned = next_step = None
    if attempt.passed:
        # What this submission earned, read back from what it wrote (courses.success).
        earned = earned_by(
            user=request.user,
            at=attempt.submitted_at,
            enrollment=outline.enrollment,
            request=request,
        )
        if course is not None:
            next_step = course_outline(course=course, user=request.user).next_step
    return TemplateResponse(
        request,
        "courses/quiz/result.html",
        {
            "workshop": workshop,
            "course": course,
            "attempt": attempt,
            "quiz": attempt.quiz,
            "policy": policy,
            "review": attempt_review(attempt=attempt, policy=policy),
            "panel": panel,
            "outline": outline,
            "earned": earned,
            "next_step": next_step,
        },
    )


@login_required
@require_http_methods(["GET"])
def quiz_history(request, page_id: int):
    """Every attempt of the learner at this workshop's final quiz."""
    workshop = _live_workshop(page_id)
    panel = final_quiz_panel(workshop=workshop, user=request.user)
    if panel is None:
        raise Http404(_("This workshop has no final quiz."))
    return TemplateResponse(
        request,
        "courses/quiz/history.html",
        {"workshop": workshop, "course": _course_of(workshop), "panel": panel},
    )


# --- knowledge checks in lessons -------------------------------------------------------------


@dataclass
class CheckedBlock:
    """A knowledge check the learner just checked, for the block to show (courses.blocks)."""

    quiz: Quiz
    results: list[PracticeResult]

    @property
    def right(self) -> int:
        return sum(1 for r in self.results if r.is_correct)

    @property
    def total(self) -> int:
        return len(self.results)


@login_required
@require_POST
def knowledge_check(request, page_id: int, block_id: str):
    """Grade a lesson's knowledge check for practice and show the lesson again with the
    feedback. Nothing is stored: no attempt, no answer, no progress, not even a visit."""
    lesson = LessonPage.objects.live().filter(pk=page_id).first()
    if lesson is None:
        raise Http404(_("This page does not exist or is not published."))
    block = next(
        (b for b in lesson.body if b.block_type == "knowledge_check" and str(b.id) == block_id),
        None,
    )
    if block is None or block.value.get("quiz") is None:
        raise Http404(_("This knowledge check does not exist."))
    quiz = block.value["quiz"].localized
    if is_final_quiz(quiz):
        # Chosen before it became a final quiz: grading it here would reveal its answers.
        raise Http404(_("This knowledge check is not available."))
    views = practice_questions(quiz=quiz)
    answers = answers_from_post(views, request.POST)
    results = practice_check(quiz, answers, questions=views)
    form_state(views, request.POST, {r.view.question.pk: r.error for r in results if r.error})
    request.knowledge_checks = {block_id: CheckedBlock(quiz=quiz, results=results)}
    request.is_preview = False
    return TemplateResponse(request, lesson.get_template(request), lesson.get_context(request))
