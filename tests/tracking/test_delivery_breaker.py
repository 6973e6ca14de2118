"""Issue 18's delivery faults, reproduced against the real LRS behind a fault proxy (503,
hang, drop): the order after a retry, no hammering while the breaker is open, the probe
that closes it, the stale error, the lease instead of a transaction across the call, and
a worker killed mid-batch. On SQLite and PostgreSQL unless said otherwise."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import threading
import time

import pytest
from django.db import connection, connections
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus

from lms.tracking import delivery
from lms.tracking.models import (
    BreakerState,
    Delivery,
    DeliveryStatus,
    Destination,
    DestinationEvent,
    EventKind,
    breaker_state,
)
from lms.tracking.tasks import TASK_PATH, enqueue_delivery

from .fault_proxy import FaultProxy
from .test_delivery import (
    answer,
    fake_lrs,
    make_destination,
    make_statement,
    make_statements,
    statuses,
)
from .test_worker_postgres import DATABASE_TASKS, start_worker, stop_worker

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="needs PostgreSQL: other processes/connections share the test database",
)


@pytest.fixture
def empty_lrs(restartable_lrs):
    restartable_lrs.restart()
    return restartable_lrs


@pytest.fixture
def proxy(empty_lrs):
    with FaultProxy(empty_lrs.base_url) as proxy:
        yield proxy


def posted_ids(requests) -> list[str]:
    return [item["id"] for request in requests for item in json.loads(request["body"])]


def reload(destination: Destination) -> Destination:
    destination.refresh_from_db()
    return destination


def test_after_a_retry_the_statements_arrive_in_the_order_they_were_recorded(proxy, empty_lrs):
    statements = make_statements(12)
    destination = make_destination(proxy.endpoint, batch_size=5, timeout_seconds=2)
    proxy.switch("503")
    now = timezone.now()
    delivery.deliver_all(now=now)
    assert len(proxy.posts()) == 1  # the first batch failed, nothing after it was tried
    proxy.switch("forward")
    # Sweeps before the retry time send nothing: the newer batches wait behind the oldest.
    delivery.deliver_all(now=now + dt.timedelta(seconds=10))
    assert len(proxy.posts()) == 1
    delivery.deliver_all(now=reload(destination).retry_at)
    forwarded = proxy.posts("forward")
    assert posted_ids(forwarded) == [str(s.pk) for s in statements]
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 12}
    assert empty_lrs.count_statements() == 12


def test_a_parked_statement_does_not_hold_back_the_ones_after_it(proxy, empty_lrs):
    first = make_statements(3)
    refused = make_statement(scaled=2, created_at=first[-1].created_at + dt.timedelta(seconds=1))
    after = make_statements(3, start=refused.created_at + dt.timedelta(seconds=1))
    destination = make_destination(proxy.endpoint, batch_size=10)
    report = delivery.deliver_all()
    assert (report.delivered, report.parked) == (6, 1)
    assert Delivery.objects.get(statement=refused).status == DeliveryStatus.PARKED
    assert reload(destination).consecutive_failures == 0  # not a destination failure
    for statement in first + after:
        assert empty_lrs.get_statement(statement.pk) is not None
    assert DestinationEvent.objects.filter(destination=destination, kind=EventKind.PARKED).count()


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_no_request_reaches_a_down_lrs_while_the_breaker_is_open(proxy, fault):
    make_statements(30)
    destination = make_destination(proxy.endpoint, batch_size=5, timeout_seconds=2)
    proxy.switch(fault)
    now = timezone.now()
    delivery.deliver_all(now=now)
    destination = reload(destination)
    assert destination.consecutive_failures == 1
    assert destination.retry_at == now + dt.timedelta(seconds=30)
    assert breaker_state(destination, now) == BreakerState.FAILING
    # Many sweeps and learner actions during the open window: not one more request.
    for second in range(0, 30, 3):
        delivery.deliver_all(now=now + dt.timedelta(seconds=second))
        enqueue_delivery()  # the immediate backend runs a sweep at once
    assert len(proxy.posts()) == 1
    assert statuses(destination) == {DeliveryStatus.PENDING: 5}


def test_the_probe_after_the_backoff_reopens_on_failure_and_closes_on_success(proxy, empty_lrs):
    statements = make_statements(8)
    destination = make_destination(proxy.endpoint, batch_size=5, timeout_seconds=2)
    proxy.switch("503")
    now = timezone.now()
    delivery.deliver_all(now=now)
    first_retry = reload(destination).retry_at
    assert breaker_state(destination, first_retry) == BreakerState.PROBING

    delivery.deliver_all(now=first_retry)  # the probe: one request, fails again
    assert len(proxy.posts()) == 2
    destination = reload(destination)
    assert destination.consecutive_failures == 2
    assert destination.retry_at == first_retry + dt.timedelta(seconds=60)

    proxy.switch("forward")
    report = delivery.deliver_all(now=destination.retry_at)
    assert report.delivered == 8
    destination = reload(destination)
    assert (destination.consecutive_failures, destination.retry_at) == (0, None)
    assert breaker_state(destination, timezone.now()) == BreakerState.HEALTHY
    assert [r["mode"] for r in proxy.posts()] == ["503", "503", "forward", "forward"]
    assert set(posted_ids(proxy.posts("forward"))) == {str(s.pk) for s in statements}
    kinds = list(
        DestinationEvent.objects.filter(destination=destination)
        .order_by("pk")
        .values_list("kind", flat=True)
    )
    assert kinds == [EventKind.FAILED, EventKind.FAILED, EventKind.RECOVERED]


def test_success_clears_the_stale_error_and_the_history_keeps_it(proxy):
    make_statements(3)
    destination = make_destination(proxy.endpoint, timeout_seconds=1)
    proxy.switch("hang")
    delivery.deliver_all()
    assert "did not answer in time" in reload(destination).last_error
    proxy.switch("forward")
    delivery.deliver_all(now=reload(destination).retry_at)
    destination = reload(destination)
    assert destination.last_error == ""
    assert destination.last_success_at
    failed = DestinationEvent.objects.get(destination=destination, kind=EventKind.FAILED)
    assert "did not answer in time" in failed.message


def test_the_history_is_bounded_per_destination():
    destination = make_destination("http://127.0.0.1:9/xAPI/")
    other = make_destination("http://127.0.0.1:9/xAPI/", name="Other")
    delivery._event(other.pk, EventKind.FAILED, "other")
    for n in range(delivery.EVENTS_KEPT + 15):
        delivery._event(destination.pk, EventKind.FAILED, f"failure {n}")
    kept = DestinationEvent.objects.filter(destination=destination)
    assert kept.count() == delivery.EVENTS_KEPT
    assert kept.order_by("pk").first().message == "failure 15"
    assert DestinationEvent.objects.filter(destination=other).count() == 1


def test_a_live_lease_keeps_a_second_worker_away_and_an_expired_one_is_taken_over(proxy):
    statements = make_statements(4)
    destination = make_destination(proxy.endpoint)
    # What a worker killed mid-send leaves behind: its lease on the destination.
    claimed_until = timezone.now() + dt.timedelta(seconds=30)
    Destination.objects.filter(pk=destination.pk).update(
        claim_token="00000000-0000-4000-8000-000000000001", claimed_until=claimed_until
    )
    report = delivery.deliver_all()
    assert proxy.posts() == []
    assert report.wake_at == claimed_until  # the task queues a run for when it expires
    report = delivery.deliver_all(now=claimed_until + dt.timedelta(seconds=1))
    # Still live by the real clock: the lease is wall-clock time, not the sweep's `now`.
    assert proxy.posts() == []
    Destination.objects.filter(pk=destination.pk).update(
        claimed_until=timezone.now() - dt.timedelta(seconds=1)
    )
    assert delivery.deliver_all().delivered == 4
    assert posted_ids(proxy.posts()) == [str(s.pk) for s in statements]
    assert reload(destination).claim_token is None  # released at the end of the run


def test_the_sender_stops_before_its_lease_runs_out(monkeypatch):
    make_statements(6)
    # A lease of one slow request: the split that a refusal asks for would outlast it.
    monkeypatch.setattr(delivery, "LEASE_REQUESTS", 1)
    monkeypatch.setattr(delivery, "LEASE_MARGIN", dt.timedelta(seconds=0.5))
    with fake_lrs(answer(400, '{"message": "refused"}', delay=0.6)) as server:
        destination = make_destination(server.endpoint, batch_size=6, timeout_seconds=1)
        report = delivery.deliver_all()
    assert report.requests == 1 and len(server.received) == 1
    # Nothing resolved, nothing counted as a failure: the next claim goes on.
    assert not Delivery.objects.exists()
    destination = reload(destination)
    assert (destination.consecutive_failures, destination.claim_token) == (0, None)


# -- PostgreSQL: other connections and processes ---------------------------------------


def idle_in_transaction(exclude_pid: int) -> list[tuple]:
    with connections["default"].cursor() as cursor:
        cursor.execute(
            "SELECT pid, state, query FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> %s AND state LIKE 'idle in transaction%%'",
            [exclude_pid],
        )
        return cursor.fetchall()


def destination_row_locks(exclude_pid: int) -> list[tuple]:
    with connections["default"].cursor() as cursor:
        cursor.execute(
            "SELECT l.pid, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
            " WHERE c.relname = 'tracking_destination' AND l.pid <> %s",
            [exclude_pid],
        )
        return cursor.fetchall()


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_hanging_lrs_holds_no_transaction_and_a_second_worker_stays_away(proxy):
    statements = make_statements(10)
    destination = make_destination(proxy.endpoint, batch_size=10, timeout_seconds=4)
    proxy.switch("hang")
    reports = []

    def worker():
        try:
            reports.append(delivery.deliver_all())
        finally:
            connections.close_all()

    first = threading.Thread(target=worker)
    first.start()
    assert proxy.hanging.acquire(timeout=10), "worker 1 never reached the LRS"
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (own_pid,) = cursor.fetchone()
    # Worker 1 is waiting on the network: no transaction, no lock of it is open.
    assert idle_in_transaction(own_pid) == []
    assert destination_row_locks(own_pid) == []
    # (a) A second worker sees the live lease and sends nothing.
    second = threading.Thread(target=worker)
    second.start()
    second.join(timeout=20)
    assert len(proxy.posts()) == 1
    proxy.switch("forward")
    first.join(timeout=20)
    assert not first.is_alive()
    destination = reload(destination)
    assert destination.consecutive_failures == 1 and destination.claim_token is None
    delivery.deliver_all(now=destination.retry_at)
    assert posted_ids(proxy.posts("forward")) == [str(s.pk) for s in statements]


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_batch_loses_nothing_and_the_resend_is_identical(
    proxy, empty_lrs, tmp_path
):
    statements = make_statements(7)
    destination = make_destination(proxy.endpoint, batch_size=10, timeout_seconds=1)
    proxy.switch("hang")
    with override_settings(TASKS=DATABASE_TASKS):
        enqueue_delivery()
    log_path = tmp_path / "db_worker.log"
    worker = start_worker(log_path)
    try:
        assert proxy.hanging.acquire(timeout=30), f"no request:\n{log_path.read_text()}"
        os.kill(worker.pid, signal.SIGKILL)  # mid-send: the lease stays, nothing recorded
        worker.wait(timeout=10)
    finally:
        stop_worker(worker)
    destination = reload(destination)
    assert destination.claim_token and destination.claimed_until > timezone.now()
    assert not Delivery.objects.exists()
    killed_body = proxy.posts()[0]["body"]

    proxy.switch("forward")
    # A new worker and a learner action: the run finds the live lease, queues itself for
    # its expiry (no cron needed), and then takes the destination over.
    with override_settings(TASKS=DATABASE_TASKS):
        enqueue_delivery()
    worker = start_worker(log_path)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (
            Delivery.objects.filter(status=DeliveryStatus.DELIVERED).count() < 7
        ):
            assert worker.poll() is None, log_path.read_text()
            time.sleep(0.3)
    finally:
        stop_worker(worker)
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 7}
    resent = proxy.posts("forward")
    assert len(resent) == 1 and resent[0]["body"] == killed_body  # identical bytes
    assert empty_lrs.count_statements() == 7
    for statement in statements:
        stored = empty_lrs.get_statement(statement.pk)
        ours = json.loads(statement.body)
        assert {k: v for k, v in stored.items() if k in ours} == ours


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_burst_of_1000_actions_queues_a_handful_of_tasks_each_statement_sent_once(
    empty_lrs, tmp_path
):
    from django_tasks_db.models import DBTaskResult

    make_destination(empty_lrs.endpoint, batch_size=100)
    log_path = tmp_path / "db_worker.log"
    worker = start_worker(log_path)
    try:
        with override_settings(TASKS=DATABASE_TASKS):
            for n in range(1000):
                make_statement(n=n)
                enqueue_delivery()  # what each learner action's on-commit callback runs
        tasks = DBTaskResult.objects.filter(task_path=TASK_PATH)
        queued = tasks.count()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and (
            Delivery.objects.filter(status=DeliveryStatus.DELIVERED).count() < 1000
            or tasks.exclude(status=TaskResultStatus.SUCCESSFUL).exists()
        ):
            assert worker.poll() is None, log_path.read_text()
            time.sleep(0.3)
    finally:
        stop_worker(worker)
    print(f"1000 actions queued {queued} delivery task(s)")
    assert queued <= 10
    assert Delivery.objects.filter(status=DeliveryStatus.DELIVERED).count() == 1000
    assert Delivery.objects.filter(attempts=1).count() == 1000  # each sent once
    assert empty_lrs.count_statements() == 1000
