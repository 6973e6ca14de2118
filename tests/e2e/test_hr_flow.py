"""HR in a browser, in the Wagtail admin: import employees (a dry run that shows the bad row,
the corrected file, Apply), then the completion report filtered by department, a CSV export
downloaded as it streams, and a large XLSX export prepared in the background and downloaded
from the Export log."""

from __future__ import annotations

import csv
import io
import re

from django.urls import reverse
from openpyxl import load_workbook
from playwright.sync_api import expect

from lms.accounts import roles
from lms.accounts.models import User
from lms.reports.models import ExportLog
from tests.accounts.importfiles import csv_bytes, employee
from tests.factories import make_user
from tests.reports.world import build_world


def _upload(page, name: str, data: bytes):
    page.locator("input[type=file]").set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": data}
    )
    page.get_by_role("button", name="Check the file (dry run)").click()


def test_hr_imports_employees_after_a_dry_run_that_shows_the_bad_row(page, sign_in, academy):
    sign_in(make_user(group=roles.HR, email="hr.person@example.com"))
    page.goto(reverse("accounts_import:upload"))

    _upload(page, "hris.csv", csv_bytes([employee(1), employee(2, email="not-an-email")]))
    expect(page.locator("#plan-title")).to_have_text("Dry run: the file has errors")
    error_row = page.locator("#import-errors tbody tr")
    expect(error_row).to_have_count(1)
    expect(error_row).to_contain_text("3")  # the spreadsheet's row: header is row 1
    expect(error_row).to_contain_text("not-an-email")
    expect(page.get_by_role("button", name="Apply the import")).to_have_count(0)
    assert not User.objects.filter(email__endswith="@corp.example").exists()

    _upload(page, "hris.csv", csv_bytes([employee(1), employee(2)]))
    expect(page.locator("#plan-title")).to_have_text("Dry run: what the import will do")
    expect(page.locator("#import-new tbody tr")).to_have_count(2)
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator(".messages")).to_contain_text("The import is applied.")
    people = User.objects.filter(email__endswith="@corp.example")
    assert sorted(people.values_list("profile__employee_id", flat=True)) == ["E0001", "E0002"]


def test_hr_filters_the_report_and_downloads_csv_and_a_prepared_xlsx(
    page, sign_in, settings, tmp_path
):
    settings.REPORTS_XLSX_INLINE_MAX_ROWS = 1  # the Sales filter leaves 2 records
    settings.REPORTS_EXPORTS_ROOT = str(tmp_path)
    settings.TIME_ZONE = "Europe/Paris"
    build_world()
    sign_in(make_user(group=roles.HR, email="hr.person@example.com"))
    page.goto(reverse("reports_admin:index"))
    page.get_by_label("Department", exact=True).select_option("Sales")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"department=Sales"))

    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Canonical CSV").click()
    assert csv_download.value.suggested_filename.endswith(".csv")
    text = csv_download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {row["department"] for row in rows} == {"Sales"}

    page.get_by_role("link", name="Canonical XLSX").click()
    expect(page).to_have_url(re.compile(re.escape(reverse("reports_admin:log")) + "$"))
    expect(page.locator(".messages")).to_contain_text("the XLSX file is being prepared")
    download_link = page.get_by_role("link", name="Download")
    expect(download_link).to_have_count(1)  # built by the task when the request committed
    with page.expect_download() as xlsx_download:
        download_link.click()
    assert xlsx_download.value.suggested_filename.endswith(".xlsx")
    book = load_workbook(io.BytesIO(xlsx_download.value.path().read_bytes()), read_only=True)
    sheet_rows = list(book.active.iter_rows(values_only=True))
    assert len(sheet_rows) == len(rows) + 1
    assert {row[6] for row in sheet_rows[1:]} == {"Sales"}  # the department column
    log = ExportLog.objects.get(preset="canonical-xlsx")
    assert (log.channel, log.rows, log.filters) == ("prepared", len(rows), {"department": "Sales"})
