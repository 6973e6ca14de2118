"""`manage.py migrate` on a new, empty database, as the README's first deploy step runs it.

migrate runs the system checks tagged `database` before it migrates, when no table exists
yet: a check that reads content (themes.W001, the placeholders) must wait for the schema.
The PostgreSQL path, with production settings, is test_production_path.py; this one runs
on SQLite in every suite run, in a subprocess, so nothing of the test database is shared."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_migrate_runs_on_a_new_empty_database(tmp_path):
    database = tmp_path / "new.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert database.stat().st_size > 0
    # Once migrated, the same check reads the content (an empty academy: nothing to report).
    checked = subprocess.run(
        [sys.executable, "manage.py", "check", "--database", "default"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert "themes.W001" not in checked.stderr
