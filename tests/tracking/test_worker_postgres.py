"""The production path, end to end: a learner action enqueues a `django_tasks_db` task row,
the real worker process (`manage.py db_worker`) picks it up from PostgreSQL and delivers
the statements to the real LRS, with no other help from the test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from courses import services
from lms.tracking.models import Delivery, DeliveryStatus, Statement
from tests.factories import build_academy, make_user

from .test_delivery import make_destination

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
WORKER_SETTINGS = "tests.tracking.worker_settings"
DATABASE_TASKS = {
    **settings.TASKS,
    "lms": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}
DEADLINE_SECONDS = 30
FINISHED = (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED)


def worker_database_url() -> str:
    """A DATABASE_URL for the test database pytest-django created (not the configured one)."""
    params = connection.settings_dict
    user = quote(params.get("USER") or "", safe="")
    password = quote(params.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = params.get("HOST") or "127.0.0.1"
    port = f":{params['PORT']}" if params.get("PORT") else ""
    return f"postgres://{credentials}{host}{port}/{quote(params['NAME'], safe='')}"


def start_worker(log_path: Path) -> subprocess.Popen:
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": WORKER_SETTINGS,
        "DATABASE_URL": worker_database_url(),
    }
    command = [
        *(sys.executable, "manage.py", "db_worker"),
        *("--backend", "lms", "--queue-name", "default"),
        *("--interval", "0.2", "--no-startup-delay", "--no-reload"),
    ]
    with open(log_path, "wb") as log:
        return subprocess.Popen(  # noqa: S603 (a fixed command)
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )


def stop_worker(worker: subprocess.Popen) -> None:
    if worker.poll() is not None:
        return
    worker.terminate()
    try:
        worker.wait(timeout=10)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait(timeout=10)


def test_the_db_worker_process_delivers_a_learner_action_to_the_real_lrs(real_lrs, tmp_path):
    if connection.vendor == "sqlite":
        pytest.skip("needs PostgreSQL: the worker process shares the test database")
    make_destination(real_lrs.endpoint, batch_size=10)
    built = build_academy(courses=1, lessons=2, levels=("beginner",))
    user = make_user()
    lesson = built.lessons_of()[0]

    with override_settings(TASKS=DATABASE_TASKS):  # resets django_tasks' backend cache
        services.workshop_enroll(user=user, workshop=built.workshop())
        services.lesson_complete(user=user, lesson=lesson)

    ids = {str(pk) for pk in Statement.objects.values_list("id", flat=True)}
    assert ids, "the learner action recorded no statement"
    assert not Delivery.objects.exists(), "delivered in process: the task was not queued"
    queued = DBTaskResult.objects.filter(task_path="lms.tracking.tasks.deliver_pending")
    assert queued.ready().exists(), "no task row for the worker"

    log_path = tmp_path / "db_worker.log"
    worker = start_worker(log_path)
    try:
        deadline = time.monotonic() + DEADLINE_SECONDS
        missing = set(ids)
        while missing and time.monotonic() < deadline:
            assert worker.poll() is None, f"the worker died:\n{log_path.read_text()}"
            missing = {pk for pk in missing if real_lrs.get_statement(pk) is None}
            if missing:
                time.sleep(0.3)
        assert not missing, (
            f"{len(missing)}/{len(ids)} statements never reached the LRS in "
            f"{DEADLINE_SECONDS} s:\n{log_path.read_text()}"
        )
        # The worker records the deliveries after the LRS answered, and may still have the
        # other queued runs (one per committed learner transaction): wait until all are done.
        while time.monotonic() < deadline and (
            Delivery.objects.filter(status=DeliveryStatus.DELIVERED).count() < len(ids)
            or queued.exclude(status__in=FINISHED).exists()
        ):
            time.sleep(0.2)
    finally:
        stop_worker(worker)

    assert Delivery.objects.count() == len(ids)
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.DELIVERED}
    assert set(queued.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}
