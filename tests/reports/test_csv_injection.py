"""Every CSV of the completion report (canonical and each LMS preset) neutralises a cell a
spreadsheet would run as a formula (OWASP CSV injection); the XLSX writes it as text."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from lms.accounts.models import LearnerProfile
from lms.reports.exports import PRESETS

FIRST_NAME = '=HYPERLINK("http://x","y")'
DEPARTMENT = "+cmd|' /C calc'!A0"

CSV_PRESETS = [name for name, preset in PRESETS.items() if preset.kind == "csv"]


@pytest.fixture
def hostile_world(world):
    """Every learner as an HRIS import could have written them: a formula in the first name,
    the department, the employee id and the e-mail (the presets carry different columns; each
    carries one of these)."""
    learners = [world.alice, world.bruno, world.chloe, world.dora]
    for n, user in enumerate(learners):
        type(user).objects.filter(pk=user.pk).update(first_name=FIRST_NAME, email=f"+{user.email}")
        LearnerProfile.objects.filter(user=user).update(
            department=DEPARTMENT, employee_id=f"@SUM({n}+1)*cmd"
        )
    return world


def _cells(response) -> list[str]:
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(body)) for cell in row]


def test_the_csv_presets_are_all_covered():
    assert {"canonical-csv", "sap", "cornerstone", "workday", "moodle"} <= set(CSV_PRESETS)


@pytest.mark.parametrize("name", CSV_PRESETS)
def test_no_cell_of_a_csv_export_starts_a_formula(hostile_world, hr_client, name):
    response = hr_client.get(reverse("reports_admin:export", args=[name]))
    assert response.status_code == 200
    cells = _cells(response)
    assert cells, "the export is empty"
    for cell in cells:
        assert cell[:1] not in ("=", "+", "@", "\t", "\r"), (name, cell)
        if cell.startswith("-"):
            float(cell)  # only a plain negative number may start with a minus
    # Each preset carries some of the hostile values: they come out behind a quote, whole.
    quoted = [cell for cell in cells if cell[:1] == "'" and cell[1:2] in ("=", "+", "@")]
    assert quoted, name
    assert all(
        cell[1:] in (FIRST_NAME, DEPARTMENT) or "@example.com" in cell or "*cmd" in cell
        for cell in quoted
    )


def test_the_canonical_csv_keeps_both_values_whole_behind_the_quote(hostile_world, hr_client):
    cells = _cells(hr_client.get(reverse("reports_admin:export", args=["canonical-csv"])))
    assert "'" + FIRST_NAME in cells
    assert "'" + DEPARTMENT in cells


def test_the_xlsx_writes_them_as_text_not_formulas(hostile_world, hr_client):
    response = hr_client.get(reverse("reports_admin:export", args=["canonical-xlsx"]))
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    values = {cell.value for cell in cells}
    assert "'" + FIRST_NAME in values and "'" + DEPARTMENT in values
