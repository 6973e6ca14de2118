"""A small, fully deterministic HR world for the report and export tests.

Page keys, registrations, certificate codes and every moment are fixed, so an export of it
is the same bytes on every run (the golden files). Built through the real services (enroll,
lessons, quiz, certificate issued by the workshop_passed receiver), then the random ids are
pinned with UPDATEs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Page

from certificates.models import Certificate
from courses import services
from courses.models import Enrollment, EnrollmentSource, WorkshopPage
from lms.accounts import roles
from lms.advocacy.models import LearnerTier, TierChange
from tests.factories import build_academy, make_user
from tests.quizzes.builders import full_quiz
from tests.tracking.journey import perfect_answers, wrong_answers

T0 = dt.datetime(2026, 3, 2, 9, 15, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 4, 1)
NOW = dt.datetime(2026, 4, 1, 12, 0, tzinfo=dt.UTC)


def at(days: float = 0, minutes: float = 0) -> dt.datetime:
    return T0 + dt.timedelta(days=days, minutes=minutes)


def key(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


@dataclass
class World:
    built: object
    alice: object
    bruno: object
    chloe: object
    dora: object


def _pin_keys(built) -> None:
    """Fixed translation keys: 0x10.. for courses, 0x20.. for workshops."""
    for c, course in enumerate(built.courses):
        Page.objects.filter(translation_key=course.translation_key).update(
            translation_key=key(0x10 + c)
        )
        course.translation_key = key(0x10 + c)
    for n, ((_c, _level), workshop) in enumerate(sorted(built.workshops.items())):
        Page.objects.filter(translation_key=workshop.translation_key).update(
            translation_key=key(0x20 + n)
        )
        workshop.refresh_from_db()


def _take(user, workshop, when, *, right: bool) -> None:
    attempt = services.workshop_quiz_start(user=user, workshop=workshop, now=when)
    answers = perfect_answers(attempt) if right else wrong_answers(attempt)
    services.workshop_quiz_submit(
        user=user,
        workshop=workshop,
        attempt_id=attempt.pk,
        answers=answers,
        now=when + dt.timedelta(minutes=6, seconds=30),
    )


def build_world() -> World:
    built = build_academy(courses=2, lessons=2, levels=("beginner", "intermediate"))
    _pin_keys(built)
    quiz = full_quiz(delay_minutes=0)
    first = built.workshop(0, "beginner")
    WorkshopPage.objects.filter(pk=first.pk).update(final_quiz=quiz, pass_mark=80)
    first.refresh_from_db()

    alice = make_user(
        email="alice.martin@example.com",
        first_name="Alice",
        last_name="Martin",
        employee_id="E001",
        department="Marketing",
        team="Brand",
    )
    bruno = make_user(
        email="bruno.durand@example.com",
        first_name="Bruno",
        last_name="Durand",
        employee_id="E002",
        department="Sales",
        team="Partners",
    )
    chloe = make_user(
        email="chloe.petit@example.com",
        first_name="Chloé",
        last_name="Petit, Jr.",
        employee_id="E003",
        department="Sales",
        team="Key accounts",
    )
    # No employee id: the presets fall back on the e-mail.
    dora = make_user(
        email="dora.nguyen@example.com",
        first_name="Dora",
        last_name="Nguyen",
        employee_id=None,
        department="Engineering",
        team="Cloud",
    )

    # Alice: passes course 0 beginner on the second quiz attempt (a certificate), and
    # completes course 1 beginner, which has no quiz (passing its lessons passes it).
    lessons = built.lessons_of(0, "beginner")
    services.workshop_enroll(user=alice, workshop=first, now=at(0))
    services.lesson_complete(user=alice, lesson=lessons[0], now=at(0, 20))
    services.lesson_complete(user=alice, lesson=lessons[1], now=at(0, 40))
    _take(alice, first, at(0, 50), right=False)
    _take(alice, first, at(1, 0), right=True)
    other = built.workshop(1, "beginner")
    services.workshop_enroll(user=alice, workshop=other, now=at(3))
    for n, lesson in enumerate(built.lessons_of(1, "beginner")):
        services.lesson_complete(user=alice, lesson=lesson, now=at(3, 30 * (n + 1)))

    # Bruno: started course 0 beginner, fails the quiz; due before TODAY: overdue.
    services.workshop_enroll(user=bruno, workshop=first, now=at(2), due_date=dt.date(2026, 3, 20))
    services.lesson_complete(user=bruno, lesson=lessons[0], now=at(2, 30))
    services.lesson_complete(user=bruno, lesson=lessons[1], now=at(2, 45))
    _take(bruno, first, at(2, 60), right=False)

    # Chloé: enrolled by HR in course 1 intermediate, never started, then left (inactive).
    services.workshop_enroll(
        user=chloe,
        workshop=built.workshop(1, "intermediate"),
        source=EnrollmentSource.HR,
        now=at(5),
        due_date=TODAY,
    )
    type(chloe).objects.filter(pk=chloe.pk).update(is_active=False)

    # Dora: enrolled in course 0 intermediate, not started.
    services.workshop_enroll(
        user=dora,
        workshop=built.workshop(0, "intermediate"),
        source=EnrollmentSource.HR,
        now=at(6),
    )

    # Pin what the services drew at random.
    for n, enrollment in enumerate(Enrollment.objects.order_by("pk"), start=1):
        Enrollment.objects.filter(pk=enrollment.pk).update(
            registration=key(0x100 + n), updated_at=at(10)
        )
    for n, certificate in enumerate(Certificate.objects.order_by("pk"), start=1):
        Certificate.objects.filter(pk=certificate.pk).update(
            code=f"ABCD-EFGH-JKLM-{n:04d}", public_id=key(0x200 + n)
        )
    # Tiers: Alice climbed to Relay after her certificate.
    LearnerTier.objects.update_or_create(
        user=alice, defaults={"slug": "relay", "rank": 1, "since": at(1, 10)}
    )
    TierChange.objects.create(
        user=alice, to_slug="relay", to_rank=1, reason="certificate_issued", at=at(1, 10)
    )
    TierChange.objects.create(
        user=bruno, to_slug="explorer", to_rank=0, reason="charter_accepted", at=at(-40)
    )
    return World(built=built, alice=alice, bruno=bruno, chloe=chloe, dora=dora)


def make_hr(**kwargs):
    return make_user(group=roles.HR, **kwargs)


def now():
    return timezone.now()
