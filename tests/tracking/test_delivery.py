"""Delivery of the outbox to LRS destinations: batches of the stored bytes, per-destination
state, 409 and 400 handling, credentials, and the on-commit task that never breaks a page.

The helpers here (statements, destinations, a fake LRS) are shared by the fault and
command tests."""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import threading
import time
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services
from lms.tracking import delivery, receivers
from lms.tracking.models import AuthType, Delivery, DeliveryStatus, Destination, Statement
from lms.tracking.services import serialise
from lms.tracking.tasks import deliver_pending
from tests.factories import make_user
from tests.lrs import free_port

from .journey import academy_with_quiz, run_journey

pytestmark = pytest.mark.django_db

LONG_AGO = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LATER = dt.timedelta(hours=2)  # past any backoff (capped at 1 hour)


# -- helpers --------------------------------------------------------------------------


def statement_body(statement_id, *, scaled: float | None = None, n: int = 0) -> str:
    body = {
        "id": str(statement_id),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://academy.example.org", "name": f"learner-{n}"},
        },
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/experienced",
            "display": {"en-US": "experienced"},
        },
        "object": {
            "objectType": "Activity",
            "id": f"https://academy.example.org/xapi/activities/lesson/{n}",
        },
        "timestamp": "2026-03-02T09:15:00.123Z",
    }
    if scaled is not None:
        body["result"] = {"score": {"scaled": scaled}}
    return serialise(body)


def make_statement(*, created_at=None, event="lesson_experienced", **kwargs) -> Statement:
    statement_id = uuid.uuid4()
    return Statement.objects.create(
        id=statement_id,
        event=event,
        verb="http://adlnet.gov/expapi/verbs/experienced",
        body=statement_body(statement_id, **kwargs),
        created_at=created_at or timezone.now(),
    )


def make_statements(count: int, *, start=None) -> list[Statement]:
    start = start or timezone.now() - dt.timedelta(minutes=5)
    return [
        make_statement(created_at=start + dt.timedelta(milliseconds=i), n=i) for i in range(count)
    ]


def make_destination(endpoint: str, **kwargs) -> Destination:
    kwargs.setdefault("name", "LRS")
    kwargs.setdefault("auth_type", AuthType.NONE)
    kwargs.setdefault("deliver_from", LONG_AGO)
    kwargs.setdefault("timeout_seconds", 5)
    return Destination.objects.create(endpoint=endpoint, **kwargs)


def statuses(destination) -> dict[str, int]:
    found: dict[str, int] = {}
    for row in Delivery.objects.filter(destination=destination):
        found[row.status] = found.get(row.status, 0) + 1
    return found


@pytest.fixture
def empty_lrs(restartable_lrs):
    """The real LRS, restarted: empty, so counts are this test's."""
    restartable_lrs.restart()
    return restartable_lrs


@pytest.fixture
def requests_sent(monkeypatch):
    """The (method, url) of every request the delivery code sends."""
    sent: list[tuple[str, str]] = []
    original = delivery.http_client

    def counting_client(destination):
        client = original(destination)
        hooks = client.event_hooks
        hooks["request"].append(lambda request: sent.append((request.method, str(request.url))))
        client.event_hooks = hooks
        return client

    monkeypatch.setattr(delivery, "http_client", counting_client)
    return sent


class FakeLRS:
    """A tiny HTTP server on 127.0.0.1 in a thread; `respond(method, path, body)` returns
    (status, text) and may sleep. It records what it received."""

    def __init__(self, respond):
        self.respond = respond
        self.received: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                fake.received.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers)}
                    | {"body": body}
                )
                status, text = fake.respond(self.command, self.path, body)
                data = text.encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout)

            do_GET = do_POST = do_PUT = _handle

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self.server.server_port}/xAPI/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def fake_lrs(respond):
    with FakeLRS(respond) as server:
        yield server


def answer(status: int, text: str = "", delay: float = 0):
    def respond(method, path, body):
        if delay:
            time.sleep(delay)
        return status, text

    return respond


# -- the journey, batches, the stored bytes --------------------------------------------


def test_a_learner_journey_reaches_the_lrs_and_each_statement_is_returned_by_id(
    empty_lrs, django_capture_on_commit_callbacks
):
    make_destination(empty_lrs.endpoint, batch_size=10)
    built = academy_with_quiz(french=True)
    with django_capture_on_commit_callbacks(execute=True):
        run_journey(built, language="fr")
    statements = list(Statement.objects.all())
    assert len(statements) > 15
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}
    assert Delivery.objects.count() == len(statements)
    for statement in statements:
        stored = empty_lrs.get_statement(statement.id)
        assert stored is not None, statement.event
        ours = json.loads(statement.body)
        assert {k: v for k, v in stored.items() if k in ours} == ours
    assert empty_lrs.count_statements() == len(statements)


@pytest.mark.parametrize("count,batch_size", [(23, 5), (10, 10), (1, 50)])
def test_statements_go_in_batches_oldest_first(empty_lrs, requests_sent, count, batch_size):
    destination = make_destination(empty_lrs.endpoint, batch_size=batch_size)
    statements = make_statements(count)
    report = delivery.deliver_all()
    assert report.delivered == count
    assert len(requests_sent) == math.ceil(count / batch_size)
    assert all(method == "POST" for method, _ in requests_sent)
    assert statuses(destination) == {DeliveryStatus.DELIVERED: count}
    assert empty_lrs.count_statements() == count
    # Nothing is due any more: a second sweep sends nothing.
    requests_sent.clear()
    assert delivery.deliver_all().delivered == 0
    assert requests_sent == []
    destination.refresh_from_db()
    assert destination.last_success_at is not None
    for statement in statements:
        assert empty_lrs.get_statement(statement.pk) is not None


def test_the_post_is_the_stored_bodies_joined_byte_for_byte_with_the_headers():
    statements = make_statements(3)
    with fake_lrs(answer(200, "[]")) as server:
        make_destination(server.endpoint)
        delivery.deliver_all()
    (request,) = server.received
    assert request["method"] == "POST" and request["path"] == "/xAPI/statements"
    assert request["body"] == "[" + ",".join(s.body for s in statements) + "]"
    assert request["headers"]["X-Experience-API-Version"] == "1.0.3"
    assert request["headers"]["Content-Type"] == "application/json"
    assert "Authorization" not in request["headers"]


def test_the_events_filter_deliver_from_and_enabled_are_respected(empty_lrs):
    old = make_statement(created_at=timezone.now() - dt.timedelta(days=3))
    recent = make_statement()
    answered = make_statement(event="question_answered")
    make_destination(
        empty_lrs.endpoint,
        deliver_from=timezone.now() - dt.timedelta(days=1),
        events=["lesson_experienced"],
    )
    make_destination(empty_lrs.endpoint, name="Off", enabled=False)
    delivery.deliver_all()
    assert list(Delivery.objects.values_list("statement_id", flat=True)) == [recent.pk]
    assert empty_lrs.get_statement(recent.pk) is not None
    assert empty_lrs.get_statement(old.pk) is None
    assert empty_lrs.get_statement(answered.pk) is None


# -- 409 ------------------------------------------------------------------------------


def test_a_conflicting_id_in_a_batch_is_isolated_and_parked_the_others_delivered(empty_lrs):
    statements = make_statements(6)
    conflicting = statements[3]
    other_body = statement_body(conflicting.pk, n=999)
    with empty_lrs.client() as client:
        response = client.post(
            "statements", content=other_body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 200
    destination = make_destination(empty_lrs.endpoint, batch_size=6)
    report = delivery.deliver_all()
    assert (report.delivered, report.parked) == (5, 1)
    row = Delivery.objects.get(statement=conflicting)
    assert row.status == DeliveryStatus.PARKED
    assert "409" in row.last_error and "conflicting" in row.last_error
    destination.refresh_from_db()
    assert "conflicting" in destination.last_error
    for statement in statements:
        if statement != conflicting:
            assert empty_lrs.get_statement(statement.pk) is not None


def test_a_409_on_a_resend_of_the_same_body_counts_as_delivered():
    statements = make_statements(3)
    target = statements[1]

    def respond(method, path, body):
        if method == "GET":
            stored = json.loads(target.body) | {
                "stored": "2026-03-02T09:16:00.000Z",
                "authority": {"mbox": "mailto:client@example.org"},
                "version": "1.0.0",
            }
            return 200, json.dumps(stored)
        if str(target.pk) in body:
            return 409, json.dumps({"message": f"{target.pk} is conflicting"})
        return 200, "[]"

    with fake_lrs(respond) as server:
        destination = make_destination(server.endpoint)
        report = delivery.deliver_all()
    assert (report.delivered, report.parked) == (3, 0)
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 3}
    gets = [r for r in server.received if r["method"] == "GET"]
    assert [g["path"] for g in gets] == [f"/xAPI/statements?statementId={target.pk}"]


# -- credentials ----------------------------------------------------------------------


def test_basic_credentials_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("PV_TEST_LRS_SECRET", "s3cret")
    make_statements(1)
    with fake_lrs(answer(200, "[]")) as server:
        make_destination(
            server.endpoint,
            auth_type=AuthType.BASIC,
            username="key",
            secret_env_var="PV_TEST_LRS_SECRET",
        )
        delivery.deliver_all()
    expected = "Basic " + base64.b64encode(b"key:s3cret").decode()
    assert server.received[0]["headers"]["Authorization"] == expected


def test_a_bearer_token_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("PV_TEST_LRS_TOKEN", "tok-123")
    make_statements(1)
    with fake_lrs(answer(204)) as server:
        destination = make_destination(
            server.endpoint, auth_type=AuthType.BEARER, secret_env_var="PV_TEST_LRS_TOKEN"
        )
        delivery.deliver_all()
    assert server.received[0]["headers"]["Authorization"] == "Bearer tok-123"
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 1}


def test_a_missing_secret_is_a_configuration_error_and_nothing_is_sent(monkeypatch):
    monkeypatch.delenv("PV_TEST_MISSING", raising=False)
    make_statements(2)
    with fake_lrs(answer(200, "[]")) as server:
        destination = make_destination(
            server.endpoint,
            auth_type=AuthType.BASIC,
            username="key",
            secret_env_var="PV_TEST_MISSING",
        )
        report = delivery.deliver_all()
    assert server.received == []
    assert report.errors and "PV_TEST_MISSING" in report.errors[0]
    destination.refresh_from_db()
    assert "PV_TEST_MISSING" in destination.last_error and destination.last_error_at
    assert not Delivery.objects.exists()


def test_wrong_credentials_keep_the_statements_pending_with_the_error():
    make_statements(2)
    with fake_lrs(answer(401, '{"message": "Unauthorised"}')) as server:
        destination = make_destination(server.endpoint)
        delivery.deliver_all()
    assert statuses(destination) == {DeliveryStatus.PENDING: 2}
    destination.refresh_from_db()
    assert "401" in destination.last_error and "Unauthorised" in destination.last_error


# -- the task and the learner's request ------------------------------------------------


def test_the_task_is_queued_once_per_transaction(monkeypatch, django_capture_on_commit_callbacks):
    calls = []
    monkeypatch.setattr(receivers, "enqueue_delivery", lambda: calls.append(1))
    built = academy_with_quiz(french=False)
    with django_capture_on_commit_callbacks(execute=True):
        run_journey(built, language="en")
    # The test runs in one transaction: 20+ statements, one queued run at its commit (the
    # other callbacks, such as the certificate's PDF, are not deliveries).
    assert Statement.objects.count() > 20
    assert calls == [1]


def test_the_task_runs_a_sweep_and_reports(empty_lrs):
    make_destination(empty_lrs.endpoint)
    make_statements(4)
    result = deliver_pending.enqueue()
    assert result.return_value["delivered"] == 4


def test_the_task_never_raises(monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(delivery, "deliver_all", broken)
    result = deliver_pending.enqueue()
    assert "boom" in result.return_value["error"]


@pytest.mark.django_db(transaction=True)
def test_an_unreachable_lrs_never_breaks_the_learners_page(client):
    """Real commits: the immediate task runs inside the request, at the commit."""
    destination = make_destination(f"http://127.0.0.1:{free_port()}/xAPI/", timeout_seconds=1)
    built = academy_with_quiz(french=False)
    learner = make_user(language="en")
    client.force_login(learner)
    workshop = built.workshop()
    response = client.post(reverse("courses:workshop_enroll", args=[workshop.pk]))
    assert response.status_code == 302
    enrolled = Statement.objects.count()
    assert Statement.objects.filter(event="enrolled").exists()
    response = client.get(built.lessons_of()[0].url)
    assert response.status_code == 200
    assert Statement.objects.filter(event="lesson_experienced").exists()
    destination.refresh_from_db()
    assert destination.last_error and destination.last_error_at
    # The first failure opened the breaker: the lesson's statements were not even tried
    # (the page did not wait for the LRS a second time); all wait for the retry.
    assert destination.consecutive_failures == 1 and destination.retry_at
    assert statuses(destination) == {DeliveryStatus.PENDING: enrolled}


@pytest.mark.django_db(transaction=True)
def test_each_committed_service_call_queues_one_run(monkeypatch):
    calls = []
    monkeypatch.setattr(receivers, "enqueue_delivery", lambda: calls.append(1))
    built = academy_with_quiz(french=False)
    run_journey(built, language="en")
    # 8 service calls (enroll, visit, 2 completions, 2 quiz starts, 2 submits), each one
    # transaction however many statements it writes.
    assert Statement.objects.count() > 20
    assert len(calls) == 8


def test_a_service_call_delivers_at_commit(empty_lrs, django_capture_on_commit_callbacks):
    make_destination(empty_lrs.endpoint)
    built = academy_with_quiz(french=False)
    user = make_user(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        services.workshop_enroll(user=user, workshop=built.workshop())
    ids = list(Statement.objects.values_list("pk", flat=True))
    assert ids and all(empty_lrs.get_statement(pk) for pk in ids)
