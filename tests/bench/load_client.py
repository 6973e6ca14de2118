"""The load run's client: one signed-in learner per thread, plain HTTP to 127.0.0.1 as the
HTTPS proxy forwards it, and the per-route figures.

Each `Learner` keeps its own connection and its cookies by hand (the production cookies are
Secure, which an HTTP client never sends over http://, as tests/deploy/test_production_path.py
explains), and sends `X-Forwarded-Proto: https` like the proxy, so SECURE_SSL_REDIRECT and
the CSRF origin check see what they see in production. Nothing here knows Django: the load
script gives each learner its paths and a function that fills a quiz form.
"""

from __future__ import annotations

import http.client
import http.cookies
import re
import statistics
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
TIMEOUT = 30  # seconds for one request: a stuck worker shows as an error, not a hung run


class Unexpected(Exception):
    """A response the learner's step did not expect (counted as an error of its route)."""


@dataclass
class RouteStats:
    times: list[float] = field(default_factory=list)  # seconds, accepted responses only
    errors: int = 0
    samples: list[str] = field(default_factory=list)  # the first few errors, for the report

    def merge(self, other: RouteStats) -> None:
        self.times.extend(other.times)
        self.errors += other.errors
        for sample in other.samples:
            if len(self.samples) < 5:
                self.samples.append(sample)

    @property
    def requests(self) -> int:
        return len(self.times) + self.errors

    def percentile(self, share: float) -> float:
        if not self.times:
            return 0.0
        if len(self.times) == 1:
            return self.times[0] * 1000
        return statistics.quantiles(self.times, n=100, method="inclusive")[int(share) - 1] * 1000


class Learner:
    """One signed-in learner's browser: a connection, cookies, and the steps of the cycle."""

    def __init__(self, *, port: int, host: str, floor_host: str):
        self.port, self.host, self.floor_host = port, host, floor_host
        self.cookies: dict[str, str] = {}
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        self.stats: dict[str, RouteStats] = {}

    def close(self) -> None:
        self.connection.close()

    # --- HTTP ----------------------------------------------------------------------------

    def request(self, method: str, path: str, *, host: str | None = None, form=None, referer=""):
        """(status, headers, body). The connection is opened again when gunicorn (sync
        workers: one request per connection) has closed it."""
        host = host or self.host
        headers = {"Host": host, "X-Forwarded-Proto": "https"}
        body = None
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{host}"
            headers["Referer"] = f"https://{host}{referer or path}"
        for retry in (False, True):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.connection.close()  # closed by the server between two requests: again
                if retry:
                    raise
            except (OSError, http.client.HTTPException):
                self.connection.close()  # a fresh connection for the next request
                raise
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
        return response.status, response, content

    def step(self, route: str, method: str, path: str, *, expect: int, **kwargs):
        """One timed request of `route`; anything but the expected status is an error."""
        stats = self.stats.setdefault(route, RouteStats())
        started = time.perf_counter()
        try:
            status, response, content = self.request(method, path, **kwargs)
        except (OSError, http.client.HTTPException) as error:
            self._error(stats, f"{method} {path}: {type(error).__name__}: {error}")
            raise Unexpected(route) from error
        elapsed = time.perf_counter() - started
        if status != expect:
            location = response.getheader("Location", "")
            self._error(stats, f"{method} {path}: {status} {location}".strip())
            raise Unexpected(route)
        stats.times.append(elapsed)
        return response, content

    @staticmethod
    def _error(stats: RouteStats, text: str) -> None:
        stats.errors += 1
        if len(stats.samples) < 5:
            stats.samples.append(text)

    def csrf(self, content: bytes, route: str) -> str:
        """The form's CSRF token in a page of `route`; a page without one is its error."""
        found = CSRF_FIELD.search(content)
        if not found:
            self.fail(route, "no CSRF token in the page")
        return found.group(1).decode()

    def fail(self, route: str, text: str):
        """Count an accepted response that was not what the step needed as an error."""
        stats = self.stats.setdefault(route, RouteStats())
        if stats.times:
            stats.times.pop()
        self._error(stats, text)
        raise Unexpected(route)


# --- the report ----------------------------------------------------------------------------


def merged(learners, attribute: str = "stats") -> dict[str, RouteStats]:
    total: dict[str, RouteStats] = {}
    for learner in learners:
        for route, stats in getattr(learner, attribute).items():
            total.setdefault(route, RouteStats()).merge(stats)
    return total


def table(rows: list[tuple[str, RouteStats, float, str]]) -> str:
    """rows: (route, stats, seconds the route was measured over, note)."""
    lines = [
        f"{'route':<34} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'errors':>6}"
        "  note"
    ]
    for route, stats, seconds, note in rows:
        rate = len(stats.times) / seconds if seconds else 0.0
        lines.append(
            f"{route:<34} {stats.requests:>8} {rate:>7.1f} {stats.percentile(50):>7.1f}"
            f" {stats.percentile(95):>7.1f} {stats.errors:>6}  {note}".rstrip()
        )
    return "\n".join(lines)
