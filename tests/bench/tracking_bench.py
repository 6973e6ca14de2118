"""Porte-voix xAPI tracking benchmark: the cost of recording, and delivery to a real LRS.

    .venv/bin/python tests/bench/tracking_bench.py              # SQLite, in a temporary file
    .venv/bin/python tests/bench/tracking_bench.py --postgres   # PostgreSQL

(the PostgreSQL database is porte_voix_tracking_bench). Builds a fresh database
(migrations, a one-workshop academy of 5 lessons, learners), then prints:

- the cost that recording statements adds to a learner action: `courses.services.
  lesson_complete` (a fresh learner/lesson pair each time, so it really completes, and the
  last lesson of a workshop also passes and completes it) and `courses.services.lesson_visit`
  (enrolled learners), each timed with the tracking receivers of `lms/tracking/receivers.py`
  connected and disconnected, interleaved action by action (target: the median added by
  recording < 5 ms), with the extra queries; and lesson_complete with tracking against
  issue 12's target (at most 20 queries, p95 < 30 ms);
- the delivery throughput to the real LRS (`tests.lrs.RealLRS`, Learning Locker's
  xapi-statements on 127.0.0.1, `scripts/lrs-tools.sh` installs it): N statements
  (`--statements`, 2,000) recorded through `lms.tracking.services.statement_record`, sent by
  `lms.tracking.delivery.deliver_destination` with `--batch-size` (50) statements per
  request, then the same statements to an emptied LRS (restarted: its store is in memory)
  one per request; statements per second for both and the ratio.

The database is removed at the end (--keep leaves it). Reuses tests/bench/run.py's database
helpers: the PostgreSQL database must have "bench" in its name and is never `test` or
`test_test`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.bench.run import (  # noqa: E402
    _database_label,
    _step,
    database_arguments,
    production_task_queue,
    with_bench_database,
)

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_tracking_bench"
LESSONS = 5
TARGET_ADDED_MS = 5.0  # the target: recording adds under 5 ms (median) to an action
# Issue 12: lesson_complete with tracking in at most 20 queries, p95 under 30 ms.
TARGET_COMPLETE_QUERIES = 20
TARGET_COMPLETE_P95_MS = 30.0


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tests/bench/tracking_bench.py",
        description="Time the cost of recording xAPI statements and their delivery to an LRS.",
    )
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--actions", type=int, default=200, help="timed actions per probe (200)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed actions per probe (10)")
    parser.add_argument(
        "--statements", type=int, default=2000, help="statements delivered per run (2000)"
    )
    parser.add_argument(
        "--batch-size", type=int, default=50, help="statements per request when batched (50)"
    )
    parser.add_argument(
        "--check", action="store_true", help="exit with status 1 when a target is missed"
    )
    args = parser.parse_args(argv)
    if args.actions < 20:
        parser.error("--actions must be at least 20 for a p95 to mean something")
    if args.statements < 1:
        parser.error("--statements must be at least 1")
    if not 1 <= args.batch_size <= 1000:
        parser.error("--batch-size must be between 1 and 1000")
    return args


class BenchError(RuntimeError):
    pass


# --- the tracking receivers, on and off ------------------------------------------------------


def tracking_set(on: bool) -> None:
    """Connect (as `TrackingConfig.ready` does) or disconnect the receivers of
    lms/tracking/receivers.py, by the dispatch_uid they were connected with."""
    from lms.tracking import receivers

    if on:
        receivers.connect()
        return
    for signal, receiver in receivers.CONNECTIONS:
        signal.disconnect(dispatch_uid=f"lms.tracking.{receiver.__name__}")
        signal.disconnect(dispatch_uid="lms.tracking.deliver_after_commit")


# --- cost of recording -----------------------------------------------------------------------


@dataclass
class Probe:
    """One learner action, with tracking on or off. `prepare()` returns a callable that runs
    the action once (timed); whatever it needs is picked untimed."""

    name: str
    tracking: bool
    prepare: object
    times_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    queries: int | None = None
    statements: int | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.times_ms, n=100, method="inclusive")[94]


@dataclass
class Setup:
    lessons: list
    visitors: list  # enrolled learners, for lesson_visit
    fresh: dict = field(default_factory=dict)  # probe key -> iterator of (user, lesson)


def build(args) -> Setup:
    from django.core.cache import cache
    from django.core.management import call_command

    from courses import services as course_services
    from tests.factories import build_academy, make_user

    done = _step("migrate")
    call_command("migrate", verbosity=0, interactive=False)
    done()
    done = _step(f"academy: one workshop of {LESSONS} lessons")
    built = build_academy(courses=1, lessons=LESSONS, levels=("beginner",))
    lessons = built.lessons_of()
    done()
    per_probe = args.warmup + args.actions + 1  # +1: the action whose queries are counted
    learners_per_probe = -(-per_probe // LESSONS)
    done = _step(f"{4 * learners_per_probe + 20} learners")
    setup = Setup(lessons=lessons, visitors=[make_user() for _ in range(20)])
    for user in setup.visitors:  # enrolled and started: their visits record one statement
        course_services.lesson_complete(user=user, lesson=lessons[0])
    for key in ("on", "off", "http-on", "http-off"):
        users = [make_user() for _ in range(learners_per_probe)]
        # Learner by learner, lesson by lesson: the 5th completion passes the workshop.
        setup.fresh[key] = iter([(user, lesson) for user in users for lesson in lessons])
    done()
    cache.clear()
    return setup


def probes_for(setup: Setup) -> list[Probe]:
    from courses import services as course_services

    visits = {"on": iter(range(10**9)), "off": iter(range(10**9))}

    def complete(key):
        def prepare():
            user, lesson = next(setup.fresh[key])
            return lambda: course_services.lesson_complete(user=user, lesson=lesson)

        return prepare

    def complete_http(key):
        """The learner's POST through the view (middleware, session, the view's outline
        reads from the cache: what a learner waits for); the client signs in untimed."""
        from django.test import Client
        from django.urls import reverse

        def prepare():
            user, lesson = next(setup.fresh[key])
            client = Client()
            client.force_login(user)
            url = reverse("courses:lesson_complete", args=[lesson.pk])

            def post():
                response = client.post(url)
                assert response.status_code == 302, response.status_code

            return post

        return prepare

    def visit(key):
        def prepare():
            n = next(visits[key])
            user = setup.visitors[n % len(setup.visitors)]
            lesson = setup.lessons[n % len(setup.lessons)]
            return lambda: course_services.lesson_visit(user=user, lesson=lesson)

        return prepare

    return [
        Probe("lesson_complete, tracking on", True, complete("on")),
        Probe("lesson_complete, tracking off", False, complete("off")),
        Probe("lesson_complete HTTP, tracking on", True, complete_http("http-on")),
        Probe("lesson_complete HTTP, tracking off", False, complete_http("http-off")),
        Probe("lesson_visit, tracking on", True, visit("on")),
        Probe("lesson_visit, tracking off", False, visit("off")),
    ]


def measure(probes: list[Probe], *, actions: int, warmup: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lms.tracking.models import Statement

    try:
        for _ in range(warmup):
            for probe in probes:
                tracking_set(probe.tracking)
                probe.prepare()()
        for probe in probes:  # queries of one action, outside the timed ones
            tracking_set(probe.tracking)
            action = probe.prepare()
            before = Statement.objects.count()
            with CaptureQueriesContext(connection) as captured:
                action()
            probe.queries = len(captured)
            probe.statements = Statement.objects.count() - before
        for _ in range(actions):
            for probe in probes:
                tracking_set(probe.tracking)
                action = probe.prepare()
                cpu, started = time.process_time(), time.perf_counter()
                action()
                probe.times_ms.append((time.perf_counter() - started) * 1000)
                probe.cpu_ms.append((time.process_time() - cpu) * 1000)
    finally:
        tracking_set(True)


# --- delivery throughput ---------------------------------------------------------------------


@dataclass
class Run:
    name: str
    batch_size: int
    seconds: float = 0.0
    requests: int = 0
    delivered: int = 0

    @property
    def rate(self) -> float:
        return self.delivered / self.seconds if self.seconds else 0.0


def statements_create(count: int, setup: Setup) -> tuple[dt.datetime, float]:
    """`count` lesson_experienced statements through the outbox's own service; returns the
    moment before the first one (the destinations' deliver_from) and the seconds taken."""
    from django.db import transaction
    from django.utils import timezone

    from courses.models import Enrollment
    from lms.tracking.services import statement_record

    user = setup.visitors[0]
    enrollment = Enrollment.objects.filter(user=user).first()
    lessons = setup.lessons
    since = timezone.now()
    started = time.perf_counter()
    for start in range(0, count, 500):
        with transaction.atomic():
            for n in range(start, min(count, start + 500)):
                statement_record(
                    event="lesson_experienced",
                    user=user,
                    enrollment=enrollment,
                    lesson=lessons[n % len(lessons)],
                )
    return since, time.perf_counter() - started


def deliver(lrs, run: Run, *, since: dt.datetime, expected: int) -> None:
    from lms.tracking.delivery import deliver_destination
    from lms.tracking.models import AuthType, Destination

    destination = Destination.objects.create(
        name=f"Bench LRS, {run.batch_size} per request",
        endpoint=lrs.endpoint,
        auth_type=AuthType.NONE,
        deliver_from=since,
        batch_size=run.batch_size,
        timeout_seconds=30,
    )
    started = time.perf_counter()
    report = deliver_destination(destination)
    run.seconds = time.perf_counter() - started
    Destination.objects.filter(pk=destination.pk).update(enabled=False)
    run.requests, run.delivered = report.requests, report.delivered
    if report.errors or report.parked or report.failed or report.delivered != expected:
        raise BenchError(
            f"{run.name}: delivered {report.delivered} of {expected} "
            f"(parked {report.parked}, failed {report.failed}): {report.errors[:3]}"
        )
    stored = lrs.count_statements(limit=500)
    if stored != expected:
        raise BenchError(f"{run.name}: the LRS holds {stored} statements, not {expected}")


def throughput(args, setup: Setup) -> tuple[list[Run], float]:
    from tests.lrs import RealLRS

    done = _step(f"{args.statements:,} statements through statement_record")
    since, record_seconds = statements_create(args.statements, setup)
    done()
    runs = [Run(f"batched, {args.batch_size} per request", args.batch_size)]
    if args.batch_size != 1:
        runs.append(Run("one per request", 1))
    with RealLRS() as lrs:
        for n, run in enumerate(runs):
            if n:
                lrs.restart()  # in memory: it starts empty again
            done = _step(f"deliver them to the real LRS, {run.name}")
            deliver(lrs, run, since=since, expected=args.statements)
            done(f", {run.requests} requests")
    return runs, args.statements / record_seconds


# --- the report ------------------------------------------------------------------------------


def report(probes: list[Probe], runs: list[Run], record_rate: float) -> tuple[str, bool]:
    header = (
        f"{'learner action':<34} {'queries':>7} {'stmts':>5} {'median ms':>10} {'p95 ms':>8}"
        f" {'cpu ms':>7}  target: added median < {TARGET_ADDED_MS:g} ms"
    )
    lines = [header, "-" * len(header)]
    all_pass = True
    for on, off in zip(probes[0::2], probes[1::2], strict=True):
        for probe in (on, off):
            lines.append(
                f"{probe.name:<34} {probe.queries:>7} {probe.statements:>5} "
                f"{probe.median:>10.2f} {probe.p95:>8.2f} {statistics.median(probe.cpu_ms):>7.2f}"
            )
        added = on.median - off.median
        added_cpu = statistics.median(on.cpu_ms) - statistics.median(off.cpu_ms)
        passed = added < TARGET_ADDED_MS
        all_pass &= passed
        action = on.name.split(",")[0]
        lines.append(
            f"{'  added by recording':<34} {on.queries - off.queries:>+7} {'':>5} "
            f"{added:>+10.2f} {on.p95 - off.p95:>+8.2f} {added_cpu:>+7.2f}  "
            f"{'PASS' if passed else 'MISS'} ({action})"
        )
        if action.startswith("lesson_complete"):
            few = on.queries <= TARGET_COMPLETE_QUERIES
            fast = on.p95 < TARGET_COMPLETE_P95_MS
            all_pass &= few and fast
            lines.append(
                f"{'  with tracking, target':<34} {on.queries:>7} {'':>5} {'':>10} "
                f"{on.p95:>8.2f} {'':>7}  {'PASS' if few and fast else 'MISS'} "
                f"(<= {TARGET_COMPLETE_QUERIES} queries, p95 < {TARGET_COMPLETE_P95_MS:g} ms)"
            )
    width = len(header)
    lines += [
        "",
        f"{'delivery to the real LRS':<34} {'requests':>8} {'seconds':>8} {'statements/s':>13}"
        "  target: batched faster than one per request",
        "-" * width,
    ]
    for run in runs:
        lines.append(f"{run.name:<34} {run.requests:>8} {run.seconds:>8.2f} {run.rate:>13,.0f}")
    if len(runs) == 2:
        ratio = runs[0].rate / runs[1].rate if runs[1].rate else float("inf")
        passed = ratio > 1
        all_pass &= passed
        lines.append(
            f"{'  batched / one per request':<34} {'':>8} {'':>8} {ratio:>12.1f}x"
            f"  {'PASS' if passed else 'MISS'}"
        )
    lines.append(
        f"{'recording (statement_record)':<34} {'':>8} {'':>8} {record_rate:>13,.0f}  diagnostic"
    )
    return "\n".join(lines), all_pass


def main(argv=None) -> int:
    # run.py's helper reads args.postgres; our default URL names our own database.
    return with_bench_database(parse_args(argv), run)


def run(args, started: float) -> int:
    import django

    production_task_queue()

    from tests.lrs import INSTALL_COMMAND, LRSError, is_installed

    if not is_installed():
        print(f"The test LRS is not installed: run `{INSTALL_COMMAND}` first.", file=sys.stderr)
        return 2
    print(f"Porte-voix xAPI tracking benchmark on {_database_label()}")
    print("Building:")
    setup = build(args)
    probes = probes_for(setup)
    print(
        f"Measuring: {args.actions} timed actions per probe after {args.warmup} warm-up, "
        "interleaved, tracking receivers connected and disconnected in turn"
    )
    load_before = os.getloadavg()[0]
    done = _step("learner actions")
    measure(probes, actions=args.actions, warmup=args.warmup)
    done()
    try:
        runs, record_rate = throughput(args, setup)
    except (BenchError, LRSError) as error:
        print(f"\nERROR: {error}", file=sys.stderr)
        return 2
    load_after = os.getloadavg()[0]

    table, all_pass = report(probes, runs, record_rate)
    print()
    print(table)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nPeak RSS {peak_mib:.0f} MiB; whole run {time.perf_counter() - started:.0f} s; "
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"{os.cpu_count()} CPUs"
    )
    busy = max(load_before, load_after) > (os.cpu_count() or 1) * 0.75
    print(
        f"Load average (1 min) {load_before:.1f} before and {load_after:.1f} after measuring"
        + ("; other processes shared the CPUs, so times are inflated" if busy else "")
    )
    print(
        "stmts: statements one action records; cpu ms: median CPU time of this process per "
        "action (on SQLite it includes the database's work).\nDelivery: wall time of "
        "deliver_destination (selection, POST, Delivery rows) to the LRS on this machine, "
        "whose own work counts."
    )
    return 1 if args.check and not all_pass else 0


if __name__ == "__main__":
    sys.exit(main())
