"""Reads for quizzes: may a learner start, what does an attempt show, what may the review
reveal. The review policy lives here and nowhere else, so a template can never show more
than it allows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Attempt, AttemptStatus, GradingMethod, Question, Quiz, ReviewShow, ReviewWhen


def attempts_of(*, user, quiz_key, context_key=None) -> list[Attempt]:
    """A learner's attempts at a quiz (in any of its languages), newest first."""
    if not user.is_authenticated:
        return []
    return list(
        Attempt.objects.filter(user=user, quiz_key=quiz_key, context_key=context_key).order_by(
            "-number"
        )
    )


def grade_that_counts(quiz: Quiz, attempts: list[Attempt]) -> Attempt | None:
    graded = [a for a in attempts if a.is_submitted]
    if not graded:
        return None
    if quiz.grading_method == GradingMethod.LAST:
        return max(graded, key=lambda a: a.number)
    return max(graded, key=lambda a: (a.score_scaled, -a.number))


@dataclass
class StartCheck:
    attempts: list[Attempt]
    can_start: bool
    reason: str = ""
    next_start_at: datetime | None = None
    in_progress: Attempt | None = None

    @property
    def attempts_used(self) -> int:
        return max((a.number for a in self.attempts), default=0)

    @property
    def has_passed(self) -> bool:
        return any(a.passed for a in self.attempts if a.is_submitted)


def _is_open(attempt: Attempt, now: datetime) -> bool:
    from .services import TIME_LIMIT_GRACE

    if attempt.status != AttemptStatus.IN_PROGRESS:
        return False
    return attempt.deadline_at is None or now <= attempt.deadline_at + TIME_LIMIT_GRACE


def quiz_start_check(*, quiz: Quiz, user, context_key=None, now=None, attempts=None) -> StartCheck:
    """Whether the learner may start (or resume) an attempt now, and if not, why."""
    now = now or timezone.now()
    if attempts is None:
        attempts = attempts_of(user=user, quiz_key=quiz.translation_key, context_key=context_key)
    check = StartCheck(attempts=attempts, can_start=True)
    open_attempt = next((a for a in attempts if _is_open(a, now)), None)
    if open_attempt is not None:
        check.in_progress = open_attempt
        return check
    if quiz.attempts_allowed and check.attempts_used >= quiz.attempts_allowed:
        check.can_start = False
        check.reason = ngettext(
            "You have used the only attempt allowed for this quiz.",
            "You have used all %(n)d attempts allowed for this quiz.",
            quiz.attempts_allowed,
        ) % {"n": quiz.attempts_allowed}
        return check
    last_end = max(
        (a.submitted_at or a.deadline_at or a.started_at for a in attempts), default=None
    )
    if quiz.delay_minutes and last_end is not None:
        until = last_end + timedelta(minutes=quiz.delay_minutes)
        if now < until:
            check.can_start = False
            check.next_start_at = until
            check.reason = _("You can try again from %(time)s.") % {
                "time": date_format(timezone.localtime(until), "DATETIME_FORMAT")
            }
    return check


# The rows each question type reads to grade and show itself.
_PARTS = {
    "choices": ("SingleChoiceQuestion", "MultipleChoiceQuestion"),  # and ScenarioQuestion
    "steps": ("OrderingQuestion",),
    "pairs": ("MatchingQuestion",),
    "accepted": ("ShortTextQuestion",),
}


def _child_paths() -> dict[type, str]:
    """Each question type -> the select_related path from Question down to it
    (ScenarioQuestion: "singlechoicequestion__scenarioquestion")."""
    from .models import QUESTION_TYPES

    paths = {}
    for cls in QUESTION_TYPES:
        chain, current = [], cls
        while current is not Question:
            chain.append(current._meta.model_name)
            current = next(iter(current._meta.parents))
        paths[cls] = "__".join(reversed(chain))
    return paths


def _as_own_type(row: Question, paths: dict[type, str]) -> Question:
    """The instance of the question's own type that select_related already loaded."""
    cls = row.get_real_instance_class()
    if cls is None or cls is Question or cls not in paths:
        return row.get_real_instance()  # a type outside QUESTION_TYPES: one query of its own
    instance = row
    for name in paths[cls].split("__"):
        instance = getattr(instance, name)
    if row._state.fields_cache.get("image") is not None:
        instance._state.fields_cache["image"] = row._state.fields_cache["image"]
    return instance


def questions_with_parts(
    question_ids, *, parts=tuple(_PARTS), with_image: bool = False
) -> dict[int, Question]:
    """The questions (as their own types) with their options, steps, pairs or accepted
    answers: one query for the questions of every type (each type's own table joined, so
    django-polymorphic's one query per type is not needed) and one per kind of part, whatever
    the number of questions. Each part is prefetched only on the types that have it: a
    blanket prefetch_related builds an empty related queryset per question and per part,
    about a fifth of the CPU time of loading a 20-question attempt
    (tests/bench/quiz_bench.py)."""
    from . import models

    paths = _child_paths()
    found = Question.objects.non_polymorphic().filter(pk__in=question_ids)
    related = [*paths.values(), "image"] if with_image else list(paths.values())
    questions = [_as_own_type(row, paths) for row in found.select_related(*related)]
    for lookup in parts:
        types = tuple(getattr(models, name) for name in _PARTS[lookup])
        subset = [q for q in questions if isinstance(q, types)]
        if subset:
            prefetch_related_objects(subset, lookup)
    return {q.pk: q for q in questions}


@dataclass
class OptionView:
    key: str
    text: str


@dataclass
class QuestionView:
    """A question as the learner sees it while answering: no correctness in here."""

    number: int
    question: Question
    options: list[OptionView] = field(default_factory=list)
    targets: list[OptionView] = field(default_factory=list)  # matching: the answers offered

    @property
    def kind(self) -> str:
        return type(self.question).__name__.removesuffix("Question").lower()


def _options_in_order(question: Question, order: list[str]) -> list[OptionView]:
    kind = question.interaction_type
    if kind == "sequencing":
        texts = {str(s.key): s.text for s in question.steps.all()}
    elif kind == "matching":
        texts = {str(p.key): p.source for p in question.pairs.all()}
    elif kind == "choice":
        texts = {str(c.key): c.text for c in question.choices.all()}
    else:  # true/false, short text: nothing to pick from a list
        return []
    keys = order or list(texts)
    return [OptionView(key=k, text=texts[k]) for k in keys if k in texts]


def attempt_questions(*, attempt: Attempt) -> list[QuestionView]:
    """The attempt's questions in the order drawn, options in the order shown. A fixed
    number of queries whatever the number of questions."""
    questions = questions_with_parts(
        attempt.question_ids, parts=("choices", "steps", "pairs"), with_image=True
    )
    views = []
    for number, pk in enumerate(attempt.question_ids, start=1):
        question = questions.get(pk)
        if question is None:  # deleted by a trainer after the attempt started
            continue
        order = attempt.option_orders.get(str(pk), [])
        view = QuestionView(number=number, question=question)
        view.options = _options_in_order(question, order)
        if question.interaction_type == "matching":
            targets = {str(p.key): p.target for p in question.pairs.all()}
            # The answers' own order, drawn independently when the attempt started.
            shown = attempt.option_orders.get(f"{pk}:targets") or list(targets)
            view.targets = [OptionView(key=k, text=targets[k]) for k in shown if k in targets]
        views.append(view)
    return views


@dataclass
class ReviewPolicy:
    show_answers: bool
    show_correct: bool
    withheld_reason: str = ""


def review_policy(
    *, quiz: Quiz, attempt: Attempt, attempts: list[Attempt], now: datetime | None = None
) -> ReviewPolicy:
    """What the learner may see of a submitted attempt, now.

    "After the last attempt" means after the last attempt is *over*: while it is still open
    (or within its time limit), the earlier attempts' answers stay hidden, or the learner
    could read them and answer the last attempt with them."""
    if not attempt.is_submitted:
        return ReviewPolicy(False, False)
    now = now or timezone.now()
    wants_answers = quiz.review_show in (ReviewShow.ANSWERS, ReviewShow.CORRECT)
    wants_correct = quiz.review_show == ReviewShow.CORRECT
    passed = any(a.passed for a in attempts if a.is_submitted)
    used = max((a.number for a in attempts), default=0)
    all_over = not any(_is_open(a, now) for a in attempts)
    if quiz.review_when == ReviewWhen.PASSED and not passed:
        reason = _("The detailed review opens once you pass this quiz.")
    elif quiz.review_when == ReviewWhen.LAST_ATTEMPT and not (
        quiz.attempts_allowed and used >= quiz.attempts_allowed and all_over
    ):
        reason = _("The detailed review opens after your last allowed attempt.")
    else:
        return ReviewPolicy(wants_answers, wants_correct)
    return ReviewPolicy(False, False, reason if wants_answers else "")


@dataclass
class ReviewItem:
    view: QuestionView
    response_text: str
    points: float
    max_points: float
    is_correct: bool
    correct_text: str = ""
    explanation: str = ""
    feedback: list[str] = field(default_factory=list)


def _describe(question: Question, response, view: QuestionView) -> str:
    """A response in words, listed in the order the learner saw the options (not in the
    order of the keys stored, which is arbitrary: sorted keys, or a JSON object)."""
    if question.interaction_type == "true-false":
        return _("True") if response else _("False")
    if question.interaction_type == "fill-in":
        return str(response)
    texts = {o.key: o.text for o in view.options}
    if question.interaction_type == "matching":
        targets = {o.key: o.text for o in view.targets}
        sources = [o.key for o in view.options if o.key in response]
        sources += [s for s in response if s not in texts]
        return "; ".join(f"{texts.get(s, '?')} → {targets.get(response[s], '?')}" for s in sources)
    if question.interaction_type == "sequencing":
        return " → ".join(texts.get(k, "?") for k in response)
    if isinstance(response, list):
        picked = set(response)
        keys = [o.key for o in view.options if o.key in picked]
        keys += [k for k in response if k not in texts]
        return ", ".join(texts.get(k, "?") for k in keys)
    return texts.get(response, "?")


def attempt_review(*, attempt: Attempt, policy: ReviewPolicy) -> list[ReviewItem]:
    """Per-question review, holding back whatever the policy does not allow."""
    if not policy.show_answers:
        return []
    views = {v.question.pk: v for v in attempt_questions(attempt=attempt)}
    items = []
    for answer in attempt.answers.all():
        view = views.get(answer.question_id)
        if view is None:
            continue
        question = view.question
        item = ReviewItem(
            view=view,
            response_text=_describe(question, answer.response, view),
            points=float(answer.points),
            max_points=float(answer.max_points),
            is_correct=answer.is_correct,
        )
        if policy.show_correct:
            item.correct_text = _describe(question, question.correct_response(), view)
            item.explanation = question.explanation
            item.feedback = question.feedback_for(answer.response)
        items.append(item)
    items.sort(key=lambda i: i.view.number)
    return items
