"""Employee import: reading every kind of file, per-row errors, the dry run (nothing
written), the real run (all or nothing, idempotent), full-import deactivation and the
auto-enrollment rules."""

import io
import time
from datetime import date, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrollment, EnrollmentSource
from lms.accounts import importing, roles, services
from lms.accounts.importing import ImportFileError, file_read
from lms.accounts.models import (
    EnrollmentRule,
    ImportMode,
    ImportRun,
    ImportStatus,
    LearnerProfile,
    User,
)
from tests.factories import make_user

from .importfiles import HEADER, csv_bytes, employee, xlsx_bytes

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 2)


def preview(data, *, mode=ImportMode.UPDATE, by=None, name="employees.csv", invite=False):
    return services.employees_import_preview(
        data=data, file_name=name, mode=mode, by=by, send_invitations=invite
    )


def apply(run, by):
    return services.employees_import_apply(run_id=run.pk, plan_hash=run.plan_hash, by=by)


def snapshot():
    return (
        sorted(User.objects.values_list("email", "first_name", "last_name", "is_active")),
        sorted(
            LearnerProfile.objects.values_list(
                "employee_id", "department", "team", "preferred_language", "manager_email"
            )
        ),
        Enrollment.objects.count(),
    )


def errors_of(plan):
    return [(e.row, e.column, e.reason) for e in plan.errors]


# --- Reading files ----------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_with_any_separator(delimiter):
    parsed = file_read(csv_bytes([employee(1), employee(2)], delimiter=delimiter))
    assert [values["employee_id"] for _row, values in parsed.rows] == ["E0001", "E0002"]
    assert parsed.rows[0][0] == 2  # the header is row 1, as in the spreadsheet


def test_utf8_bom_and_french_headers_with_accents_and_case():
    header = [
        "MATRICULE",
        " Courriel ",
        "Prénom",
        "Nom",
        "Département",
        "Équipe",
        "Langue",
        "Actif",
        "Manager",
    ]
    rows = [
        [
            "42",
            "Zoe.Muller@Corp.example",
            "Zoé",
            "Müller",
            "Ventes",
            "Nord",
            "Français",
            "oui",
            "boss@corp.example",
        ]
    ]
    parsed = file_read(csv_bytes(rows, header=header, delimiter=";", bom=True))
    valid, errors = importing.rows_validate(parsed)
    assert errors == []
    assert valid[0].values == {
        "employee_id": "42",
        "email": "zoe.muller@corp.example",
        "first_name": "Zoé",
        "last_name": "Müller",
        "department": "Ventes",
        "team": "Nord",
        "preferred_language": "fr",
        "is_active": True,
        "manager_email": "boss@corp.example",
    }


def test_windows_1252_file_is_read_with_a_notice():
    parsed = file_read(csv_bytes([employee(1, first="Hélène")], encoding="cp1252"))
    assert parsed.rows[0][1]["first_name"] == "Hélène"
    assert any("Windows-1252" in notice for notice in parsed.notices)


def test_xlsx_first_sheet_numbers_kept_as_ids():
    data = xlsx_bytes([[1042, "a@corp.example", "Ann", "Lee", "Sales", "", "en", True]])
    parsed = file_read(data)
    assert parsed.rows == [
        (
            2,
            {
                "employee_id": "1042",
                "email": "a@corp.example",
                "first_name": "Ann",
                "last_name": "Lee",
                "department": "Sales",
                "team": "",
                "language": "en",
                "active": "yes",
            },
        )
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "The file is empty."),
        (b"   \r\n\r\n", "The file is empty."),
        (csv_bytes([]), "header row but no employee rows"),
        (b"Name,Phone\nAnn,123\n", "Required columns missing: Employee ID, E-mail"),
        (b"\x00\x01\x02\x03binary\xff\xfe\x00" * 100, "not a CSV or XLSX"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel file"),
        (b"PK\x03\x04" + b"garbage" * 50, "Excel file cannot be read"),
        (b"Employee ID,Email,Matricule\n1,a@b.example,2\n", "both mean"),
    ],
    ids=["empty", "blank", "header-only", "wrong-columns", "binary", "xls", "bad-zip", "twice"],
)
def test_bad_files_are_refused_with_one_clear_reason(data, expected):
    with pytest.raises(ImportFileError) as error:
        file_read(data)
    assert expected in error.value.reason


def test_wrong_columns_lists_what_was_found():
    with pytest.raises(ImportFileError) as error:
        file_read(b"Nom complet;Telephone\nAnn Lee;123\n")
    assert "“Nom complet”" in error.value.reason and "“Telephone”" in error.value.reason


def test_ten_megabytes_of_garbage_refused_without_reading_it():
    class Upload(io.BytesIO):
        """A 10 MB upload that records how much was read from it."""

        size = 10 * 1024 * 1024
        read_bytes = 0

        def read(self, n=-1):
            chunk = super().read(n)
            Upload.read_bytes += len(chunk)
            return chunk

    started = time.perf_counter()
    garbage = Upload(bytes(range(256)) * (10 * 4096))
    with pytest.raises(ImportFileError) as error:
        importing.upload_read(garbage)
    assert "larger than 5 MB" in error.value.reason
    assert Upload.read_bytes == 0
    assert time.perf_counter() - started < 0.5


def test_size_is_checked_while_reading_when_the_upload_does_not_say():
    stream = io.BytesIO(b"x" * (importing.MAX_BYTES + 10))
    with pytest.raises(ImportFileError):
        importing.upload_read(stream)
    assert stream.tell() == importing.MAX_BYTES + 1


def test_row_limit():
    with pytest.raises(ImportFileError) as error:
        file_read(csv_bytes([employee(n) for n in range(1, 12)]), max_rows=10)
    assert "more than 10 employee rows" in error.value.reason


# --- Row validation ---------------------------------------------------------------------


def test_every_bad_row_has_its_row_column_value_and_reason():
    rows = [
        employee(1),
        employee(2, email="not-an-email"),
        employee(1, email="other@corp.example"),  # duplicate id (row 4)
        employee(3, email="employee1@corp.example"),  # duplicate e-mail (row 5)
        employee(4, language="Klingon"),
        employee(5, active="maybe"),
        employee(6, id=""),
        ["E0007", "e7@corp.example", "A", "B", "C", "D", "fr-FR", "1"],
    ]
    plan = importing.import_plan(csv_bytes(rows), file_name="x.csv", mode="update", today=TODAY)
    assert errors_of(plan) == [
        (3, "Email", "Not a valid e-mail address."),
        (4, "Employee ID", "Duplicate: this employee ID is already on row 2."),
        (5, "Email", "Duplicate: this e-mail is already on row 2."),
        (6, "Language", "Unknown language. Use one of: en (English), fr (Français)."),
        (7, "Active", "Write yes or no (also accepted: true/false, 1/0, oui/non)."),
        (8, "Employee ID", "Required; this cell is empty."),
    ]
    assert plan.errors[3].value == "Klingon"
    # The good rows are planned (shown) but nothing can be applied while errors remain.
    assert [p.employee_id for p in plan.new] == ["E0001", "E0007"]
    assert plan.new[1].values["preferred_language"] == "fr"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("fr-FR", "fr"),
        ("fr_BE", "fr"),
        ("French", "fr"),
        ("Français", "fr"),
        ("francais", "fr"),
        ("en-GB", "en"),
        ("English", "en"),
        ("de", None),
    ],
)
def test_languages_accepted(text, code):
    assert importing.language_parse(text) == code


def test_email_of_another_employee_is_a_conflict():
    make_user(email="taken@corp.example", employee_id="X9")
    plan = importing.import_plan(
        csv_bytes([employee(1, email="TAKEN@corp.example")]),
        file_name="x.csv",
        mode="update",
        today=TODAY,
    )
    assert errors_of(plan) == [(2, "Email", "This e-mail belongs to another employee (ID X9).")]


def test_staff_are_never_deactivated_by_a_row():
    make_user(group=roles.HR, email="hr@corp.example", employee_id="E0001")
    plan = importing.import_plan(
        csv_bytes([employee(1, email="hr@corp.example", active="no")]),
        file_name="x.csv",
        mode="update",
        today=TODAY,
    )
    assert [e.column for e in plan.errors] == ["Active"]
    assert "never deactivate staff" in plan.errors[0].reason


# --- Dry run and real run ---------------------------------------------------------------


def test_dry_run_shows_the_plan_and_writes_nothing(hr_user):
    existing = make_user(
        email="employee1@corp.example",
        employee_id="E0001",
        department="Old",
        team="North",
        language="fr",
        first_name="Ann1",
        last_name="Lee1",
    )
    before = snapshot()
    run, plan = preview(csv_bytes([employee(1), employee(2)]), by=hr_user)
    assert snapshot() == before
    assert [p.employee_id for p in plan.new] == ["E0002"]
    assert [(c.field, c.old, c.new) for c in plan.changed[0].changes] == [
        ("department", "Old", "Sales")
    ]
    assert plan.changed[0].user_id == existing.pk
    assert run.status == ImportStatus.PREVIEWED
    assert (run.rows, run.created_count, run.updated_count) == (2, 1, 1)
    assert run.pending_file


def test_real_run_writes_the_plan_then_reimport_changes_nothing(hr_user):
    data = csv_bytes([employee(1), employee(2, language="English", active="no")])
    run, _plan = preview(data, by=hr_user)
    run, plan = apply(run, hr_user)
    assert run.status == ImportStatus.APPLIED and run.pending_file is None
    ann = User.objects.get(email="employee1@corp.example")
    assert (ann.first_name, ann.is_active, ann.has_usable_password()) == ("Ann1", True, False)
    assert (ann.profile.employee_id, ann.profile.department, ann.profile.preferred_language) == (
        "E0001",
        "Sales",
        "fr",
    )
    assert ann.groups.filter(name=roles.LEARNERS).exists()
    assert User.objects.get(email="employee2@corp.example").is_active is False

    before = snapshot()
    again, plan = preview(data, by=hr_user)
    assert (plan.new, plan.changed, plan.unchanged) == ([], [], 2)
    again, plan = apply(again, hr_user)
    assert snapshot() == before
    assert (again.created_count, again.updated_count, again.unchanged_count) == (0, 0, 2)


def test_a_file_with_errors_cannot_be_applied(hr_user):
    run, plan = preview(csv_bytes([employee(1), employee(2, email="bad")]), by=hr_user)
    assert run.status == ImportStatus.REJECTED and run.error_count == 1
    before = snapshot()
    with pytest.raises(services.ImportRefused):
        apply(run, hr_user)
    assert snapshot() == before


def test_all_or_nothing_when_a_write_fails(hr_user, academy):
    """A failure half-way (here: a rule's course closed after the dry run) leaves nothing."""
    course = academy.courses[0]
    rule = EnrollmentRule.objects.create(name="Sales onboarding", department="sales")
    rule.courses.add(course)
    run, plan = preview(csv_bytes([employee(1), employee(2)]), by=hr_user)
    assert len(plan.enrollments) == 2
    # Close every workshop of the course: enrolling now fails, after the users were created.
    from courses.models import WorkshopPage

    WorkshopPage.objects.child_of(course).update(live=False)
    before = snapshot()
    with pytest.raises(services.ImportRefused) as error:
        apply(run, hr_user)
    assert "Sales onboarding" not in error.value.message  # names the course, not the rule
    assert snapshot() == before
    assert ImportRun.objects.get(pk=run.pk).status == ImportStatus.PREVIEWED


def test_apply_refuses_when_the_database_changed_since_the_dry_run(hr_user):
    make_user(email="employee1@corp.example", employee_id="E0001", department="Old")
    run, _plan = preview(csv_bytes([employee(1)]), by=hr_user)
    LearnerProfile.objects.filter(employee_id="E0001").update(department="Moved meanwhile")
    with pytest.raises(services.ImportRefused) as error:
        apply(run, hr_user)
    assert "changed since the dry run" in error.value.message
    assert LearnerProfile.objects.get(employee_id="E0001").department == "Moved meanwhile"


def test_apply_only_by_the_uploader_and_once(hr_user):
    other_hr = make_user(group=roles.HR)
    run, _plan = preview(csv_bytes([employee(1)]), by=hr_user)
    with pytest.raises(services.ImportRefused):
        apply(run, other_hr)
    apply(run, hr_user)
    with pytest.raises(services.ImportRefused) as error:
        apply(run, hr_user)
    assert "already applied" in error.value.message


def test_full_import_deactivates_missing_learners_but_never_staff(hr_user):
    leaver = make_user(employee_id="E0099", email="leaver@corp.example")
    trainer = make_user(group=roles.TRAINERS, employee_id="E0098")
    admin = make_user(group=None, employee_id="E0097", is_superuser=True)
    no_id = make_user(employee_id=None)
    run, plan = preview(csv_bytes([employee(1)]), by=hr_user, mode=ImportMode.FULL)
    assert [d.employee_id for d in plan.deactivations] == ["E0099"]
    apply(run, hr_user)
    leaver.refresh_from_db()
    assert leaver.is_active is False
    assert LearnerProfile.objects.filter(user=leaver).exists()  # records kept
    for person in (trainer, admin, no_id, hr_user):
        person.refresh_from_db()
        assert person.is_active


def test_update_mode_never_deactivates(hr_user):
    make_user(employee_id="E0099")
    _run, plan = preview(csv_bytes([employee(1)]), by=hr_user, mode=ImportMode.UPDATE)
    assert plan.deactivations == []


def test_absent_columns_leave_fields_unchanged(hr_user):
    person = make_user(
        email="employee1@corp.example",
        employee_id="E0001",
        department="Kept",
        first_name="Ann1",
        last_name="Lee1",
    )
    data = b"Employee ID,Email,First name\nE0001,employee1@corp.example,Annie\n"
    run, plan = preview(data, by=hr_user)
    assert [(c.field, c.new) for c in plan.changed[0].changes] == [("first_name", "Annie")]
    apply(run, hr_user)
    person.refresh_from_db()
    assert (person.first_name, person.profile.department) == ("Annie", "Kept")


def test_an_account_without_employee_id_is_linked_by_its_email(hr_user):
    person = make_user(email="employee1@corp.example", employee_id=None)
    run, plan = preview(csv_bytes([employee(1)]), by=hr_user)
    assert plan.new == [] and plan.changed[0].user_id == person.pk
    apply(run, hr_user)
    assert LearnerProfile.objects.get(user=person).employee_id == "E0001"


def test_an_account_without_a_profile_gets_one_and_others_change_in_the_same_run(hr_user):
    bare = User.objects.create_user(email="employee1@corp.example", first_name="Ann1")
    moved = make_user(email="employee2@corp.example", employee_id="E0002", department="Old")
    renamed = make_user(email="employee3@corp.example", employee_id="E0003", first_name="X")
    rows = [employee(1), employee(2), employee(3, department="Old")]
    run, plan = preview(csv_bytes(rows), by=hr_user)
    assert {p.user_id for p in plan.changed} == {bare.pk, moved.pk, renamed.pk}
    apply(run, hr_user)
    profile = LearnerProfile.objects.get(user=bare)
    assert (profile.employee_id, profile.department, profile.team) == ("E0001", "Sales", "North")
    moved.profile.refresh_from_db()
    assert (moved.profile.department, moved.profile.team) == ("Sales", "North")
    renamed.refresh_from_db()
    renamed.profile.refresh_from_db()
    assert (renamed.first_name, renamed.last_name) == ("Ann3", "Lee3")
    assert renamed.profile.department == "Old"
    # The same file again: nothing left to change.
    _run, plan = preview(csv_bytes(rows), by=hr_user)
    assert not plan.has_changes


def test_invitations_are_sent_after_commit(hr_user, django_capture_on_commit_callbacks):
    run, _plan = preview(
        csv_bytes([employee(1), employee(2, active="no")]), by=hr_user, invite=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        apply(run, hr_user)
    assert [m.to for m in mail.outbox] == [["employee1@corp.example"]]
    body = mail.outbox[0].body
    assert "/fr/accounts/reset/" in body  # in the employee's language
    assert "employee1@corp.example" in body


# --- Auto-enrollment rules --------------------------------------------------------------


def test_rules_enroll_new_and_moved_employees_once(hr_user, academy):
    course = academy.courses[0]
    rule = EnrollmentRule.objects.create(name="Onboarding", department=" SALES ", due_in_days=30)
    rule.courses.add(course)
    mover = make_user(
        email="employee2@corp.example",
        employee_id="E0002",
        department="Support",
        first_name="Ann2",
        last_name="Lee2",
        language="fr",
        team="North",
    )
    stays = make_user(
        email="employee3@corp.example",
        employee_id="E0003",
        department="Sales",
        first_name="Ann3",
        last_name="Lee3",
        language="fr",
        team="North",
    )
    now = timezone.now()
    run, plan = preview(csv_bytes([employee(1), employee(2), employee(3)]), by=hr_user)
    assert [(e.employee_id, e.course_title) for e in plan.enrollments] == [
        ("E0001", course.title),
        ("E0002", course.title),
    ]
    assert plan.enrollments[0].due_date == timezone.localdate(now) + timedelta(days=30)
    apply(run, hr_user)
    enrolled = Enrollment.objects.filter(course_key=course.translation_key)
    assert sorted(enrolled.values_list("user__profile__employee_id", flat=True).distinct()) == [
        "E0001",
        "E0002",
    ]
    assert set(enrolled.values_list("source", flat=True)) == {EnrollmentSource.IMPORT}
    assert not Enrollment.objects.filter(user=stays).exists()
    count = enrolled.count()
    # Idempotent: the same file again enrolls nobody.
    run, plan = preview(csv_bytes([employee(1), employee(2), employee(3)]), by=hr_user)
    assert plan.enrollments == [] and not plan.has_changes
    apply(run, hr_user)
    assert enrolled.count() == count
    assert mover.enrollments.count() > 0


def test_inactive_rules_do_nothing(hr_user, academy):
    rule = EnrollmentRule.objects.create(name="Off", department="Sales", active=False)
    rule.courses.add(academy.courses[0])
    _run, plan = preview(csv_bytes([employee(1)]), by=hr_user)
    assert plan.enrollments == []


def test_plan_is_built_in_a_constant_number_of_queries(
    hr_user, academy, django_assert_max_num_queries
):
    rule = EnrollmentRule.objects.create(name="Onboarding", department="Sales")
    rule.courses.add(academy.courses[0])
    for n in range(1, 6):
        make_user(email=f"employee{n}@corp.example", employee_id=f"E{n:04d}", department="Old")
    small = csv_bytes([employee(n) for n in range(1, 3)])
    large = csv_bytes([employee(n) for n in range(1, 60)])
    with django_assert_max_num_queries(12):
        importing.import_plan(small, file_name="s.csv", mode=ImportMode.FULL, today=TODAY)
    with django_assert_max_num_queries(12):
        importing.import_plan(large, file_name="l.csv", mode=ImportMode.FULL, today=TODAY)


def test_header_list_in_docs_matches_the_code():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "hr-import.md").read_text()
    for aliases in importing.HEADER_ALIASES.values():
        for alias in aliases:
            assert alias in doc, alias
    assert HEADER[0] in doc


def test_new_employees_are_written_in_a_constant_number_of_queries(hr_user):
    """3 or 300 new people: a few INSERTs (users, profiles, group), each person a
    complete account: own public id, no usable password, a profile, a learner."""

    def applied_queries(first, count):
        run, _plan = preview(
            csv_bytes([employee(n) for n in range(first, first + count)]), by=hr_user
        )
        with CaptureQueriesContext(connection) as queries:
            apply(run, hr_user)
        return len(queries)

    few = applied_queries(1, 3)
    many = applied_queries(100, 300)
    # SQLite caps the parameters of one statement, so 300 rows take a few more INSERTs;
    # four queries per person (the old way) would be 1,200 more.
    assert many <= few + 10
    people = User.objects.filter(email__endswith="@corp.example")
    assert people.count() == 303
    assert len(set(people.values_list("public_id", flat=True))) == 303
    assert not any(user.has_usable_password() for user in people)
    assert people.filter(profile__employee_id="E0250", groups__name=roles.LEARNERS).exists()


def _signed_in_client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    assert client.get("/en/dashboard/").status_code == 200
    return client


def test_a_full_import_signs_the_leavers_out_everywhere(hr_user):
    leaver = make_user(employee_id="E0099", email="leaver@corp.example")
    stayer = make_user(employee_id="E0001", email="employee1@corp.example")
    leaver_browser, stayer_browser = _signed_in_client(leaver), _signed_in_client(stayer)
    run, _plan = preview(csv_bytes([employee(1)]), by=hr_user, mode=ImportMode.FULL)
    apply(run, hr_user)
    gone = leaver_browser.get("/en/dashboard/")
    assert gone.status_code == 302 and "/accounts/login/" in gone["Location"]
    assert stayer_browser.get("/en/dashboard/").status_code == 200
    # Rehired and imported again: the session from before the leave stays ended.
    back = employee(99, email="leaver@corp.example")
    run, _plan = preview(csv_bytes([employee(1), back]), by=hr_user)
    apply(run, hr_user)
    leaver.refresh_from_db()
    assert leaver.is_active is True
    assert leaver_browser.get("/en/dashboard/").status_code == 302


def test_a_row_with_active_no_signs_that_person_out(hr_user):
    person = make_user(employee_id="E0001", email="employee1@corp.example")
    browser = _signed_in_client(person)
    run, plan = preview(csv_bytes([employee(1, active="no")]), by=hr_user)
    assert [p.user_id for p in plan.changed] == [person.pk]
    apply(run, hr_user)
    person.refresh_from_db()
    assert person.is_active is False
    gone = browser.get("/en/dashboard/")
    assert gone.status_code == 302 and "/accounts/login/" in gone["Location"]
    # Reactivated by a later import, the old session does not come back.
    run, _plan = preview(csv_bytes([employee(1, active="yes")]), by=hr_user)
    apply(run, hr_user)
    assert browser.get("/en/dashboard/").status_code == 302
