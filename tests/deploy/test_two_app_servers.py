"""Two app servers, one academy: state is shared through real services only (ADR 0018).

The README's production block runs on a new PostgreSQL database with the scale-out
environment: the Redis cache (a database number of this test's own), an S3-compatible bucket
(moto's server on 127.0.0.1) for media, certificate PDFs and prepared exports. Then two
gunicorn instances on two ports, A and B, and one `db_worker`, as behind a load balancer:

- a learner signs in on A, and B knows them (the session is in PostgreSQL);
- their certificate's PDF, stored in the bucket, downloads byte for byte from A and from B;
- HR (with the second factor) asks A for an export the worker prepares: A and B both serve it;
- an image uploaded to A's admin is served at the same /media/ address by A and by B.

Nothing of this is on either server's disk: each has a media and exports folder of its own
that must stay empty. PostgreSQL only, like the production path test.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg
import pytest
import redis
from django_otp.oath import TOTP

from lms.demo.builder import DEMO_PASSWORD
from tests.lrs import free_port
from tests.s3 import s3_server

from .academy import ADMIN_EMAIL, HR_EMAIL
from .readme import is_service, production_commands
from .servers import (
    POSTGRES_ONLY,
    Browser,
    fresh_database,
    production_environment,
    resolve,
    run_step,
    server_params,
    start_service,
    stop_service,
    wait_until_serving,
)

__all__ = ["fresh_database", "s3_server"]  # fixtures, used by name

pytestmark = POSTGRES_ONLY

REDIS_DB = 13  # this test's own Redis database, emptied before and after
WORKER_TIMEOUT = 180  # seconds for the worker: the demo's PDFs and statements, then the export
DOWNLOAD_LINK = re.compile(r'href="(/admin/reports/completions/exports/\d+/file/)"')
RENDITION = re.compile(r'src="(/media/images/[^"]+)"')


@pytest.fixture
def redis_db():
    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    client.flushdb()
    yield f"redis://127.0.0.1:6379/{REDIS_DB}"
    client.flushdb()
    client.close()


def _server_environment(base: dict[str, str], folder: Path) -> dict[str, str]:
    """One app server's environment: the shared services, and local folders of its own."""
    return {
        **base,
        "MEDIA_ROOT": str(folder / "media"),
        "REPORTS_EXPORTS_ROOT": str(folder / "exports"),
    }


def _files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


def _wait_for_the_queue(database: str, worker: subprocess.Popen, log: Path) -> None:
    """Until the worker has done what the demo queued (its certificates' PDFs among it), so
    that no PDF is rendered by the worker while a server renders the same one."""
    deadline = time.monotonic() + WORKER_TIMEOUT
    while time.monotonic() < deadline:
        assert worker.poll() is None, log.read_text()
        with psycopg.connect(dbname=database, **server_params()) as conn:
            (waiting,) = conn.execute(
                "SELECT count(*) FROM django_tasks_database_dbtaskresult"
                " WHERE status IN ('READY', 'RUNNING')"
            ).fetchone()
        if not waiting:
            return
        time.sleep(1)
    raise AssertionError(
        f"{waiting} tasks still queued after {WORKER_TIMEOUT} s:\n{log.read_text()}"
    )


def _code(key_hex: str, *, steps_ahead: int = 0) -> str:
    totp = TOTP(bytes.fromhex(key_hex))
    totp.time = time.time() + steps_ahead * 30
    return f"{totp.token():06d}"


def _sign_in(browser: Browser, email: str) -> httpx.Response:
    path = "/en/accounts/login/"
    page = browser.get(path)
    answer = browser.post_form(
        path, {"username": email, "password": DEMO_PASSWORD}, page=page, page_path=path
    )
    assert answer.status_code == 302, answer.text[:2000]
    return answer


def _second_factor(browser: Browser, key_hex: str) -> None:
    asked = browser.get("/admin/")
    assert asked.status_code == 302 and "/two-factor/verify/" in asked.headers["location"]
    path = asked.headers["location"].removeprefix("https://academy.example.test")
    page = browser.get(path)
    answer = browser.post_form(path, {"code": _code(key_hex)}, page=page, page_path=path)
    assert answer.status_code == 302, answer.text[:2000]
    assert browser.get("/admin/").status_code == 200


def _same_session_on(port: int, browser: Browser) -> Browser:
    """A browser on another app server with the cookies of `browser`: what a load balancer
    without sticky sessions does."""
    other = Browser(port)
    other.cookies = dict(browser.cookies)
    return other


def _png() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 90)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_two_app_servers_share_learners_and_downloads(
    fresh_database, s3_server, redis_db, tmp_path
):
    bucket = "porte-voix-two-servers"
    s3_server.create_bucket(bucket)
    shared = {
        **production_environment(fresh_database, tmp_path),
        **s3_server.environment(bucket),
        "REDIS_URL": redis_db,
        # Every XLSX is prepared in the background by the worker.
        "REPORTS_XLSX_INLINE_MAX_ROWS": "0",
    }
    folders = {name: tmp_path / name for name in ("a", "b", "worker", "setup")}
    ports = {"a": free_port(), "b": free_port()}
    services: dict[str, subprocess.Popen] = {}
    logs: dict[str, Path] = {}
    try:
        setup_env = _server_environment(shared, folders["setup"])
        for command in production_commands():
            if is_service(command):
                continue
            resolved = resolve(command, port=0)
            if resolved is not None:
                run_step(resolved, setup_env)
        manage = [sys.executable, "manage.py"]
        run_step([*manage, "load_demo", "--allow-production"], setup_env)
        snippet = "from tests.deploy.academy import prepare_scale_out; prepare_scale_out()"
        shell = run_step([*manage, "shell", "--no-imports", "-c", snippet], setup_env)
        facts = json.loads(shell.strip().splitlines()[-1])

        gunicorn = next(c for c in production_commands() if c[0] == "gunicorn")
        worker = next(c for c in production_commands() if is_service(c) and c[0] != "gunicorn")
        for name in ("a", "b"):
            logs[name] = tmp_path / f"gunicorn-{name}.log"
            command = resolve(gunicorn, port=ports[name])
            command[command.index("--workers") + 1] = "1"  # two servers on a 2-core machine
            services[name] = start_service(
                command, _server_environment(shared, folders[name]), logs[name]
            )
        logs["worker"] = tmp_path / "db_worker.log"
        services["worker"] = start_service(
            resolve(worker, port=0), _server_environment(shared, folders["worker"]), logs["worker"]
        )
        a, b = Browser(ports["a"]), Browser(ports["b"])
        wait_until_serving(a, services["a"], logs["a"])
        wait_until_serving(b, services["b"], logs["b"])
        _wait_for_the_queue(fresh_database, services["worker"], logs["worker"])

        # A learner signs in on A; B knows them.
        _sign_in(a, facts["holder_email"])
        learner_b = _same_session_on(ports["b"], a)
        language = facts["holder_language"]
        dashboard = learner_b.get(f"/{language}/dashboard/")
        assert dashboard.status_code == 200, dashboard.text[:1000]

        # Their certificate: stored once in the bucket, the same bytes from A and from B.
        pdf_path = f"/{language}/certificates/{facts['certificate_id']}/pdf/"
        from_a = a.get(pdf_path)
        assert from_a.status_code == 200, from_a.text[:1000]
        assert from_a.content.startswith(b"%PDF")
        stored = s3_server.object_names(bucket, "media/certificates/")
        from_b = learner_b.get(pdf_path)
        assert from_b.status_code == 200
        assert from_b.content == from_a.content
        assert s3_server.object_names(bucket, "media/certificates/") == stored  # B made none
        keys = [k for k in stored if facts["certificate_id"] in k]
        assert len(keys) == 1 and s3_server.read(bucket, keys[0]) == from_a.content

        # HR asks A for an export; the worker prepares it into the bucket; A and B serve it.
        hr_a = Browser(ports["a"])
        _sign_in(hr_a, HR_EMAIL)
        _second_factor(hr_a, facts["totp_keys"][HR_EMAIL])
        asked = hr_a.get("/admin/reports/completions/export/canonical-xlsx/")
        assert asked.status_code == 302, asked.text[:1000]
        deadline = time.monotonic() + WORKER_TIMEOUT
        link = None
        while link is None and time.monotonic() < deadline:
            assert services["worker"].poll() is None, logs["worker"].read_text()
            link = DOWNLOAD_LINK.search(hr_a.get("/admin/reports/completions/exports/").text)
            if link is None:
                time.sleep(1)
        assert link, f"no prepared export in {WORKER_TIMEOUT} s:\n{logs['worker'].read_text()}"
        export_a = hr_a.get(link.group(1))
        export_b = _same_session_on(ports["b"], hr_a).get(link.group(1))
        assert export_a.status_code == export_b.status_code == 200
        assert export_a.content == export_b.content
        assert export_a.content.startswith(b"PK")  # an XLSX is a zip
        exported = s3_server.object_names(bucket, "exports/")
        assert len(exported) == 1 and s3_server.read(bucket, exported[0]) == export_a.content

        # An image uploaded to A's admin is served by both, at the same address.
        admin_a = Browser(ports["a"])
        _sign_in(admin_a, ADMIN_EMAIL)
        _second_factor(admin_a, facts["totp_keys"][ADMIN_EMAIL])
        upload_path = "/admin/images/multiple/add/"
        page = admin_a.get(upload_path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        uploaded = admin_a.request(
            "POST",
            upload_path,
            data={"csrfmiddlewaretoken": token},
            files={"files[]": ("brand-logo.png", _png(), "image/png")},
            headers={
                "Origin": "https://academy.example.test",
                "Referer": f"https://academy.example.test{upload_path}",
            },
        )
        assert uploaded.status_code == 200, uploaded.text[:1000]
        answer = uploaded.json()
        assert answer.get("success"), answer
        edit_page = admin_a.get(f"/admin/images/{answer['image_id']}/")
        rendition = RENDITION.search(edit_page.text) or RENDITION.search(answer.get("form", ""))
        assert rendition, edit_page.text[:3000]
        image_a = Browser(ports["a"]).get(rendition.group(1))  # anonymous: public media
        image_b = Browser(ports["b"]).get(rendition.group(1))
        assert image_a.status_code == image_b.status_code == 200
        assert image_a.content == image_b.content
        assert image_a.headers["content-type"].startswith("image/")
        assert any(
            k.startswith("media/original_images/brand-logo")
            for k in s3_server.object_names(bucket, "media/original_images/")
        )

        # Nothing of it is on a server's own disk.
        for name in ("a", "b", "worker"):
            assert _files_under(folders[name]) == [], name
        for name in ("a", "b", "worker"):
            assert services[name].poll() is None, logs[name].read_text()
    finally:
        for process in services.values():
            stop_service(process)
