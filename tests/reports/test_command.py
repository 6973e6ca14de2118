"""manage.py export_completions: arguments checked, the file written atomically, logged."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import CommandError, call_command

from courses.models import Enrollment
from lms.reports.models import ExportLog

from .world import at


def run(tmp_path, *args, name="out.csv"):
    output = tmp_path / name
    call_command("export_completions", *args, "--output", str(output))
    return output


def test_writes_a_preset_and_logs_it(world, tmp_path, capsys):
    output = run(tmp_path, "--preset", "cornerstone", "--department", "Sales")
    lines = output.read_text().splitlines()
    assert lines[0] == (
        "User ID,Training Title,Start Date/Time,Completion Date/Time,Transcript Status,Score"
    )
    assert len(lines) == 3
    log = ExportLog.objects.get()
    assert (log.channel, log.preset, log.rows) == ("command", "cornerstone", 2)
    assert log.filters == {"department": "Sales"}
    assert log.user is None and log.finished_at is not None
    assert "2 rows written" in capsys.readouterr().out
    # Nothing but the file: the temporary file was renamed, not left behind.
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_since_keeps_records_updated_since(world, tmp_path):
    Enrollment.objects.filter(user=world.bruno).update(updated_at=at(20))
    output = run(tmp_path, "--preset", "canonical-json", "--since", "2026-03-15", name="o.json")
    data = json.loads(output.read_text())
    assert [row["email"] for row in data] == ["bruno.durand@example.com"]
    assert ExportLog.objects.get().filters == {"since": "2026-03-15T00:00:00+01:00"}


def test_since_last_continues_from_the_previous_run(world, tmp_path):
    ExportLog.objects.create(
        channel="command",
        preset="workday",
        rows=0,
        started_at=at(15),
        finished_at=at(15),
    )
    Enrollment.objects.filter(user=world.alice).update(updated_at=at(16))
    output = run(tmp_path, "--preset", "workday", "--since", "last")
    assert len(output.read_text().splitlines()) == 3  # header + Alice's two completions
    Enrollment.objects.update(updated_at=at(14))
    output = run(tmp_path, "--preset", "workday", "--since", "last", name="again.csv")
    assert len(output.read_text().splitlines()) == 1  # nothing new: the header alone


def test_xlsx_by_course_slug(world, tmp_path):
    from openpyxl import load_workbook

    output = run(
        tmp_path, "--preset", "canonical-xlsx", "--course", "course-1", "--by",
        "alice.martin@example.com", name="o.xlsx",
    )  # fmt: skip
    rows = list(load_workbook(output, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 3
    log = ExportLog.objects.get()
    assert log.user == world.alice
    assert log.filters == {"course": str(world.built.courses[1].translation_key)}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--preset", "excel"], 'Unknown preset "excel"'),
        (["--preset", "sap", "--since", "last tuesday"], "is not an ISO 8601"),
        (["--preset", "sap", "--since", "2026-02-30"], "is not an ISO 8601"),
        (["--preset", "sap", "--level", "guru"], "--level"),
        (["--preset", "sap", "--course", "nope"], "--course"),
        (["--preset", "sap", "--completed-from", "2026-03-10", "--completed-to", "2026-03-01"],
         "--completed-to"),
        (["--preset", "sap", "--by", "nobody@example.com"], "No user has the e-mail"),
    ],
)  # fmt: skip
def test_bad_arguments_are_clear_errors(world, tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        run(tmp_path, *args)
    assert not ExportLog.objects.exists()
    assert list(tmp_path.iterdir()) == []


def test_missing_directory_is_an_error(world, tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command(
            "export_completions", "--preset", "sap", "--output", str(tmp_path / "no" / "x.csv")
        )


def test_unknown_department_is_accepted_and_empty(world, tmp_path):
    """A scheduled job for a department nobody is in yet: an empty file, not a failure."""
    output = run(tmp_path, "--preset", "moodle", "--department", "Future")
    assert output.read_text().splitlines() == [
        "username,coursename,courseid,timeenrolled,timestarted,timecompleted,grade"
    ]
    assert dt.datetime.now(dt.UTC) >= ExportLog.objects.get().started_at
