"""Settings of the `manage.py db_worker` subprocess started by test_worker_postgres: the
test settings, with the production task backend (django_tasks_db) for the `lms` alias."""

from lms.settings.test import *  # noqa: F403
from lms.settings.test import TASKS

TASKS = {
    **TASKS,
    "lms": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}
