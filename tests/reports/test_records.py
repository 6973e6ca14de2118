"""The canonical record: its facts, and a constant number of queries per chunk."""

from __future__ import annotations

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment
from lms.reports.catalogue import catalogue_load
from lms.reports.records import (
    completion_records,
    enrollments_queryset,
    record_from_rows,
    records_for_enrollments,
)
from tests.factories import make_user

from .world import NOW


def test_alice_record_has_every_fact(world):
    record = next(r for r in completion_records(now=NOW) if r.email.startswith("alice"))
    assert record.employee_id == "E001"
    assert record.name == "Alice Martin"
    assert (record.department, record.team) == ("Marketing", "Brand")
    assert (record.course_title, record.workshop_title, record.level) == (
        "Course 0",
        "Course 0 beginner",
        "beginner",
    )
    assert record.completion_status == "completed" and record.success_status == "passed"
    assert (record.score_raw, record.score_max, record.score_scaled) == (
        Decimal("8"),
        Decimal("8"),
        Decimal("1"),
    )
    assert record.attempts == 2
    assert record.time_spent_seconds == 13 * 60  # two attempts of 6 min 30 s
    assert record.certificate_code == "ABCD-EFGH-JKLM-0001"
    assert record.certificate_url.endswith("/verify/ABCD-EFGH-JKLM-0001/")
    assert record.tier == "relay"
    assert record.completed_at.isoformat() == "2026-03-03T10:21:30+01:00"


def test_batch_matches_single_and_api_helpers(world):
    enrollments = list(enrollments_queryset().order_by("pk"))
    batch = records_for_enrollments(enrollments, now=NOW)
    assert batch == list(completion_records(now=NOW))
    assert record_from_rows(enrollments[2], now=NOW) == batch[2]


def test_the_stream_joins_certificates_and_tiers_as_the_batch_reads_them(world):
    """completion_records() joins each enrollment's certificate and tier into its one read;
    records_for_enrollments() reads them apart. Revoked, expired and valid certificates,
    a tier and no tier: the same records either way."""
    from datetime import timedelta

    from certificates.models import Certificate
    from lms.advocacy.models import LearnerTier

    first, *others = Certificate.objects.order_by("pk")
    Certificate.objects.filter(pk=first.pk).update(revoked_at=NOW - timedelta(days=1))
    if others:
        Certificate.objects.filter(pk=others[0].pk).update(expires_at=NOW - timedelta(days=1))
    LearnerTier.objects.update_or_create(
        user=world.bruno, defaults={"slug": "ambassador", "rank": 3, "since": NOW}
    )
    streamed = list(completion_records(now=NOW))
    assert streamed == records_for_enrollments(enrollments_queryset().order_by("pk"), now=NOW)
    statuses = {r.certificate_status for r in streamed}
    assert {"", "revoked"} <= statuses
    assert not others or "expired" in statuses
    assert ("ambassador", 3) in {(r.tier, r.tier_rank) for r in streamed}
    assert ("", 0) in {(r.tier, r.tier_rank) for r in streamed}


def _grow(world, learners: int):
    for _n in range(learners):
        user = make_user()
        for enrollment in Enrollment.objects.filter(user=world.bruno):
            Enrollment.objects.create(
                user=user,
                course_key=enrollment.course_key,
                workshop_key=enrollment.workshop_key,
                enrolled_at=enrollment.enrolled_at,
            )


def test_queries_per_chunk_are_constant(world):
    catalogue = catalogue_load()
    with CaptureQueriesContext(connection) as small:
        assert len(list(completion_records(catalogue=catalogue, chunk_size=100))) == 5
    _grow(world, 60)
    with CaptureQueriesContext(connection) as large:
        assert len(list(completion_records(catalogue=catalogue, chunk_size=100))) == 65
    assert len(large) == len(small)
    # Each further chunk costs the same few queries, whatever the chunk's size:
    # 1 chunk of 100, 3 of 25, 5 of 15 (none of them full at the end, so no empty read).
    with CaptureQueriesContext(connection) as three:
        assert len(list(completion_records(catalogue=catalogue, chunk_size=25))) == 65
    with CaptureQueriesContext(connection) as five:
        assert len(list(completion_records(catalogue=catalogue, chunk_size=15))) == 65
    per_chunk = (len(three) - len(large)) // 2
    assert 0 < per_chunk <= 2  # the enrollments with certificate and tier joined, the attempts
    assert len(five) - len(three) == 2 * per_chunk


def test_any_selection_of_enrollments_gets_exactly_its_own_certificates(world):
    # Certificates are read by a range of enrollment ids when the selection is dense (an
    # export's chunk) and by an IN when it is sparse: either way each record gets its own
    # certificate, and one of an enrollment inside the range but not selected never leaks.
    enrollments = list(enrollments_queryset().order_by("pk"))
    every = {r.enrollment_id: r for r in records_for_enrollments(enrollments, now=NOW)}
    holders = [e for e in enrollments if every[e.pk].certificate_code]
    others = [e for e in enrollments if not every[e.pk].certificate_code]
    assert holders and others
    for selection in (others, holders, enrollments[::2], [enrollments[0], enrollments[-1]]):
        assert records_for_enrollments(selection, now=NOW) == [every[e.pk] for e in selection]
