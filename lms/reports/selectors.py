"""Reads behind the completion report: a page of records, the chart figures, a learner's
file. Every function runs a fixed number of queries whatever the number of rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q
from django.utils import timezone

from certificates.models import Certificate
from courses.levels import LEVEL_RANK, Level
from courses.models import CompletionStatus, SuccessStatus
from lms.advocacy.models import LearnerTier, TierChange

from .catalogue import Catalogue
from .filters import ReportFilters, filter_enrollments
from .records import CompletionRecord, enrollments_queryset, local, records_for_enrollments

PAGE_SIZE = 50


def _filtered(filters: ReportFilters | None, catalogue: Catalogue, now: dt.datetime):
    return filter_enrollments(
        enrollments_queryset(), filters, catalogue=catalogue, today=local(now).date()
    )


def records_page(
    *,
    filters: ReportFilters | None,
    catalogue: Catalogue,
    page_number=1,
    per_page: int = PAGE_SIZE,
    now: dt.datetime | None = None,
) -> tuple[Page, list[CompletionRecord]]:
    """One page of records, newest enrollments first: count + page + 3 batch queries."""
    now = now or timezone.now()
    queryset = _filtered(filters, catalogue, now).order_by("-enrolled_at", "-pk")
    page = Paginator(queryset, per_page).get_page(page_number)
    return page, records_for_enrollments(page.object_list, catalogue=catalogue, now=now)


@dataclass(frozen=True)
class Rate:
    label: str
    total: int
    completed: int
    passed: int = 0

    @property
    def percent(self) -> float:
        return round(100 * self.completed / self.total, 1) if self.total else 0.0


def _completed_counts():
    return {
        "total": Count("pk"),
        "completed": Count("pk", filter=Q(completion_status=CompletionStatus.COMPLETED)),
        "passed": Count("pk", filter=Q(success_status=SuccessStatus.PASSED)),
    }


def completion_by_course_level(
    *, filters: ReportFilters | None, catalogue: Catalogue, now: dt.datetime | None = None
) -> list[Rate]:
    """Completion rate per course and level (one grouped query), in course then level order."""
    now = now or timezone.now()
    rows = (
        _filtered(filters, catalogue, now)
        .order_by()
        .values("workshop_key")
        .annotate(**_completed_counts())
    )
    labels = dict(Level.choices)
    keyed = []
    for row in rows:
        workshop = catalogue.workshop(row["workshop_key"])
        course = catalogue.course(workshop.course_key) if workshop.course_key else None
        course_title = course.title if course and course.title else "—"
        level = str(labels.get(workshop.level, workshop.level or "—"))
        keyed.append(
            (
                (course_title.lower(), LEVEL_RANK.get(workshop.level, 9)),
                Rate(f"{course_title} · {level}", row["total"], row["completed"], row["passed"]),
            )
        )
    return [rate for _key, rate in sorted(keyed, key=lambda item: item[0])]


def completion_by_department(
    *, filters: ReportFilters | None, catalogue: Catalogue, now: dt.datetime | None = None
) -> list[Rate]:
    now = now or timezone.now()
    rows = (
        _filtered(filters, catalogue, now)
        .order_by()
        .values("user__profile__department")
        .annotate(**_completed_counts())
    )
    rates = [
        Rate(row["user__profile__department"] or "—", row["total"], row["completed"], row["passed"])
        for row in rows
    ]
    return sorted(rates, key=lambda r: r.label.lower())


@dataclass(frozen=True)
class Funnel:
    enrolled: int
    started: int
    completed: int
    passed: int

    def steps(self) -> list[tuple[str, int]]:
        return [
            ("enrolled", self.enrolled),
            ("started", self.started),
            ("completed", self.completed),
            ("passed", self.passed),
        ]


def funnel(
    *, filters: ReportFilters | None, catalogue: Catalogue, now: dt.datetime | None = None
) -> Funnel:
    now = now or timezone.now()
    figures = (
        _filtered(filters, catalogue, now)
        .order_by()
        .aggregate(
            enrolled=Count("pk"),
            started=Count("pk", filter=Q(started_at__isnull=False)),
            completed=Count("pk", filter=Q(completion_status=CompletionStatus.COMPLETED)),
            passed=Count("pk", filter=Q(success_status=SuccessStatus.PASSED)),
        )
    )
    return Funnel(**figures)


@dataclass
class TierSeries:
    months: list[dt.date]  # the first day of each month
    tiers: list[tuple[str, int]]  # (slug, rank), lowest rank first
    counts: dict[str, list[int]] = field(default_factory=dict)  # slug -> holders per month

    @property
    def rows(self) -> list[tuple[dt.date, list[int]]]:
        return [
            (month, [self.counts[slug][i] for slug, _rank in self.tiers])
            for i, month in enumerate(self.months)
        ]

    @property
    def max_total(self) -> int:
        return max((sum(values) for _m, values in self.rows), default=0)


def _month_starts(end: dt.date, months: int) -> list[dt.date]:
    year, month = end.year, end.month
    starts = []
    for _ in range(months):
        starts.append(dt.date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(starts))


def tiers_over_time(
    *, filters: ReportFilters | None = None, months: int = 12, now: dt.datetime | None = None
) -> TierSeries:
    """How many learners held each tier at the end of each of the last `months` months,
    replayed from the TierChange history (one query). Learners who never changed tier are
    not counted: the chart shows the ladder, not the headcount."""
    now = now or timezone.now()
    today = local(now).date()
    starts = _month_starts(today, months)
    changes = TierChange.objects.order_by("at", "pk")
    if filters and filters.department:
        changes = changes.filter(user__profile__department=filters.department)
    if filters and filters.team:
        changes = changes.filter(user__profile__team=filters.team)
    if filters and filters.user_id:
        changes = changes.filter(user_id=filters.user_id)
    held: dict[int, str] = {}
    ranks: dict[str, int] = {}
    per_month: list[dict[str, int]] = []
    zone = ZoneInfo(settings.TIME_ZONE)
    boundaries = [dt.datetime.combine(_next_month(s), dt.time.min, tzinfo=zone) for s in starts]
    rows = changes.values_list("user_id", "to_slug", "to_rank", "at").iterator(chunk_size=5000)
    pending = next(rows, None)
    for boundary in boundaries:
        while pending is not None and pending[3] < boundary:
            user_id, slug, rank, _at = pending
            held[user_id] = slug or "-"
            ranks.setdefault(slug or "-", rank)
            pending = next(rows, None)
        tally: dict[str, int] = {}
        for slug in held.values():
            tally[slug] = tally.get(slug, 0) + 1
        per_month.append(tally)
    tiers = sorted(ranks.items(), key=lambda item: (item[1], item[0]))
    series = TierSeries(months=starts, tiers=tiers)
    for slug, _rank in tiers:
        series.counts[slug] = [tally.get(slug, 0) for tally in per_month]
    return series


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


@dataclass
class LearnerFile:
    user: object
    records: list[CompletionRecord]
    certificates: list
    tier: object
    tier_history: list


def learner_file(*, user, catalogue: Catalogue, now: dt.datetime | None = None) -> LearnerFile:
    """Everything HR sees about one learner: records, certificates, tier and its history."""
    now = now or timezone.now()
    enrollments = enrollments_queryset().filter(user=user).order_by("enrolled_at", "pk")
    return LearnerFile(
        user=user,
        records=records_for_enrollments(enrollments, catalogue=catalogue, now=now),
        certificates=list(Certificate.objects.filter(user=user).order_by("-issued_at")),
        tier=LearnerTier.objects.filter(user=user).first(),
        tier_history=list(TierChange.objects.filter(user=user).order_by("-at", "-pk")),
    )
