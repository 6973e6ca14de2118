"""The delivery task is coalesced: at most one run waiting to start, plus a deferred run for
a breaker's retry (django_tasks_db, on SQLite and PostgreSQL; no worker runs here)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lms.tracking import delivery
from lms.tracking.tasks import TASK_PATH, deliver_pending, enqueue_delivery

from .test_delivery import answer, fake_lrs, make_destination, make_statements
from .test_worker_postgres import DATABASE_TASKS

pytestmark = pytest.mark.django_db


def queued():
    return DBTaskResult.objects.filter(task_path=TASK_PATH)


@override_settings(TASKS=DATABASE_TASKS)
def test_a_burst_of_1000_actions_queues_one_run():
    make_destination("http://127.0.0.1:9/xAPI/")
    for _ in range(1000):
        enqueue_delivery()
    assert queued().count() == 1


@override_settings(TASKS=DATABASE_TASKS)
def test_no_destination_no_run():
    for _ in range(3):
        enqueue_delivery()
    assert not queued().exists()


@override_settings(TASKS=DATABASE_TASKS)
def test_a_run_already_started_does_not_count():
    make_destination("http://127.0.0.1:9/xAPI/")
    enqueue_delivery()
    queued().update(status=TaskResultStatus.RUNNING)  # a worker took it
    enqueue_delivery()  # an action committed during that run: its statements need a run
    assert queued().filter(status=TaskResultStatus.READY).count() == 1


@override_settings(TASKS=DATABASE_TASKS)
def test_a_deferred_retry_is_queued_once_and_not_when_a_run_is_due_before():
    make_destination("http://127.0.0.1:9/xAPI/")
    retry = timezone.now() + dt.timedelta(seconds=30)
    enqueue_delivery(run_after=retry)
    enqueue_delivery(run_after=retry + dt.timedelta(seconds=5))  # covered by the first
    (deferred,) = queued()
    assert deferred.run_after == retry
    enqueue_delivery()  # a learner action now: the deferred run does not start by now
    assert queued().count() == 2
    enqueue_delivery(run_after=retry)  # a run is due before: nothing more
    assert queued().count() == 2


@override_settings(TASKS=DATABASE_TASKS)
def test_the_task_queues_its_own_wake_up_when_the_breaker_opens():
    make_statements(3)
    with fake_lrs(answer(503, '{"message": "maintenance"}')) as server:
        destination = make_destination(server.endpoint)
        result = deliver_pending.call()  # what the worker runs
    assert result["failed"] == 3
    destination.refresh_from_db()
    (wake_up,) = queued()
    assert wake_up.status == TaskResultStatus.READY
    assert wake_up.run_after == destination.retry_at
    assert destination.retry_at - timezone.now() <= delivery.backoff(0)


def test_the_embedded_mode_cannot_defer_and_runs_nothing_for_later():
    make_statements(2)
    with fake_lrs(answer(200, "[]")) as server:
        make_destination(server.endpoint)
        enqueue_delivery(run_after=timezone.now() + dt.timedelta(seconds=30))
        assert server.received == []  # the immediate backend would have run it now
        enqueue_delivery()  # the learner's commit: it runs at once, as before
        assert len(server.received) == 1
