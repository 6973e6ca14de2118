"""Builders for gamification tests: learners moving through a test academy with the real
services, at chosen moments (lessons a few minutes apart, so the cheat guard lets them pay)."""

from __future__ import annotations

import datetime as dt

from courses import services as course_services
from lms.gamification.models import Badge, PointEntry
from tests.quizzes.builders import full_quiz, perfect_answers

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday


def lessons_do(built, user, *, course=0, level="beginner", start=T0, gap_minutes=5):
    """Complete every lesson of a workshop, `gap_minutes` apart. Returns the next moment."""
    at = start
    for lesson in built.lessons_of(course, level):
        course_services.lesson_complete(user=user, lesson=lesson, now=at)
        at += dt.timedelta(minutes=gap_minutes)
    return at


def final_quiz_add(built, *, course=0, level="beginner", pass_mark=80):
    workshop = built.workshop(course, level)
    workshop.final_quiz = full_quiz(delay_minutes=0)
    workshop.pass_mark = pass_mark
    workshop.save()
    return workshop


def quiz_take(workshop, user, *, at, perfect=True):
    attempt = course_services.workshop_quiz_start(user=user, workshop=workshop, now=at)
    answers = perfect_answers(attempt)
    if not perfect:
        from quizzes.models import Question

        wrong = 0
        for question in Question.objects.filter(pk__in=attempt.question_ids):
            if question.interaction_type == "true-false" and wrong < 1:
                answers[str(question.pk)] = not question.correct_response()
                wrong += 1
    return course_services.workshop_quiz_submit(
        user=user,
        workshop=workshop,
        attempt_id=attempt.pk,
        answers=answers,
        now=at + dt.timedelta(minutes=10),
    )


def paid(user, rule=None) -> list[PointEntry]:
    entries = PointEntry.objects.filter(user=user)
    if rule:
        entries = entries.filter(rule=rule)
    return list(entries.order_by("created_at", "pk"))


def badge_make(name, criterion, *, threshold=None, level="", order=0) -> Badge:
    return Badge.objects.create(
        name=name,
        description=f"{name} badge",
        criterion=criterion,
        threshold=threshold,
        level=level,
        sort_order=order,
    )
