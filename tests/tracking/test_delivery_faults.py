"""Faults: the LRS down, answering 500, hanging, refusing one statement, the process killed
between commit and delivery, and a failing destination next to a healthy one."""

import datetime as dt
import json
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from lms.tracking import delivery, receivers
from lms.tracking.models import Delivery, DeliveryStatus, Statement
from lms.tracking.tasks import enqueue_delivery

from . import test_delivery
from .journey import academy_with_quiz, run_journey
from .test_delivery import (
    LATER,
    answer,
    fake_lrs,
    make_destination,
    make_statement,
    make_statements,
    statuses,
)

pytestmark = pytest.mark.django_db

requests_sent = test_delivery.requests_sent  # the fixture


def learner_action(n: int) -> Statement:
    """A cheap learner action: one statement in its transaction, then the on-commit run."""
    statement = make_statement(n=n)
    enqueue_delivery()  # what the on-commit callback runs (immediate backend)
    return statement


def test_lrs_down_during_500_actions_then_up_every_statement_arrives_once(
    restartable_lrs, requests_sent, monkeypatch
):
    destination = make_destination(restartable_lrs.endpoint, batch_size=50, timeout_seconds=2)
    restartable_lrs.stop()
    # The 500 actions happen within the first backoff (30 s): on a loaded machine the loop
    # itself can take longer, and rows retried on time would then rightly show 2 attempts.
    burst = timezone.now()
    clock = {"now": burst}
    with monkeypatch.context() as frozen:
        frozen.setattr(timezone, "now", lambda: clock["now"])
        for n in range(500):
            learner_action(n)
        # The first action's run failed and opened the breaker: the 499 others made no
        # request (a down LRS is not hammered) and their statements wait, untried.
        assert len(requests_sent) == 1
        rows = Delivery.objects.filter(destination=destination)
        assert rows.count() == 1
        (row,) = rows
        assert (row.status, row.attempts) == (DeliveryStatus.PENDING, 1)
        destination.refresh_from_db()
        assert destination.consecutive_failures == 1
        assert destination.retry_at == row.next_attempt_at == burst + delivery.backoff(0)
        assert destination.last_error and destination.last_error_at
        assert destination.last_success_at is None

        # Still down, backoff not passed: the sweep sends nothing.
        clock["now"] = burst + delivery.backoff(0) - dt.timedelta(seconds=1)
        requests_sent.clear()
        call_command("xapi_deliver")
        assert requests_sent == []

    restartable_lrs.start()  # empty
    requests_sent.clear()
    report = delivery.deliver_all(now=timezone.now() + LATER)
    assert report.delivered == 500
    assert len(requests_sent) == 10  # 500 in batches of 50
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 500}
    assert restartable_lrs.count_statements() == Statement.objects.count() == 500
    # And nothing more goes out.
    assert delivery.deliver_all(now=timezone.now() + 2 * LATER).delivered == 0
    assert restartable_lrs.count_statements() == 500


def test_an_lrs_answering_500_keeps_them_pending_with_growing_backoff():
    statements = make_statements(3)
    with fake_lrs(answer(500, '{"message": "database on fire"}')) as server:
        destination = make_destination(server.endpoint, batch_size=10)
        now = timezone.now()
        delays = []
        for attempt in range(1, 5):
            report = delivery.deliver_all(now=now)
            assert report.failed == 3 and report.delivered == 0
            rows = Delivery.objects.filter(destination=destination)
            assert set(rows.values_list("status", flat=True)) == {DeliveryStatus.PENDING}
            assert set(rows.values_list("attempts", flat=True)) == {attempt}
            row = rows.get(statement=statements[0])
            assert "500" in row.last_error and "database on fire" in row.last_error
            delays.append(row.next_attempt_at - now)
            # Not due before its time: nothing is sent.
            assert delivery.deliver_all(now=now).requests == 0
            now = row.next_attempt_at
    assert delays == [dt.timedelta(seconds=s) for s in (30, 60, 120, 240)]
    assert len(server.received) == 4
    destination.refresh_from_db()
    assert "database on fire" in destination.last_error


def test_the_backoff_is_capped_at_an_hour():
    assert delivery.backoff(0) == dt.timedelta(seconds=30)
    assert delivery.backoff(6) == dt.timedelta(seconds=1920)
    assert delivery.backoff(7) == dt.timedelta(hours=1)
    assert delivery.backoff(1000) == dt.timedelta(hours=1)


def test_an_lrs_hanging_past_the_timeout_leaves_them_pending_without_raising():
    make_statements(2)
    with fake_lrs(answer(200, "[]", delay=3)) as server:
        destination = make_destination(server.endpoint, timeout_seconds=1)
        report = delivery.deliver_all()
    assert report.failed == 2
    assert statuses(destination) == {DeliveryStatus.PENDING: 2}
    destination.refresh_from_db()
    assert "in time" in destination.last_error


def test_one_invalid_statement_in_a_batch_is_parked_the_others_delivered(restartable_lrs):
    restartable_lrs.restart()
    statements = make_statements(7)
    invalid = make_statement(scaled=2, created_at=statements[3].created_at)
    destination = make_destination(restartable_lrs.endpoint, batch_size=8)
    report = delivery.deliver_all()
    assert (report.delivered, report.parked) == (7, 1)
    row = Delivery.objects.get(statement=invalid)
    assert row.status == DeliveryStatus.PARKED
    assert "400" in row.last_error and "score.scaled" in row.last_error
    assert restartable_lrs.get_statement(invalid.pk) is None
    assert restartable_lrs.count_statements() == 7
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 7, DeliveryStatus.PARKED: 1}
    destination.refresh_from_db()
    assert "score.scaled" in destination.last_error
    # Parked is final until a person re-queues it.
    assert delivery.deliver_all(now=timezone.now() + LATER).requests == 0


def test_killed_between_commit_and_delivery_nothing_is_lost(
    restartable_lrs, monkeypatch, django_capture_on_commit_callbacks
):
    restartable_lrs.restart()
    make_destination(restartable_lrs.endpoint)
    # The process dies right after the commits: the queued runs never happen.
    monkeypatch.setattr(receivers, "enqueue_delivery", lambda: None)
    built = academy_with_quiz(french=False)
    with django_capture_on_commit_callbacks(execute=True):
        run_journey(built, language="en")
    assert not Delivery.objects.exists()
    assert restartable_lrs.count_statements() == 0

    call_command("xapi_deliver")  # the periodic sweep
    count = Statement.objects.count()
    assert count > 20
    assert Delivery.objects.filter(status=DeliveryStatus.DELIVERED).count() == count
    assert restartable_lrs.count_statements() == count


def test_a_failing_destination_never_causes_duplicates_at_a_healthy_one(
    restartable_lrs, requests_sent
):
    restartable_lrs.restart()
    statements = make_statements(12)
    state = {"status": 503}

    def respond(method, path, body):
        return state["status"], json.dumps({"message": "maintenance"})

    with fake_lrs(respond) as server:
        healthy = make_destination(restartable_lrs.endpoint, name="Healthy", batch_size=5)
        failing = make_destination(server.endpoint, name="Failing", batch_size=5)

        delivery.deliver_all()
        assert statuses(healthy) == {DeliveryStatus.DELIVERED: 12}
        # The failing one stops at its first failed batch; the rest waits untried.
        assert statuses(failing) == {DeliveryStatus.PENDING: 5}
        assert restartable_lrs.count_statements() == 12

        delivery.deliver_all(now=timezone.now() + LATER)
        assert statuses(failing) == {DeliveryStatus.PENDING: 5}
        assert set(
            Delivery.objects.filter(destination=failing).values_list("attempts", flat=True)
        ) == {2}

        state["status"] = 200  # it recovers
        requests_sent.clear()
        report = delivery.deliver_all(now=timezone.now() + 2 * LATER)
        assert report.delivered == 12
        assert statuses(failing) == {DeliveryStatus.DELIVERED: 12}
        assert all(server.endpoint in url for _, url in requests_sent)
    assert statuses(healthy) == {DeliveryStatus.DELIVERED: 12}
    assert restartable_lrs.count_statements() == 12
    for statement in statements:
        assert restartable_lrs.get_statement(statement.pk) is not None


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite serialises writers with a database lock; the race needs PostgreSQL",
)
def test_two_workers_never_send_the_same_statement_twice():
    statements = make_statements(20)
    sent_ids = []

    def respond(method, path, body):
        time.sleep(0.2)  # both workers are running at once
        sent_ids.extend(item["id"] for item in json.loads(body))
        return 200, "[]"

    with fake_lrs(respond) as server:
        destination = make_destination(server.endpoint, batch_size=5)
        barrier = threading.Barrier(2)
        errors = []

        def worker():
            try:
                barrier.wait(timeout=10)
                delivery.deliver_all()
            except Exception as error:  # asserted below
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == []
    assert sorted(sent_ids) == sorted(str(s.pk) for s in statements)
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 20}
