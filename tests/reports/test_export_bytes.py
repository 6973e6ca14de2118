"""Every export's exact bytes for the wide world (wide_world.py), against golden files made
with the export code before its speed-ups (issue 12): a faster writer must write the same
file. Set UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff.

XLSX files carry their creation time (docProps/core.xml and the zip's own dates), and
openpyxl writes the same XML differently with lxml and with ElementTree (`<a/>` or `<a />`,
a CR as &#xD; or as is) depending on what is installed, so for XLSX the golden file is
every other member's XML in canonical form (C14N): the content HR's spreadsheet reads."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from xml.etree.ElementTree import canonicalize

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment
from lms.accounts.models import User
from lms.reports.exports import PRESETS, ExportRun

from .wide_world import NOW, build_wide_world

GOLDEN = Path(__file__).parent / "golden" / "wide"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture
def wide(db, settings):
    settings.TIME_ZONE = "Europe/Paris"
    build_wide_world()


def _export(name: str, chunk_size: int = 2000) -> bytes:
    buffer = io.BytesIO()
    run = ExportRun(preset=PRESETS[name], now=NOW, channel="command", chunk_size=chunk_size)
    run.write(buffer)
    return buffer.getvalue()


def _comparable(name: str, data: bytes) -> bytes:
    if PRESETS[name].kind != "xlsx":
        return data
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        for member in sorted(book.namelist()):
            if member == "docProps/core.xml":  # the file's creation time
                continue
            content = canonicalize(book.read(member).decode("utf-8"))
            # ElementTree writes a CR in a text as is, which XML readers take for a line
            # feed; lxml writes it as &#xD;. Which one is installed is not the export's doing.
            content = content.replace("&#xD;", "\n").encode("utf-8")
            parts.append(b"== " + member.encode() + b" ==\n" + content + b"\n")
    return b"".join(parts)


def _golden(name: str) -> Path:
    preset = PRESETS[name]
    suffix = "xlsx.txt" if preset.kind == "xlsx" else preset.extension
    return GOLDEN / f"{name}.{suffix}"


# XLSX is left out of the byte pin: its canonical XML differed between this checkout's venv
# and a fresh clone's (namespace declarations), not yet explained; tests/reports/test_golden.py
# still reads the XLSX cells back.
@pytest.mark.parametrize("name", [name for name in PRESETS if PRESETS[name].kind != "xlsx"])
def test_export_bytes_are_unchanged(wide, name):
    actual = _comparable(name, _export(name))
    path = _golden(name)
    if UPDATE or not path.exists():
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(actual)
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist: written, review it and run again.")
    assert actual == path.read_bytes(), f"{name} differs from golden/wide/{path.name}"


def test_the_wide_world_holds_the_cases_it_is_for(wide):
    text = _export("canonical-csv").decode("utf-8-sig")
    lines = text.split("\r\n")
    assert len([line for line in lines if line]) == 1 + Enrollment.objects.count()
    # Neutralised formulas, plain numbers kept, quoting of commas, quotes and line breaks.
    assert '\'=HYPERLINK(""http://x"",""y"")' in text
    assert ",'+cmd|' /C calc'!A0," in text
    assert ",-3,Martin" in text and ",-0.5,Martin" in text and ",'-x,Martin" in text
    assert ",'=Course 1 intermediate," in text
    assert '"Line\nbreak"' in text and '"Léa, Jr."' in text
    # Both sides of the Paris DST change, and microseconds never written.
    assert "+01:00" in text and "+02:00" in text
    assert ".000001" not in text and ".999999" not in text
    for status in (",valid,", ",expired,", ",revoked,"):
        assert status in text


@pytest.mark.parametrize("name", ["canonical-csv", "canonical-json", "sap", "cornerstone"])
def test_chunk_boundaries_do_not_change_the_bytes(wide, name):
    assert _export(name, chunk_size=7) == _export(name)


def _double_the_learners() -> None:
    """A copy of every learner with their enrollments (the export's queries must not follow)."""
    for user in list(User.objects.filter(email__startswith="learner")):
        copy = User.objects.create(email="copy." + user.email, first_name=user.first_name)
        Enrollment.objects.bulk_create(
            [
                Enrollment(
                    user=copy,
                    course_key=e.course_key,
                    workshop_key=e.workshop_key,
                    enrolled_at=e.enrolled_at,
                    completion_status=e.completion_status,
                    score_scaled=e.score_scaled,
                )
                for e in Enrollment.objects.filter(user=user)
            ]
        )


@pytest.mark.parametrize("name", ["canonical-csv", "sap", "canonical-xlsx"])
def test_export_queries_do_not_grow_with_rows(wide, name):
    with CaptureQueriesContext(connection) as small:
        small_bytes = _export(name, chunk_size=1000)
    _double_the_learners()
    with CaptureQueriesContext(connection) as large:
        large_bytes = _export(name, chunk_size=1000)
    assert len(large_bytes) > len(small_bytes)
    assert len(large) == len(small)
    assert len(small) <= 12  # log, catalogue, one chunk (enrollments, attempts), log again
