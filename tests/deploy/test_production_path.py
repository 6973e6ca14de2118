"""The README's production path on a new PostgreSQL database, as an operator runs it.

Every command of the README's production block runs as a subprocess with the production
settings (a random SECRET_KEY, no REDIS_URL: the cache is a database table), in the README's
order; gunicorn (2 workers) and the task worker start exactly as documented. Then a demo
learner signs in over HTTP, completes a lesson, and the statement reaches the real test LRS
through the worker. PostgreSQL only: the production settings are PostgreSQL's, and the suite's
SQLite run has no server to create a database on.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from lms.demo.builder import DEMO_PASSWORD
from tests.lrs import INSTALL_COMMAND, RealLRS, free_port, is_installed

from .readme import is_service, production_commands
from .servers import (
    HOST,
    POSTGRES_ONLY,
    Browser,
    fresh_database,
    production_environment,
    resolve,
    run_step,
    start_service,
    stop_service,
    table_exists,
    wait_until_serving,
)

__all__ = ["fresh_database"]  # a fixture, used by name

pytestmark = POSTGRES_ONLY

DELIVERY_TIMEOUT = 60  # the learner's statement reaching the LRS through the worker


# --- the processes --------------------------------------------------------------------------


@pytest.fixture
def lrs():
    if not is_installed():
        pytest.fail(f"The test LRS is not installed: run `{INSTALL_COMMAND}`.", pytrace=False)
    with RealLRS() as started:
        yield started


# --- the test -------------------------------------------------------------------------------


def test_the_readme_production_path_serves_a_learner_and_delivers_to_the_lrs(
    fresh_database, lrs, tmp_path
):
    env = production_environment(fresh_database, tmp_path)
    port = free_port()
    commands = production_commands()
    documented = [" ".join(command) for command in commands]
    for expected in ("migrate", "createcachetable", "collectstatic", "compilemessages", "check"):
        assert any(f"manage.py {expected}" in line for line in documented), documented
    timings: dict[str, float] = {}
    services: dict[str, subprocess.Popen] = {}  # "gunicorn", "db_worker"
    logs: dict[str, Path] = {}
    try:
        for command in commands:
            resolved = resolve(command, port=port)
            if resolved is None:
                continue
            label = " ".join(command[:3])
            if is_service(command):
                name = "gunicorn" if command[0] == "gunicorn" else "db_worker"
                logs[name] = tmp_path / f"{name}.log"
                services[name] = start_service(resolved, env, logs[name])
                continue
            if command[1:3] == ["manage.py", "migrate"]:
                # The regression of issue 18: migrate ran a post_migrate handler that
                # deleted from the cache table, which does not exist yet on a new database.
                assert not table_exists(fresh_database, "lms_cache")
            began = time.monotonic()
            run_step(resolved, env)
            timings[label] = time.monotonic() - began
        assert table_exists(fresh_database, "lms_cache")
        assert set(services) == {"gunicorn", "db_worker"}, f"the README's services: {documented}"
        gunicorn, worker = services["gunicorn"], services["db_worker"]

        # What an operator does next: content and people (the demo), an LRS destination.
        began = time.monotonic()
        manage = [sys.executable, "manage.py"]
        run_step([*manage, "load_demo", "--allow-production"], env)
        snippet = f"from tests.deploy.academy import prepare; prepare({lrs.endpoint!r})"
        shell_output = run_step([*manage, "shell", "--no-imports", "-c", snippet], env)
        target = json.loads(shell_output.strip().splitlines()[-1])
        timings["load_demo + destination"] = time.monotonic() - began

        browser = Browser(port)
        wait_until_serving(browser, gunicorn, logs["gunicorn"])

        # whitenoise serves the collected, hashed static files from the WSGI app.
        manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
        hashed = next(path for name, path in manifest["paths"].items() if name.endswith(".css"))
        static = browser.get(f"/static/{hashed}")
        assert static.status_code == 200, static.text[:500]
        assert static.content == (tmp_path / "static" / hashed).read_bytes()
        assert "immutable" in static.headers.get("cache-control", ""), static.headers

        # Plain HTTP (no X-Forwarded-Proto) is sent to HTTPS.
        plain = httpx.get(f"{browser.base}/en/accounts/login/", headers={"Host": HOST})
        assert plain.status_code == 301
        assert plain.headers["location"].startswith(f"https://{HOST}/")

        began = time.monotonic()
        login_path = "/en/accounts/login/"
        login_page = browser.get(login_path)
        signed_in = browser.post_form(
            login_path,
            {"username": target["email"], "password": DEMO_PASSWORD},
            page=login_page,
            page_path=login_path,
        )
        assert signed_in.status_code == 302, signed_in.text[:2000]
        assert "sessionid" in browser.cookies

        lesson_path = urlsplit(target["lesson_url"]).path
        lesson_page = browser.get(lesson_path)
        assert lesson_page.status_code == 200, lesson_page.text[:2000]
        assert f'action="{target["complete_path"]}"' in lesson_page.text
        completed = browser.post_form(
            target["complete_path"], {}, page=lesson_page, page_path=lesson_path
        )
        assert completed.status_code == 302, completed.text[:2000]
        timings["sign in + complete over HTTP"] = time.monotonic() - began

        began = time.monotonic()
        deadline = began + DELIVERY_TIMEOUT
        found: list[dict] = []
        while not found and time.monotonic() < deadline:
            assert worker.poll() is None, f"the worker exited:\n{logs['db_worker'].read_text()}"
            found = lrs.statements(verb=target["verb_id"], activity=target["activity_id"])
            if not found:
                time.sleep(0.5)
        assert found, (
            f"no 'completed' statement for {target['activity_id']} reached the LRS in "
            f"{DELIVERY_TIMEOUT} s.\nworker:\n{logs['db_worker'].read_text()}\ngunicorn:\n"
            f"{logs['gunicorn'].read_text()}"
        )
        timings["statement reached the LRS"] = time.monotonic() - began
        assert len(found) == 1
        assert found[0]["result"]["completion"] is True
    finally:
        for process in services.values():
            stop_service(process)
        print("production path timings:", {k: round(v, 1) for k, v in timings.items()})
