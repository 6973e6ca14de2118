"""Each filter narrows the records to exactly the right ones; bad values are form errors."""

from __future__ import annotations

import datetime as dt

import pytest

from lms.reports.catalogue import catalogue_load
from lms.reports.filters import ReportFilterForm, ReportFilters
from lms.reports.records import completion_records

from .world import NOW


def emails(filters: ReportFilters) -> list[tuple[str, str]]:
    return sorted(
        (r.email.split(".")[0], r.workshop_title)
        for r in completion_records(filters=filters, now=NOW)
    )


def validated(data: dict) -> ReportFilters:
    form = ReportFilterForm(data, catalogue=catalogue_load())
    assert form.is_valid(), form.errors
    return form.filters()


def test_no_filter_gives_every_record(world):
    assert len(emails(ReportFilters())) == 5


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"department": "Sales"},
            [("bruno", "Course 0 beginner"), ("chloe", "Course 1 intermediate")],
        ),
        ({"team": "Partners"}, [("bruno", "Course 0 beginner")]),
        (
            {"level": "intermediate"},
            [("chloe", "Course 1 intermediate"), ("dora", "Course 0 intermediate")],
        ),
        (
            {"completion_status": "completed"},
            [("alice", "Course 0 beginner"), ("alice", "Course 1 beginner")],
        ),
        ({"success_status": "failed"}, [("bruno", "Course 0 beginner")]),
        (
            {"enrolled_from": "2026-03-05", "enrolled_to": "2026-03-07"},
            [("alice", "Course 1 beginner"), ("chloe", "Course 1 intermediate")],
        ),
        ({"completed_from": "2026-03-04"}, [("alice", "Course 1 beginner")]),
        ({"completed_to": "2026-03-03"}, [("alice", "Course 0 beginner")]),
        ({"search": "E00"}, None),
    ],
)
def test_each_filter_narrows(world, data, expected):
    found = emails(validated(data))
    if expected is None:  # search on employee id: everyone but Dora, who has none
        assert {name for name, _w in found} == {"alice", "bruno", "chloe"}
    else:
        assert found == expected


def test_course_filter(world):
    course = str(world.built.courses[1].translation_key)
    assert emails(validated({"course": course})) == [
        ("alice", "Course 1 beginner"),
        ("chloe", "Course 1 intermediate"),
    ]


def test_overdue_is_past_due_and_not_completed(world):
    # Bruno: due 2026-03-20, not completed. Chloé: due on NOW's day, not yet overdue.
    assert emails(ReportFilters(overdue=True)) == [("bruno", "Course 0 beginner")]


def test_filters_combine(world):
    assert emails(validated({"department": "Sales", "level": "beginner"})) == [
        ("bruno", "Course 0 beginner")
    ]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"department": "Nowhere"}, "department"),
        ({"level": "guru"}, "level"),
        ({"course": "not-a-course"}, "course"),
        ({"completion_status": "done"}, "completion_status"),
        ({"enrolled_from": "2026-13-45"}, "enrolled_from"),
        ({"completed_from": "2026-03-10", "completed_to": "2026-03-01"}, "completed_to"),
    ],
)
def test_bad_values_are_form_errors(world, data, field):
    form = ReportFilterForm(data, catalogue=catalogue_load())
    assert not form.is_valid()
    assert field in form.errors


def test_params_round_trip(world):
    filters = validated({"department": "Sales", "enrolled_from": "2026-03-01", "overdue": "on"})
    assert filters.as_params() == {
        "department": "Sales",
        "enrolled_from": "2026-03-01",
        "overdue": "1",
    }
    assert validated(filters.as_params()) == filters
    assert filters.enrolled_from == dt.date(2026, 3, 1)


def test_filters_survive_the_export_log_round_trip():
    """A prepared export rebuilds its filters from the log's params: every kind of value."""
    full = ReportFilters(
        department="Sales",
        team="North",
        course="00000000-0000-0000-0000-000000000010",
        level="beginner",
        completion_status="completed",
        success_status="passed",
        enrolled_from=dt.date(2026, 1, 1),
        enrolled_to=dt.date(2026, 2, 1),
        completed_from=dt.date(2026, 1, 15),
        completed_to=dt.date(2026, 3, 1),
        overdue=True,
        search="martin",
        user_id=42,
    )
    assert ReportFilters.from_params(full.as_params()) == full
    assert ReportFilters.from_params({}) == ReportFilters()
