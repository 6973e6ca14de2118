"""The admin pages of the employee import: HR only, CSRF, dry run then Apply, the log,
the enrollment rules."""

import pytest
from django.urls import reverse

from lms.accounts import roles
from lms.accounts.models import EnrollmentRule, ImportRun, ImportStatus, User
from tests.factories import make_user

from .importfiles import csv_bytes, employee, upload, xlsx_bytes

pytestmark = pytest.mark.django_db

UPLOAD = "accounts_import:upload"


def post_file(client, data, name="employees.csv", mode="update", **extra):
    return client.post(reverse(UPLOAD), {"file": upload(data, name), "mode": mode, **extra})


@pytest.fixture
def hr_client(client, hr_user):
    client.force_login(hr_user)
    return client


@pytest.mark.parametrize("role", [roles.LEARNERS, roles.TRAINERS, roles.REFERENTS])
def test_only_hr_may_import(client, role):
    client.force_login(make_user(group=role))
    for name, method in [
        (UPLOAD, "get"),
        ("accounts_import:runs", "get"),
        ("accounts_import:apply", "post"),
        ("enrollment_rules:index", "get"),
    ]:
        response = getattr(client, method)(reverse(name))
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"] or response["Location"] == "/admin/"
    assert not ImportRun.objects.exists()


def test_hr_sees_the_menu_and_the_form(hr_client):
    html = hr_client.get("/admin/").content.decode()
    assert reverse(UPLOAD) in html
    page = hr_client.get(reverse(UPLOAD))
    assert page.status_code == 200
    assert "Check the file (dry run)" in page.content.decode()
    assert "matricule" in page.content.decode()


def test_dry_run_then_apply(hr_client, hr_user):
    data = csv_bytes([employee(1), employee(2)])
    response = post_file(hr_client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "employee1@corp.example" in html and "Apply the import" in html
    assert not User.objects.filter(email="employee1@corp.example").exists()
    run = ImportRun.objects.get()
    response = hr_client.post(
        reverse("accounts_import:apply"), {"run": run.pk, "plan_hash": run.plan_hash}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts_import:run", args=[run.pk])
    assert (
        User.objects.filter(email__in=["employee1@corp.example", "employee2@corp.example"]).count()
        == 2
    )
    detail = hr_client.get(response["Location"])
    assert "Applied" in detail.content.decode()
    log = hr_client.get(reverse("accounts_import:runs")).content.decode()
    assert "employees.csv" in log and hr_user.get_full_name() in log


def test_xlsx_upload(hr_client):
    response = post_file(hr_client, xlsx_bytes([employee(1)]), name="hris.xlsx")
    assert response.status_code == 200
    assert "employee1@corp.example" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Name,Phone\nAnn,1\n", "Required columns missing"),
        (
            csv_bytes([employee(1), employee(1, email="x@corp.example")]),
            "Duplicate: this employee ID is already on row 2.",
        ),
        (csv_bytes([employee(1, email="nope")]), "Not a valid e-mail address."),
        (csv_bytes([employee(1, language="Klingon")]), "Unknown language."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40, "not a CSV or XLSX"),
        (csv_bytes([]), "no employee rows"),
    ],
    ids=["wrong-columns", "duplicate-ids", "bad-email", "language", "binary", "header-only"],
)
def test_bad_files_show_errors_and_no_apply_button(hr_client, data, message):
    response = post_file(hr_client, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Apply the import" not in html
    assert User.objects.count() == 1  # only HR
    run = ImportRun.objects.get()
    assert run.status == ImportStatus.REJECTED and run.pending_file is None


def test_empty_upload_is_a_form_error(hr_client):
    response = post_file(hr_client, b"")
    assert response.status_code == 400
    assert "empty" in response.content.decode()


def test_ten_megabytes_of_garbage_is_refused(hr_client):
    import os

    response = post_file(hr_client, os.urandom(10 * 1024 * 1024), name="garbage.csv")
    assert response.status_code == 400
    assert "larger than 5 MB" in response.content.decode()
    run = ImportRun.objects.get()
    assert run.file_size == 10 * 1024 * 1024 and run.pending_file is None


def test_apply_is_csrf_protected(hr_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(hr_user)
    response = client.post(reverse("accounts_import:apply"), {"run": 1, "plan_hash": "x"})
    assert response.status_code == 403


def test_apply_with_a_stale_or_forged_plan_changes_nothing(hr_client):
    post_file(hr_client, csv_bytes([employee(1)]))
    run = ImportRun.objects.get()
    response = hr_client.post(
        reverse("accounts_import:apply"), {"run": run.pk, "plan_hash": "0" * 64}, follow=True
    )
    assert "changed since the dry run" in response.content.decode()
    assert not User.objects.filter(email="employee1@corp.example").exists()
    response = hr_client.post(reverse("accounts_import:apply"), {"run": "abc"})
    assert response.status_code == 302


def test_dry_run_page_queries_do_not_grow_with_rows(hr_client, django_assert_max_num_queries):
    for n in range(1, 30):
        make_user(email=f"employee{n}@corp.example", employee_id=f"E{n:04d}", department="Old")
    with django_assert_max_num_queries(30):
        post_file(hr_client, csv_bytes([employee(n) for n in range(1, 3)]))
    with django_assert_max_num_queries(30):
        post_file(hr_client, csv_bytes([employee(n) for n in range(1, 60)]))


def test_hr_manages_enrollment_rules(hr_client, academy):
    course = academy.courses[0]
    response = hr_client.post(
        reverse("enrollment_rules:add"),
        {
            "name": "Sales onboarding",
            "department": "Sales",
            "courses": [course.pk],
            "due_in_days": "14",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    rule = EnrollmentRule.objects.get()
    assert rule.courses.get().pk == course.pk
    assert hr_client.get(reverse("enrollment_rules:index")).status_code == 200
    bad = hr_client.post(
        reverse("enrollment_rules:add"),
        {
            "name": "Both",
            "department": "Sales",
            "courses": [course.pk],
            "due_in_days": "14",
            "due_date": "2030-01-01",
        },
    )
    assert bad.status_code == 200
    assert "not both" in bad.content.decode()


def test_import_log_queries_do_not_grow(hr_client, hr_user, django_assert_max_num_queries):
    from django.utils import timezone

    def runs(n):
        ImportRun.objects.bulk_create(
            ImportRun(
                started_by=hr_user,
                created_at=timezone.now(),
                file_name=f"f{i}.csv",
                mode="update",
                status="applied",
            )
            for i in range(n)
        )

    runs(2)
    with django_assert_max_num_queries(20) as small:
        assert hr_client.get(reverse("accounts_import:runs")).status_code == 200
    runs(40)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert hr_client.get(reverse("accounts_import:runs")).status_code == 200


def test_changes_show_before_and_after(hr_client):
    make_user(email="employee1@corp.example", employee_id="E0001", department="Support")
    html = post_file(hr_client, csv_bytes([employee(1, active="no")])).content.decode()
    assert "Department: Support → Sales" in html
    assert "Active: yes → no" in html
