"""A real, strict xAPI LRS for the tests: Learning Locker's statements service.

`RealLRS` runs npm `xapi-statements@5.0.1` (GPL-3.0, installed in tools/node_modules by
`scripts/lrs-tools.sh`; a test tool only, never shipped nor imported by app code) in a
node child process:

- in memory (`MODELS_REPO=memory`): every `start()` begins with an EMPTY store, so a
  `stop()` / `start()` cycle (simulated downtime) also forgets what was stored before;
- on 127.0.0.1 only (the `tools/lrs/bind-loopback.js` preload), on a free port picked
  once and kept across restarts, so a sender configured with `endpoint` sees the same
  LRS come back; it exits by itself if the Python process dies (`exit-with-parent.js`);
- `AUTH_REPO=test`: the LRS accepts ANY credentials, and even none at all. It cannot
  test the sender's authentication: do that against a fake server. `AUTH` is what the
  helpers send.
- `SERVICE_AWAIT_UPDATES=true`: the LRS finishes its side effects (voiding, activity
  updates) before it answers, so what a test reads right after a write is settled.

Observed answers of this LRS (see tools/lrs/README.md and
tests/tracking/test_lrs_fixture.py, which checks them):

- POST /statements, new statement(s)            -> 200, JSON list of the ids
- POST, same id and same body (a retry)         -> 200, JSON list of the ids
- PUT ?statementId=, new or same body           -> 204, no body
- POST or PUT, same id, different body          -> 409 {"message": "<id> is conflicting"}
- invalid statement                             -> 400 {"warnings": ["Problem in ..."]}
- no X-Experience-API-Version header            -> 400

Usage::

    with RealLRS() as lrs:
        httpx.post(lrs.endpoint + "statements", json=..., headers=lrs.headers, auth=lrs.AUTH)
        lrs.get_statement(statement_id)
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOOLS_DIR = ROOT / "tools"
LRS_SCRIPT = TOOLS_DIR / "node_modules" / "xapi-statements" / "dist" / "index.js"
PRELOAD = TOOLS_DIR / "lrs" / "bind-loopback.js"
EXIT_WITH_PARENT = TOOLS_DIR / "lrs" / "exit-with-parent.js"
INSTALL_COMMAND = "scripts/lrs-tools.sh"

XAPI_VERSION = "1.0.3"
HOST = "127.0.0.1"


class LRSError(RuntimeError):
    """The LRS could not be started, or answered something unexpected."""


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def is_installed() -> bool:
    return LRS_SCRIPT.is_file()


class RealLRS:
    """A started-on-demand xapi-statements process; a context manager."""

    # Any Basic credentials are accepted in this mode (AUTH_REPO=test).
    AUTH = ("porte-voix-test", "any-password")

    def __init__(self, port: int | None = None, startup_timeout: float = 30.0):
        self.port = port or free_port()
        self.startup_timeout = startup_timeout
        self.base_url = f"http://{HOST}:{self.port}"
        self.endpoint = f"{self.base_url}/xAPI/"
        self.headers = {"X-Experience-API-Version": XAPI_VERSION}
        self.startup_seconds: float | None = None
        self._process: subprocess.Popen | None = None
        self._workdir: Path | None = None
        self._log = None
        self._log_offset = 0

    # -- life cycle -------------------------------------------------------------

    def __enter__(self) -> RealLRS:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the LRS (empty) on `self.port` and wait until it answers."""
        if self.running:
            return
        if not is_installed():
            raise LRSError(
                f"The test LRS is not installed ({LRS_SCRIPT} is missing): run `{INSTALL_COMMAND}`."
            )
        node = shutil.which("node")
        if node is None:
            raise LRSError(
                f"`node` is not on PATH: install Node.js 20, then run `{INSTALL_COMMAND}`."
            )
        if self._workdir is None:
            self._workdir = Path(tempfile.mkdtemp(prefix="porte-voix-lrs-"))
        storage = self._workdir / "storage"
        storage.mkdir(exist_ok=True)
        env = {key: value for key, value in os.environ.items() if not key.startswith("NODE_")}
        env.update(
            EXPRESS_PORT=str(self.port),
            AUTH_REPO="test",
            EVENTS_REPO="test",
            MODELS_REPO="memory",
            STORAGE_REPO="local",
            FS_LOCAL_STORAGE_DIR=str(storage),
            EXPRESS_MORGAN_DIRECTORY=str(self._workdir / "accessLogs"),
            SERVICE_AWAIT_UPDATES="true",
            LANG="en",
            PORTE_VOIX_LRS_PARENT_PID=str(os.getpid()),
        )
        log_path = self._workdir / "lrs.log"
        self._log = open(log_path, "ab")  # noqa: SIM115 (closed in stop())
        # The log is appended to across restarts: only what this process writes counts.
        self._log_offset = log_path.stat().st_size
        began = time.monotonic()
        # cwd is the temp dir: the service loads a `.env` from its cwd (there is none there).
        self._process = subprocess.Popen(
            [node, "-r", str(PRELOAD), "-r", str(EXIT_WITH_PARENT), str(LRS_SCRIPT)],
            cwd=self._workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        try:
            self._wait_ready(began)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began

    def _wait_ready(self, began: float) -> None:
        deadline = began + self.startup_timeout
        last_error = "no answer yet"
        with httpx.Client(timeout=1.0) as client:
            while True:
                code = self._process.poll()
                if code is not None:
                    raise LRSError(
                        f"The test LRS exited with code {code} while starting.\n"
                        f"Its output:\n{self.output()}"
                    )
                if not self._listening():
                    # Until our process says it holds the port, whatever answers there
                    # (another test's LRS that took the port during a restart) is not ours.
                    if time.monotonic() > deadline:
                        raise LRSError(
                            f"The test LRS did not start listening on {self.port} after "
                            f"{self.startup_timeout:.0f} s.\nIts output:\n{self.output()}"
                        )
                    time.sleep(0.05)
                    continue
                try:
                    response = client.get(self.endpoint + "about", headers=self.headers)
                    if response.status_code == 200:
                        return
                    last_error = f"GET /xAPI/about answered {response.status_code}"
                except httpx.HTTPError as exc:
                    last_error = repr(exc)
                if time.monotonic() > deadline:
                    raise LRSError(
                        f"The test LRS was not ready on {self.endpoint} after "
                        f"{self.startup_timeout:.0f} s ({last_error}).\n"
                        f"Its output:\n{self.output()}"
                    )
                time.sleep(0.1)

    def _listening(self) -> bool:
        marker = f"porte-voix-lrs listening on {self.port}\n".encode()
        with open(self._workdir / "lrs.log", "rb") as log:
            log.seek(self._log_offset)
            return marker in log.read()

    def stop(self) -> None:
        """Stop the process (terminate, then kill); the port and temp dir are kept."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop and remove the temp dir."""
        self.stop()
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def output(self) -> str:
        """What the process printed (all its runs)."""
        if self._workdir is None:
            return ""
        log = self._workdir / "lrs.log"
        if self._log is not None:
            self._log.flush()
        return log.read_text(errors="replace") if log.exists() else ""

    # -- reading what was stored ------------------------------------------------

    def client(self, **kwargs) -> httpx.Client:
        """An httpx client on the endpoint, with the version header and credentials."""
        kwargs.setdefault("timeout", 10.0)
        return httpx.Client(base_url=self.endpoint, headers=self.headers, auth=self.AUTH, **kwargs)

    def get_statement(self, statement_id: str, *, voided: bool = False) -> dict | None:
        """The stored statement (with the LRS's `stored`, `authority`...), or None."""
        param = "voidedStatementId" if voided else "statementId"
        with self.client() as client:
            response = client.get("statements", params={param: str(statement_id)})
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise LRSError(f"GET statement {statement_id}: {response.status_code} {response.text}")
        return response.json()

    def statements(self, **params) -> list[dict]:
        """All the statements matching the xAPI query params (following `more` links)."""
        found: list[dict] = []
        with self.client() as client:
            response = client.get("statements", params=params)
            while True:
                if response.status_code != 200:
                    raise LRSError(f"GET statements: {response.status_code} {response.text}")
                page = response.json()
                found.extend(page["statements"])
                more = page.get("more")
                if not more:
                    return found
                # `more` is relative to the server's root (/xAPI/statements?...&cursor=...).
                response = client.get(urljoin(self.base_url + "/", more))

    def count_statements(self, **params) -> int:
        return len(self.statements(**params))
