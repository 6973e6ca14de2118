"""The completion report in the Wagtail admin: HR only, filters, charts, drill-down,
streaming exports with their log, a constant number of queries."""

from __future__ import annotations

import io
import json

import pytest
from django.db import connection
from django.http import FileResponse, StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Enrollment
from lms.accounts import roles
from lms.reports.exports import PRESETS
from lms.reports.models import ExportLog
from tests.factories import make_user

INDEX = "reports_admin:index"


def _urls(world):
    urls = [
        reverse(INDEX),
        reverse(INDEX) + "?department=Sales",
        reverse("reports_admin:learner", args=[world.alice.pk]),
        reverse("reports_admin:log"),
    ]
    urls += [reverse("reports_admin:export", args=[name]) for name in PRESETS]
    return urls


def _body(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.REFERENTS])
def test_staff_without_hr_permissions_get_403_everywhere(client, world, group):
    client.force_login(make_user(group=group))
    for url in _urls(world):
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"alice.martin@example.com" not in _body(response)
    assert not ExportLog.objects.exists()


def test_learners_never_reach_a_report_or_an_export(client, world):
    """Learners have no admin access: Wagtail refuses them before our views (a redirect to
    the admin sign-in, or 403 for a script); no byte of a record leaves."""
    client.force_login(world.alice)
    for url in _urls(world):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"bruno.durand@example.com" not in _body(response)
        script = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
        assert script.status_code == 403, url
    assert not ExportLog.objects.exists()


def test_hr_without_export_permission_sees_no_export(client, world):
    """view_completion_report alone: the report, but no export button and 403 on exports."""
    from django.contrib.auth.models import Permission

    user = make_user(group=roles.TRAINERS)
    user.user_permissions.add(
        Permission.objects.get(codename="view_completion_report", content_type__app_label="reports")
    )
    client.force_login(user)
    response = client.get(reverse(INDEX))
    assert response.status_code == 200
    assert reverse("reports_admin:export", args=["sap"]).encode() not in response.content
    assert client.get(reverse("reports_admin:export", args=["sap"])).status_code == 403


def test_report_lists_records_charts_and_tables(hr_client, world):
    response = hr_client.get(reverse(INDEX))
    assert response.status_code == 200
    html = response.content.decode()
    assert "alice.martin@example.com" in html
    assert "5 records" in html
    for chart in ("chart-course-level", "chart-department", "chart-funnel", "chart-tiers"):
        assert f'id="{chart}"' in html
        assert f'aria-labelledby="{chart}-title {chart}-desc"' in html
    # The funnel's data table: 5 enrolled, 3 started, 2 completed, 2 passed.
    funnel = response.context["funnel_rows"]
    assert [value for _label, value, _share in funnel] == [5, 3, 2, 2]
    # Tiers over time: Alice holds "relay" at the end of March.
    assert response.context["tiers"].tiers == [("explorer", 0), ("relay", 1)]
    for label in ("Export these records", "SAP SuccessFactors", "Cornerstone", "Workday"):
        assert label in html


def test_report_filters_narrow_the_table(hr_client, world):
    response = hr_client.get(reverse(INDEX), {"department": "Sales"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "bruno.durand@example.com" in html
    assert "alice.martin@example.com" not in html
    assert "department=Sales" in html  # the export links carry the filters
    by_department = response.context["by_department"]
    assert [(r.label, r.total, r.completed) for r in by_department] == [("Sales", 2, 0)]


@pytest.mark.parametrize(
    "query",
    [
        {"department": "Nowhere"},
        {"level": "guru"},
        {"enrolled_from": "yesterday"},
        {"completed_from": "2026-03-10", "completed_to": "2026-03-01"},
        {"course": "../../etc"},
    ],
)
def test_bad_filters_are_a_400_with_the_message(hr_client, world, query):
    response = hr_client.get(reverse(INDEX), query)
    assert response.status_code == 400
    assert b"Some filters are not valid" in response.content
    export = hr_client.get(reverse("reports_admin:export", args=["canonical-csv"]), query)
    assert export.status_code == 400
    assert not ExportLog.objects.exists()


def test_report_queries_do_not_grow_with_rows(hr_client, world, django_assert_max_num_queries):
    url = reverse(INDEX)
    hr_client.get(url)
    with CaptureQueriesContext(connection) as few:
        hr_client.get(url)
    # Ten times as many records (same learners in copies of the enrollments' workshops
    # would break the one-per-workshop rule: add learners instead).
    for _n in range(20):
        user = make_user(department="Sales", team="Partners")
        for enrollment in Enrollment.objects.filter(user=world.alice):
            Enrollment.objects.create(
                user=user,
                course_key=enrollment.course_key,
                workshop_key=enrollment.workshop_key,
                enrolled_at=enrollment.enrolled_at,
                completion_status=enrollment.completion_status,
                completed_at=enrollment.completed_at,
            )
    with CaptureQueriesContext(connection) as many:
        response = hr_client.get(url)
    assert response.context["page"].paginator.count == 45
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]
    with django_assert_max_num_queries(30):
        hr_client.get(url)


def test_learner_drill_down(hr_client, world):
    response = hr_client.get(reverse("reports_admin:learner", args=[world.alice.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Course 0 beginner" in html and "Course 1 beginner" in html
    assert "ABCD-EFGH-JKLM-0001" in html
    assert "relay" in html
    assert "bruno.durand@example.com" not in html
    # Unknown learner: 404 (the locale middleware first redirects admin 404s to /en/).
    missing = hr_client.get(reverse("reports_admin:learner", args=[999999]), follow=True)
    assert missing.status_code == 404


@pytest.mark.parametrize("name", [n for n, p in PRESETS.items() if p.kind != "xlsx"])
def test_text_exports_stream_and_are_logged(hr_client, world, name):
    response = hr_client.get(reverse("reports_admin:export", args=[name]), {"department": "Sales"})
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert b"alice.martin" not in body
    log = ExportLog.objects.get()
    assert (log.channel, log.preset, log.filters) == ("admin", name, {"department": "Sales"})
    assert log.user.email == "hr.person@example.com"
    assert log.finished_at is not None
    expected_rows = 0 if name in ("sap", "workday") else 2  # only completions there
    assert log.rows == expected_rows
    if name == "canonical-json":
        assert len(json.loads(body)) == 2


def test_xlsx_export_is_a_file_response(hr_client, world):
    from openpyxl import load_workbook

    response = hr_client.get(reverse("reports_admin:export", args=["canonical-xlsx"]))
    assert response.status_code == 200
    assert isinstance(response, FileResponse)
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    assert len(list(book.active.iter_rows())) == 6
    assert ExportLog.objects.get().rows == 5


def test_learner_export_contains_only_that_learner(hr_client, world):
    url = reverse("reports_admin:export", args=["canonical-json"])
    response = hr_client.get(url, {"user_id": world.bruno.pk})
    data = json.loads(b"".join(response.streaming_content))
    assert [row["email"] for row in data] == ["bruno.durand@example.com"]
    assert ExportLog.objects.get().filters == {"user_id": str(world.bruno.pk)}


def test_unknown_preset_is_404(hr_client, world):
    response = hr_client.get(reverse("reports_admin:export", args=["excel97"]), follow=True)
    assert response.status_code == 404
    assert not ExportLog.objects.exists()


def test_export_log_page(hr_client, world):
    hr_client.get(reverse("reports_admin:export", args=["sap"]))
    response = hr_client.get(reverse("reports_admin:log"))
    assert response.status_code == 200
    assert b"SAP SuccessFactors" in response.content
    assert b"hr.person@example.com" in response.content
