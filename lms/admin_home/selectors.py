"""What the admin home's panels show: a few figures and the first few rows each, read with
a fixed number of queries whatever the size of the academy (counts and LIMITed lists, no
per-row lookups)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Min, Q

from courses.models import CompletionStatus, Enrollment, SuccessStatus
from lms.advocacy.models import ReferentQuestion
from lms.reports.filters import ReportFilters, filter_enrollments
from lms.tracking.models import Delivery, DeliveryStatus

LIST_SIZE = 5


@dataclass(frozen=True)
class Completion:
    enrollments: int
    learners: int
    completed: int
    passed: int

    @property
    def completed_percent(self) -> float:
        return 100 * self.completed / self.enrollments if self.enrollments else 0.0

    @property
    def passed_percent(self) -> float:
        return 100 * self.passed / self.enrollments if self.enrollments else 0.0


def completion_at_a_glance() -> Completion:
    """One aggregate query over every enrollment."""
    figures = Enrollment.objects.aggregate(
        enrollments=Count("pk"),
        learners=Count("user", distinct=True),
        completed=Count("pk", filter=Q(completion_status=CompletionStatus.COMPLETED)),
        passed=Count("pk", filter=Q(success_status=SuccessStatus.PASSED)),
    )
    return Completion(**figures)


@dataclass(frozen=True)
class OverdueLearner:
    user_id: int
    name: str
    workshops: int
    first_due: dt.date


def overdue_learners(*, today: dt.date | None = None) -> tuple[int, list[OverdueLearner]]:
    """Learners with at least one enrollment past its due date and not completed (the
    report's "Overdue only" filter), longest overdue first: their number and the first few.
    Two queries."""
    overdue = filter_enrollments(
        Enrollment.objects.all(), ReportFilters(overdue=True), catalogue=None, today=today
    )
    count = overdue.values("user").distinct().count()
    rows = (
        overdue.values("user_id", "user__first_name", "user__last_name", "user__email")
        .annotate(workshops=Count("pk"), first_due=Min("due_date"))
        .order_by("first_due", "user__last_name", "user_id")[:LIST_SIZE]
    )
    learners = [
        OverdueLearner(
            user_id=row["user_id"],
            name=f"{row['user__first_name']} {row['user__last_name']}".strip()
            or row["user__email"],
            workshops=row["workshops"],
            first_due=row["first_due"],
        )
        for row in rows
    ]
    return count, learners


def open_questions() -> tuple[int, list[ReferentQuestion]]:
    """Questions waiting for an answer, the longest waiting first. Two queries."""
    waiting = ReferentQuestion.objects.filter(answered_at__isnull=True)
    first = list(waiting.select_related("user").order_by("asked_at", "pk")[:LIST_SIZE])
    return waiting.count(), first


@dataclass(frozen=True)
class Parked:
    deliveries: int
    statements: int
    oldest: dt.datetime | None


def parked_statements() -> Parked:
    """Deliveries an LRS refused and that wait for a person. One query."""
    figures = Delivery.objects.filter(status=DeliveryStatus.PARKED).aggregate(
        deliveries=Count("pk"),
        statements=Count("statement", distinct=True),
        oldest=Min("statement__created_at"),
    )
    return Parked(**figures)


def drafts_awaiting_moderation() -> tuple[int, list]:
    """Pages and snippets submitted to a workflow and not yet approved or rejected, the
    oldest first. Two queries, plus one per kind of content listed (GenericForeignKey
    prefetch: pages and snippets at most, not one per row)."""
    from wagtail.models import WorkflowState

    waiting = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    first = list(
        waiting.select_related("base_content_type", "current_task_state__task", "requested_by")
        .prefetch_related("content_object")
        .order_by("created_at", "pk")[:LIST_SIZE]
    )
    return waiting.count(), first
