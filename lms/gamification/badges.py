"""Badge criteria: one function per criterion type, and the events after which it can
become true (so a lesson completion does not re-check certificate badges).

Each check reads the learner's real records (completions, enrollments, attempts,
certificates, weeks of activity), not the points ledger: a badge says what the learner did,
whatever the rules were worth at the time.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.utils import timezone

from courses.levels import Level
from courses.models import CoursePage, Enrollment, LessonCompletion, SuccessStatus, WorkshopPage

from .models import ActivityWeek, CriterionType
from .streaks import streak_compute, week_of


class Facts:
    """What the checks of one evaluation read, each at most once."""

    def __init__(self, user, now):
        self.user = user
        self.now = now or timezone.now()
        self._cache: dict[str, object] = {}

    def _once(self, name: str, compute: Callable):
        if name not in self._cache:
            self._cache[name] = compute()
        return self._cache[name]

    @property
    def lessons_done(self) -> int:
        return self._once(
            "lessons", lambda: LessonCompletion.objects.filter(user=self.user).count()
        )

    @property
    def passed_workshops(self) -> set:
        return self._once(
            "passed",
            lambda: set(
                Enrollment.objects.filter(
                    user=self.user, success_status=SuccessStatus.PASSED
                ).values_list("workshop_key", flat=True)
            ),
        )

    def workshops_at(self, level: str) -> set:
        """The live workshops of a level, by translation_key (one per workshop, whatever
        its languages)."""
        return self._once(
            f"workshops:{level}",
            lambda: set(
                WorkshopPage.objects.live()
                .filter(level=level)
                .values_list("translation_key", flat=True)
            ),
        )

    def courses_with_level(self, level: str) -> dict:
        """course translation_key -> the translation_keys of its live workshops at a level."""

        def compute():
            courses = dict(CoursePage.objects.live().values_list("path", "translation_key"))
            result: dict = {}
            for path, key in (
                WorkshopPage.objects.live()
                .filter(level=level)
                .values_list("path", "translation_key")
            ):
                course_key = courses.get(path[: -WorkshopPage.steplen])
                if course_key is not None:
                    result.setdefault(course_key, set()).add(key)
            return result

        return self._once(f"courses:{level}", compute)

    @property
    def perfect_score(self) -> bool:
        from quizzes.models import Attempt

        return self._once(
            "perfect",
            lambda: Attempt.objects.filter(user=self.user, score_scaled__gte=Decimal("1")).exists(),
        )

    @property
    def certificates(self) -> int:
        from certificates.models import Certificate

        return self._once(
            "certificates",
            lambda: Certificate.objects.filter(user=self.user, revoked_at__isnull=True).count(),
        )

    @property
    def best_streak(self) -> int:
        def compute():
            from .services import streak_timezone  # services imports this module

            weeks = ActivityWeek.objects.filter(user=self.user).values_list("iso_year", "iso_week")
            return streak_compute(weeks, week_of(self.now, streak_timezone())).best

        return self._once("streak", compute)


def _first_lesson(badge, facts: Facts) -> bool:
    return facts.lessons_done >= 1


def _lessons(badge, facts: Facts) -> bool:
    return facts.lessons_done >= (badge.threshold or 1)


def _all_beginner(badge, facts: Facts) -> bool:
    beginner = facts.workshops_at(Level.BEGINNER)
    return bool(beginner) and beginner <= facts.passed_workshops


def _perfect_score(badge, facts: Facts) -> bool:
    return facts.perfect_score


def _streak(badge, facts: Facts) -> bool:
    return facts.best_streak >= (badge.threshold or 1)


def _first_certificate(badge, facts: Facts) -> bool:
    return facts.certificates >= 1


def _every_course_at_level(badge, facts: Facts) -> bool:
    if not badge.level:
        return False
    courses = facts.courses_with_level(badge.level)
    passed = facts.passed_workshops
    return bool(courses) and all(keys & passed for keys in courses.values())


CHECKS: dict[str, Callable[[object, Facts], bool]] = {
    CriterionType.FIRST_LESSON: _first_lesson,
    CriterionType.LESSONS: _lessons,
    CriterionType.ALL_BEGINNER: _all_beginner,
    CriterionType.PERFECT_SCORE: _perfect_score,
    CriterionType.STREAK: _streak,
    CriterionType.FIRST_CERTIFICATE: _first_certificate,
    CriterionType.EVERY_COURSE_AT_LEVEL: _every_course_at_level,
}

# After which events each criterion may have become true. "all" re-checks everything
# (backfill after a trainer adds a badge).
TRIGGERS: dict[str, set[str]] = {
    "lesson_completed": {CriterionType.FIRST_LESSON, CriterionType.LESSONS},
    "workshop_passed": {CriterionType.ALL_BEGINNER, CriterionType.EVERY_COURSE_AT_LEVEL},
    "attempt_graded": {CriterionType.PERFECT_SCORE},
    "certificate_issued": {CriterionType.FIRST_CERTIFICATE},
    "activity": {CriterionType.STREAK},
}


def criteria_for(event: str) -> set[str]:
    if event == "all":
        return set(CHECKS)
    return TRIGGERS.get(event, set())


def badge_earned(badge, facts: Facts) -> bool:
    check = CHECKS.get(badge.criterion)
    return bool(check and check(badge, facts))
