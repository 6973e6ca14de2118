"""The HR pull API: who may call it, what it answers, bad input, limits, logging, queries."""

import datetime as dt
import urllib.parse

import pytest
from django.utils import timezone

from certificates.models import Certificate
from courses.models import Enrollment
from lms.accounts import roles
from lms.reports.keys import Scope, api_key_revoke
from lms.reports.models import ApiKey, ExportLog
from tests.factories import build_academy, make_user

from .api_support import make_key, populate

pytestmark = pytest.mark.django_db

COMPLETIONS = "/api/v1/completions"
CERTIFICATES = "/api/v1/certificates"
OPENAPI = "/api/v1/openapi.json"
ENDPOINTS = (COMPLETIONS, CERTIFICATES, OPENAPI)


@pytest.fixture(autouse=True)
def _no_settle_time(settings):
    # Rows made by a test are a few milliseconds old: serve them at once (the settle time
    # has its own test below).
    settings.REPORTS_API_SETTLE_SECONDS = 0


@pytest.fixture
def small_world(db):
    built = build_academy(courses=1, lessons=1)
    users = populate(built, learners=3)  # 9 enrollments, 4 passed with a certificate
    return built, users


# --- authentication, scopes ------------------------------------------------------------------


@pytest.mark.parametrize("url", ENDPOINTS)
def test_no_key_is_401_with_www_authenticate(client, url):
    response = client.get(url)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["code"] == "not_authenticated"
    assert "API key is required" in response.json()["detail"]


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize("group", [roles.LEARNERS, roles.TRAINERS, roles.REFERENTS])
def test_a_learner_or_trainer_session_is_403_on_every_endpoint(client, url, group):
    client.force_login(make_user(group=group))
    response = client.get(url)
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"


@pytest.mark.parametrize("url", [COMPLETIONS, CERTIFICATES])
def test_an_hr_session_without_a_key_is_told_to_use_a_key(client, hr_user, url):
    client.force_login(hr_user)
    response = client.get(url)
    assert response.status_code == 401
    assert "API key" in response.json()["detail"]


def test_hr_may_read_the_schema_in_the_browser(client, hr_user):
    client.force_login(hr_user)
    response = client.get(OPENAPI)
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Porte-voix HR API"
    assert set(schema["paths"]) == {COMPLETIONS, CERTIFICATES}


@pytest.mark.parametrize(
    "header",
    [
        "Bearer pv_aaaaaaaa_" + "A" * 43,
        "Bearer nonsense",
        "Basic dXNlcjpwYXNz",
        "Bearer ",
        "Token pv_aaaaaaaa_xyz",
    ],
)
def test_an_invalid_key_is_401(client, header):
    response = client.get(COMPLETIONS, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert "WWW-Authenticate" in response


def test_a_revoked_key_is_401_on_every_endpoint(client, hr_user):
    key, headers = make_key(by=hr_user)
    assert client.get(COMPLETIONS, **headers).status_code == 200
    api_key_revoke(key=key, by=hr_user)
    for url in ENDPOINTS:
        response = client.get(url, **headers)
        assert response.status_code == 401, url
        assert response.json()["code"] == "revoked_key"
        assert "revoked" in response.json()["detail"]


def test_the_key_wins_over_a_learner_session(client, learner, hr_user):
    _key, headers = make_key(by=hr_user)
    client.force_login(learner)
    assert client.get(COMPLETIONS, **headers).status_code == 200


def test_x_api_key_header_works_too(client, hr_user):
    _key, headers = make_key(by=hr_user)
    plaintext = headers["HTTP_AUTHORIZATION"].removeprefix("Bearer ")
    assert client.get(CERTIFICATES, HTTP_X_API_KEY=plaintext).status_code == 200


def test_scopes_are_enforced(client, hr_user):
    _key, completions_only = make_key(scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    assert client.get(COMPLETIONS, **completions_only).status_code == 200
    response = client.get(CERTIFICATES, **completions_only)
    assert response.status_code == 403
    assert "certificates:read" in response.json()["detail"]
    _key, certificates_only = make_key(scopes=[Scope.CERTIFICATES_READ], by=hr_user)
    assert client.get(COMPLETIONS, **certificates_only).status_code == 403
    assert client.get(CERTIFICATES, **certificates_only).status_code == 200
    # Any valid key may read the schema.
    assert client.get(OPENAPI, **certificates_only).status_code == 200


def test_last_used_is_recorded(client, hr_user):
    key, headers = make_key(by=hr_user)
    client.get(COMPLETIONS, **headers)
    key.refresh_from_db()
    assert key.last_used_at is not None
    first = key.last_used_at
    client.get(COMPLETIONS, **headers)
    key.refresh_from_db()
    assert key.last_used_at == first  # not rewritten within the minute


def test_post_is_not_allowed(client, hr_user):
    _key, headers = make_key(by=hr_user)
    assert client.post(COMPLETIONS, **headers).status_code == 405
    assert client.delete(CERTIFICATES, **headers).status_code == 405


# --- rate limit ----------------------------------------------------------------------------


def test_rate_limit_is_per_key_with_retry_after(client, hr_user, settings):
    settings.REPORTS_API_RATE_LIMIT = 3
    _key, headers = make_key(by=hr_user)
    _other, other_headers = make_key(by=hr_user, name="Other")
    for n in range(3):
        response = client.get(COMPLETIONS, **headers)
        assert response.status_code == 200
        assert response["X-RateLimit-Remaining"] == str(2 - n)
    response = client.get(COMPLETIONS, **headers)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["code"] == "rate_limited"
    assert client.get(COMPLETIONS, **other_headers).status_code == 200


# --- content -------------------------------------------------------------------------------


def test_completions_content(client, hr_user, small_world):
    _key, headers = make_key(by=hr_user)
    response = client.get(COMPLETIONS, {"limit": 100}, **headers)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body["has_more"] is False
    assert len(body["items"]) == Enrollment.objects.count() == 9
    enrollment = Enrollment.objects.filter(certificate__isnull=False).select_related(
        "certificate", "user__profile"
    )[0]
    item = next(i for i in body["items"] if i["record_uuid"] == str(enrollment.registration))
    assert item["learner"]["email"] == enrollment.user.email
    assert item["learner"]["employee_id"] == enrollment.user.profile.employee_id
    assert item["learner"]["department"] == enrollment.user.profile.department
    assert item["workshop_key"] == str(enrollment.workshop_key)
    assert item["completion_status"] == "completed" and item["success_status"] == "passed"
    assert item["score_scaled"] == 0.9
    assert item["certificate"]["code"] == enrollment.certificate.code
    assert item["certificate"]["status"] == "valid"
    assert item["certificate"]["url"].endswith(f"/verify/{enrollment.certificate.code}/")
    # ISO 8601 with an offset.
    assert dt.datetime.fromisoformat(item["enrolled_at"]).utcoffset() is not None
    assert dt.datetime.fromisoformat(item["updated_at"]).utcoffset() is not None
    without = next(i for i in body["items"] if i["success_status"] == "unknown")
    assert without["certificate"] is None and without["completed_at"] is None


def test_certificates_content_and_status_filter(client, hr_user, small_world):
    _key, headers = make_key(by=hr_user)
    revoked = Certificate.objects.order_by("pk")[0]
    Certificate.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    expired = Certificate.objects.order_by("pk")[1]
    Certificate.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - dt.timedelta(days=1)
    )
    body = client.get(CERTIFICATES, **headers).json()
    assert len(body["items"]) == Certificate.objects.count() == 4
    by_code = {item["code"]: item for item in body["items"]}
    assert by_code[revoked.code]["status"] == "revoked"
    assert by_code[expired.code]["status"] == "expired"
    assert by_code[revoked.code]["record_uuid"] == str(revoked.enrollment.registration)
    for status, expected in (("valid", 2), ("revoked", 1), ("expired", 1)):
        body = client.get(CERTIFICATES, {"status": status}, **headers).json()
        assert len(body["items"]) == expected, status
        assert {item["status"] for item in body["items"]} == {status}


def test_filters(client, hr_user, small_world):
    built, _users = small_world
    _key, headers = make_key(by=hr_user)
    body = client.get(COMPLETIONS, {"department": "Sales"}, **headers).json()
    assert body["items"] and {i["learner"]["department"] for i in body["items"]} == {"Sales"}
    body = client.get(COMPLETIONS, {"success_status": "passed"}, **headers).json()
    assert len(body["items"]) == 4
    body = client.get(COMPLETIONS, {"level": "expert"}, **headers).json()
    assert {i["level"] for i in body["items"]} == {"expert"} and len(body["items"]) == 3
    course = str(built.courses[0].translation_key)
    assert len(client.get(COMPLETIONS, {"course": course}, **headers).json()["items"]) == 9
    body = client.get(CERTIFICATES, {"department": "Nobody"}, **headers).json()
    assert body == {"items": [], "next_cursor": None, "has_more": False}


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["yesterday", "2026-01-31", "2026-01-31T10:00:00", "2026-13-01T00:00:00Z", "1e9", "\x00"],
)
def test_an_invalid_updated_since_is_422_with_a_clear_message(client, hr_user, value):
    _key, headers = make_key(by=hr_user)
    response = client.get(COMPLETIONS, {"updated_since": value}, **headers)
    assert response.status_code == 422
    body = response.json()
    assert "ISO 8601" in body["detail"] and "offset" in body["detail"]
    assert body["errors"][0]["field"] == "updated_since"


def test_updated_since_accepts_an_offset_whose_plus_was_not_encoded(client, hr_user, small_world):
    _key, headers = make_key(by=hr_user)
    past = (timezone.now() - dt.timedelta(days=3)).astimezone(dt.timezone(dt.timedelta(hours=1)))
    raw = past.isoformat(timespec="seconds")  # …+01:00
    assert "+" in raw
    # A shell user typed ?updated_since=…+01:00: the '+' arrives as a space.
    response = client.get(f"{COMPLETIONS}?updated_since={raw}", **headers)
    assert response.status_code == 200
    encoded = client.get(f"{COMPLETIONS}?updated_since={urllib.parse.quote(raw)}", **headers)
    assert encoded.json()["items"] == response.json()["items"] != []
    future = client.get(COMPLETIONS, {"updated_since": "2999-01-01T00:00:00Z"}, **headers)
    assert future.json()["items"] == []


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 1001}, {"limit": "ten"}, {"level": "guru"}, {"course": "nope"}],
)
def test_invalid_parameters_are_422(client, hr_user, params):
    _key, headers = make_key(by=hr_user)
    response = client.get(COMPLETIONS, params, **headers)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid_request"
    assert body["errors"] and body["errors"][0]["field"] == next(iter(params))
    assert next(iter(params)) in body["detail"]


def test_a_tampered_cursor_is_400(client, hr_user, small_world):
    _key, headers = make_key(by=hr_user)
    body = client.get(COMPLETIONS, {"limit": 2}, **headers).json()
    cursor = body["next_cursor"]
    tampered = cursor[:-2] + ("AA" if not cursor.endswith("AA") else "BB")
    for bad in (tampered, "not-a-cursor", "e30", cursor[::-1]):
        response = client.get(COMPLETIONS, {"cursor": bad}, **headers)
        assert response.status_code == 400, bad
        assert response.json()["code"] == "bad_request"
        assert "cursor" in response.json()["detail"]
    # A completions cursor means nothing on certificates.
    response = client.get(CERTIFICATES, {"cursor": cursor}, **headers)
    assert response.status_code == 400


# --- settle time ---------------------------------------------------------------------------


def test_a_change_is_served_once_it_has_settled(client, hr_user, small_world, settings):
    settings.REPORTS_API_SETTLE_SECONDS = 10
    _key, headers = make_key(by=hr_user)
    old = timezone.now() - dt.timedelta(minutes=5)
    Enrollment.objects.update(updated_at=old)
    fresh = Enrollment.objects.order_by("pk")[0]
    fresh.save()  # changed just now: not settled yet
    body = client.get(COMPLETIONS, **headers).json()
    served = {i["record_uuid"] for i in body["items"]}
    assert str(fresh.registration) not in served and len(served) == 8
    assert body["has_more"] is False
    # Ten seconds later, resuming from the cursor brings exactly the settled change.
    Enrollment.objects.filter(pk=fresh.pk).update(
        updated_at=timezone.now() - dt.timedelta(seconds=11)
    )
    later = client.get(COMPLETIONS, {"cursor": body["next_cursor"]}, **headers).json()
    assert [i["record_uuid"] for i in later["items"]] == [str(fresh.registration)]


# --- export log ----------------------------------------------------------------------------


def test_a_sync_run_is_one_export_log_row(client, hr_user, small_world):
    key, headers = make_key(by=hr_user, name="Workday")
    query = {"limit": 2, "department": "Sales"}
    body = client.get(COMPLETIONS, query, **headers).json()
    pages = 1
    while body["has_more"]:
        body = client.get(COMPLETIONS, {**query, "cursor": body["next_cursor"]}, **headers).json()
        pages += 1
    assert pages > 1
    log = ExportLog.objects.get()
    assert log.channel == "api" and log.preset == "api:completions"
    assert log.rows == Enrollment.objects.filter(user__profile__department="Sales").count()
    assert log.filters["api_key"] == key.prefix and log.filters["department"] == "Sales"
    # Polling with the saved cursor when nothing changed writes nothing.
    client.get(COMPLETIONS, {**query, "cursor": body["next_cursor"]}, **headers)
    assert ExportLog.objects.count() == 1 and ExportLog.objects.get().rows == log.rows


# --- queries -------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [COMPLETIONS, CERTIFICATES])
def test_the_number_of_queries_does_not_grow_with_the_page(
    client, hr_user, url, django_assert_max_num_queries
):
    built = build_academy(courses=1, lessons=1)
    populate(built, learners=40, passed_every=1)  # 120 enrollments and certificates
    _key, headers = make_key(by=hr_user)
    client.get(url, {"limit": 1}, **headers)  # warm: last use written, caches filled
    counts = {}
    for limit in (10, 1000):
        with django_assert_max_num_queries(20) as captured:
            body = client.get(url, {"limit": limit}, **headers).json()
        counts[limit] = len(captured.captured_queries)
        assert len(body["items"]) == min(limit, 120)
    assert counts[10] == counts[1000], counts
    assert ApiKey.objects.count() == 1


def test_an_api_record_is_the_exports_record(client, hr_user, small_world):
    """The API reads light rows instead of model instances (records.rows_of): what it serves
    must be exactly what the exports build from the same enrollments."""
    from lms.reports.api import completion_item
    from lms.reports.records import completion_records

    Enrollment.objects.filter(pk=Enrollment.objects.order_by("pk")[0].pk).update(
        due_date=dt.date(2020, 1, 1)
    )
    _key, headers = make_key(by=hr_user)
    served = {i["record_uuid"]: i for i in client.get(COMPLETIONS, **headers).json()["items"]}
    exported = {str(r.record_uuid): completion_item(r) for r in completion_records()}
    assert served == exported
    assert any(item["overdue"] for item in served.values())
