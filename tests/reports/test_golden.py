"""Each preset's exact bytes (header and rows) for a fixed world, against a golden file.
Set UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then review the diff."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from lms.reports.exports import PRESETS, ExportRun
from lms.reports.filters import ReportFilters

from .world import NOW

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

TEXT_PRESETS = [name for name, preset in PRESETS.items() if preset.kind != "xlsx"]


def _export(name: str, filters=None) -> bytes:
    buffer = io.BytesIO()
    ExportRun(preset=PRESETS[name], filters=filters, now=NOW, channel="command").write(buffer)
    return buffer.getvalue()


def _check(name: str, actual: bytes) -> None:
    extension = PRESETS[name].extension
    path = GOLDEN / f"{name}.{extension}"
    if UPDATE or not path.exists():
        path.write_bytes(actual)
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist: written, review it and run again.")
    assert actual == path.read_bytes(), f"{name} differs from {path.name}"


@pytest.mark.parametrize("name", TEXT_PRESETS)
def test_preset_matches_golden(world, name):
    _check(name, _export(name))


EXPECTED_HEADERS = {
    "sap": b"StudentId,Description,CompletionDate,CompletionTimezoneId,Grade,CreditHours,"
    b"TotalHours,InstructorName,Comments\r\n",
    "cornerstone": b"User ID,Training Title,Start Date/Time,Completion Date/Time,"
    b"Transcript Status,Score\r\n",
    "workday": b"Worker ID,Work Email,Learning Content Reference,Completion Date,Result\r\n",
    "moodle": b"username,coursename,courseid,timeenrolled,timestarted,timecompleted,grade\r\n",
}


@pytest.mark.parametrize("name", list(EXPECTED_HEADERS))
def test_preset_header_is_exact(world, name):
    assert _export(name).split(b"\r\n")[0] + b"\r\n" == EXPECTED_HEADERS[name]


def test_canonical_csv_starts_with_a_bom_presets_do_not(world):
    assert _export("canonical-csv").startswith("\ufeffrecord_uuid,".encode())
    for name in EXPECTED_HEADERS:
        assert not _export(name).startswith(b"\xef\xbb\xbf")


def test_rows_of_the_presets(world):
    sap = _export("sap").decode().splitlines()
    # Only completions are external learning events: Alice's two workshops.
    assert len(sap) == 3
    assert sap[1].startswith("E001,Course 0 - Course 0 beginner,2026-03-03T10:21:30,Europe/Paris,")
    cornerstone = _export("cornerstone").decode().splitlines()
    statuses = [line.split(",")[-2] for line in cornerstone[1:]]
    # Chloé left the company before starting: Withdrawn.
    assert sorted(statuses) == ["Completed", "Completed", "Registered", "Registered", "Withdrawn"]
    assert "2026-03-02 10:15:00 +01:00" in cornerstone[1]
    moodle = _export("moodle").decode().splitlines()
    assert "dora.nguyen@example.com,course-0-intermediate," in moodle[-1]


def test_canonical_json_is_a_valid_array(world):
    data = json.loads(_export("canonical-json"))
    assert len(data) == 5
    alice = data[0]
    assert alice["email"] == "alice.martin@example.com"
    assert alice["attempts"] == 2
    assert alice["score_scaled"] == 1.0
    assert alice["certificate_id"] == "ABCD-EFGH-JKLM-0001"
    assert alice["enrolled_at"] == "2026-03-02T10:15:00+01:00"
    assert alice["tier"] == "relay"
    assert data[2]["overdue"] is True  # Bruno
    assert json.loads(_export("canonical-json", ReportFilters(department="Nobody"))) == []


def test_canonical_xlsx_has_the_canonical_header_and_rows(world):
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(_export("canonical-xlsx")), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert list(rows[0]) == PRESETS["canonical-csv"].headers
    assert len(rows) == 6
    assert rows[1][2] == "alice.martin@example.com"
