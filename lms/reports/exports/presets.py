"""What each export writes: its columns (exact header text, one function per cell), which
records it includes, and its file conventions. docs/exports.md documents every column; the
golden files in tests/reports/golden/ pin them byte for byte.

Presets only format: the values all come from `CompletionRecord`, so the canonical export
and every preset agree on every fact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..records import CompletionRecord, iso
from .formats import (
    date_only,
    decimal_text,
    hours,
    hr_completion_status,
    iso_duration,
    local_naive,
    percent,
    person_key,
    spaced_offset,
)


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[CompletionRecord], object]
    # For XLSX/JSON: the typed value (numbers stay numbers); defaults to `value`.
    typed: Callable[[CompletionRecord], object] | None = None

    def cell(self, record: CompletionRecord, *, typed: bool = False):
        if typed and self.typed is not None:
            return self.typed(record)
        return self.value(record)


@dataclass(frozen=True)
class Preset:
    name: str  # the --preset value and the URL's
    label: object  # shown on the export buttons
    kind: str  # "csv", "xlsx" or "json"
    columns: tuple[Column, ...]
    filename: str  # without extension
    bom: bool = False  # a UTF-8 byte-order mark, so Excel opens accents right
    # Targets that import completions only: the others are left out in SQL, never read.
    completed_only: bool = False

    def cell_functions(self, *, typed: bool = False) -> list[Callable[[CompletionRecord], object]]:
        """Each column's value function, picked once per export rather than per cell."""
        return [(c.typed if typed and c.typed else c.value) for c in self.columns]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def extension(self) -> str:
        return self.kind

    @property
    def content_type(self) -> str:
        return {
            "csv": "text/csv; charset=utf-8",
            "json": "application/json",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }[self.kind]


@lru_cache(maxsize=4096)
def _key_text(key) -> str:
    """A course or workshop key as text: the same few keys on every row, and
    `UUID.__str__` is Python code."""
    return str(key)


def _iso_at(name: str) -> Callable[[CompletionRecord], str]:
    """The cell of a record's datetime: `iso()`, for what records hold. A record's
    datetimes are already in settings.TIME_ZONE (records.py converts them when it builds
    the record), so the cell writes the text without `iso()`'s checks: one function call
    per cell instead of three, on six columns of every row."""
    get = attrgetter(name)

    def cell(record: CompletionRecord) -> str:
        moment = get(record)
        return "" if moment is None else moment.isoformat(timespec="seconds")

    return cell


def _float(value):
    return None if value is None else float(value)


# --- canonical: one row per learner and workshop, every fact ------------------------------
# Column names follow hr-formats.md's canonical record; the extra facts (department,
# team, course, level, tier...) follow them.
CANONICAL_COLUMNS = (
    Column("record_uuid", lambda r: str(r.record_uuid)),
    Column("employee_id", attrgetter("employee_id")),
    Column("email", attrgetter("email")),
    Column("username", attrgetter("email")),
    Column("first_name", attrgetter("first_name")),
    Column("last_name", attrgetter("last_name")),
    Column("department", attrgetter("department")),
    Column("team", attrgetter("team")),
    Column("course_id", lambda r: _key_text(r.course_key)),
    Column("course_title", attrgetter("course_title")),
    Column("item_id", lambda r: _key_text(r.workshop_key)),
    Column("item_title", attrgetter("workshop_title")),
    Column("item_type", lambda r: "workshop"),
    Column("level", attrgetter("level")),
    Column("enrolled_at", _iso_at("enrolled_at")),
    Column("started_at", _iso_at("started_at")),
    Column("completed_at", _iso_at("completed_at")),
    Column("passed_at", _iso_at("passed_at")),
    Column("due_date", lambda r: iso(r.due_date)),
    Column("overdue", lambda r: "true" if r.overdue else "false", lambda r: r.overdue),
    Column("completion_status", hr_completion_status),
    Column("success_status", attrgetter("success_status")),
    Column("score_raw", lambda r: decimal_text(r.score_raw), lambda r: _float(r.score_raw)),
    Column("score_max", lambda r: decimal_text(r.score_max), lambda r: _float(r.score_max)),
    Column(
        "score_scaled", lambda r: decimal_text(r.score_scaled), lambda r: _float(r.score_scaled)
    ),
    Column("attempts", lambda r: str(r.attempts), lambda r: r.attempts),
    Column("time_spent", lambda r: iso_duration(r.time_spent_seconds)),
    Column("total_hours", lambda r: hours(r.time_spent_hours), lambda r: r.time_spent_hours),
    Column("credit_hours", lambda r: hours(r.credit_hours), lambda r: r.credit_hours),
    Column("certificate_id", attrgetter("certificate_code")),
    Column("certificate_url", attrgetter("certificate_url")),
    Column("expires_at", _iso_at("certificate_expires_at")),
    Column("certificate_status", attrgetter("certificate_status")),
    Column("tier", attrgetter("tier")),
    Column("updated_at", _iso_at("updated_at")),
)


# --- SAP SuccessFactors Learning: external learning events -------------------------------
def _sap_grade(r: CompletionRecord) -> str:
    """The quiz percentage when one was graded, else Pass/Fail from the success status."""
    if r.score_scaled is not None:
        return percent(r.score_scaled)
    return {"passed": "Pass", "failed": "Fail"}.get(r.success_status, "")


def _sap_comments(r: CompletionRecord) -> str:
    if not r.certificate_code:
        return ""
    return f"Certificate {r.certificate_code} {r.certificate_url}".strip()


SAP_COLUMNS = (
    Column("StudentId", person_key),
    Column("Description", lambda r: f"{r.course_title} - {r.workshop_title}"),
    Column("CompletionDate", lambda r: local_naive(r.completed_at)),
    Column("CompletionTimezoneId", lambda r: settings.TIME_ZONE),
    Column("Grade", _sap_grade),
    Column("CreditHours", lambda r: hours(r.credit_hours)),
    Column("TotalHours", lambda r: hours(r.credit_hours)),
    Column("InstructorName", lambda r: getattr(settings, "REPORTS_INSTRUCTOR_NAME", "")),
    Column("Comments", _sap_comments),
)


# --- Cornerstone OnDemand: Edge Import, external training transcript --------------------
def _cornerstone_status(r: CompletionRecord) -> str:
    if r.is_completed:
        return "Completed"
    return "Registered" if r.is_active else "Withdrawn"


CORNERSTONE_COLUMNS = (
    Column("User ID", person_key),
    Column("Training Title", lambda r: f"{r.course_title} - {r.workshop_title}"),
    # The enrollment date: it never changes, and Cornerstone keys records on it.
    Column("Start Date/Time", lambda r: spaced_offset(r.enrolled_at)),
    Column("Completion Date/Time", lambda r: spaced_offset(r.completed_at)),
    Column("Transcript Status", _cornerstone_status),
    Column("Score", lambda r: percent(r.score_scaled)),
)


# --- Workday Learning: imported learning records -----------------------------------------
def _workday_result(r: CompletionRecord) -> str:
    return {"passed": "Pass", "failed": "Fail"}.get(r.success_status, "")


WORKDAY_COLUMNS = (
    Column("Worker ID", attrgetter("employee_id")),
    Column("Work Email", attrgetter("email")),
    Column("Learning Content Reference", attrgetter("item_id")),
    Column("Completion Date", lambda r: date_only(r.completed_at)),
    Column("Result", _workday_result),
)


# --- Moodle / IOMAD / Totara: completion upload -------------------------------------------
def moodle_shortname(r: CompletionRecord) -> str:
    """A course short name per workshop, readable and stable: <course slug>-<level>."""
    return f"{r.course_slug}-{r.level}" if r.course_slug else r.workshop_slug


MOODLE_COLUMNS = (
    Column("username", attrgetter("email")),
    Column("coursename", moodle_shortname),
    Column("courseid", attrgetter("item_id")),
    Column("timeenrolled", lambda r: date_only(r.enrolled_at)),
    Column("timestarted", lambda r: date_only(r.started_at)),
    Column("timecompleted", lambda r: date_only(r.completed_at)),
    Column("grade", lambda r: percent(r.score_scaled)),
)


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "canonical-csv",
            _("Canonical CSV"),
            "csv",
            CANONICAL_COLUMNS,
            "completions",
            bom=True,
        ),
        Preset("canonical-xlsx", _("Canonical XLSX"), "xlsx", CANONICAL_COLUMNS, "completions"),
        Preset("canonical-json", _("Canonical JSON"), "json", CANONICAL_COLUMNS, "completions"),
        Preset(
            "sap",
            _("SAP SuccessFactors"),
            "csv",
            SAP_COLUMNS,
            "sap-successfactors-external-events",
            completed_only=True,
        ),
        Preset(
            "cornerstone", _("Cornerstone"), "csv", CORNERSTONE_COLUMNS, "cornerstone-transcript"
        ),
        Preset(
            "workday",
            _("Workday"),
            "csv",
            WORKDAY_COLUMNS,
            "workday-learning-records",
            completed_only=True,
        ),
        Preset(
            "moodle",
            _("Moodle / Totara / IOMAD"),
            "csv",
            MOODLE_COLUMNS,
            "moodle-completions",
        ),
    )
}


def preset_get(name: str) -> Preset | None:
    return PRESETS.get(name)
