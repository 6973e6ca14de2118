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
from courses.selectors import site_outline

from .models import ActivityWeek, CriterionType
from .streaks import streak_compute, week_of


class Facts:
    """What the checks of one evaluation read, each at most once.

    `action`: the learner's open action (courses.unit_of_work), whose service and listeners
    already hold some of these facts (the attempt just graded, the certificate just issued,
    the weeks of activity just read): those are taken from it instead of read again."""

    def __init__(self, user, now, action=None):
        self.user = user
        self.now = now or timezone.now()
        self._cache: dict[str, object] = {}
        self.action = action if action is not None and action.user == user else None

    def _once(self, name: str, compute: Callable):
        if name not in self._cache:
            self._cache[name] = compute()
        return self._cache[name]

    @property
    def lessons_done(self) -> int:
        known = self.action.facts.get("lessons_done") if self.action else None
        if known is not None:  # counted by the lesson completion that runs the action
            return known
        return self._once(
            "lessons", lambda: LessonCompletion.objects.filter(user=self.user).count()
        )

    @property
    def passed_workshops(self) -> set:
        held = self.action.facts.get("enrollments") if self.action else None
        if held is not None:  # the learner's enrollments the action's service holds
            return {key for key, e in held.items() if e.success_status == SuccessStatus.PASSED}
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
        its languages). From the cached outline of the site (courses.selectors)."""
        return self._once(
            f"workshops:{level}",
            lambda: {
                page.translation_key
                for page in site_outline().by_path.values()
                if isinstance(page, WorkshopPage) and page.level == level
            },
        )

    def courses_with_level(self, level: str) -> dict:
        """course translation_key -> the translation_keys of its live workshops at a level
        (from the cached outline)."""

        def compute():
            pages = site_outline().by_path
            result: dict = {}
            for path, page in pages.items():
                if not isinstance(page, WorkshopPage) or page.level != level:
                    continue
                course = pages.get(path[: -WorkshopPage.steplen])
                if isinstance(course, CoursePage):
                    result.setdefault(course.translation_key, set()).add(page.translation_key)
            return result

        return self._once(f"courses:{level}", compute)

    @property
    def perfect_score(self) -> bool:
        from quizzes.models import Attempt

        attempt = self.action.attempt if self.action else None
        if attempt is not None and attempt.score_scaled is not None and attempt.score_scaled >= 1:
            return True  # the attempt this action graded is one
        return self._once(
            "perfect",
            lambda: Attempt.objects.filter(user=self.user, score_scaled__gte=Decimal("1")).exists(),
        )

    @property
    def has_certificate(self) -> bool:
        if self.action is not None and self.action.certificate_created:
            return True  # this action issued one
        return self.certificates >= 1

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

            weeks = self.action.facts.get("weeks") if self.action else None
            if weeks is None:  # else the weeks activity_record read (and added to)
                weeks = ActivityWeek.objects.filter(user=self.user).values_list(
                    "iso_year", "iso_week"
                )
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
    return facts.has_certificate


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
