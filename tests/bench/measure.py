"""Timing and query counting with Django's test client, and the report table.

Every probe is a list of (client, url) pairs: one signed-in client per sampled learner, so
the requests of one page are spread over learners with different progress. Probes are
interleaved request by request (dashboard, lesson, floor, dashboard, ...), so a noisy
neighbour slows them all alike and the ratios stay meaningful.

Queries are counted on separate requests, outside the timed ones: capturing queries makes
Django keep every SQL string, which would bias the timings.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import time
from dataclasses import dataclass, field

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


class BenchError(RuntimeError):
    pass


@dataclass
class Probe:
    name: str
    targets: list[tuple[Client, str, dict]]  # client, path, extra request headers
    kind: str = "page"  # "floor" (the reference), "page" (held to the target), "diagnostic"
    times_ms: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)
    sample_sql: list[str] = field(default_factory=list)

    @property
    def example_url(self) -> str:
        _client, url, headers = self.targets[0]
        host = headers.get("HTTP_HOST")
        return f"//{host}{url}" if host else url

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.times_ms, n=100, method="inclusive")[94]

    @property
    def queries_label(self) -> str:
        low, high = min(self.queries), max(self.queries)
        return str(low) if low == high else f"{low}-{high}"


def _get(client: Client, url: str, headers: dict):
    response = client.get(url, **headers)
    if response.status_code != 200:
        raise BenchError(
            f"GET {url} answered {response.status_code}"
            + (f" (redirect to {response['Location']})" if response.has_header("Location") else "")
            + ": the benchmark measures only successful pages."
        )
    return response


def count_queries(probes: list[Probe]) -> None:
    """One request per (learner, page) with the queries captured, after the warm-up."""
    for probe in probes:
        for client, url, headers in probe.targets:
            with CaptureQueriesContext(connection) as captured:
                _get(client, url, headers)
            probe.queries.append(len(captured))
            if not probe.sample_sql:
                probe.sample_sql = [q["sql"] for q in captured.captured_queries]


def warm_up(probes: list[Probe], *, requests: int) -> None:
    """Untimed requests: template loaders, Wagtail's site root paths, content types and
    the learners' first visits (which write a little more) are out of the way."""
    for i in range(requests):
        for probe in probes:
            _get(*probe.targets[i % len(probe.targets)])


def time_requests(probes: list[Probe], *, requests: int) -> None:
    """Time `requests` GETs per page, interleaved."""
    for i in range(requests):
        for probe in probes:
            client, url, headers = probe.targets[i % len(probe.targets)]
            started = time.perf_counter()
            response = client.get(url, **headers)
            elapsed = time.perf_counter() - started
            if response.status_code != 200:
                _get(client, url, headers)  # raises with the details
            probe.times_ms.append(elapsed * 1000)


def report(probes: list[Probe], *, target_ms: float, ratio_aim: float) -> tuple[str, bool]:
    """The table, and whether every page held to the target made it."""
    floor = next(p for p in probes if p.kind == "floor")
    header = (
        f"{'page':<34} {'queries':>7} {'median ms':>10} {'p95 ms':>8} "
        f"{'x floor':>8}  {'p95 < ' + format(target_ms, 'g') + ' ms':<13}"
    )
    lines = [header, "-" * len(header)]
    all_pass = True
    for probe in probes:
        ratio = probe.median / floor.median
        if probe.kind == "page":
            passed = probe.p95 < target_ms
            all_pass &= passed
            verdict = "PASS" if passed else "MISS"
            verdict += "  (ratio ok)" if ratio <= ratio_aim else f"  (ratio > {ratio_aim:g}x)"
        else:
            verdict = "reference" if probe.kind == "floor" else "diagnostic"
        lines.append(
            f"{probe.name:<34} {probe.queries_label:>7} {probe.median:>10.1f} {probe.p95:>8.1f} "
            f"{ratio:>7.2f}x  {verdict}"
        )
    return "\n".join(lines), all_pass


def profile(probe: Probe, *, requests: int, limit: int = 35) -> str:
    """cProfile over `requests` GETs of one page: where the server time goes."""
    profiler = cProfile.Profile()
    for i in range(requests):
        client, url, headers = probe.targets[i % len(probe.targets)]
        profiler.enable()
        client.get(url, **headers)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(limit)
    stats.sort_stats("tottime").print_stats(limit)
    return out.getvalue()
