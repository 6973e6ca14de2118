"""Requests no view can read get a 400 that says why, on every page, before any view or CSRF
check runs (lms.request_guards); ids past 64 bits are 404s (lms.converters), in Wagtail's
own admin routes too."""

from __future__ import annotations

import pytest
from django.urls import reverse

from lms.accounts import roles
from lms.reports.filters import ReportFilters
from tests.factories import make_user

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"
TOO_BIG = str(2**64)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.mark.parametrize("url", ["/en/accounts/login/", "/en/dashboard/", "/en/", "/admin/"])
@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "no-such-charset", "latin-1", "UTF8"])
def test_a_body_in_a_charset_we_do_not_read_is_a_400_that_says_so(client, url, charset):
    response = client.generic(
        "POST",
        url,
        "a=b".encode("utf-16") if "16" in charset else b"a=b",
        content_type=f"{FORM}; charset={charset}",
    )
    assert response.status_code == 400
    assert f"declares the character set “{charset}”" in response.content.decode()


def test_utf8_bodies_are_read_as_usual(client, learner):
    for charset in ("utf-8", "UTF-8", '"utf-8"'):
        response = client.generic(
            "POST",
            reverse("accounts:login"),
            f"username={learner.email}&password=wrong".encode(),
            content_type=f"{FORM}; charset={charset}",
        )
        assert response.status_code == 200, charset  # the sign-in form, with its error


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"path": "/en/accounts/login/", "method": "get", "data": {"next": "/\x00"}},
        {"path": "/en/accounts/login/", "method": "get", "data": {"a\x00": "x"}},
        {"path": "/en/accounts/login/", "method": "post", "data": {"username": "a\x00b"}},
        {"path": "/en/accounts/login/", "method": "post", "data": {"x\x00": "1"}},
        {"path": "/en/learn/%00/", "method": "get", "data": {}},
    ],
)
def test_a_nul_character_anywhere_is_a_400(client, request_kwargs):
    send = getattr(client, request_kwargs["method"])
    response = send(request_kwargs["path"], request_kwargs["data"])
    assert response.status_code == 400
    assert "NUL character" in response.content.decode()


def test_an_oversized_form_is_a_400(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post("/en/accounts/login/", {"username": "x" * 2000})
    assert response.status_code == 400
    assert "more data than the academy accepts" in response.content.decode()


@pytest.mark.parametrize("number", [TOO_BIG, str(10**30), "9" * 40])
def test_ids_past_64_bits_in_our_addresses_are_404s(academy, learner_client, number):
    workshop, lesson = academy.workshop(), academy.lessons_of()[0]
    for path in (
        f"/en/learn/workshops/{number}/quiz/history/",
        f"/en/learn/workshops/{number}/quiz/start/",
        f"/en/learn/workshops/{number}/enroll/",
        f"/en/learn/courses/{number}/enroll/",
        f"/en/learn/lessons/{number}/complete/",
        f"/en/learn/workshops/{workshop.pk}/quiz/attempts/{number}/",
    ):
        for method in ("get", "post"):
            response = getattr(learner_client, method)(path)
            assert response.status_code in (404, 405), (method, path, response.status_code)
    # The same patterns still take every real id.
    assert learner_client.post(f"/en/learn/lessons/{lesson.pk}/complete/").status_code < 400


def test_the_largest_id_is_still_an_id(learner_client):
    assert learner_client.get(f"/en/learn/workshops/{2**63 - 1}/quiz/history/").status_code == 404
    response = learner_client.get(reverse("courses:quiz_history", args=[2**63 - 1]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/pages/{TOO_BIG}/edit/",
        f"/admin/pages/{TOO_BIG}/",
        f"/admin/images/{TOO_BIG}/",
        f"/admin/documents/edit/{TOO_BIG}/",
        f"/admin/users/{TOO_BIG}/",
        f"/admin/snippets/quizzes/quiz/edit/{TOO_BIG}/",
        f"/admin/issued-certificates/{TOO_BIG}/",
        f"/admin/reports/completions/learners/{TOO_BIG}/",
        "/admin/images/chooser/chosen/abc/",  # Wagtail's: any text, looked up as an id
        "/admin/documents/chooser/chosen/abc/",
    ],
)
def test_huge_ids_in_admin_routes_are_404s(client, path):
    admin = make_user(group=roles.HR)
    type(admin).objects.filter(pk=admin.pk).update(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get(path)
    assert response.status_code == 404, response.status_code


@pytest.mark.parametrize(
    ("data", "expected"),
    [({}, "This field is required."), ({"external-link-chooser-url": "https://example.com/"}, "")],
)
def test_the_external_link_chooser_answers_a_post_without_its_url_with_a_form_error(
    client, db, data, expected
):
    # Wagtail 8.0's own view is a 500 on the first POST (lms/wagtail_fixes.py).
    trainer = make_user(group=roles.TRAINERS)
    type(trainer).objects.filter(pk=trainer.pk).update(is_staff=True)
    client.force_login(trainer)
    response = client.post("/admin/choose-external-link/", data)
    assert response.status_code == 200
    body = response.json()
    if expected:
        assert body["step"] == "external_link"
        assert expected in body["html"]
    else:
        assert body["step"] == "external_link_chosen"
        assert body["result"]["url"] == "https://example.com/"


def test_a_huge_user_id_in_the_export_filter_is_a_400_form_error(client, db):
    client.force_login(make_user(group=roles.HR))
    for value in (TOO_BIG, "abc", "-1", "²"):
        response = client.get(
            reverse("reports_admin:export", args=["canonical-csv"]), {"user_id": value}
        )
        assert response.status_code == 400, value
        assert "not a valid id" in response.content.decode()
    ok = client.get(reverse("reports_admin:export", args=["canonical-csv"]), {"user_id": "1"})
    assert ok.status_code == 200
    assert ReportFilters.from_params({"user_id": "1"}).user_id == 1


def test_the_pull_api_answers_a_nul_in_its_query_itself_as_json(client, db):
    # Its clients read a 422 problem with the field (tests/reports/test_api.py); never a 500.
    response = client.get("/api/v1/completions", {"updated_since": "\x00"})
    assert response.status_code in (401, 403, 422)
    assert response["Content-Type"].startswith("application/")
