"""The canonical completion record: one learner in one workshop, as HR and corporate LMSs see
it. Every export (canonical CSV/XLSX/JSON, the presets), the admin report and the pull API
are built from `CompletionRecord`, so they never disagree.

Reading is batched and streamed. `completion_records()` walks Enrollment by primary key in
chunks (keyset pagination: constant memory, no server-side cursor, same SQL on SQLite and
PostgreSQL) and, per chunk, runs a fixed number of queries whatever the chunk's size:

1. the enrollments, joined to their user, profile, certificate and current tier (each at
   most one row per enrollment: unique keys);
2. the quiz attempts of the chunk's learners (count, time spent, the score that counts).

Course and workshop titles come from a `Catalogue` loaded once per export (3 queries).
`records_for_enrollments()` reads step 2 and the certificates and tiers (two more queries) for
any list of enrollments (an admin page, an API page), so a page of N records costs the same
queries as a page of 1.

Time spent (`time_spent_seconds`) is what the academy measures: the sum of the durations of
the learner's submitted final-quiz attempts in the workshop (submitted − started). Lesson
reading time is not tracked (a lesson is "completed", not timed), so it is not in it; the
nominal duration is the workshop's estimated duration (`estimated_minutes`, the credit hours).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple
from uuid import UUID
from zoneinfo import ZoneInfo

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone

from certificates.models import Certificate, certificate_status
from certificates.sharing import verification_url_maker
from courses.models import CompletionStatus, Enrollment
from lms.advocacy.models import LearnerTier
from quizzes.models import Attempt, AttemptStatus

from .catalogue import Catalogue, catalogue_load
from .fast_values import fast_values_list
from .filters import ReportFilters, filter_enrollments

DEFAULT_CHUNK_SIZE = 2000


@dataclass(slots=True)  # not frozen: a frozen __init__ costs 45 object.__setattr__ calls
class CompletionRecord:
    """One learner × one workshop (read-only by convention). Datetimes are aware, in
    settings.TIME_ZONE; use `iso()` (ISO 8601 with offset) or a preset's own format to write
    them."""

    # Identity of the record: the enrollment's xAPI registration is stable for life, so a
    # receiving LMS can use it as an idempotency key (`record_uuid`).
    record_uuid: UUID
    enrollment_id: int
    updated_at: dt.datetime
    # The learner
    user_id: int
    user_public_id: UUID
    employee_id: str
    email: str
    first_name: str
    last_name: str
    department: str
    team: str
    manager_email: str
    is_active: bool
    # What was learned
    course_key: UUID
    course_title: str
    course_slug: str
    workshop_key: UUID
    workshop_title: str
    workshop_slug: str
    level: str
    estimated_minutes: int
    # When
    enrolled_at: dt.datetime
    started_at: dt.datetime | None
    completed_at: dt.datetime | None
    passed_at: dt.datetime | None
    due_date: dt.date | None
    # Outcome
    completion_status: str
    success_status: str
    score_raw: Decimal | None
    score_max: Decimal | None
    score_scaled: Decimal | None
    attempts: int
    time_spent_seconds: int
    # Certificate and tier
    certificate_code: str
    certificate_url: str
    certificate_issued_at: dt.datetime | None
    certificate_expires_at: dt.datetime | None
    certificate_status: str  # "", "valid", "expired", "revoked"
    tier: str  # the tier's slug; "" = the starting tier
    tier_rank: int
    overdue: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def item_id(self) -> str:
        """The workshop's stable id across languages and publications."""
        return str(self.workshop_key)

    @property
    def credit_hours(self) -> float:
        """The workshop's estimated duration in hours."""
        return round(self.estimated_minutes / 60, 2)

    @property
    def time_spent_hours(self) -> float:
        return round(self.time_spent_seconds / 3600, 2)

    @property
    def is_completed(self) -> bool:
        return self.completion_status == CompletionStatus.COMPLETED


def _zone() -> ZoneInfo:
    # Django caches it and clears the cache when a test overrides TIME_ZONE; reading
    # settings.TIME_ZONE here instead costs a lazy-settings lookup per date written.
    return timezone.get_default_timezone()


def local(moment: dt.datetime | None) -> dt.datetime | None:
    """The moment in settings.TIME_ZONE."""
    if moment is None:
        return None
    return moment.astimezone(_zone())


def iso(moment: dt.datetime | dt.date | None) -> str:
    """2026-03-02T10:15:00+01:00 (seconds, offset of settings.TIME_ZONE); dates 2026-03-02."""
    if moment is None:
        return ""
    if isinstance(moment, dt.datetime):
        zone = _zone()
        if moment.tzinfo is not zone:  # records already hold local times: skip the shift
            moment = moment.astimezone(zone)
        return moment.isoformat(timespec="seconds")
    return moment.isoformat()


# --- batch reads --------------------------------------------------------------------------
#
# The streaming path reads plain tuples (values_list), not model instances: building
# 100,000 Enrollment + User + LearnerProfile objects costs more than the whole CSV.


class _Row(NamedTuple):
    pk: int
    registration: UUID
    updated_at: dt.datetime
    user_id: int
    public_id: UUID
    email: str
    first_name: str
    last_name: str
    is_active: bool
    employee_id: str | None
    department: str | None
    team: str | None
    manager_email: str | None
    course_key: UUID
    workshop_key: UUID
    enrolled_at: dt.datetime
    started_at: dt.datetime | None
    completed_at: dt.datetime | None
    passed_at: dt.datetime | None
    due_date: dt.date | None
    completion_status: str
    success_status: str
    score_scaled: Decimal | None


ROW_FIELDS = (
    "pk",
    "registration",
    "updated_at",
    "user_id",
    "user__public_id",
    "user__email",
    "user__first_name",
    "user__last_name",
    "user__is_active",
    "user__profile__employee_id",
    "user__profile__department",
    "user__profile__team",
    "user__profile__manager_email",
    "course_key",
    "workshop_key",
    "enrolled_at",
    "started_at",
    "completed_at",
    "passed_at",
    "due_date",
    "completion_status",
    "success_status",
    "score_scaled",
)


# A `_Row` with the enrollment's certificate and the learner's tier joined in (the export's
# stream): the database joins them by their unique keys as it reads the rows, where two more
# queries per chunk and two dictionaries cost a tenth of the export. Its first fields are
# `_Row`'s, taken from it, so the two cannot drift apart (STREAM_FIELDS extends ROW_FIELDS).
_StreamRow = NamedTuple(
    "_StreamRow",
    [
        *_Row.__annotations__.items(),
        ("certificate_code", str | None),  # None: no certificate (a code is never empty)
        ("certificate_issued_at", dt.datetime | None),
        ("certificate_expires_at", dt.datetime | None),
        ("certificate_revoked_at", dt.datetime | None),
        ("tier_slug", str | None),  # None: no tier row (the starting tier)
        ("tier_rank", int | None),
    ],
)


STREAM_FIELDS = (
    *ROW_FIELDS,
    "certificate__code",
    "certificate__issued_at",
    "certificate__expires_at",
    "certificate__revoked_at",
    "user__advocacy_tier__slug",
    "user__advocacy_tier__rank",
)


def _profile(user):
    try:
        return user.profile
    except ObjectDoesNotExist:  # a user without a profile
        return None


def _row_of(e: Enrollment) -> _Row:
    user = e.user
    profile = _profile(user)
    return _Row(
        e.pk,
        e.registration,
        e.updated_at,
        user.pk,
        user.public_id,
        user.email,
        user.first_name,
        user.last_name,
        user.is_active,
        profile.employee_id if profile else None,
        profile.department if profile else None,
        profile.team if profile else None,
        profile.manager_email if profile else None,
        e.course_key,
        e.workshop_key,
        e.enrolled_at,
        e.started_at,
        e.completed_at,
        e.passed_at,
        e.due_date,
        e.completion_status,
        e.success_status,
        e.score_scaled,
    )


ATTEMPT_FIELDS = (
    "user_id",
    "context_key",
    "status",
    "started_at",
    "submitted_at",
    "score_raw",
    "score_max",
    "score_scaled",
)


@dataclass
class _AttemptFacts:
    count: int = 0
    seconds: float = 0.0
    submitted: list = field(default_factory=list)  # (submitted_at, raw, max, scaled)


def _attempt_facts(rows: list[_Row]) -> dict[tuple[int, int], _AttemptFacts]:
    """One query: every attempt of these learners in these workshops, folded per
    (user, workshop key as an int: `UUID.__hash__` is Python code, an int hashes in C)."""
    wanted = {(r.user_id, r.workshop_key.int) for r in rows}
    facts: dict[tuple[int, int], _AttemptFacts] = {}
    if not wanted:
        return facts
    # By learner only: a workshop key matches a tenth of all attempts, and a database that
    # picks that index reads every chunk's share of the whole table (quadratic in the
    # export's size). The few other workshops' attempts are dropped below.
    attempts = (
        Attempt.objects.filter(user_id__in={u for u, _w in wanted})
        .order_by()
        .values_list(*ATTEMPT_FIELDS)
    )
    for user_id, context, status, started, submitted, raw, top, scaled in fast_values_list(
        attempts
    ):
        if context is None:  # an attempt outside any workshop (a standalone quiz)
            continue
        key = (user_id, context.int)
        if key not in wanted:
            continue
        fact = facts.get(key)
        if fact is None:
            fact = facts[key] = _AttemptFacts()
        fact.count += 1
        if status == AttemptStatus.SUBMITTED and submitted is not None:
            fact.seconds += max(0.0, (submitted - started).total_seconds())
            fact.submitted.append((submitted, raw, top, scaled))
    return facts


def _counted_score(score_scaled, fact: _AttemptFacts | None):
    """Raw and max points of the attempt that gave the enrollment its score (the latest with
    that scaled score), else of the latest submitted attempt."""
    if not fact or not fact.submitted:
        return None, None
    if len(fact.submitted) == 1:  # the usual case: the one submitted attempt
        return fact.submitted[0][1], fact.submitted[0][2]
    ordered = sorted(fact.submitted, key=lambda s: s[0], reverse=True)
    for _at, raw, top, scaled in ordered:
        if score_scaled is not None and scaled == score_scaled:
            return raw, top
    return ordered[0][1], ordered[0][2]


def _certificates(rows: list[_Row], now) -> dict[int, tuple]:
    found = {}
    if not rows:
        return found
    wanted = {r.pk for r in rows}
    low, high = min(wanted), max(wanted)
    if high - low < 2 * len(wanted):
        # A dense run of enrollments (an export's chunk): a range of primary keys, the
        # certificates of enrollments outside the rows dropped below. Django prepares each
        # value of an `IN (...)` one by one, and 2,000 of them per chunk were a sixth of
        # the certificates' cost; a sparse page keeps the IN, never a range of the table.
        certificates = Certificate.objects.filter(enrollment_id__gte=low, enrollment_id__lte=high)
    else:
        certificates = Certificate.objects.filter(enrollment_id__in=wanted)
    url_of = None
    for enrollment_id, code, issued, expires, revoked_at in fast_values_list(
        certificates.values_list("enrollment_id", "code", "issued_at", "expires_at", "revoked_at")
    ):
        if enrollment_id not in wanted:
            continue
        url_of = url_of or verification_url_maker()
        status = certificate_status(revoked_at, expires, now)
        found[enrollment_id] = (code, url_of(code), issued, expires, str(status))
    return found


def _tiers(rows: list[_Row]) -> dict[int, tuple[str, int]]:
    users = {r.user_id for r in rows}
    if not users:
        return {}
    return {
        user_id: (slug, rank)
        for user_id, slug, rank in LearnerTier.objects.filter(user_id__in=users).values_list(
            "user_id", "slug", "rank"
        )
    }


_NO_CERTIFICATE = ("", "", None, None, "")


def _records(
    rows: list[_Row] | list[_StreamRow],
    catalogue: Catalogue,
    now: dt.datetime,
    *,
    joined: bool = False,
) -> list[CompletionRecord]:
    """`joined`: the rows are `_StreamRow`s, which carry their certificate and tier."""
    if not rows:
        return []
    zone = _zone()
    today = now.astimezone(zone).date()

    attempts = _attempt_facts(rows)
    certificates = {} if joined else _certificates(rows, now)
    tiers = {} if joined else _tiers(rows)
    url_of = None
    # Keyed by the UUIDs' ints, as the attempts are (see _attempt_facts).
    workshops, courses = {}, {}
    records = []
    append = records.append
    completed_status = CompletionStatus.COMPLETED
    no_tier = ("", 0)
    # Datetimes: `moment and moment.astimezone(zone)` is None for None (a datetime is never
    # false), written inline: a helper function called nine times a row costs more.
    for r in rows:
        workshop_int, course_int = r.workshop_key.int, r.course_key.int
        workshop = workshops.get(workshop_int)
        if workshop is None:
            workshop = workshops[workshop_int] = catalogue.workshop(r.workshop_key)
        course = courses.get(course_int)
        if course is None:
            course = courses[course_int] = catalogue.course(r.course_key)
        fact = attempts.get((r.user_id, workshop_int))
        raw, top = _counted_score(r.score_scaled, fact)
        if not joined:
            cert = certificates.get(r.pk, _NO_CERTIFICATE)
            tier, rank = tiers.get(r.user_id, no_tier)
        else:  # what _certificates() and _tiers() give, from the joined columns
            code = r.certificate_code
            if code is None:
                cert = _NO_CERTIFICATE
            else:
                url_of = url_of or verification_url_maker()
                expires = r.certificate_expires_at
                status = certificate_status(r.certificate_revoked_at, expires, now)
                cert = (code, url_of(code), r.certificate_issued_at, expires, str(status))
            tier, rank = no_tier if r.tier_slug is None else (r.tier_slug, r.tier_rank)
        append(
            # Positional, in the order of the fields: 40 keywords cost three times the call.
            CompletionRecord(
                r.registration,  # record_uuid
                r.pk,  # enrollment_id
                r.updated_at and r.updated_at.astimezone(zone),  # updated_at
                r.user_id,  # user_id
                r.public_id,  # user_public_id
                r.employee_id or "",  # employee_id
                r.email,  # email
                r.first_name,  # first_name
                r.last_name,  # last_name
                r.department or "",  # department
                r.team or "",  # team
                r.manager_email or "",  # manager_email
                r.is_active,  # is_active
                r.course_key,  # course_key
                course.title,  # course_title
                course.slug,  # course_slug
                r.workshop_key,  # workshop_key
                workshop.title,  # workshop_title
                workshop.slug,  # workshop_slug
                workshop.level,  # level
                workshop.estimated_minutes,  # estimated_minutes
                r.enrolled_at and r.enrolled_at.astimezone(zone),  # enrolled_at
                r.started_at and r.started_at.astimezone(zone),  # started_at
                r.completed_at and r.completed_at.astimezone(zone),  # completed_at
                r.passed_at and r.passed_at.astimezone(zone),  # passed_at
                r.due_date,  # due_date
                r.completion_status,  # completion_status
                r.success_status,  # success_status
                raw,  # score_raw
                top,  # score_max
                r.score_scaled,  # score_scaled
                fact.count if fact else 0,  # attempts
                round(fact.seconds) if fact else 0,  # time_spent_seconds
                cert[0],  # certificate_code
                cert[1],  # certificate_url
                cert[2] and cert[2].astimezone(zone),  # certificate_issued_at
                cert[3] and cert[3].astimezone(zone),  # certificate_expires_at
                cert[4],  # certificate_status
                tier,  # tier
                rank,  # tier_rank
                bool(  # overdue
                    r.due_date and r.due_date < today and r.completion_status != completed_status
                ),
            )
        )
    return records


def records_for_enrollments(
    enrollments: Iterable[Enrollment],
    *,
    catalogue: Catalogue | None = None,
    now: dt.datetime | None = None,
) -> list[CompletionRecord]:
    """Records for Enrollment instances, in their order (an admin page). Read them with
    `enrollments_queryset()` (user and profile joined) to avoid a query per row."""
    return records_for_rows([_row_of(e) for e in enrollments], catalogue=catalogue, now=now)


def rows_of(values: Iterable[tuple]) -> list[_Row]:
    """`values_list(*ROW_FIELDS)` tuples as rows with named fields (`.pk`, `.updated_at`)."""
    return [_Row(*v) for v in values]


def records_for_rows(
    rows: list[_Row], *, catalogue: Catalogue | None = None, now: dt.datetime | None = None
) -> list[CompletionRecord]:
    """Records for rows read with `values_list(*ROW_FIELDS)` (an API page: no model instance
    per row), in their order. Three queries whatever their number (attempts, certificates,
    tiers), plus three for the catalogue when none is given."""
    if not rows:
        return []
    return _records(rows, catalogue or catalogue_load(), now or timezone.now())


def record_from_rows(enrollment: Enrollment, **kwargs) -> CompletionRecord:
    """The record of one enrollment (same code path as the batch)."""
    return records_for_enrollments([enrollment], **kwargs)[0]


def enrollments_queryset():
    """The base queryset every record reader starts from (joins what a record needs)."""
    return Enrollment.objects.select_related("user", "user__profile")


def completion_records(
    *,
    filters: ReportFilters | None = None,
    since: dt.datetime | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    catalogue: Catalogue | None = None,
    now: dt.datetime | None = None,
    completed_only: bool = False,
) -> Iterator[CompletionRecord]:
    """Stream the records matching `filters` (and updated at or after `since`), in
    enrollment order. Memory holds one chunk; queries per chunk are constant (2: the
    enrollments with their learner, profile, certificate and tier, then the attempts)."""
    catalogue = catalogue or catalogue_load()
    now = now or timezone.now()
    queryset = filter_enrollments(
        Enrollment.objects.all(), filters, catalogue=catalogue, today=local(now).date()
    )
    if since is not None:
        queryset = queryset.filter(updated_at__gte=since)
    if completed_only:  # presets that import completions only: skip the rest in SQL
        queryset = queryset.filter(completion_status=CompletionStatus.COMPLETED)
    queryset = queryset.order_by("pk").values_list(*STREAM_FIELDS)
    last = 0
    while True:
        chunk = [
            _StreamRow(*values)
            for values in fast_values_list(queryset.filter(pk__gt=last)[:chunk_size])
        ]
        if not chunk:
            return
        yield from _records(chunk, catalogue, now, joined=True)
        if len(chunk) < chunk_size:
            return
        last = chunk[-1].pk


__all__ = [
    "CompletionRecord",
    "completion_records",
    "enrollments_queryset",
    "iso",
    "record_from_rows",
    "records_for_enrollments",
    "records_for_rows",
    "rows_of",
]
