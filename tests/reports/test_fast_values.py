"""The export's row reader gives exactly what values_list() gives, on SQLite and PostgreSQL:
same rows, same order, equal values of the same types, aware datetimes in the same zone."""

import datetime as dt
from decimal import Decimal
from uuid import UUID

from certificates.models import Certificate
from courses.models import Enrollment
from lms.reports.fast_values import fast_values_list
from lms.reports.records import ATTEMPT_FIELDS, ROW_FIELDS
from quizzes.models import Attempt


def _same(queryset):
    expected = list(queryset)
    got = list(fast_values_list(queryset))
    assert got == expected
    for fast_row, django_row in zip(got, expected, strict=True):
        assert [type(v) for v in fast_row] == [type(v) for v in django_row]
        for fast, django in zip(fast_row, django_row, strict=True):
            if isinstance(django, dt.datetime):
                assert fast.utcoffset() == django.utcoffset() == dt.timedelta(0)
            if isinstance(django, Decimal):  # same digits, not only an equal number
                assert str(fast) == str(django)
    return got


def test_enrollment_rows_equal_values_list(world):
    rows = _same(Enrollment.objects.order_by("pk").values_list(*ROW_FIELDS))
    assert len(rows) == Enrollment.objects.count() >= 4
    columns = dict(zip(ROW_FIELDS, zip(*rows, strict=True), strict=True))
    # The world holds every kind of value the reader converts, so the comparison means it.
    assert all(isinstance(v, UUID) for v in columns["registration"] + columns["workshop_key"])
    assert None in columns["completed_at"] and any(columns["completed_at"])
    assert any(isinstance(v, Decimal) for v in columns["score_scaled"])
    assert {True} <= set(columns["user__is_active"])


def test_attempt_and_certificate_rows_equal_values_list(world):
    attempts = _same(Attempt.objects.order_by("pk").values_list(*ATTEMPT_FIELDS))
    assert attempts and any(row[4] is not None for row in attempts)
    certificates = _same(
        Certificate.objects.order_by("pk").values_list(
            "enrollment_id", "code", "issued_at", "expires_at", "revoked_at"
        )
    )
    assert certificates


def test_a_keyset_slice_and_an_empty_filter(world):
    first = Enrollment.objects.order_by("pk").values_list("pk", flat=False)[:2]
    assert list(fast_values_list(first)) == list(first)
    assert list(fast_values_list(Enrollment.objects.filter(pk__in=[]).values_list("pk"))) == []


def test_a_repeated_score_gets_the_decimal_django_gives_it(world):
    """Decimals are converted once per distinct float: a value met again in the column (here
    each learner's attempts, once per enrollment of theirs) is the same Decimal as Django's."""
    rows = _same(
        Enrollment.objects.order_by("pk", "user__quiz_attempts__pk").values_list(
            "pk", "user__quiz_attempts__score_scaled", "user__quiz_attempts__score_raw"
        )
    )
    scores = [row[1] for row in rows if row[1] is not None]
    assert len(scores) > len(set(scores)), "the world should repeat a score"
