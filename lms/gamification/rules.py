"""The points rules: one small class per rule, keyed by the domain event it listens to.

A rule says which event pays, for which object (its `object_key`: pay once per learner and
object) and how many points by default. Trainers change the value, switch a rule off or set
its cheat-guard interval in the admin (`PointRule` rows); `rule_values()` reads them through a
short cache that a save clears.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

CACHE_KEY = "gamification:rule-values:v1"
CACHE_SECONDS = 60


@dataclass(frozen=True)
class RuleValue:
    points: int
    enabled: bool
    min_interval_seconds: int


class Rule:
    key: str = ""
    event: str = ""  # the domain event (signal name) it listens to
    label = ""
    default_points: int = 0
    default_min_interval: int = 0

    def object_key(self, **event) -> str | None:
        """What is paid for; None when this event does not pay under this rule."""
        raise NotImplementedError


class LessonCompleted(Rule):
    key = "lesson_completed"
    event = "lesson_completed"
    label = _("Lesson completed")
    default_points = 10
    # Lessons completed seconds apart were not read: the usual way to farm points.
    default_min_interval = 20

    def object_key(self, *, lesson, **event):
        return str(lesson.translation_key)


def _quiz_object(attempt) -> str:
    # The workshop the quiz is the final quiz of, else the quiz itself: a re-take of the same
    # quiz in the same workshop is the same object, whatever its language.
    return str(attempt.context_key or attempt.quiz_key)


class QuizPassed(Rule):
    key = "quiz_passed"
    event = "attempt_graded"
    label = _("Quiz passed")
    default_points = 30

    def object_key(self, *, attempt, **event):
        return _quiz_object(attempt) if attempt.passed else None


class QuizPassedFirstAttempt(Rule):
    key = "quiz_first_attempt"
    event = "attempt_graded"
    label = _("Passed on the first attempt")
    default_points = 15

    def object_key(self, *, attempt, **event):
        return _quiz_object(attempt) if attempt.passed and attempt.number == 1 else None


class PerfectScore(Rule):
    key = "perfect_score"
    event = "attempt_graded"
    label = _("Perfect score")
    default_points = 20

    def object_key(self, *, attempt, **event):
        perfect = attempt.score_scaled is not None and Decimal(attempt.score_scaled) >= 1
        return _quiz_object(attempt) if perfect else None


class WorkshopCompleted(Rule):
    key = "workshop_completed"
    event = "workshop_completed"
    label = _("Workshop completed")
    default_points = 50

    def object_key(self, *, enrollment, **event):
        return str(enrollment.workshop_key)


class CertificateEarned(Rule):
    key = "certificate_earned"
    event = "certificate_issued"
    label = _("Certificate earned")
    default_points = 100

    def object_key(self, *, certificate, **event):
        return str(certificate.public_id)


class TierReached(Rule):
    key = "tier_reached"
    event = "tier_changed"
    label = _("Advocacy tier reached")
    default_points = 150

    def object_key(self, *, old, new, **event):
        if new is None or new.rank <= (old.rank if old is not None else 0):
            return None  # only going up pays, once per tier
        return new.slug or f"rank-{new.rank}"


class CharterAccepted(Rule):
    key = "charter_accepted"
    event = "charter_accepted"
    label = _("Charter accepted")
    default_points = 40

    def object_key(self, *, acceptance, **event):
        # Once per charter, not per version: a new version is not a new achievement.
        return str(acceptance.charter_key)


class StreakKept(Rule):
    key = "streak_kept"
    event = "streak_kept"  # sent by our own streak bookkeeping (services.activity_record)
    label = _("Streak kept")
    default_points = 25

    def object_key(self, *, week: str, **event):
        return week


class Reversal(Rule):
    """Not a rule of its own: the label of entries that take points back."""

    key = "reversal"
    label = _("Points taken back")


RULES: dict[str, Rule] = {
    rule.key: rule
    for rule in (
        LessonCompleted(),
        QuizPassed(),
        QuizPassedFirstAttempt(),
        PerfectScore(),
        WorkshopCompleted(),
        CertificateEarned(),
        TierReached(),
        CharterAccepted(),
        StreakKept(),
    )
}


def rules_for(event: str) -> list[Rule]:
    return [rule for rule in RULES.values() if rule.event == event]


def rule_label(key: str):
    rule = RULES.get(key)
    return rule.label if rule else key


def rule_values() -> dict[str, RuleValue]:
    """Every rule's value: the trainers' row when there is one, else the rule's default.
    Cached for a minute; saving a PointRule clears it (services.rule_values_changed)."""
    values = cache.get(CACHE_KEY)
    if values is None:
        from .models import PointRule

        rows = {row.key: row for row in PointRule.objects.all()}
        values = {}
        for key, rule in RULES.items():
            row = rows.get(key)
            values[key] = (
                RuleValue(row.points, row.enabled, row.min_interval_seconds)
                if row
                else RuleValue(rule.default_points, True, rule.default_min_interval)
            )
        cache.set(CACHE_KEY, values, CACHE_SECONDS)
    return values


def rule_values_forget() -> None:
    cache.delete(CACHE_KEY)


def point_rules_sync() -> int:
    """A PointRule row for every rule of the registry, at its default value, so trainers
    find them all in the admin. Existing rows keep the trainers' values. Idempotent.

    It leaves the cache alone on purpose: a missing row already reads as the rule's default
    in rule_values(), so writing that default changes no value anyone may have cached. This
    also runs after `migrate`, when the database cache table may not exist yet."""
    from .models import PointRule

    existing = set(PointRule.objects.values_list("key", flat=True))
    missing = [
        PointRule(
            key=key,
            points=rule.default_points,
            min_interval_seconds=rule.default_min_interval,
        )
        for key, rule in RULES.items()
        if key not in existing
    ]
    PointRule.objects.bulk_create(missing, ignore_conflicts=True)
    return len(missing)


def point_rules_sync_after_migrate(sender, **kwargs):
    point_rules_sync()


def _forget(sender, **kwargs):
    rule_values_forget()


def rule_values_connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from .models import PointRule

    post_save.connect(_forget, sender=PointRule, dispatch_uid="gamification.rule_values.save")
    post_delete.connect(_forget, sender=PointRule, dispatch_uid="gamification.rule_values.del")
