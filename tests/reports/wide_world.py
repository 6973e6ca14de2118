"""A wider fixed world for byte-for-byte export tests: 40 learners x 6 workshops, written with
bulk_create from a seeded generator, so every run (SQLite or PostgreSQL) builds the same
rows and an export of it is the same bytes.

It holds what the small world (world.py) does not, and what a faster writer could get
wrong: texts that begin like a formula (= + - @ TAB CR), plain negative numbers, commas,
quotes, line breaks and accents in names; a learner without a profile and learners without
an employee id; datetimes with microseconds and on both sides of the Paris DST change;
several attempts per workshop with different scores, unsubmitted attempts and attempts
outside any workshop; valid, expired and revoked certificates; tiers; overdue and
not-overdue due dates; scores such as 0.8333, 1, 0 and none; a workshop whose title begins
with "=". Ids that differ between databases (primary keys) appear in no export column.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal

from wagtail.models import Page

from certificates.models import Certificate
from courses.models import CompletionStatus, Enrollment, SuccessStatus, WorkshopPage
from lms.accounts.models import LearnerProfile, User
from lms.advocacy.models import LearnerTier
from quizzes.models import Attempt, AttemptStatus, Quiz
from tests.factories import build_academy

NOW = dt.datetime(2026, 4, 1, 12, 0, tzinfo=dt.UTC)
T0 = dt.datetime(2026, 3, 20, 8, 0, 0, tzinfo=dt.UTC)  # DST in Paris: 2026-03-29 01:00 UTC
LEARNERS = 40

FIRST_NAMES = [
    "Alice",
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-3",
    "-0.5",
    "-x",
    "@SUM(A1)",
    "\tTabbed",
    "\rReturn",
    'Zoé "Zizou"',
    "Léa, Jr.",
    "Line\nbreak",
    "Ünïcödé",
    "",
]
DEPARTMENTS = ["Marketing", "=1+1", "Sales, EMEA", "", "-", "Ingénierie"]
SCORES = [None, Decimal("0.8333"), Decimal("1"), Decimal("0"), Decimal("0.5"), Decimal("0.9")]


def _key(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def _moment(rng: random.Random) -> dt.datetime:
    # Whole seconds and microseconds, on both sides of the DST change.
    return T0 + dt.timedelta(
        days=rng.randint(0, 15),
        seconds=rng.randint(0, 86_399),
        microseconds=rng.choice([0, 1, 999_999]),
    )


def build_wide_world() -> None:
    built = build_academy(courses=3, lessons=1, levels=("beginner", "intermediate"))
    for c, course in enumerate(built.courses):
        Page.objects.filter(translation_key=course.translation_key).update(
            translation_key=_key(0x10 + c)
        )
    workshops = []
    for n, ((_c, _level), workshop) in enumerate(sorted(built.workshops.items())):
        Page.objects.filter(translation_key=workshop.translation_key).update(
            translation_key=_key(0x20 + n)
        )
        workshop.refresh_from_db()
        workshops.append(workshop)
    WorkshopPage.objects.filter(pk=workshops[-1].pk).update(estimated_minutes=95)
    # A title a spreadsheet would run: every preset writes it neutralised.
    Page.objects.filter(pk=workshops[3].pk).update(title="=Course 1 intermediate")
    parents = {w.pk: _key(0x10 + i // 2) for i, w in enumerate(workshops)}

    rng = random.Random(12)
    quiz = Quiz.objects.create(title="Wide quiz")
    users = User.objects.bulk_create(
        [
            User(
                email=f"learner{n:03d}@example.com",
                first_name=FIRST_NAMES[n % len(FIRST_NAMES)],
                last_name=f"Martin {n}" if n % 5 else f"-{n}",
                public_id=_key(0x1000 + n),
                is_active=n % 9 != 4,
            )
            for n in range(LEARNERS)
        ]
    )
    users = list(User.objects.filter(email__startswith="learner").order_by("email"))
    LearnerProfile.objects.bulk_create(
        [
            LearnerProfile(
                user=user,
                employee_id=None if n % 7 == 3 else f"E{n:04d}",
                department=DEPARTMENTS[n % len(DEPARTMENTS)],
                team=f"Team {n % 4}" if n % 6 else "+team",
            )
            for n, user in enumerate(users)
            if n != 11  # learner011 has no profile at all
        ]
    )
    enrollments, plans = [], []
    for n, user in enumerate(users):
        for w, workshop in enumerate(workshops):
            if (n + w) % 8 == 7:  # not everyone is in every workshop
                continue
            roll = rng.random()
            enrolled = _moment(rng) - dt.timedelta(days=20)
            started = (
                enrolled + dt.timedelta(hours=2, microseconds=rng.randint(0, 5))
                if roll < 0.8
                else None
            )
            done = roll < 0.5
            passed = roll < 0.35
            score = rng.choice(SCORES) if done else None
            enrollments.append(
                Enrollment(
                    user=user,
                    course_key=parents[workshop.pk],
                    workshop_key=workshop.translation_key,
                    registration=_key(0x10000 + n * 16 + w),
                    enrolled_at=enrolled,
                    started_at=started,
                    completion_status=CompletionStatus.COMPLETED
                    if done
                    else (
                        CompletionStatus.IN_PROGRESS if started else CompletionStatus.NOT_STARTED
                    ),
                    completed_at=_moment(rng) if done else None,
                    success_status=SuccessStatus.PASSED
                    if passed
                    else (SuccessStatus.FAILED if done else SuccessStatus.UNKNOWN),
                    passed_at=_moment(rng) if passed else None,
                    score_scaled=score,
                    due_date=rng.choice(
                        [None, dt.date(2026, 3, 25), dt.date(2026, 4, 1), dt.date(2026, 6, 1)]
                    ),
                )
            )
            plans.append((user, workshop, started, passed, score))
    Enrollment.objects.bulk_create(enrollments)
    by_registration = {e.registration: e for e in Enrollment.objects.all()}
    for enrollment in enrollments:
        Enrollment.objects.filter(registration=enrollment.registration).update(
            updated_at=_moment(rng)
        )

    attempts, certificates = [], []
    for number, (enrollment, (user, workshop, started, passed, score)) in enumerate(
        zip(enrollments, plans, strict=True)
    ):
        if started is None:
            continue
        for a in range(rng.randint(0, 3)):
            begun = started + dt.timedelta(minutes=10 * a, microseconds=rng.randint(0, 999_999))
            submitted = a < 2 or rng.random() < 0.5
            scaled = (
                rng.choice(SCORES[1:]) if a else (score if score is not None else Decimal("0.5"))
            )
            attempts.append(
                Attempt(
                    quiz=quiz,
                    quiz_key=quiz.translation_key,
                    user=user,
                    context_key=workshop.translation_key,
                    number=a + 1,
                    status=AttemptStatus.SUBMITTED if submitted else AttemptStatus.IN_PROGRESS,
                    started_at=begun,
                    submitted_at=begun + dt.timedelta(seconds=rng.randint(30, 4000))
                    if submitted
                    else None,
                    score_raw=(scaled * 12).quantize(Decimal("0.01")) if submitted else None,
                    score_max=Decimal("12") if submitted else None,
                    score_scaled=scaled if submitted else None,
                    passed=bool(passed) if submitted else None,
                )
            )
        if passed:
            issued = started + dt.timedelta(days=1)
            kind = number % 3
            certificates.append(
                Certificate(
                    public_id=_key(0x200000 + number),
                    user=user,
                    enrollment_id=by_registration[enrollment.registration].pk,
                    workshop_key=workshop.translation_key,
                    course_key=parents[workshop.pk],
                    level=workshop.level,
                    language="en",
                    holder_name=user.last_name,
                    title=workshop.title,
                    issuer="Wide",
                    issued_at=issued,
                    expires_at=None
                    if kind == 0
                    else issued + dt.timedelta(days=5 if kind == 1 else 400),
                    revoked_at=issued + dt.timedelta(days=2) if number % 11 == 0 else None,
                    code=f"WIDE-{number // 1000:04d}-0000-{number % 1000:04d}",
                    code_digest=f"{number:064d}",
                )
            )
    # Attempts outside any workshop (a standalone quiz) count nowhere.
    for user in users[:3]:
        attempts.append(
            Attempt(
                quiz=quiz,
                quiz_key=quiz.translation_key,
                user=user,
                context_key=None,
                number=1,
                status=AttemptStatus.SUBMITTED,
                started_at=T0,
                submitted_at=T0 + dt.timedelta(minutes=5),
                score_raw=Decimal("3"),
                score_max=Decimal("12"),
                score_scaled=Decimal("0.25"),
                passed=False,
            )
        )
    Attempt.objects.bulk_create(attempts)
    Certificate.objects.bulk_create(certificates)
    LearnerTier.objects.bulk_create(
        [
            LearnerTier(
                user=user, slug=["relay", "voice", "=evil"][n % 3], rank=1 + n % 3, since=T0
            )
            for n, user in enumerate(users)
            if n % 4 == 1
        ]
    )
