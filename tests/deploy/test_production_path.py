"""The README's production path on a new PostgreSQL database, as an operator runs it.

Every command of the README's production block runs as a subprocess with the production
settings (a random SECRET_KEY, no REDIS_URL: the cache is a database table), in the README's
order; gunicorn (2 workers) and the task worker start exactly as documented. Then a demo
learner signs in over HTTP, completes a lesson, and the statement reaches the real test LRS
through the worker. PostgreSQL only: the production settings are PostgreSQL's, and the suite's
SQLite run has no server to create a database on.
"""

from __future__ import annotations

import http.cookies
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx
import psycopg
import pytest
from django.conf import settings

from lms.demo.builder import DEMO_PASSWORD
from tests.lrs import INSTALL_COMMAND, RealLRS, free_port, is_installed

from .readme import ROOT, is_service, production_commands

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="PostgreSQL only: it creates a new database on the suite's PostgreSQL server",
)

HOST = "academy.example.test"
SETUP_TIMEOUT = 240  # seconds for one set-up command (migrate is ~25 s on a busy machine)
READY_TIMEOUT = 30  # gunicorn answering
DELIVERY_TIMEOUT = 60  # the learner's statement reaching the LRS through the worker
SCRUBBED = {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- the database ---------------------------------------------------------------------------


def _server_params() -> dict:
    params = settings.DATABASES["default"]
    return {
        "host": params.get("HOST") or "127.0.0.1",
        "port": params.get("PORT") or 5432,
        "user": params.get("USER") or "postgres",
        "password": params.get("PASSWORD") or None,
    }


def _database_url(name: str) -> str:
    params = _server_params()
    user = quote(params["user"], safe="")
    password = f":{quote(params['password'], safe='')}" if params["password"] else ""
    return f"postgres://{user}{password}@{params['host']}:{params['port']}/{name}"


@pytest.fixture
def fresh_database():
    """A new, empty PostgreSQL database, dropped after the test whatever happened."""
    name = f"pv_deploy_{secrets.token_hex(4)}"
    with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **_server_params()) as admin:
            # FORCE: gunicorn's persistent connections may outlive a failed test's clean-up.
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _table_exists(database: str, table: str) -> bool:
    with psycopg.connect(dbname=database, **_server_params()) as conn:
        row = conn.execute("SELECT to_regclass(%s)", [table]).fetchone()
    return row[0] is not None


# --- the processes --------------------------------------------------------------------------


@pytest.fixture
def lrs():
    if not is_installed():
        pytest.fail(f"The test LRS is not installed: run `{INSTALL_COMMAND}`.", pytrace=False)
    with RealLRS() as started:
        yield started


def production_environment(database: str, tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=_database_url(database),
        MEDIA_ROOT=str(tmp_path / "media"),
        REPORTS_EXPORTS_ROOT=str(tmp_path / "exports"),
        STATIC_ROOT=str(tmp_path / "static"),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    return env


def resolve(command: list[str], *, port: int) -> list[str] | None:
    """The documented command as this machine runs it: `python` and `gunicorn` from the
    suite's virtualenv, gunicorn on a free local port with 2 workers. None for `pip install`:
    the virtualenv already has the project installed (editable), which a reinstall would undo."""
    program, *args = command
    if program == "pip":
        return None
    if program == "python":
        return [sys.executable, *args]
    if program == "gunicorn":
        for option in ("--workers", "--bind"):
            assert option in args, f"the README's gunicorn command lost {option}: {command}"
        args[args.index("--workers") + 1] = "2"
        args[args.index("--bind") + 1] = f"127.0.0.1:{port}"
        return [str(Path(sys.executable).with_name("gunicorn")), *args]
    raise AssertionError(f"the test does not know how to run {program!r} from the README")


def run_step(command: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(  # noqa: S603 (commands from our own README)
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=SETUP_TIMEOUT
    )
    assert result.returncode == 0, (
        f"`{' '.join(command)}` exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


def start_service(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        # A session of its own: gunicorn's workers are stopped with their master.
        return subprocess.Popen(  # noqa: S603 (commands from our own README)
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop_service(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


# --- HTTP as the learner's browser behind the TLS proxy -------------------------------------


class Browser:
    """Plain HTTP to gunicorn, as the HTTPS proxy forwards it. It keeps the cookies by hand:
    the production cookies are Secure, which an HTTP client never sends over http://."""

    def __init__(self, port: int):
        self.base = f"http://127.0.0.1:{port}"
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", **kwargs.pop("headers", {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = httpx.request(
            method, self.base + path, headers=headers, timeout=30, follow_redirects=False, **kwargs
        )
        for header in response.headers.get_list("set-cookie"):
            for name, morsel in http.cookies.SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path: str) -> httpx.Response:
        return self.request("GET", path)

    def post_form(self, path: str, data: dict, *, page: httpx.Response, page_path: str):
        """POST the form of `page` as a browser does: its CSRF token, our Origin and Referer."""
        token = CSRF_FIELD.search(page.text)
        assert token, f"no CSRF token in {page_path}"
        return self.request(
            "POST",
            path,
            data={"csrfmiddlewaretoken": token.group(1), **data},
            headers={"Origin": f"https://{HOST}", "Referer": f"https://{HOST}{page_path}"},
        )


def wait_until_serving(browser: Browser, gunicorn: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        assert gunicorn.poll() is None, f"gunicorn exited:\n{log.read_text()}"
        try:
            if browser.get("/en/accounts/login/").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"gunicorn did not answer in {READY_TIMEOUT} s:\n{log.read_text()}")


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
                assert not _table_exists(fresh_database, "lms_cache")
            began = time.monotonic()
            run_step(resolved, env)
            timings[label] = time.monotonic() - began
        assert _table_exists(fresh_database, "lms_cache")
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
