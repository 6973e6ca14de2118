"""Gamification in the demo academy: badges (English and French), the point rules with their
values, and the demo learners' points, badges and streaks, some of them on the leaderboard.

Points come from replaying what the demo learners really did (lms.gamification.backfill),
so their ledger matches their progress; a few earlier weeks of activity give Alex and Sam a
streak worth showing. Idempotent: badges are found by their English name, payouts are paid
once, weeks of activity are recorded once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from wagtail.models import Locale

from courses.models import LessonCompletion
from lms.accounts.models import LearnerProfile, User
from lms.gamification.backfill import points_backfill
from lms.gamification.models import Badge, CriterionType, PointRule
from lms.gamification.rules import point_rules_sync
from lms.gamification.services import activity_record

# English name, French name, English description, French description, criterion, N, level
BADGES = [
    (
        "First step",
        "Premier pas",
        "You completed your first lesson.",
        "Vous avez terminé votre première leçon.",
        CriterionType.FIRST_LESSON,
        None,
        "",
    ),
    (
        "Curious mind",
        "Esprit curieux",
        "Ten lessons completed.",
        "Dix leçons terminées.",
        CriterionType.LESSONS,
        10,
        "",
    ),
    (
        "Solid foundations",
        "Des bases solides",
        "Every beginner workshop passed.",
        "Tous les ateliers débutant réussis.",
        CriterionType.ALL_BEGINNER,
        None,
        "",
    ),
    (
        "Flawless",
        "Sans faute",
        "A perfect score on a final quiz.",
        "Un score parfait à un quiz final.",
        CriterionType.PERFECT_SCORE,
        None,
        "",
    ),
    (
        "Regular",
        "Régulier",
        "Three weeks in a row with some learning.",
        "Trois semaines d'affilée à apprendre.",
        CriterionType.STREAK,
        3,
        "",
    ),
    (
        "Certified",
        "Certifié",
        "Your first certificate.",
        "Votre premier certificat.",
        CriterionType.FIRST_CERTIFICATE,
        None,
        "",
    ),
    (
        "Well rounded",
        "Polyvalent",
        "Every course passed at the intermediate level.",
        "Tous les parcours réussis au niveau intermédiaire.",
        CriterionType.EVERY_COURSE_AT_LEVEL,
        None,
        "intermediate",
    ),
]

# The demo's rule values: the registry's defaults, written out so trainers see them.
RULE_VALUES = {
    "lesson_completed": (10, 20),
    "quiz_passed": (30, 0),
    "quiz_first_attempt": (15, 0),
    "perfect_score": (20, 0),
    "workshop_completed": (50, 0),
    "certificate_earned": (100, 0),
    "tier_reached": (150, 0),
    "charter_accepted": (40, 0),
    "streak_kept": (25, 0),
}

# Some demo learners take part in leaderboards; the others (Léa, the ambassador) show that
# people who did not opt in never appear.
OPTED_IN = [
    "alex.morgan@porte-voix.test",
    "camille.martin@porte-voix.test",
    "sam.taylor@porte-voix.test",
    "relay@porte-voix.test",
    "champion@porte-voix.test",
]
# Weeks of earlier learning, counted back from the learner's first lesson of the demo, that
# make a streak worth showing. Anchored on that lesson (not on today) so a re-run adds nothing.
EARLIER_WEEKS = {
    "alex.morgan@porte-voix.test": 4,
    "sam.taylor@porte-voix.test": 2,
}


@dataclass
class GamificationDemoReport:
    badges_created: int = 0
    learners: list[str] = field(default_factory=list)


def _badges(report: GamificationDemoReport) -> None:
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.filter(language_code="fr").first()
    for order, (name, name_fr, text, text_fr, criterion, threshold, level) in enumerate(BADGES):
        badge = Badge.objects.filter(locale=english, name=name).first()
        if badge is None:
            badge = Badge.objects.create(
                locale=english,
                name=name,
                description=text,
                criterion=criterion,
                threshold=threshold,
                level=level,
                sort_order=order,
            )
            report.badges_created += 1
        if (
            french
            and not Badge.objects.filter(
                translation_key=badge.translation_key, locale=french
            ).exists()
        ):
            translated = badge.copy_for_translation(french)
            translated.name, translated.description = name_fr, text_fr
            translated.save()


def _rules() -> None:
    point_rules_sync()
    for key, (points, interval) in RULE_VALUES.items():
        rule = PointRule.objects.get(key=key)
        if rule.points != points or rule.min_interval_seconds != interval:
            rule.points, rule.min_interval_seconds = points, interval
            rule.save()


@transaction.atomic
def build() -> GamificationDemoReport:
    """Badges, rule values, and the demo learners' points, badges, streaks and opt-ins.
    Run it after the demo learners' progress (lms.demo.builder._progress)."""
    report = GamificationDemoReport()
    _rules()
    _badges(report)
    learners = User.objects.filter(
        email__endswith="@porte-voix.test", groups__name="Learners"
    ).order_by("email")
    for user in learners:
        first = (
            LessonCompletion.objects.filter(user=user)
            .order_by("completed_at")
            .values_list("completed_at", flat=True)
            .first()
        )
        if first is not None:
            for weeks_before in range(EARLIER_WEEKS.get(user.email, 0), 0, -1):
                activity_record(user=user, at=first - timedelta(weeks=weeks_before))
        points_backfill(user=user)
        report.learners.append(user.email)
    LearnerProfile.objects.filter(user__email__in=OPTED_IN).update(leaderboard_opt_in=True)
    return report
