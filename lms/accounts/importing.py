"""Employee import from the HRIS's CSV or XLSX: read the file, validate every row, and work
out the plan (what would change) without writing anything.

Three steps, each pure of side effects:
- `file_read` turns bytes into rows of raw strings, or refuses the file with one clear reason
  (empty, too big, not a CSV/XLSX, unreadable, missing columns, too many rows);
- `rows_validate` checks each row and the rows against each other and the database, and
  returns per-cell errors (row number as in the spreadsheet, column, value, reason);
- `plan_build` compares the valid rows with the database: new employees, field changes
  (old → new), unchanged, deactivations and auto-enrollments.

The service `employees_import` (services.py) writes a plan in one transaction.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .models import EnrollmentRule, ImportMode, LearnerProfile, User

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000

# The fields an import can set, in display order, with their column labels.
FIELDS = {
    "employee_id": gettext_lazy("Employee ID"),
    "email": gettext_lazy("E-mail"),
    "first_name": gettext_lazy("First name"),
    "last_name": gettext_lazy("Last name"),
    "department": gettext_lazy("Department"),
    "team": gettext_lazy("Team"),
    "manager_email": gettext_lazy("Manager e-mail"),
    "language": gettext_lazy("Language"),
    "active": gettext_lazy("Active"),
}
REQUIRED = ("employee_id", "email")

# Header names accepted for each field (English and French, as HRIS exports write them).
# Compared after `header_normalize`: case, accents, spaces and punctuation do not matter.
# docs/hr-import.md lists them for HR; keep both in step.
HEADER_ALIASES = {
    "employee_id": [
        "employee id",
        "employee_id",
        "employee number",
        "employee no",
        "emp id",
        "id",
        "worker id",
        "staff id",
        "personnel number",
        "matricule",
        "numero de matricule",
        "numéro d'employé",
        "id employé",
        "identifiant",
    ],
    "email": [
        "email",
        "e-mail",
        "mail",
        "work email",
        "work e-mail",
        "email address",
        "e-mail address",
        "courriel",
        "adresse e-mail",
        "adresse email",
        "adresse mail",
        "e-mail professionnel",
        "email professionnel",
    ],
    "first_name": ["first name", "firstname", "given name", "forename", "prénom"],
    "last_name": ["last name", "lastname", "surname", "family name", "nom", "nom de famille"],
    "department": ["department", "dept", "département", "service", "direction"],
    "team": ["team", "équipe", "unit", "unité"],
    "manager_email": [
        "manager",
        "manager email",
        "manager e-mail",
        "manager's email",
        "manager's e-mail",
        "line manager",
        "responsable",
        "manager courriel",
        "e-mail du manager",
        "email du manager",
        "e-mail manager",
        "email manager",
        "courriel du manager",
    ],
    "language": ["language", "lang", "locale", "preferred language", "langue"],
    "active": ["active", "is active", "enabled", "actif", "active?", "en poste"],
}

_TRUE = {"yes", "y", "true", "t", "1", "oui", "o", "vrai", "active", "actif", "x"}
_FALSE = {"no", "n", "false", "f", "0", "non", "faux", "inactive", "inactif"}

# Text lengths follow the model fields.
_MAX_LENGTH = {
    "employee_id": 64,
    "email": 254,
    "first_name": 150,
    "last_name": 150,
    "department": 120,
    "team": 120,
    "manager_email": 254,
}


def header_normalize(text: str) -> str:
    """'  Département ' → 'departement'; 'E-mail' → 'email'; 'Employee_ID' → 'employeeid'."""
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


_HEADER_LOOKUP = {
    header_normalize(alias): name for name, aliases in HEADER_ALIASES.items() for alias in aliases
}


def _language_lookup() -> dict[str, str]:
    """'fr', 'FR', 'fr-FR', 'fr_CA', 'French', 'Français', 'francais' → 'fr'."""
    from django.utils.translation import get_language_info

    lookup = {}
    for code, name in settings.LANGUAGES:
        info = get_language_info(code)
        for label in (code, name, info["name"], info["name_local"], info["name_translated"]):
            lookup[header_normalize(label)] = code
    return lookup


def language_parse(value: str, lookup: dict[str, str] | None = None) -> str | None:
    """`lookup`: `_language_lookup()`, built once by a caller parsing many rows."""
    value = (value or "").strip()
    lookup = _language_lookup() if lookup is None else lookup
    key = header_normalize(value)
    if key in lookup:
        return lookup[key]
    # A regional variant of a language we ship: fr-FR, fr_BE, en-GB.
    base = header_normalize(re.split(r"[-_ ]", value, maxsplit=1)[0])
    if base in {header_normalize(c) for c, _n in settings.LANGUAGES}:
        return lookup[base]
    return None


# --- Errors -------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem in the file: where (row as numbered in the spreadsheet, the header being
    row 1; column as written in the file), what was there and why it is refused."""

    row: int | None
    column: str
    value: str
    reason: str


class ImportFileError(Exception):
    """The file as a whole cannot be imported; nothing was read past the problem."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = str(reason)


# --- Reading ------------------------------------------------------------------------


@dataclass
class ParsedFile:
    columns: dict[str, str]  # field → header as written in the file
    rows: list[tuple[int, dict[str, str]]]  # (spreadsheet row number, field → raw text)
    ignored_columns: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def upload_read(upload, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Read an uploaded file, refusing it before reading when it is too big: a 10 MB file
    is never held in memory, only its first `max_bytes + 1` bytes at worst."""
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise ImportFileError(_too_big(max_bytes))
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImportFileError(_too_big(max_bytes))
    return data


def _too_big(max_bytes):
    return _(
        "The file is larger than %(size)s MB. Split it, or export only the columns needed."
    ) % {"size": max_bytes // (1024 * 1024)}


def file_read(data: bytes, *, file_name: str = "", max_rows: int = MAX_ROWS) -> ParsedFile:
    if not data or not data.strip():
        raise ImportFileError(_("The file is empty."))
    if len(data) > MAX_BYTES:
        raise ImportFileError(_too_big(MAX_BYTES))
    if data.startswith(b"PK\x03\x04"):
        table = _xlsx_rows(data, max_rows=max_rows)
        notices = []
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _("This is an old Excel file (.xls). Save it as .xlsx or CSV and upload it again.")
        )
    else:
        text, notices = _decode(data)
        table = _csv_rows(text, max_rows=max_rows)
    return _table_to_rows(table, notices=notices, max_rows=max_rows)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls > len(sample) * 0.02


def _decode(data: bytes) -> tuple[str, list[str]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise ImportFileError(
            _(
                "This file is not a CSV or XLSX file. Export the employee list from your HR "
                "system as CSV (UTF-8) or Excel (.xlsx)."
            )
        )
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file's text encoding is not readable. Export it as CSV UTF-8.")
        ) from error
    return text, [
        _(
            "The file is not UTF-8; it was read as Windows-1252 (Western European). Check "
            "that accented names look right below, or export it as CSV UTF-8."
        )
    ]


def _csv_rows(text: str, *, max_rows: int):
    sample = text[:16384]
    first_line = sample.splitlines()[0] if sample.splitlines() else ""
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        # One column, or too few lines to tell: the separator most used in the header.
        counts = {d: first_line.count(d) for d in (",", ";", "\t")}
        delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        for index, row in enumerate(reader):
            if index > max_rows + 1:
                raise ImportFileError(_too_many(max_rows))
            yield row
    except csv.Error as error:
        raise ImportFileError(
            _("The CSV file is malformed near line %(line)d: %(reason)s")
            % {"line": reader.line_num, "reason": error}
        ) from error


def _too_many(max_rows):
    return _("The file has more than %(count)d employee rows. Split it into smaller files.") % {
        "count": max_rows
    }


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        # Excel stores employee numbers as floats: 1042 → "1042", not "1042.0".
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _xlsx_rows(data: bytes, *, max_rows: int):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as error:
        raise ImportFileError(
            _(
                "This Excel file cannot be read (%(reason)s). Open it in Excel and save it "
                "again as .xlsx, or export CSV."
            )
            % {"reason": type(error).__name__}
        ) from error
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for index, row in enumerate(sheet.iter_rows(values_only=True)):
            if index > max_rows + 1:
                raise ImportFileError(_too_many(max_rows))
            rows.append([_cell_text(v) for v in row])
        return rows
    except ImportFileError:
        raise
    except Exception as error:  # noqa: BLE001  (a damaged workbook fails in many ways)
        raise ImportFileError(
            _(
                "This Excel file cannot be read (%(reason)s). Open it in Excel and save it "
                "again as .xlsx, or export CSV."
            )
            % {"reason": type(error).__name__}
        ) from error
    finally:
        workbook.close()


def _table_to_rows(table, *, notices, max_rows) -> ParsedFile:
    iterator = iter(table)
    header = None
    for header in iterator:
        if any(cell.strip() for cell in header):
            break
    if header is None or not any(cell.strip() for cell in header):
        raise ImportFileError(_("The file is empty."))
    columns: dict[str, str] = {}
    positions: dict[str, int] = {}
    ignored = []
    for position, raw in enumerate(header):
        label = raw.strip()
        if not label:
            continue
        name = _HEADER_LOOKUP.get(header_normalize(label))
        if name is None:
            ignored.append(label)
            continue
        if name in columns:
            raise ImportFileError(
                _("The columns “%(first)s” and “%(second)s” both mean %(field)s. Keep one.")
                % {"first": columns[name], "second": label, "field": FIELDS[name]}
            )
        columns[name] = label
        positions[name] = position
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ImportFileError(
            ngettext(
                "Required column missing: %(missing)s. The first row must name the columns; "
                "found: %(found)s. See the accepted column names in the help.",
                "Required columns missing: %(missing)s. The first row must name the columns; "
                "found: %(found)s. See the accepted column names in the help.",
                len(missing),
            )
            % {
                "missing": ", ".join(str(FIELDS[m]) for m in missing),
                "found": ", ".join(f"“{c.strip()[:40]}”" for c in header if c.strip())[:400] or "—",
            }
        )
    rows = []
    # The header is spreadsheet row 1 when nothing precedes it; count blank lines too.
    for number, raw_row in enumerate(iterator, start=2):
        if not any((cell or "").strip() for cell in raw_row):
            continue
        values = {
            name: (raw_row[pos] if pos < len(raw_row) else "").strip()
            for name, pos in positions.items()
        }
        rows.append((number, values))
        if len(rows) > max_rows:
            raise ImportFileError(_too_many(max_rows))
    if not rows:
        raise ImportFileError(_("The file has a header row but no employee rows."))
    if ignored:
        notices = [
            *notices,
            _("Columns ignored (not used by the academy): %(columns)s.")
            % {"columns": ", ".join(f"“{c[:40]}”" for c in ignored[:20])},
        ]
    return ParsedFile(columns=columns, rows=rows, ignored_columns=ignored, notices=notices)


# --- Validation ---------------------------------------------------------------------


@dataclass
class EmployeeRow:
    """A valid row, cleaned: only the columns present in the file are in `values`."""

    row: int
    employee_id: str
    email: str
    values: dict[str, object]


def _email_ok(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def rows_validate(parsed: ParsedFile) -> tuple[list[EmployeeRow], list[RowError]]:
    """Clean every row; collect every problem (not just the first) so HR fixes the file
    in one go. Database conflicts are checked with two queries, whatever the row count."""
    errors: list[RowError] = []
    valid: list[EmployeeRow] = []
    seen_ids: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    col = parsed.columns
    languages = _language_lookup()

    def error(row, name, value, reason):
        errors.append(
            RowError(
                row=row,
                column=col.get(name, str(FIELDS[name])),
                value=value[:200],
                reason=str(reason),
            )
        )

    for number, raw in parsed.rows:
        before = len(errors)
        values: dict[str, object] = {}
        for name, text in raw.items():
            limit = _MAX_LENGTH.get(name)
            if limit and len(text) > limit:
                error(
                    number,
                    name,
                    text,
                    _("Too long (at most %(limit)d characters).") % {"limit": limit},
                )
                continue
            if name in ("employee_id", "email") and not text:
                error(number, name, text, _("Required; this cell is empty."))
                continue
            if name in ("email", "manager_email"):
                text = text.lower()
                if text and not _email_ok(text):
                    error(number, name, text, _("Not a valid e-mail address."))
                    continue
            if name == "language":
                if not text:
                    continue  # no change
                code = language_parse(text, languages)
                if code is None:
                    error(
                        number,
                        name,
                        text,
                        _("Unknown language. Use one of: %(codes)s.")
                        % {"codes": ", ".join(f"{c} ({n})" for c, n in settings.LANGUAGES)},
                    )
                    continue
                values["preferred_language"] = code
                continue
            if name == "active":
                if not text:
                    continue  # no change
                key = text.strip().lower()
                if key in _TRUE:
                    values["is_active"] = True
                elif key in _FALSE:
                    values["is_active"] = False
                else:
                    error(
                        number,
                        name,
                        text,
                        _("Write yes or no (also accepted: true/false, 1/0, oui/non)."),
                    )
                continue
            values[name] = text
        employee_id = values.get("employee_id", "")
        email = values.get("email", "")
        if employee_id:
            if employee_id in seen_ids:
                error(
                    number,
                    "employee_id",
                    employee_id,
                    _("Duplicate: this employee ID is already on row %(row)d.")
                    % {"row": seen_ids[employee_id]},
                )
            else:
                seen_ids[employee_id] = number
        if email:
            if email in seen_emails:
                error(
                    number,
                    "email",
                    email,
                    _("Duplicate: this e-mail is already on row %(row)d.")
                    % {"row": seen_emails[email]},
                )
            else:
                seen_emails[email] = number
        if len(errors) == before:
            valid.append(
                EmployeeRow(row=number, employee_id=employee_id, email=email, values=values)
            )
    errors.extend(_conflicts(valid, col))
    bad_rows = {e.row for e in errors}
    return [r for r in valid if r.row not in bad_rows], errors


def _conflicts(rows: list[EmployeeRow], columns) -> list[RowError]:
    """An e-mail already used by someone with another employee ID is refused: the import
    would otherwise move one person's account to another."""
    by_email = {
        email: (employee_id, is_staff)
        for email, employee_id, is_staff in User.objects.filter(
            email__in=[r.email for r in rows]
        ).values_list("email", "profile__employee_id", "is_staff")
    }
    staff_ids = set(
        LearnerProfile.objects.filter(employee_id__in=[r.employee_id for r in rows])
        .filter(user__is_staff=True)
        .values_list("employee_id", flat=True)
    ) | set(
        LearnerProfile.objects.filter(
            employee_id__in=[r.employee_id for r in rows], user__is_superuser=True
        ).values_list("employee_id", flat=True)
    )
    errors = []
    for r in rows:
        owner = by_email.get(r.email)
        if owner is not None and owner[0] and owner[0] != r.employee_id:
            errors.append(
                RowError(
                    row=r.row,
                    column=columns["email"],
                    value=r.email,
                    reason=_("This e-mail belongs to another employee (ID %(other)s).")
                    % {"other": owner[0]},
                )
            )
        if r.values.get("is_active") is False and (
            r.employee_id in staff_ids or (owner and owner[1])
        ):
            errors.append(
                RowError(
                    row=r.row,
                    column=columns.get("active", str(FIELDS["active"])),
                    value="no",
                    reason=_(
                        "This person has a staff account; imports never deactivate staff. "
                        "Do it in the admin's Users."
                    ),
                )
            )
    return errors


# --- The plan -----------------------------------------------------------------------


@dataclass
class FieldChange:
    field: str
    old: object
    new: object

    @property
    def label(self):
        return _PLAN_LABELS.get(self.field, self.field)

    @staticmethod
    def _display(value) -> str:
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        return "—" if value in (None, "") else str(value)

    @property
    def old_display(self) -> str:
        return self._display(self.old)

    @property
    def new_display(self) -> str:
        return self._display(self.new)


_PLAN_LABELS = {
    "employee_id": FIELDS["employee_id"],
    "email": FIELDS["email"],
    "first_name": FIELDS["first_name"],
    "last_name": FIELDS["last_name"],
    "department": FIELDS["department"],
    "team": FIELDS["team"],
    "manager_email": FIELDS["manager_email"],
    "preferred_language": FIELDS["language"],
    "is_active": FIELDS["active"],
}
USER_FIELDS = ("email", "first_name", "last_name", "is_active")
PROFILE_FIELDS = ("employee_id", "department", "team", "manager_email", "preferred_language")


@dataclass
class PlannedEmployee:
    row: int
    employee_id: str
    email: str
    user_id: int | None  # None: a new employee
    values: dict[str, object]
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def name(self):
        first = self.values.get("first_name", "")
        last = self.values.get("last_name", "")
        return f"{first} {last}".strip()


@dataclass
class PlannedDeactivation:
    user_id: int
    employee_id: str
    email: str
    name: str


@dataclass
class PlannedEnrollment:
    employee_id: str
    email: str
    rule_id: int
    course_id: int
    course_title: str
    due_date: date | None


@dataclass
class ImportPlan:
    mode: str
    rows: int = 0
    new: list[PlannedEmployee] = field(default_factory=list)
    changed: list[PlannedEmployee] = field(default_factory=list)
    unchanged: int = 0
    deactivations: list[PlannedDeactivation] = field(default_factory=list)
    enrollments: list[PlannedEnrollment] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.changed or self.deactivations or self.enrollments)

    def fingerprint(self) -> str:
        """A hash of exactly what would be written: "Apply" refuses to write anything else
        (the database changed since the dry run, or another file)."""
        payload = {
            "mode": self.mode,
            "new": [(p.employee_id, sorted(p.values.items())) for p in self.new],
            "changed": [
                (p.user_id, [(c.field, c.old, c.new) for c in p.changes]) for p in self.changed
            ],
            "deactivations": [d.user_id for d in self.deactivations],
            "enrollments": [
                (e.employee_id, e.course_id, str(e.due_date)) for e in self.enrollments
            ],
        }
        return hashlib.sha256(json.dumps(payload, default=str).encode()).hexdigest()

    def errors_as_dicts(self, limit: int = 200) -> list[dict]:
        return [asdict(e) for e in self.errors[:limit]]


def _profile_snapshot(user: User) -> dict[str, object]:
    profile = getattr(user, "profile", None)
    snap = {name: getattr(user, name) for name in USER_FIELDS}
    for name in PROFILE_FIELDS:
        snap[name] = getattr(profile, name) if profile else (None if name == "employee_id" else "")
    if profile is None:
        snap["preferred_language"] = None
    return snap


def _norm_department(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def plan_build(parsed: ParsedFile, *, mode: str, today: date, rows=None, errors=None) -> ImportPlan:
    """Compare the valid rows with the database. Reads only: a constant number of queries
    (people by employee id and by e-mail, enrollment rules, existing enrollments)."""
    if rows is None or errors is None:
        rows, errors = rows_validate(parsed)
    plan = ImportPlan(mode=mode, rows=len(parsed.rows), errors=errors, notices=list(parsed.notices))
    users_by_eid = {
        u.profile.employee_id: u
        for u in User.objects.select_related("profile").filter(
            profile__employee_id__in=[r.employee_id for r in rows]
        )
    }
    users_by_email = {
        u.email: u
        for u in User.objects.select_related("profile").filter(email__in=[r.email for r in rows])
    }
    moved_or_new: list[tuple[PlannedEmployee, str]] = []
    for r in rows:
        user = users_by_eid.get(r.employee_id) or users_by_email.get(r.email)
        other = users_by_email.get(r.email)
        if user is not None and other is not None and other.pk != user.pk:
            # The employee's new e-mail is already another account's sign-in.
            plan.errors.append(
                RowError(
                    row=r.row,
                    column=parsed.columns["email"],
                    value=r.email,
                    reason=_("This e-mail is already used by another account (%(email)s).")
                    % {"email": other.email},
                )
            )
            continue
        values = dict(r.values)
        if user is None:
            values.setdefault("is_active", True)
            values.setdefault("preferred_language", settings.LANGUAGE_CODE)
            planned = PlannedEmployee(r.row, r.employee_id, r.email, None, values)
            plan.new.append(planned)
            if values["is_active"]:
                moved_or_new.append((planned, values.get("department", "")))
            continue
        before = _profile_snapshot(user)
        changes = [
            FieldChange(name, before[name], value)
            for name, value in values.items()
            if before.get(name) != value
        ]
        planned = PlannedEmployee(r.row, r.employee_id, r.email, user.pk, values, changes)
        if changes:
            plan.changed.append(planned)
        else:
            plan.unchanged += 1
        new_department = values.get("department", before["department"])
        is_active = values.get("is_active", before["is_active"])
        if is_active and _norm_department(new_department) != _norm_department(before["department"]):
            moved_or_new.append((planned, new_department))
        elif is_active and not before["is_active"]:
            # Reactivated: they come back to their department's courses.
            moved_or_new.append((planned, new_department))
    if mode == ImportMode.FULL:
        # Every ID in the file counts as present, even on a row with an error: a typo in
        # someone's e-mail must not show them as leaving.
        in_file = {raw.get("employee_id", "") for _n, raw in parsed.rows}
        # Never staff or superusers: an HRIS export must not lock out the admins.
        missing = (
            User.objects.filter(is_active=True, is_staff=False, is_superuser=False)
            .exclude(profile__employee_id__isnull=True)
            .exclude(profile__employee_id="")
            .exclude(profile__employee_id__in=in_file)
            .values_list("pk", "profile__employee_id", "email", "first_name", "last_name")
            .order_by("profile__employee_id")
        )
        plan.deactivations = [
            PlannedDeactivation(pk, eid, email, f"{first} {last}".strip())
            for pk, eid, email, first, last in missing
        ]
    plan.enrollments = _enrollments_planned(moved_or_new, today=today)
    return plan


def _enrollments_planned(targets, *, today: date) -> list[PlannedEnrollment]:
    if not targets:
        return []
    from courses.models import Enrollment

    rules = list(EnrollmentRule.objects.filter(active=True).prefetch_related("courses"))
    if not rules:
        return []
    by_department: dict[str, list[EnrollmentRule]] = {}
    for rule in rules:
        by_department.setdefault(_norm_department(rule.department), []).append(rule)
    existing = set(
        Enrollment.objects.filter(
            user_id__in=[p.user_id for p, _d in targets if p.user_id]
        ).values_list("user_id", "course_key")
    )
    planned = []
    for person, department in targets:
        seen_courses = set()
        for rule in by_department.get(_norm_department(department), []):
            for course in rule.courses.all():
                if not course.live or course.pk in seen_courses:
                    continue
                if person.user_id and (person.user_id, course.translation_key) in existing:
                    continue
                seen_courses.add(course.pk)
                planned.append(
                    PlannedEnrollment(
                        employee_id=person.employee_id,
                        email=person.email,
                        rule_id=rule.pk,
                        course_id=course.pk,
                        course_title=course.title,
                        due_date=rule.due_for(today),
                    )
                )
    return planned


def import_plan(data: bytes, *, file_name: str, mode: str, today: date) -> ImportPlan:
    """Read, validate and plan. A file-level problem becomes a single error (row None)."""
    try:
        parsed = file_read(data, file_name=file_name)
    except ImportFileError as error:
        return ImportPlan(
            mode=mode, errors=[RowError(row=None, column="", value="", reason=error.reason)]
        )
    return plan_build(parsed, mode=mode, today=today)
