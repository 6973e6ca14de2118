"""The tracking admin (Wagtail): LRS destinations with a connection test, statements with
their delivery state per destination, "retry parked", and who may see and do what."""

import datetime as dt
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.accounts import roles
from lms.tracking import admin_views
from lms.tracking.models import Delivery, DeliveryStatus, Destination, Statement
from tests.factories import make_user
from tests.lrs import free_port

pytestmark = pytest.mark.django_db

SECRET_VAR = "PORTE_VOIX_TEST_LRS_SECRET"
SECRET_VALUE = "s3cret-value-never-shown"


@pytest.fixture
def hr_client(client, hr_user):
    client.force_login(hr_user)
    return client


@pytest.fixture
def no_enqueue(monkeypatch):
    calls = []
    monkeypatch.setattr(admin_views, "_enqueue_delivery", lambda: calls.append(1) or True)
    return calls


def make_destination(name="Main LRS", **kwargs):
    defaults = {
        "endpoint": "http://127.0.0.1:9/xAPI/",
        "auth_type": "basic",
        "username": "porte-voix",
        "secret_env_var": SECRET_VAR,
    }
    defaults.update(kwargs)
    return Destination.objects.create(name=name, **defaults)


def make_statement(user=None, event="lesson_completed", when=None, verb=None):
    statement_id = uuid.uuid4()
    verb = verb or "http://adlnet.gov/expapi/verbs/completed"
    body = json.dumps(
        {"id": str(statement_id), "verb": {"id": verb}, "object": {"id": "urn:x:é"}},
        ensure_ascii=False,
        separators=(",", ":"),
        sort_keys=True,
    )
    return Statement.objects.create(
        id=statement_id,
        event=event,
        user=user,
        verb=verb,
        body=body,
        created_at=when or timezone.now(),
    )


def destination_post(**overrides):
    data = {
        "name": "HR LRS",
        "endpoint": "https://lrs.example.com/xAPI",
        "auth_type": "basic",
        "username": "porte-voix",
        "secret_env_var": SECRET_VAR,
        "enabled": "on",
        "events": ["enrolled", "workshop_passed"],
        "deliver_from": "2026-01-01 00:00:00",
        "batch_size": "50",
        "timeout_seconds": "10",
    }
    data.update(overrides)
    return data


# --- destinations -----------------------------------------------------------------------


def test_hr_creates_a_destination_with_a_normalised_endpoint_and_chosen_events(hr_client):
    response = hr_client.post(reverse("lrs_destinations:add"), destination_post())
    assert response.status_code == 302, response.context["form"].errors
    destination = Destination.objects.get()
    assert destination.endpoint == "https://lrs.example.com/xAPI/"
    assert destination.events == ["enrolled", "workshop_passed"]
    assert destination.secret_env_var == SECRET_VAR


def test_the_form_lists_every_registered_event_as_a_checkbox(hr_client):
    from lms.tracking.builders import REGISTRY

    html = hr_client.get(reverse("lrs_destinations:add")).content.decode()
    for event in REGISTRY:
        assert f'value="{event}"' in html
    assert 'type="checkbox" name="events"' in html


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("endpoint", "ftp://lrs.example.com/xAPI/"),
        ("endpoint", "not a url"),
        ("secret_env_var", "my password!"),
        ("secret_env_var", "1STARTS_WITH_DIGIT"),
        ("batch_size", "0"),
        ("batch_size", "501"),
        ("timeout_seconds", "0"),
        ("timeout_seconds", "61"),
        ("events", ["no_such_event"]),
    ],
)
def test_bad_destination_values_are_form_errors(hr_client, field, value):
    response = hr_client.post(reverse("lrs_destinations:add"), destination_post(**{field: value}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Destination.objects.exists()


def test_credentials_need_the_secret_variable_and_basic_a_user_name(hr_client):
    response = hr_client.post(
        reverse("lrs_destinations:add"), destination_post(username="", secret_env_var="")
    )
    errors = response.context["form"].errors
    assert "username" in errors and "secret_env_var" in errors
    response = hr_client.post(
        reverse("lrs_destinations:add"),
        destination_post(auth_type="none", username="", secret_env_var=""),
    )
    assert response.status_code == 302
    assert Destination.objects.get().events == ["enrolled", "workshop_passed"]


def test_edit_form_says_whether_the_secret_is_set_never_its_value(hr_client, monkeypatch):
    destination = make_destination()
    url = reverse("lrs_destinations:edit", args=[destination.pk])
    monkeypatch.delenv(SECRET_VAR, raising=False)
    html = hr_client.get(url).content.decode()
    assert f"{SECRET_VAR} is currently: not set" in html
    monkeypatch.setenv(SECRET_VAR, SECRET_VALUE)
    html = hr_client.get(url).content.decode()
    assert f"{SECRET_VAR} is currently: set" in html
    assert SECRET_VALUE not in html
    listing = hr_client.get(reverse("lrs_destinations:index")).content.decode()
    assert f"{SECRET_VAR}: set" in listing and SECRET_VALUE not in listing
    assert reverse("tracking_admin:test", args=[destination.pk]) in html


# --- connection test --------------------------------------------------------------------


def run_test(client, destination):
    response = client.post(reverse("tracking_admin:test", args=[destination.pk]))
    assert response.status_code == 200
    return response.context["result"], response.content.decode()


def test_connection_to_the_real_lrs_succeeds(hr_client, real_lrs, monkeypatch):
    monkeypatch.setenv(SECRET_VAR, real_lrs.AUTH[1])
    destination = make_destination(endpoint=real_lrs.endpoint, username=real_lrs.AUTH[0])
    result, html = run_test(hr_client, destination)
    assert result.ok, result.message
    assert "1.0.3" in result.message and 'data-result="ok"' in html
    assert real_lrs.AUTH[1] not in html


def test_connection_to_a_closed_port_is_a_clear_error(hr_client, monkeypatch):
    monkeypatch.setenv(SECRET_VAR, SECRET_VALUE)
    destination = make_destination(endpoint=f"http://127.0.0.1:{free_port()}/xAPI/")
    result, html = run_test(hr_client, destination)
    assert not result.ok
    assert "Could not reach" in result.message and 'data-result="error"' in html


def test_connection_with_a_missing_secret_says_which_variable(hr_client, monkeypatch):
    monkeypatch.delenv(SECRET_VAR, raising=False)
    destination = make_destination()
    result, _ = run_test(hr_client, destination)
    assert not result.ok and f"{SECRET_VAR} is not set" in result.message


class _Refusing(BaseHTTPRequestHandler):
    seen = []

    def do_GET(self):  # noqa: N802
        type(self).seen.append((self.path, dict(self.headers)))
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"message":"Unauthorised"}')

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("auth_type", ["basic", "bearer"])
def test_wrong_credentials_are_reported_as_such(hr_client, monkeypatch, auth_type):
    server = HTTPServer(("127.0.0.1", 0), _Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Refusing.seen.clear()
    try:
        monkeypatch.setenv(SECRET_VAR, SECRET_VALUE)
        destination = make_destination(
            endpoint=f"http://127.0.0.1:{server.server_port}/xAPI/", auth_type=auth_type
        )
        result, _ = run_test(hr_client, destination)
    finally:
        server.shutdown()
        server.server_close()
    assert not result.ok and "refused the credentials (HTTP 401)" in result.message
    path, headers = _Refusing.seen[0]
    assert path == "/xAPI/about"
    assert headers["X-Experience-API-Version"] == "1.0.3"
    expected = "Bearer " if auth_type == "bearer" else "Basic "
    assert headers["Authorization"].startswith(expected)


# --- statements -------------------------------------------------------------------------


def test_statements_newest_first_with_a_status_per_destination(hr_client):
    learner = make_user(email="ada@example.com")
    main, backup = make_destination("A main"), make_destination("B backup")
    old = make_statement(learner, when=timezone.now() - dt.timedelta(hours=1))
    new = make_statement(learner, event="enrolled")
    Delivery.objects.create(statement=old, destination=main, status=DeliveryStatus.DELIVERED)
    Delivery.objects.create(
        statement=old,
        destination=backup,
        status=DeliveryStatus.PARKED,
        attempts=1,
        last_error="HTTP 400: Problem in statement",
    )
    response = hr_client.get(reverse("tracking_admin:index"))
    assert response.status_code == 200
    statements = response.context["statements"]
    assert [s.pk for s in statements] == [new.pk, old.pk]
    assert [c.delivery for c in statements[0].cells] == [None, None]
    assert [c.delivery.status for c in statements[1].cells] == ["delivered", "parked"]
    html = response.content.decode()
    assert "HTTP 400: Problem in statement" in html and "ada@example.com" in html
    summary = {d.name: (d.pending, d.delivered, d.parked) for d in response.context["destinations"]}
    assert summary == {"A main": (0, 1, 0), "B backup": (0, 0, 1)}


def test_filters(hr_client):
    ada, bob = make_user(email="ada@example.com"), make_user(email="bob@example.com")
    main = make_destination()
    day = timezone.make_aware(dt.datetime(2026, 3, 10, 12))
    s1 = make_statement(ada, event="enrolled", when=day)
    s2 = make_statement(bob, event="lesson_completed", when=day + dt.timedelta(days=2))
    s3 = make_statement(bob, event="enrolled", when=day + dt.timedelta(days=5))
    Delivery.objects.create(statement=s1, destination=main, status=DeliveryStatus.DELIVERED)
    Delivery.objects.create(statement=s2, destination=main, status=DeliveryStatus.PARKED)

    def ids(**params):
        response = hr_client.get(reverse("tracking_admin:index"), params)
        assert response.status_code == 200
        return {s.pk for s in response.context["statements"]}

    assert ids(event="enrolled") == {s1.pk, s3.pk}
    assert ids(email="BOB@") == {s2.pk, s3.pk}
    assert ids(date_from="2026-03-12") == {s2.pk, s3.pk}
    assert ids(date_from="2026-03-10", date_to="2026-03-12") == {s1.pk, s2.pk}
    assert ids(destination=main.pk, status="parked") == {s2.pk}
    assert ids(destination=main.pk, status="delivered") == {s1.pk}
    assert ids(destination=main.pk, status="not_tried") == {s3.pk}
    assert ids(status="pending") == set()
    assert ids(destination=main.pk) == {s1.pk, s2.pk}


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2026-13-45"},
        {"date_to": "yesterday"},
        {"date_from": "2026-03-12", "date_to": "2026-03-01"},
    ],
)
def test_bad_dates_are_form_errors_not_crashes(hr_client, params):
    make_statement()
    response = hr_client.get(reverse("tracking_admin:index"), params)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert response.context["statements"] == []


def test_a_page_of_statements_costs_a_fixed_number_of_queries(hr_client):
    destinations = [make_destination(f"LRS {i}") for i in range(3)]
    learner = make_user()

    def add(count):
        for _ in range(count):
            statement = make_statement(learner)
            for destination in destinations:
                Delivery.objects.create(statement=statement, destination=destination)

    add(3)
    url = reverse("tracking_admin:index")
    hr_client.get(url)  # warm the session and permission caches
    with CaptureQueriesContext(connection) as few:
        assert hr_client.get(url).status_code == 200
    add(70)
    with CaptureQueriesContext(connection) as many:
        response = hr_client.get(url)
    assert len(response.context["statements"]) == 50
    assert len(many) == len(few), [q["sql"] for q in many]
    assert response.context["page"].paginator.num_pages == 2
    second = hr_client.get(url, {"p": 2})
    assert len(second.context["statements"]) == 23


def test_detail_shows_the_exact_json_and_each_delivery(hr_client):
    main, backup = make_destination("A main"), make_destination("B backup")
    statement = make_statement(make_user(email="ada@example.com"))
    Delivery.objects.create(
        statement=statement,
        destination=main,
        status=DeliveryStatus.PENDING,
        attempts=3,
        last_error="ConnectError",
    )
    response = hr_client.get(reverse("tracking_admin:detail", args=[statement.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["pretty"] == json.dumps(
        json.loads(statement.body), indent=2, ensure_ascii=False
    )
    assert "urn:x:é" in html  # readable, not \u escaped
    from django.utils.html import escape

    assert escape(statement.body) in html  # the exact stored text
    cells = response.context["cells"]
    assert [c.destination for c in cells] == [main, backup]
    assert cells[0].delivery.attempts == 3 and cells[1].delivery is None
    assert "ConnectError" in html and "Not tried" in html
    missing = hr_client.get(reverse("tracking_admin:detail", args=[uuid.uuid4()]))
    assert missing.status_code in (302, 404)  # Wagtail's admin turns a 404 into a redirect


# --- retry parked -----------------------------------------------------------------------


def parked(statement, destination, attempts=2):
    return Delivery.objects.create(
        statement=statement,
        destination=destination,
        status=DeliveryStatus.PARKED,
        attempts=attempts,
        last_error="HTTP 400",
    )


def test_retry_parked_for_a_destination(hr_client, no_enqueue):
    main, backup = make_destination("A"), make_destination("B")
    a, b = make_statement(), make_statement()
    p1, p2, other = parked(a, main), parked(b, main), parked(a, backup)
    delivered = Delivery.objects.create(statement=b, destination=backup, status="delivered")
    before = timezone.now()
    response = hr_client.post(reverse("tracking_admin:retry"), {"destination": main.pk})
    assert response.status_code == 302
    for row in (p1, p2):
        row.refresh_from_db()
        assert row.status == DeliveryStatus.PENDING and row.attempts == 2
        assert row.next_attempt_at >= before
    other.refresh_from_db()
    delivered.refresh_from_db()
    assert other.status == "parked" and delivered.status == "delivered"
    assert no_enqueue == [1]


def test_retry_parked_for_selected_statements(hr_client, no_enqueue):
    main, backup = make_destination("A"), make_destination("B")
    a, b = make_statement(), make_statement()
    rows = [parked(a, main), parked(a, backup), parked(b, main)]
    response = hr_client.post(
        reverse("tracking_admin:retry"),
        {"statements": [str(a.pk)], "next": "/admin/tracking/?event=x"},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/tracking/?event=x"
    assert [Delivery.objects.get(pk=r.pk).status for r in rows] == ["pending", "pending", "parked"]
    # and one statement at one destination, from the detail page
    hr_client.post(
        reverse("tracking_admin:retry"), {"statements": [str(b.pk)], "destination": backup.pk}
    )
    assert Delivery.objects.get(pk=rows[2].pk).status == "parked"


def test_retry_needs_a_target_post_and_safe_redirect(hr_client, no_enqueue):
    main = make_destination()
    row = parked(make_statement(), main)
    assert hr_client.get(reverse("tracking_admin:retry")).status_code == 405
    response = hr_client.post(reverse("tracking_admin:retry"), {"next": "https://evil.example/"})
    assert response["Location"] == reverse("tracking_admin:index")
    assert (
        hr_client.post(reverse("tracking_admin:retry"), {"statements": ["nope"]}).status_code == 302
    )
    assert Delivery.objects.get(pk=row.pk).status == "parked" and no_enqueue == []


def test_retry_without_the_delivery_engine_still_queues(hr_client, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_tasks(name, globals=None, locals=None, fromlist=(), level=0):
        if name == "lms.tracking" and fromlist and "tasks" in fromlist:
            raise ImportError("not yet")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_tasks)
    row = parked(make_statement(), make_destination())
    response = hr_client.post(
        reverse("tracking_admin:retry"), {"destination": row.destination_id}, follow=True
    )
    assert Delivery.objects.get(pk=row.pk).status == "pending"
    assert "queued" in response.content.decode()


# --- permissions ------------------------------------------------------------------------


def every_url(destination, statement):
    return [
        reverse("tracking_admin:index"),
        reverse("tracking_admin:detail", args=[statement.pk]),
        reverse("tracking_admin:retry"),
        reverse("tracking_admin:test", args=[destination.pk]),
        reverse("tracking_admin:delivery", args=[destination.pk]),
        reverse("tracking_admin:retry_now", args=[destination.pk]),
        reverse("lrs_destinations:index"),
        reverse("lrs_destinations:add"),
        reverse("lrs_destinations:edit", args=[destination.pk]),
        reverse("lrs_destinations:delete", args=[destination.pk]),
    ]


def snapshot():
    return (
        list(Destination.objects.values()),
        list(Delivery.objects.values()),
        list(Statement.objects.values_list("pk", "body")),
    )


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.LEARNERS])
def test_trainers_and_learners_can_neither_see_nor_change_tracking(client, group, no_enqueue):
    client.force_login(make_user(group=group))
    destination = make_destination()
    statement = make_statement()
    parked(statement, destination)
    before = snapshot()
    for url in every_url(destination, statement):
        for method in ("get", "post"):
            data = destination_post() if method == "post" else None
            if method == "post" and "retry/" in url:
                data = {"destination": destination.pk}
            response = getattr(client, method)(url, data)
            assert response.status_code in (302, 403, 405), (url, method, response.status_code)
            if response.status_code == 302:
                target = response["Location"].split("?")[0]  # ?next= may name the page
                assert "/tracking" not in target, (url, method)
                assert "lrs_destinations" not in target, (url, method)
    assert snapshot() == before
    assert no_enqueue == []
    home = client.get(reverse("wagtailadmin_home"))
    if home.status_code == 200:
        assert reverse("tracking_admin:index") not in home.content.decode()
        assert reverse("lrs_destinations:index") not in home.content.decode()


def test_hr_and_superusers_reach_every_page(client):
    superuser = make_user(group=None)
    superuser.is_superuser = superuser.is_staff = True
    superuser.save()
    for user in (make_user(group=roles.HR), superuser):
        client.force_login(user)
        destination = make_destination()
        statement = make_statement()
        for url in every_url(destination, statement):
            if "retry" in url:
                continue
            assert client.get(url).status_code == 200, url
        home = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("tracking_admin:index") in home
        assert reverse("lrs_destinations:index") in home


def test_hr_has_the_tracking_permissions_and_trainers_none():
    from django.contrib.auth.models import Group

    hr = {p.codename for p in Group.objects.get(name=roles.HR).permissions.all()}
    assert {"view_statement", "view_delivery", "change_delivery", "change_destination"} <= hr
    assert not {"add_statement", "change_statement", "delete_statement"} & hr
    trainers = Group.objects.get(name=roles.TRAINERS).permissions
    assert not trainers.filter(content_type__app_label="tracking").exists()


def test_retry_parked_reaches_the_real_lrs_through_the_delivery_task(hr_client, real_lrs):
    """No stub: the view queues the real task (immediate backend in tests)."""
    destination = make_destination(
        endpoint=real_lrs.endpoint,
        auth_type="none",
        username="",
        secret_env_var="",
        deliver_from=timezone.now() - dt.timedelta(days=1),
    )
    statement_id = uuid.uuid4()
    body = json.dumps(
        {
            "actor": {
                "account": {"homePage": "http://testserver", "name": "admin-retry"},
                "objectType": "Agent",
            },
            "id": str(statement_id),
            "object": {"id": "http://testserver/xapi/activities/retry", "objectType": "Activity"},
            "timestamp": "2026-03-10T12:00:00.000Z",
            "verb": {
                "display": {"en-US": "completed"},
                "id": "http://adlnet.gov/expapi/verbs/completed",
            },
        },
        separators=(",", ":"),
        sort_keys=True,
    )
    statement = Statement.objects.create(
        id=statement_id,
        event="lesson_completed",
        verb="http://adlnet.gov/expapi/verbs/completed",
        body=body,
    )
    row = parked(statement, destination)
    response = hr_client.post(reverse("tracking_admin:retry"), {"destination": destination.pk})
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.status == DeliveryStatus.DELIVERED, row.last_error
    assert real_lrs.get_statement(str(statement_id))["id"] == str(statement_id)


# --- the circuit breaker: state, history, "Retry now" ------------------------------------


def failing(destination, *, failures=2, in_seconds=90, error="HTTP 503: maintenance"):
    Destination.objects.filter(pk=destination.pk).update(
        consecutive_failures=failures,
        retry_at=timezone.now() + dt.timedelta(seconds=in_seconds),
        last_error=error,
        last_error_at=timezone.now(),
    )
    destination.refresh_from_db()
    return destination


def test_the_list_shows_each_destinations_state_and_next_try(hr_client):
    make_destination("Healthy LRS")
    down = failing(make_destination("Down LRS"))
    probing = failing(make_destination("Probing LRS"), in_seconds=-5)
    html = hr_client.get(reverse("lrs_destinations:index")).content.decode()
    assert 'data-breaker="healthy"' in html
    assert 'data-breaker="failing"' in html and 'data-breaker="probing"' in html
    next_try = timezone.localtime(down.retry_at).strftime("%H:%M")
    assert f"next try at {next_try}" in html
    assert "2 failures in a row" in html
    assert reverse("tracking_admin:delivery", args=[probing.pk]) in html


def test_the_delivery_page_shows_the_state_and_the_latest_events(hr_client):
    from lms.tracking import delivery
    from lms.tracking.models import EventKind

    destination = failing(make_destination())
    delivery._event(destination.pk, EventKind.FAILED, "HTTP 503: maintenance")
    delivery._event(destination.pk, EventKind.RECOVERED)
    response = hr_client.get(reverse("tracking_admin:delivery", args=[destination.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-breaker="failing"' in html and "Failing: next try at" in html
    assert 'data-event="failed"' in html and 'data-event="recovered"' in html
    assert html.index('data-event="recovered"') < html.index('data-event="failed"')  # newest first
    assert "Retry now" in html
    assert hr_client.get(reverse("tracking_admin:delivery", args=[999999])).status_code == 404


def test_retry_now_makes_the_next_try_due_and_queues_a_run(hr_client, no_enqueue):
    from lms.tracking.models import DestinationEvent, EventKind

    destination = failing(make_destination())
    url = reverse("tracking_admin:retry_now", args=[destination.pk])
    assert hr_client.get(url).status_code == 405
    before = timezone.now()
    response = hr_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("tracking_admin:delivery", args=[destination.pk])
    destination.refresh_from_db()
    assert before <= destination.retry_at <= timezone.now()
    assert destination.consecutive_failures == 2  # the probe decides, not the button
    assert no_enqueue == [1]
    event = DestinationEvent.objects.get(destination=destination)
    assert event.kind == EventKind.RETRY
    assert hr_client.post(reverse("tracking_admin:retry_now", args=[999999])).status_code == 404


def test_retry_now_needs_the_csrf_token(hr_user, no_enqueue):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(hr_user)
    destination = failing(make_destination())
    response = client.post(reverse("tracking_admin:retry_now", args=[destination.pk]))
    assert response.status_code == 403
    assert no_enqueue == []
    destination.refresh_from_db()
    assert destination.retry_at > timezone.now()


def test_retry_now_probes_the_real_lrs_and_closes_the_breaker(hr_client, real_lrs):
    destination = failing(
        make_destination(
            endpoint=real_lrs.endpoint,
            auth_type="none",
            username="",
            secret_env_var="",
            deliver_from=timezone.now() - dt.timedelta(days=1),
        ),
        in_seconds=3600,
    )
    statement = Statement.objects.create(
        id=uuid.uuid4(), event="lesson_completed", verb="v", body="{}"
    )
    statement.body = json.dumps(
        {
            "actor": {
                "account": {"homePage": "http://testserver", "name": "retry-now"},
                "objectType": "Agent",
            },
            "id": str(statement.pk),
            "object": {"id": "http://testserver/xapi/activities/now", "objectType": "Activity"},
            "verb": {
                "display": {"en-US": "completed"},
                "id": "http://adlnet.gov/expapi/verbs/completed",
            },
        },
        separators=(",", ":"),
        sort_keys=True,
    )
    statement.save()
    hr_client.post(reverse("tracking_admin:retry_now", args=[destination.pk]))
    destination.refresh_from_db()
    assert (destination.consecutive_failures, destination.retry_at) == (0, None)
    assert destination.last_error == ""
    assert real_lrs.get_statement(str(statement.pk)) is not None
    page = hr_client.get(reverse("tracking_admin:delivery", args=[destination.pk]))
    assert 'data-breaker="healthy"' in page.content.decode()
