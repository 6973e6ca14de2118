"""Item analysis for trainers: how each question and the whole quiz performed.

Reads only. Figures cover every submitted attempt at the quiz in any of its languages
(attempts share the quiz's `translation_key`; questions and options share their `key`), so
the French and English versions of a question count as one item.

A fixed number of queries whatever the number of attempts, answers or questions: the rows
come back as tuples (`values_list`) and are counted in one pass in Python.

Discrimination index (classic upper/lower 27 % method): rank the graded attempts by total
score; take the top 27 % and the bottom 27 % (at least one attempt each); for each
question, discrimination = share of the upper group who answered it fully correctly minus
the same share in the lower group. It runs from -1 to 1: around 0.3 or more, the question
separates learners who master the workshop from those who do not; near 0 or negative, it
does not (or its key is wrong). It is left empty below `MIN_ATTEMPTS_FOR_DISCRIMINATION`
graded attempts, or when either group holds no answer to that question (questions drawn at
random), because a handful of attempts gives a number that means nothing.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from uuid import UUID

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from .models import (
    QUESTION_TYPES,
    Answer,
    Attempt,
    AttemptStatus,
    Choice,
    ChoiceQuestionMixin,
    Question,
    Quiz,
)

MIN_ATTEMPTS_FOR_DISCRIMINATION = 10
GROUP_PERCENT = 27
BANDS = 10


@dataclass
class ItemStats:
    """One question (all its translations together)."""

    key: UUID
    number: int | None  # its position in the quiz being looked at; None: not in this language
    prompt: str
    type_label: str
    answered: int = 0
    correct: int = 0
    wrong_option: str | None = None  # choice types: the wrong option picked most often
    wrong_option_count: int = 0
    discrimination: float | None = None

    @property
    def percent_correct(self) -> float | None:
        return percent(self.correct, self.answered)


@dataclass
class ScoreBand:
    low: int  # percent, inclusive
    high: int  # percent, inclusive (the last band includes 100)
    count: int = 0
    share_of_largest: float = 0.0  # 0..100, the bar's length

    @property
    def label(self) -> str:
        return f"{self.low}–{self.high}\u00a0%"


@dataclass
class QuizAnalysis:
    attempts: int = 0
    learners: int = 0
    passed_attempts: int = 0
    learners_passed: int = 0
    mean_score: float | None = None  # percent
    bands: list[ScoreBand] = field(default_factory=list)
    items: list[ItemStats] = field(default_factory=list)
    group_size: int | None = None  # attempts in each of the upper and lower groups

    @property
    def pass_rate(self) -> float | None:
        return percent(self.passed_attempts, self.attempts)

    @property
    def discrimination_available(self) -> bool:
        return self.group_size is not None


def percent(part: int, whole: int) -> float | None:
    return None if not whole else round(100 * part / whole, 1)


# --- pure computations ---------------------------------------------------------------------


def group_size(graded_attempts: int) -> int | None:
    """Attempts in each of the upper and lower groups, or None when too few to tell."""
    if graded_attempts < MIN_ATTEMPTS_FOR_DISCRIMINATION:
        return None
    return max(1, (graded_attempts * GROUP_PERCENT + 50) // 100)


def score_band_index(score_scaled: Decimal | float) -> int:
    """0 for 0–9 %, 1 for 10–19 %, …, 9 for 90–100 %."""
    return max(0, min(BANDS - 1, int(Decimal(str(score_scaled)) * BANDS)))


def score_bands(scores: list[Decimal | float]) -> list[ScoreBand]:
    counts = Counter(score_band_index(s) for s in scores)
    width = 100 // BANDS
    bands = [
        ScoreBand(
            low=i * width,
            high=100 if i == BANDS - 1 else (i + 1) * width - 1,
            count=counts.get(i, 0),
        )
        for i in range(BANDS)
    ]
    largest = max((b.count for b in bands), default=0)
    for band in bands:
        band.share_of_largest = round(100 * band.count / largest, 1) if largest else 0.0
    return bands


def upper_and_lower(scores: dict[int, Decimal]) -> tuple[set[int], set[int]] | None:
    """Ids of the attempts in the upper and lower groups (ties broken by attempt id)."""
    size = group_size(len(scores))
    if size is None:
        return None
    ranked = sorted(scores, key=lambda attempt_id: (-scores[attempt_id], attempt_id))
    return set(ranked[:size]), set(ranked[-size:])


def discrimination_index(
    correct_by_attempt: dict[int, bool], upper: set[int], lower: set[int]
) -> float | None:
    """p(upper) - p(lower) for one question; None when a group did not answer it."""
    in_upper = [ok for attempt_id, ok in correct_by_attempt.items() if attempt_id in upper]
    in_lower = [ok for attempt_id, ok in correct_by_attempt.items() if attempt_id in lower]
    if not in_upper or not in_lower:
        return None
    return round(sum(in_upper) / len(in_upper) - sum(in_lower) / len(in_lower), 2)


def _picked(response) -> list[str]:
    if isinstance(response, str):
        return [response]
    if isinstance(response, list):
        return [k for k in response if isinstance(k, str)]
    return []


# --- the read ------------------------------------------------------------------------------


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _question_types() -> dict[int, type[Question]]:
    return {
        ContentType.objects.get_for_model(m, for_concrete_model=False).pk: m for m in QUESTION_TYPES
    }


def quiz_item_analysis(
    *,
    quiz: Quiz,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuizAnalysis:
    """Statistics of `quiz` (all its languages) over attempts submitted between `date_from`
    and `date_to` inclusive (days in the current time zone)."""
    attempts_qs = Attempt.objects.filter(
        quiz_key=quiz.translation_key, status=AttemptStatus.SUBMITTED
    )
    answers_qs = Answer.objects.filter(
        attempt__quiz_key=quiz.translation_key, attempt__status=AttemptStatus.SUBMITTED
    )
    if date_from:
        start = _day_start(date_from)
        attempts_qs = attempts_qs.filter(submitted_at__gte=start)
        answers_qs = answers_qs.filter(attempt__submitted_at__gte=start)
    if date_to:
        end = _day_start(date_to + datetime.timedelta(days=1))
        attempts_qs = attempts_qs.filter(submitted_at__lt=end)
        answers_qs = answers_qs.filter(attempt__submitted_at__lt=end)

    attempts = list(attempts_qs.values_list("id", "user_id", "score_scaled", "passed"))
    answers = list(answers_qs.values_list("attempt_id", "question__key", "is_correct", "response"))
    questions = list(
        Question.objects.non_polymorphic()
        .filter(quiz__translation_key=quiz.translation_key)
        .order_by("sort_order", "pk")
        .values_list("id", "key", "quiz_id", "prompt", "polymorphic_ctype_id")
    )
    choices = list(
        Choice.objects.filter(question__quiz__translation_key=quiz.translation_key)
        .order_by("sort_order", "pk")
        .values_list("question_id", "key", "text", "is_correct")
    )
    return analyse(
        quiz_id=quiz.pk,
        attempts=attempts,
        answers=answers,
        questions=questions,
        choices=choices,
        types=_question_types(),
    )


def analyse(*, quiz_id, attempts, answers, questions, choices, types) -> QuizAnalysis:
    """The computation itself, on plain rows (see `quiz_item_analysis` for their shape)."""
    result = QuizAnalysis(attempts=len(attempts))
    result.learners = len({user_id for _id, user_id, _s, _p in attempts})
    result.passed_attempts = sum(1 for *_rest, passed in attempts if passed)
    result.learners_passed = len({user_id for _id, user_id, _s, passed in attempts if passed})
    scores = {a_id: score for a_id, _u, score, _p in attempts if score is not None}
    if scores:
        mean = sum(scores.values()) / len(scores)
        result.mean_score = round(float(mean) * 100, 1)
    result.bands = score_bands(list(scores.values()))

    # Questions by key, the quiz looked at first: its prompts and option texts win.
    question_key, question_quiz = {}, {}
    items: dict[UUID, ItemStats] = {}
    is_choice_type = {}
    number = 0
    ordered = sorted(questions, key=lambda row: row[2] != quiz_id)  # stable: keeps sort order
    for q_id, key, q_quiz_id, prompt, ctype_id in ordered:
        question_key[q_id] = key
        question_quiz[q_id] = q_quiz_id
        model = types.get(ctype_id, Question)
        is_choice_type[key] = issubclass(model, ChoiceQuestionMixin)
        if key in items:
            continue
        if q_quiz_id == quiz_id:
            number += 1
        items[key] = ItemStats(
            key=key,
            number=number if q_quiz_id == quiz_id else None,
            prompt=prompt,
            type_label=str(model.type_label()),
        )

    option_text: dict[UUID, dict[str, str]] = defaultdict(dict)
    option_correct: dict[UUID, dict[str, bool]] = defaultdict(dict)
    for q_id, option_key, text, is_correct in sorted(
        choices, key=lambda row: question_quiz.get(row[0]) != quiz_id
    ):
        key = question_key.get(q_id)
        if key is None:
            continue
        option_text[key].setdefault(str(option_key), text)
        option_correct[key].setdefault(str(option_key), is_correct)

    correct_by_item: dict[UUID, dict[int, bool]] = defaultdict(dict)
    wrong_picks: dict[UUID, Counter] = defaultdict(Counter)
    for attempt_id, key, is_correct, response in answers:
        item = items.get(key)
        if item is None:  # its question is gone from every translation
            continue
        item.answered += 1
        item.correct += bool(is_correct)
        correct_by_item[key][attempt_id] = bool(is_correct)
        if is_choice_type.get(key):
            for option_key in _picked(response):
                if option_correct[key].get(option_key) is False:
                    wrong_picks[key][option_key] += 1

    for key, item in items.items():
        if wrong_picks[key]:
            order = list(option_text[key])
            option_key, count = max(
                wrong_picks[key].items(),
                key=lambda kv: (kv[1], -order.index(kv[0]) if kv[0] in order else 0),
            )
            item.wrong_option = option_text[key].get(option_key, "?")
            item.wrong_option_count = count

    groups = upper_and_lower(scores)
    if groups is not None:
        upper, lower = groups
        result.group_size = len(upper)
        for key, item in items.items():
            item.discrimination = discrimination_index(correct_by_item[key], upper, lower)

    result.items = sorted(
        items.values(), key=lambda i: (i.number is None, i.number or 0, -i.answered)
    )
    return result
