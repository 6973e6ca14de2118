"""Domain events -> points, weeks of activity, badges and notifications, in the transaction
of the service that sent the event (a payout commits or rolls back with the learning).

The rules (rules.py) decide what pays for which object; this module only routes each event
to them, with the time of the event (so a backfill or a demo replay dates entries right).
"""

from __future__ import annotations

from django.utils import timezone

from certificates import signals as certificate_signals
from courses import signals as course_signals
from lms.advocacy import signals as advocacy_signals
from quizzes import signals as quiz_signals

from .rules import rules_for
from .services import (
    activity_record,
    badge_definitions_forget,
    badges_evaluate,
    points_pay,
    points_reverse,
    tier_notify,
)


def rules_pay(event: str, *, user, at, **kwargs) -> None:
    """Pay every rule of `event` (the backfill replays history through it too), in one
    batch: a passed quiz pays up to three rules for the queries of one."""
    awards = []
    for rule in rules_for(event):
        object_key = rule.object_key(**kwargs)
        if object_key is not None:
            awards.append((rule.key, object_key))
    # Inside a learner action the payouts of all its events go in one batch at its end.
    points_pay(user=user, awards=awards, now=at)


def on_lesson_completed(sender, *, user, lesson, completion=None, **kwargs):
    at = getattr(completion, "completed_at", None) or timezone.now()
    rules_pay("lesson_completed", user=user, at=at, lesson=lesson, **kwargs)
    activity_record(user=user, at=at)
    badges_evaluate(user=user, event="lesson_completed", now=at)


def on_workshop_completed(sender, *, user, enrollment, **kwargs):
    at = enrollment.completed_at or timezone.now()
    rules_pay("workshop_completed", user=user, at=at, enrollment=enrollment, **kwargs)


def on_workshop_passed(sender, *, user, enrollment, **kwargs):
    badges_evaluate(user=user, event="workshop_passed", now=enrollment.passed_at)


def on_attempt_graded(sender, *, user, attempt, **kwargs):
    at = attempt.submitted_at or timezone.now()
    rules_pay("attempt_graded", user=user, at=at, attempt=attempt)
    activity_record(user=user, at=at)
    badges_evaluate(user=user, event="attempt_graded", now=at)


def on_certificate_issued(sender, *, user, certificate, at=None, **kwargs):
    at = at or certificate.issued_at
    rules_pay("certificate_issued", user=user, at=at, certificate=certificate)
    badges_evaluate(user=user, event="certificate_issued", now=at)


def on_certificate_revoked(sender, *, user, certificate, at=None, **kwargs):
    points_reverse(
        user=user,
        rule_key="certificate_earned",
        object_key=str(certificate.public_id),
        now=at or timezone.now(),
    )


def on_tier_changed(sender, *, user, old, new, at=None, **kwargs):
    at = at or timezone.now()
    rules_pay("tier_changed", user=user, at=at, old=old, new=new)
    if new is not None and new.rank > (old.rank if old is not None else 0):
        tier_notify(user=user, tier=new, at=at)


def on_charter_accepted(sender, *, user, acceptance, at=None, **kwargs):
    rules_pay("charter_accepted", user=user, at=at or acceptance.accepted_at, acceptance=acceptance)


CONNECTIONS = [
    (course_signals.lesson_completed, on_lesson_completed),
    (course_signals.workshop_completed, on_workshop_completed),
    (course_signals.workshop_passed, on_workshop_passed),
    (quiz_signals.attempt_graded, on_attempt_graded),
    (certificate_signals.certificate_issued, on_certificate_issued),
    (certificate_signals.certificate_revoked, on_certificate_revoked),
    (advocacy_signals.tier_changed, on_tier_changed),
    (advocacy_signals.charter_accepted, on_charter_accepted),
]


def earned_read(earned, *, user, **kwargs) -> None:
    """The points and badges an action paid (courses.success): what is stamped with its
    time."""
    from django.db.models import Sum

    from courses.success import in_viewer_language

    from .models import Badge, BadgeAward, PointEntry

    earned.points = (
        PointEntry.objects.filter(
            user=user, created_at=earned.at, reverses__isnull=True, points__gt=0
        ).aggregate(total=Sum("points"))["total"]
        or 0
    )
    keys = list(
        BadgeAward.objects.filter(user=user, awarded_at=earned.at).values_list(
            "badge_key", flat=True
        )
    )
    badges = in_viewer_language(Badge, keys)
    earned.badges = [badges[key] for key in keys if key in badges]


def connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from courses import success

    from .models import Badge

    success.register("gamification", earned_read)

    for signal, receiver in CONNECTIONS:
        signal.connect(receiver, dispatch_uid=f"lms.gamification.{receiver.__name__}")
    # Badge definitions are cached (services._all_badge_definitions): a change forgets them.
    for signal in (post_save, post_delete):
        signal.connect(
            badge_definitions_forget,
            sender=Badge,
            dispatch_uid=f"lms.gamification.badges_forget.{signal is post_save}",
        )


def disconnect() -> None:
    for signal, receiver in CONNECTIONS:
        signal.disconnect(receiver, dispatch_uid=f"lms.gamification.{receiver.__name__}")
