"""Knowledge checks: a quiz answered for practice inside a lesson. Graded on the server with
the same graders as a real attempt, but nothing is stored and nothing counts: no attempt, no
answer rows, no signal, no effect on progress."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from fractions import Fraction

from django.utils.translation import gettext as _

from .errors import ResponseError
from .models import Question, Quiz
from .selectors import OptionView, QuestionView


def _shuffled(keys: list[str], seed: int, avoid: list[str]) -> list[str]:
    """A shuffle fixed per question (the same page after every reload and after a check),
    never equal to `avoid` (the order that would give the answer away)."""
    keys = keys[:]
    random.Random(seed).shuffle(keys)
    if len(keys) > 1 and keys == avoid:
        keys = keys[1:] + keys[:1]
    return keys


def practice_questions(*, quiz: Quiz) -> list[QuestionView]:
    """Every question of the quiz in authored order, options in authored order. Ordering
    steps and matching answers are shuffled (their authored order is the answer), the same
    way on every request. A fixed number of queries, whatever the number of questions."""
    questions = list(
        Question.objects.filter(quiz=quiz)
        .select_related("image")
        .prefetch_related("choices", "steps", "pairs", "accepted")
        .order_by("sort_order", "pk")
    )
    views = []
    for number, question in enumerate(questions, start=1):
        view = QuestionView(number=number, question=question)
        seed = question.key.int
        kind = question.interaction_type
        if kind == "sequencing":
            texts = {str(s.key): s.text for s in question.steps.all()}
            correct = question.correct_response()
            order = _shuffled(correct, seed, avoid=correct)
            view.options = [OptionView(key=k, text=texts[k]) for k in order]
        elif kind == "matching":
            pairs = list(question.pairs.all())
            view.options = [OptionView(key=str(p.key), text=p.source) for p in pairs]
            sources = [str(p.key) for p in pairs]
            targets = {str(p.key): p.target for p in pairs}
            view.targets = [
                OptionView(key=k, text=targets[k]) for k in _shuffled(sources, seed, avoid=sources)
            ]
        elif kind == "choice":
            view.options = [OptionView(key=str(c.key), text=c.text) for c in question.choices.all()]
        views.append(view)
    return views


@dataclass
class PracticeResult:
    view: QuestionView
    answered: bool
    is_correct: bool = False
    points: float = 0.0
    max_points: float = 0.0
    error: str = ""
    feedback: list[str] = field(default_factory=list)
    explanation: str = ""


def practice_check(
    quiz: Quiz, answers: dict, *, questions: list[QuestionView] | None = None
) -> list[PracticeResult]:
    """Grade a knowledge check without storing anything: per question, right or wrong, the
    feedback the answer earned and the explanation. An unanswered or malformed answer gets
    its message instead; answers to questions outside the quiz are ignored.

    `questions` are the views the form was built from (`practice_questions`), to save
    reading them again."""
    views = questions if questions is not None else practice_questions(quiz=quiz)
    answers = answers if isinstance(answers, dict) else {}
    results = []
    for view in views:
        question = view.question
        raw = answers.get(str(question.pk))
        result = PracticeResult(view=view, answered=False, max_points=float(question.points))
        if raw is None or raw == "" or raw == []:
            result.error = _("Answer this question to check it.")
            results.append(result)
            continue
        try:
            response = question.validate_response(raw)
        except ResponseError as error:
            result.error = str(error.message)
            results.append(result)
            continue
        grade = question.grade(response)
        result.answered = True
        result.is_correct = grade.is_correct
        result.points = float(Fraction(grade.points))
        result.feedback = question.feedback_for(response)
        result.explanation = question.explanation
        results.append(result)
    return results
