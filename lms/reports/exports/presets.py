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
    # `value` for a list of records at once (the export writes a chunk column by column):
    # the same cells, with no Python call per cell where the work is a C-level `map`.
    # Defaults to `value` mapped over the records.
    batch: Callable[[list], list] | None = None

    def cell(self, record: CompletionRecord, *, typed: bool = False):
        if typed and self.typed is not None:
            return self.typed(record)
        return self.value(record)

    def cells(self, records: list) -> list:
        """The text cells of `records`, in their order (== [value(r) for r in records])."""
        if self.batch is not None:
            return self.batch(records)
        return list(map(self.value, records))


def _mapped(name: str, convert: Callable | None = None) -> Callable[[list], list]:
    """A column's batch: attribute `name` of each record, through `convert` (a C-level
    function or an lru_cache'd one, so `map` never enters Python per cell)."""
    get = attrgetter(name)
    if convert is None:
        return lambda records: list(map(get, records))
    return lambda records: list(map(convert, map(get, records)))


def _constant(value) -> Callable[[list], list]:
    return lambda records: [value] * len(records)


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

    def column_functions(self, *, typed: bool = False) -> list[Callable[[list], list]]:
        """Each column's function of a list of records (its cells, in order)."""
        functions = []
        for column in self.columns:
            if typed and column.typed is not None:
                functions.append(lambda records, f=column.typed: list(map(f, records)))
            else:
                functions.append(column.cells)
        return functions

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


def _iso_at_batch(name: str) -> Callable[[list], list]:
    """`_iso_at(name)` for a list of records."""
    get = attrgetter(name)
    return lambda records: [
        "" if moment is None else moment.isoformat(timespec="seconds")
        for moment in map(get, records)
    ]


def _bool_text(value) -> str:
    return "true" if value else "false"


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
    Column("record_uuid", lambda r: str(r.record_uuid), batch=_mapped("record_uuid", str)),
    Column("employee_id", attrgetter("employee_id"), batch=_mapped("employee_id")),
    Column("email", attrgetter("email"), batch=_mapped("email")),
    Column("username", attrgetter("email"), batch=_mapped("email")),
    Column("first_name", attrgetter("first_name"), batch=_mapped("first_name")),
    Column("last_name", attrgetter("last_name"), batch=_mapped("last_name")),
    Column("department", attrgetter("department"), batch=_mapped("department")),
    Column("team", attrgetter("team"), batch=_mapped("team")),
    Column("course_id", lambda r: _key_text(r.course_key), batch=_mapped("course_key", _key_text)),
    Column("course_title", attrgetter("course_title"), batch=_mapped("course_title")),
    Column(
        "item_id", lambda r: _key_text(r.workshop_key), batch=_mapped("workshop_key", _key_text)
    ),
    Column("item_title", attrgetter("workshop_title"), batch=_mapped("workshop_title")),
    Column("item_type", lambda r: "workshop", batch=_constant("workshop")),
    Column("level", attrgetter("level"), batch=_mapped("level")),
    Column("enrolled_at", _iso_at("enrolled_at"), batch=_iso_at_batch("enrolled_at")),
    Column("started_at", _iso_at("started_at"), batch=_iso_at_batch("started_at")),
    Column("completed_at", _iso_at("completed_at"), batch=_iso_at_batch("completed_at")),
    Column("passed_at", _iso_at("passed_at"), batch=_iso_at_batch("passed_at")),
    Column("due_date", lambda r: iso(r.due_date), batch=_mapped("due_date", iso)),
    Column(
        "overdue",
        lambda r: "true" if r.overdue else "false",
        lambda r: r.overdue,
        batch=_mapped("overdue", _bool_text),
    ),
    Column("completion_status", hr_completion_status),
    Column("success_status", attrgetter("success_status"), batch=_mapped("success_status")),
    Column(
        "score_raw",
        lambda r: decimal_text(r.score_raw),
        lambda r: _float(r.score_raw),
        batch=_mapped("score_raw", decimal_text),
    ),
    Column(
        "score_max",
        lambda r: decimal_text(r.score_max),
        lambda r: _float(r.score_max),
        batch=_mapped("score_max", decimal_text),
    ),
    Column(
        "score_scaled",
        lambda r: decimal_text(r.score_scaled),
        lambda r: _float(r.score_scaled),
        batch=_mapped("score_scaled", decimal_text),
    ),
    Column(
        "attempts", lambda r: str(r.attempts), lambda r: r.attempts, batch=_mapped("attempts", str)
    ),
    Column(
        "time_spent",
        lambda r: iso_duration(r.time_spent_seconds),
        batch=_mapped("time_spent_seconds", iso_duration),
    ),
    Column(
        "total_hours",
        lambda r: hours(r.time_spent_hours),
        lambda r: r.time_spent_hours,
        batch=_mapped("time_spent_hours", hours),
    ),
    Column(
        "credit_hours",
        lambda r: hours(r.credit_hours),
        lambda r: r.credit_hours,
        batch=_mapped("credit_hours", hours),
    ),
    Column("certificate_id", attrgetter("certificate_code"), batch=_mapped("certificate_code")),
    Column("certificate_url", attrgetter("certificate_url"), batch=_mapped("certificate_url")),
    Column(
        "expires_at",
        _iso_at("certificate_expires_at"),
        batch=_iso_at_batch("certificate_expires_at"),
    ),
    Column(
        "certificate_status", attrgetter("certificate_status"), batch=_mapped("certificate_status")
    ),
    Column("tier", attrgetter("tier"), batch=_mapped("tier")),
    Column("updated_at", _iso_at("updated_at"), batch=_iso_at_batch("updated_at")),
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
