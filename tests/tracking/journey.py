"""A learner's full journey through a one-workshop course, at fixed moments, with fixed
statement ids: enroll -> visit -> lessons -> quiz failed -> quiz passed -> course done."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import uuid

from courses import services
from courses.models import Enrollment, WorkshopPage
from lms.tracking import services as tracking_services
from lms.tracking.models import Statement
from quizzes.models import Question
from tests.factories import build_academy, make_user
from tests.quizzes.builders import full_quiz, perfect_answers

T0 = dt.datetime(2026, 3, 2, 9, 15, 0, 123456, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def fixed_ids(monkeypatch) -> None:
    counter = itertools.count(1)
    monkeypatch.setattr(tracking_services, "new_statement_id", lambda: uuid.UUID(int=next(counter)))


def wrong_answers(attempt) -> dict:
    answers = perfect_answers(attempt)
    for question in Question.objects.filter(pk__in=attempt.question_ids):
        kind = question.interaction_type
        if kind == "true-false":
            answers[str(question.pk)] = not question.correct_response()
        elif kind == "fill-in":
            answers[str(question.pk)] = "no idea"
        elif kind == "sequencing":
            answers[str(question.pk)] = list(reversed(question.correct_response()))
    return answers


def academy_with_quiz(*, french: bool = True):
    built = build_academy(courses=1, lessons=2, levels=("beginner",), french=french)
    quiz = full_quiz(delay_minutes=0)
    for workshop in WorkshopPage.objects.filter(translation_key=built.workshop().translation_key):
        workshop.final_quiz = quiz
        workshop.pass_mark = 80
        workshop.save()
    built.workshops[(0, "beginner")].refresh_from_db()
    return built


def in_language(page, language: str):
    """The page's translation in `language` (the page itself when it has none)."""
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=language)
        .first()
        or page
    )


def run_journey(built, *, language: str = "fr"):
    """The learner uses the pages in their language (the French ones when they exist)."""
    user = make_user(language=language)
    workshop = in_language(built.workshop(), language)
    lessons = [in_language(lesson, language) for lesson in built.lessons_of()]
    services.workshop_enroll(user=user, workshop=workshop, now=at(0))
    services.lesson_visit(user=user, lesson=lessons[0], now=at(1))
    services.lesson_complete(user=user, lesson=lessons[0], now=at(5))
    services.lesson_complete(user=user, lesson=lessons[1], now=at(9))
    first = services.workshop_quiz_start(user=user, workshop=workshop, now=at(10))
    services.workshop_quiz_submit(
        user=user,
        workshop=workshop,
        attempt_id=first.pk,
        answers=wrong_answers(first),
        now=at(10) + dt.timedelta(minutes=4, seconds=12, milliseconds=345),
    )
    second = services.workshop_quiz_start(user=user, workshop=workshop, now=at(20))
    services.workshop_quiz_submit(
        user=user,
        workshop=workshop,
        attempt_id=second.pk,
        answers=perfect_answers(second),
        now=at(20) + dt.timedelta(minutes=3, seconds=30, milliseconds=5),
    )
    return user, first, second


def placeholders(built, user) -> dict[str, str]:
    """Values that differ between runs (random keys) -> stable names."""
    names = {str(user.public_id): "learner"}
    names[str(built.courses[0].translation_key)] = "course"
    names[str(built.workshop().translation_key)] = "workshop"
    for n, lesson in enumerate(built.lessons_of()):
        names[str(lesson.translation_key)] = f"lesson-{n}"
    enrollment = Enrollment.objects.get(user=user)
    names[str(enrollment.registration)] = "registration"
    quiz = built.workshop().final_quiz
    names[str(quiz.translation_key)] = "quiz"
    questions = Question.objects.filter(quiz=quiz).order_by("sort_order", "pk")
    for question in questions:
        tag = f"q{question.sort_order}"
        names[str(question.key)] = tag
        for part in ("choices", "steps", "pairs"):
            related = getattr(question, part, None)
            if related is None:
                continue
            for i, item in enumerate(related.all()):
                names[str(item.key)] = f"{tag}-{part}-{i}"
    return names


def stable(body: str, names: dict[str, str]) -> dict:
    for value, name in names.items():
        body = body.replace(value, "{" + name + "}")
    return json.loads(body)


def recorded() -> list[Statement]:
    return list(Statement.objects.order_by("created_at", "id"))
