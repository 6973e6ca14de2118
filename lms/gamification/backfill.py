"""Replay a learner's recorded learning into the ledger, in the order it happened.

For an academy that had learners before gamification was switched on, and for the demo.
Idempotent: every payout goes through the pay-once services, so a second replay (or a
replay after the live receivers already paid) changes nothing. The cheat guard applies to
the replayed times as it would have live. Badges are checked at the end; no notification is
written for the past tiers.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from django.db import transaction

from .receivers import rules_pay
from .services import activity_record, badges_evaluate, points_reverse


@dataclass
class BackfillReport:
    events: int = 0
    badges: int = 0


def _events(user) -> list[tuple]:
    """(when, kind, payload) of everything the learner did, oldest first."""
    from certificates.models import Certificate
    from courses.models import CompletionStatus, Enrollment, LessonCompletion
    from lms.advocacy.models import CharterAcceptance, TierChange
    from quizzes.models import Attempt, AttemptStatus

    events = []
    for completion in LessonCompletion.objects.filter(user=user):
        lesson = SimpleNamespace(translation_key=completion.lesson_key)
        events.append((completion.completed_at, "lesson", lesson))
    for attempt in Attempt.objects.filter(user=user, status=AttemptStatus.SUBMITTED):
        events.append((attempt.submitted_at, "attempt", attempt))
    for enrollment in Enrollment.objects.filter(
        user=user, completion_status=CompletionStatus.COMPLETED
    ):
        events.append((enrollment.completed_at, "workshop", enrollment))
    for certificate in Certificate.objects.filter(user=user):
        events.append((certificate.issued_at, "certificate", certificate))
        if certificate.revoked_at:
            events.append((certificate.revoked_at, "revoked", certificate))
    for acceptance in CharterAcceptance.objects.filter(user=user):
        events.append((acceptance.accepted_at, "charter", acceptance))
    for change in TierChange.objects.filter(user=user):
        if change.to_rank > change.from_rank:
            old = SimpleNamespace(rank=change.from_rank, slug=change.from_slug)
            new = SimpleNamespace(rank=change.to_rank, slug=change.to_slug)
            events.append((change.at, "tier", (old, new)))
    order = ["lesson", "attempt", "workshop", "certificate", "charter", "tier", "revoked"]
    return sorted((e for e in events if e[0] is not None), key=lambda e: (e[0], order.index(e[1])))


@transaction.atomic
def points_backfill(*, user) -> BackfillReport:
    report = BackfillReport()
    for at, kind, payload in _events(user):
        report.events += 1
        if kind == "lesson":
            rules_pay("lesson_completed", user=user, at=at, lesson=payload)
            activity_record(user=user, at=at)
        elif kind == "attempt":
            rules_pay("attempt_graded", user=user, at=at, attempt=payload)
            activity_record(user=user, at=at)
        elif kind == "workshop":
            rules_pay("workshop_completed", user=user, at=at, enrollment=payload)
        elif kind == "certificate":
            rules_pay("certificate_issued", user=user, at=at, certificate=payload)
        elif kind == "revoked":
            points_reverse(
                user=user,
                rule_key="certificate_earned",
                object_key=str(payload.public_id),
                now=at,
            )
        elif kind == "charter":
            rules_pay("charter_accepted", user=user, at=at, acceptance=payload)
        elif kind == "tier":
            old, new = payload
            rules_pay("tier_changed", user=user, at=at, old=old, new=new)
    report.badges = len(badges_evaluate(user=user, event="all"))
    return report
