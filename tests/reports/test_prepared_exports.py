"""An XLSX export larger than REPORTS_XLSX_INLINE_MAX_ROWS is prepared in the background:
HR is sent to the Exports page at once, the file is built by the task with the same rows as
an inline export, HR is e-mailed, and only the person who asked downloads it; files past
their keeping period are deleted, the log row stays."""

from __future__ import annotations

import datetime as dt
import io
import os

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from lms.accounts import roles
from lms.reports.exports import prepared
from lms.reports.models import ExportLog
from tests.factories import make_user


@pytest.fixture(autouse=True)
def small_threshold(settings, tmp_path):
    settings.REPORTS_XLSX_INLINE_MAX_ROWS = 3  # the world has 5 records
    settings.REPORTS_EXPORTS_ROOT = str(tmp_path / "exports")


def _ask(client, **params):
    return client.get(reverse("reports_admin:export", args=["canonical-xlsx"]), params)


def _rows(data: bytes) -> list[tuple]:
    book = load_workbook(io.BytesIO(data), read_only=True)
    return [tuple(row) for row in book.active.iter_rows(values_only=True)]


def test_a_large_xlsx_is_prepared_then_downloaded_by_who_asked(
    hr_client, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _ask(hr_client)
    assert response.status_code == 302
    assert response["Location"] == reverse("reports_admin:log")
    log = ExportLog.objects.get()
    assert (log.channel, log.preset, log.rows) == ("prepared", "canonical-xlsx", 5)
    assert log.finished_at and log.file and not log.error

    # The e-mail points to the Exports page, in the asker's language.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["hr.person@example.com"]
    assert "5 completion records" in mail.outbox[0].body
    assert "http://localhost" + reverse("reports_admin:log") in mail.outbox[0].body

    page = hr_client.get(reverse("reports_admin:log"))
    download = reverse("reports_admin:download", args=[log.pk])
    assert download.encode() in page.content
    file = hr_client.get(download)
    assert file.status_code == 200
    assert file["Content-Disposition"].startswith('attachment; filename="completions-')
    rows = _rows(b"".join(file.streaming_content))
    assert len(rows) == 6 and rows[0][:3] == ("record_uuid", "employee_id", "email")
    emails = sorted(row[2] for row in rows[1:])
    assert "alice.martin@example.com" in emails and "bruno.durand@example.com" in emails


def test_small_exports_stay_inline(hr_client, world, settings):
    settings.REPORTS_XLSX_INLINE_MAX_ROWS = 10
    response = _ask(hr_client)
    assert response.status_code == 200
    assert ExportLog.objects.get().channel == "admin"


def test_the_filters_go_with_the_prepared_export(
    hr_client, world, django_capture_on_commit_callbacks, settings
):
    settings.REPORTS_XLSX_INLINE_MAX_ROWS = 0
    with django_capture_on_commit_callbacks(execute=True):
        _ask(hr_client, user_id=world.bruno.pk)
    log = ExportLog.objects.get()
    assert log.filters == {"user_id": str(world.bruno.pk)}
    rows = _rows(log.file.open("rb").read())
    assert {row[2] for row in rows[1:]} == {"bruno.durand@example.com"}


def test_while_it_is_prepared_the_page_says_so_and_refreshes(hr_client, world):
    _ask(hr_client)  # the on-commit task never runs here: still being prepared
    page = hr_client.get(reverse("reports_admin:log"))
    assert b"being prepared" in page.content
    assert b'http-equiv="refresh"' in page.content
    assert not ExportLog.objects.get().file


def test_nobody_else_downloads_it(client, hr_client, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _ask(hr_client)
    url = reverse("reports_admin:download", args=[ExportLog.objects.get().pk])
    client.force_login(make_user(group=roles.HR, email="colleague@example.com"))
    assert client.get(url).status_code == 404  # another HR person: not theirs
    page = client.get(reverse("reports_admin:log"))
    assert url.encode() not in page.content
    for group in (roles.TRAINERS, roles.REFERENTS):
        client.force_login(make_user(group=group))
        assert client.get(url).status_code == 403
    client.force_login(world.alice)
    assert client.get(url).status_code in (302, 403)


def test_a_failure_is_shown_on_the_log(
    hr_client, world, django_capture_on_commit_callbacks, monkeypatch
):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(prepared.ExportRun, "write", disk_full)
    with django_capture_on_commit_callbacks(execute=True):
        _ask(hr_client)
    log = ExportLog.objects.get()
    assert not log.file and log.finished_at is None
    assert "No space left on device" in log.error
    page = hr_client.get(reverse("reports_admin:log"))
    assert b"No space left on device" in page.content
    assert b'http-equiv="refresh"' not in page.content
    assert mail.outbox == []


def test_files_are_deleted_after_their_keeping_period(
    hr_client, world, django_capture_on_commit_callbacks, settings
):
    settings.REPORTS_EXPORT_FILE_DAYS = 7
    with django_capture_on_commit_callbacks(execute=True):
        _ask(hr_client)
    log = ExportLog.objects.get()
    path = log.file.path
    assert prepared.export_files_purge(now=timezone.now() + dt.timedelta(days=6)) == 0
    call_command("exports_purge", stdout=io.StringIO())  # today: nothing is old enough
    log.refresh_from_db()
    assert log.file
    assert prepared.export_files_purge(now=timezone.now() + dt.timedelta(days=8)) == 1
    log.refresh_from_db()
    assert not log.file and log.rows == 5
    assert not os.path.exists(path)
    assert hr_client.get(reverse("reports_admin:download", args=[log.pk])).status_code == 404
    assert b"no longer kept" in hr_client.get(reverse("reports_admin:log")).content


def test_a_replayed_task_does_nothing(hr_client, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _ask(hr_client)
    log = ExportLog.objects.get()
    first = log.file.name
    assert prepared.export_prepare.call(log.pk) == {"prepared": False}
    log.refresh_from_db()
    assert log.file.name == first and len(mail.outbox) == 1


def test_the_ready_e_mail_links_to_the_sites_configured_address(
    hr_client, world, settings, django_capture_on_commit_callbacks
):
    """The academy's address is its Wagtail Site's root URL, as in certificates' e-mails:
    never WAGTAILADMIN_BASE_URL's fixed default (127.0.0.1:8000 in `make run`)."""
    from wagtail.models import Site

    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    Site.objects.filter(is_default_site=True).update(hostname="academy.example.com", port=443)
    with django_capture_on_commit_callbacks(execute=True):
        _ask(hr_client)
    body = mail.outbox[0].body
    assert "https://academy.example.com" + reverse("reports_admin:log") in body
    assert "127.0.0.1" not in body


def test_the_sheet_is_named_in_the_asker_s_language_its_columns_stay_canonical(
    client, world, django_capture_on_commit_callbacks
):
    # ADR 0019: what the person reads (the sheet's name, the e-mail) is in their language;
    # the column names and the canonical titles are for machines and do not change.
    client.force_login(make_user(group=roles.HR, email="rh@example.com", language="fr"))
    with django_capture_on_commit_callbacks(execute=True):
        _ask(client)
    log = ExportLog.objects.get()
    book = load_workbook(log.file.open("rb"), read_only=True)
    assert book.sheetnames == ["Achèvements"]
    header = next(book.active.iter_rows(values_only=True))
    assert header[:3] == ("record_uuid", "employee_id", "email")
    assert "enregistrements d’achèvement" in mail.outbox[-1].body
