"""Porte-voix xAPI delivery benchmark: a healthy LRS's rate while another one is down.

    .venv/bin/python tests/bench/delivery_bench.py              # SQLite, in a temporary file
    .venv/bin/python tests/bench/delivery_bench.py --postgres   # PostgreSQL

(the PostgreSQL database is porte_voix_delivery_bench). Records N statements
(`--statements`, 2,000) in `--rounds` (20) bursts; after each burst one sweep
(`lms.tracking.delivery.deliver_all`, what each queued task runs) sends what is due. Three
runs from the same statements, each to an emptied real LRS (`tests.lrs.RealLRS` on
127.0.0.1):

- the healthy destination alone;
- the healthy one and a second one that answers 503 (the fault proxy of
  tests/tracking/fault_proxy.py);
- the healthy one and a second one that hangs (no answer until its timeout, 2 s).

It prints the statements/s delivered to the healthy one in each run, the requests the
down one received (the circuit breaker: one, then none while it is open), and the ratio
to the rate alone (goal: the healthy one keeps its full rate). The down destination is
named to come first by name; the sweep puts failing destinations last.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.bench.run import (  # noqa: E402
    _database_label,
    _step,
    database_arguments,
    run_footer,
    with_bench_database,
)

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_delivery_bench"
GOAL_RATIO = 0.8  # the healthy one keeps (nearly) its full rate
HANG_TIMEOUT = 2


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tests/bench/delivery_bench.py",
        description="Statements/s to a healthy LRS while a second destination is down.",
    )
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--statements", type=int, default=2000, help="statements (2000)")
    parser.add_argument("--rounds", type=int, default=20, help="bursts, one sweep each (20)")
    parser.add_argument("--batch-size", type=int, default=50, help="per request (50)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the goal is missed")
    args = parser.parse_args(argv)
    if not 1 <= args.statements <= 20000:
        parser.error("--statements must be between 1 and 20000")
    if not 1 <= args.rounds <= args.statements:
        parser.error("--rounds must be between 1 and --statements")
    return args


@dataclass
class Run:
    name: str
    fault: str | None
    seconds: float = 0.0
    delivered: int = 0
    down_requests: int = 0
    sweep_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.delivered / self.seconds if self.seconds else 0.0


def statement_rows(count: int, since: dt.datetime) -> list:
    """`count` valid statements, recorded one millisecond apart from `since`."""
    from lms.tracking.models import Statement
    from lms.tracking.services import serialise

    rows = []
    for n in range(count):
        statement_id = uuid.uuid4()
        body = {
            "id": str(statement_id),
            "actor": {
                "objectType": "Agent",
                "account": {"homePage": "https://bench.example.org", "name": f"l-{n % 97}"},
            },
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"objectType": "Activity", "id": f"https://bench.example.org/a/{n}"},
            "timestamp": "2026-03-02T09:15:00.000Z",
        }
        rows.append(
            Statement(
                id=statement_id,
                event="lesson_experienced",
                verb=body["verb"]["id"],
                body=serialise(body),
                created_at=since + dt.timedelta(milliseconds=n),
            )
        )
    return rows


def one_run(run: Run, args, lrs, proxy) -> None:
    from django.utils import timezone

    from lms.tracking import delivery
    from lms.tracking.delivery import deliver_all
    from lms.tracking.models import AuthType, Delivery, Destination, Statement

    Statement.objects.all().delete()
    Destination.objects.all().delete()
    lrs.restart()  # in memory: empty again
    proxy.clear()
    proxy.switch(run.fault or "forward")
    since = timezone.now() - dt.timedelta(hours=1)
    healthy = Destination.objects.create(
        name="B healthy",
        endpoint=lrs.endpoint,
        auth_type=AuthType.NONE,
        deliver_from=since,
        batch_size=args.batch_size,
        timeout_seconds=30,
    )
    if run.fault:
        Destination.objects.create(
            name="A down",
            endpoint=proxy.endpoint,
            auth_type=AuthType.NONE,
            deliver_from=since,
            batch_size=args.batch_size,
            timeout_seconds=HANG_TIMEOUT,
        )
    rows = statement_rows(args.statements, since)
    per_round = -(-args.statements // args.rounds)
    sweeps = 0.0
    original = delivery.deliver_destination
    spent = {}

    def timed(destination, **kwargs):  # the time each destination takes in the sweeps
        began = time.perf_counter()
        try:
            return original(destination, **kwargs)
        finally:
            spent[destination.pk] = spent.get(destination.pk, 0.0) + time.perf_counter() - began

    delivery.deliver_destination = timed
    try:
        for start in range(0, args.statements, per_round):
            Statement.objects.bulk_create(rows[start : start + per_round])  # a burst
            began = time.perf_counter()
            deliver_all()  # the queued task's sweep, over every enabled destination
            sweeps += time.perf_counter() - began
    finally:
        delivery.deliver_destination = original
    run.seconds = spent[healthy.pk]
    run.sweep_seconds = sweeps
    run.delivered = Delivery.objects.filter(destination=healthy, status="delivered").count()
    run.down_requests = len(proxy.posts())
    stored = lrs.count_statements(limit=500)
    if run.delivered != args.statements or stored != args.statements:
        raise RuntimeError(
            f"{run.name}: {run.delivered} delivered, {stored} at the LRS, not {args.statements}"
        )


def bench(args, started: float) -> int:
    from django.core.management import call_command

    from tests.lrs import RealLRS
    from tests.tracking.fault_proxy import FaultProxy

    done = _step("migrate")
    call_command("migrate", verbosity=0, interactive=False)
    done()
    runs = [
        Run("healthy alone", None),
        Run("healthy + one answering 503", "503"),
        Run(f"healthy + one hanging ({HANG_TIMEOUT} s timeout)", "hang"),
    ]
    with RealLRS() as lrs, FaultProxy(lrs.base_url, hang_seconds=HANG_TIMEOUT + 1) as proxy:
        for run in runs:
            done = _step(f"{run.name}: {args.statements:,} statements in {args.rounds} sweeps")
            one_run(run, args, lrs, proxy)
            done()
    alone = runs[0].rate
    print()
    print(f"xAPI delivery, {_database_label()}, batches of {args.batch_size}")
    header = (
        f"{'run':<36} {'stmts/s healthy':>15} {'vs alone':>9} {'down: requests':>15}"
        f" {'sweeps s':>9}"
    )
    print(header)
    print("-" * len(header))
    ok = True
    for run in runs:
        ratio = run.rate / alone if alone else 0.0
        down = str(run.down_requests) if run.fault else "—"
        print(
            f"{run.name:<36} {run.rate:>15,.0f} {ratio:>8.0%} {down:>15} {run.sweep_seconds:>9.1f}"
        )
        if run.fault:
            ok = ok and ratio >= GOAL_RATIO and run.down_requests == 1
    print(
        f"goal: the healthy one keeps its full rate (>= {GOAL_RATIO:.0%} of alone) and the down "
        f"one gets a single request (its breaker then stays open for 30 s): "
        f"{'met' if ok else 'MISSED'}"
    )
    print(
        "stmts/s healthy: statements over the time the sweeps spent on the healthy "
        "destination (it goes first; a probe of the down one comes after it). sweeps s: the "
        "whole sweeps' wall time, which includes the down one's single failed request (for "
        f"the hanging one, its {HANG_TIMEOUT} s timeout)."
    )
    print(run_footer(started))
    return 1 if args.check and not ok else 0


def main(argv=None) -> int:
    args = parse_args(argv)
    return with_bench_database(args, bench)


if __name__ == "__main__":
    sys.exit(main())
