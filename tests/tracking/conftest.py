"""Fixtures of the xAPI tracking tests: a real, strict LRS (see tests/lrs.py)."""

import fcntl
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.lrs import INSTALL_COMMAND, ROOT, LRSError, RealLRS


def _install_lrs_tools() -> None:
    """Run scripts/lrs-tools.sh (idempotent, fast when installed); one installer at a time."""
    lock_path = Path(tempfile.gettempdir()) / "porte-voix-lrs-tools.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # xdist workers: a single `npm ci`
        try:
            result = subprocess.run(
                [str(ROOT / INSTALL_COMMAND)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=600,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            pytest.fail(f"Could not install the test LRS ({exc!r}): run `{INSTALL_COMMAND}`.")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    if result.returncode != 0:
        pytest.fail(
            f"Could not install the test LRS: `{INSTALL_COMMAND}` exited with "
            f"{result.returncode}.\n{result.stdout}{result.stderr}",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def real_lrs():
    """A started RealLRS, shared by the whole session (per xdist worker).

    Its store is shared too: use fresh statement ids. Any Basic credentials are accepted.
    A test that stops it must use `restartable_lrs` instead.
    """
    _install_lrs_tools()
    lrs = RealLRS()
    try:
        lrs.start()
    except LRSError as exc:
        lrs.close()
        pytest.fail(str(exc), pytrace=False)
    yield lrs
    lrs.close()


@pytest.fixture
def restartable_lrs(real_lrs):
    """The session LRS, for tests that `stop()` / `start()` it (downtime).

    It is running when the test begins, and started again after the test if the test
    left it stopped. A restart empties it (in-memory store); the port does not change.
    """
    real_lrs.start()
    yield real_lrs
    if not real_lrs.running:
        real_lrs.start()
