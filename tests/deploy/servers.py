"""What the deploy tests share: a new PostgreSQL database, the production environment,
the documented commands run as subprocesses, and HTTP as a browser behind the TLS proxy."""

from __future__ import annotations

import http.cookies
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import psycopg
import pytest
from django.conf import settings

from .readme import ROOT

# PostgreSQL only: the production settings are PostgreSQL's, and the suite's SQLite run has
# no server to create a database on.
POSTGRES_ONLY = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="PostgreSQL only: it creates a new database on the suite's PostgreSQL server",
)

HOST = "academy.example.test"
SETUP_TIMEOUT = 240  # seconds for one set-up command (migrate is ~25 s on a busy machine)
READY_TIMEOUT = 30  # gunicorn answering
SCRUBBED = {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

# --- the database ---------------------------------------------------------------------------


def server_params() -> dict:
    params = settings.DATABASES["default"]
    return {
        "host": params.get("HOST") or "127.0.0.1",
        "port": params.get("PORT") or 5432,
        "user": params.get("USER") or "postgres",
        "password": params.get("PASSWORD") or None,
    }


def database_url(name: str) -> str:
    params = server_params()
    user = quote(params["user"], safe="")
    password = f":{quote(params['password'], safe='')}" if params["password"] else ""
    return f"postgres://{user}{password}@{params['host']}:{params['port']}/{name}"


@pytest.fixture
def fresh_database():
    """A new, empty PostgreSQL database, dropped after the test whatever happened."""
    name = f"pv_deploy_{secrets.token_hex(4)}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server_params()) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server_params()) as admin:
            # FORCE: gunicorn's persistent connections may outlive a failed test's clean-up.
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def table_exists(database: str, table: str) -> bool:
    with psycopg.connect(dbname=database, **server_params()) as conn:
        row = conn.execute("SELECT to_regclass(%s)", [table]).fetchone()
    return row[0] is not None


def production_environment(database: str, tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url(database),
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
