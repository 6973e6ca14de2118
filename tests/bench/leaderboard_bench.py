"""Porte-voix leaderboard benchmark: the leaderboard page for 10,000 learners.

    .venv/bin/python tests/bench/leaderboard_bench.py              # SQLite, temporary file
    .venv/bin/python tests/bench/leaderboard_bench.py --postgres   # porte_voix_leaderboard_bench

Builds a fresh database (migrations; 10,000 learners (`--learners`) in 10 departments and
their teams, 60 % opted in to leaderboards; about 20 ledger entries each spread over the last
year, written with bulk_create, with the running totals the services keep: all time, per
week and per month), then
times GET /en/progress/leaderboard/ for signed-in opted-in learners: the company board for
this week, this month and all time, and the department and team boards, interleaved with the
floor (a plain Wagtail page served to the same learners, as in run.py). Prints queries,
median and p95 server time next to the floor and the target (p95 < 100 ms).

Reuses tests/bench/run.py's database helpers and measure.py's probes: the PostgreSQL database
must have "bench" in its name and is never `test` or `test_test`.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import sys
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.bench.run import _database_label, _step, database_arguments, with_bench_database  # noqa: E402

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_leaderboard_bench"
TARGET_MS = 100.0  # the target for the p95 of the leaderboard page
RATIO_AIM = 1.5
OPT_IN_SHARE = 0.6


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tests/bench/leaderboard_bench.py",
        description="Time the leaderboard page for many learners against a plain Wagtail page.",
    )
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--learners", type=int, default=10_000, help="learners (10000)")
    parser.add_argument(
        "--entries", type=int, default=20, help="ledger entries per learner, on average (20)"
    )
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per page")
    parser.add_argument("--sample", type=int, default=20, help="signed-in viewers (20)")
    parser.add_argument("--seed", type=int, default=20261128, help="random seed")
    parser.add_argument("--sql", action="store_true", help="print the SQL of one request per page")
    parser.add_argument("--check", action="store_true", help="exit 1 when a page misses the target")
    args = parser.parse_args(argv)
    if args.learners < args.sample or args.requests < 20:
        parser.error("--learners must be at least --sample, --requests at least 20")
    return args


def learners_create(*, count: int, entries: int, seed: int):
    """`count` learners with profiles and ledger entries, written with bulk_create. Returns
    the opted-in users (the viewers are drawn from them)."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from lms.accounts import roles
    from lms.accounts.models import LearnerProfile, User
    from lms.gamification.models import PeriodTotal, PointEntry, PointTotal
    from lms.gamification.rules import RULES
    from lms.gamification.services import period_starts, streak_timezone
    from tests.bench.population import DEPARTMENTS, FIRST_NAMES, LAST_NAMES

    rng = random.Random(seed)
    now = timezone.now()
    unusable = make_password(None)
    users = User.objects.bulk_create(
        [
            User(
                email=f"lb{i}@bench.example",
                first_name=rng.choice(FIRST_NAMES),
                last_name=rng.choice(LAST_NAMES),
                password=unusable,
            )
            for i in range(count)
        ],
        batch_size=1000,
    )
    if any(user.pk is None for user in users):  # old SQLite: no RETURNING
        users = list(User.objects.filter(email__endswith="@bench.example").order_by("pk"))
    group = Group.objects.get(name=roles.LEARNERS)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=group.pk) for u in users], batch_size=2000
    )
    departments = list(DEPARTMENTS)
    profiles, opted_in = [], []
    for i, user in enumerate(users):
        department = rng.choice(departments)
        opt_in = rng.random() < OPT_IN_SHARE
        profiles.append(
            LearnerProfile(
                user=user,
                employee_id=f"LB{i:06d}",
                department=department,
                team=rng.choice(DEPARTMENTS[department]),
                leaderboard_opt_in=opt_in,
            )
        )
        if opt_in:
            opted_in.append(user)
    LearnerProfile.objects.bulk_create(profiles, batch_size=2000)

    keys = list(RULES)
    tz = streak_timezone()
    rows, totals, periods = [], {}, {}
    for user in users:
        total = 0
        for n in range(rng.randint(0, 2 * entries)):
            rule = rng.choice(keys)
            points = RULES[rule].default_points
            # Activity is denser recently: a quarter of the entries in the last month.
            days = rng.uniform(0, 30) if rng.random() < 0.25 else rng.uniform(0, 365)
            at = now - timedelta(days=days)
            rows.append(
                PointEntry(
                    user_id=user.pk,
                    rule=rule,
                    points=points,
                    object_key=f"obj-{n}",
                    created_at=at,
                )
            )
            total += points
            # The running totals the services keep with each entry (all time, week, month).
            for period, starts_on in period_starts(at, tz).items():
                key = (user.pk, period, starts_on)
                periods[key] = periods.get(key, 0) + points
        totals[user.pk] = total
    PointEntry.objects.bulk_create(rows, batch_size=5000)
    PointTotal.objects.bulk_create(
        [PointTotal(user_id=pk, points=points) for pk, points in totals.items()], batch_size=5000
    )
    PeriodTotal.objects.bulk_create(
        [
            PeriodTotal(user_id=pk, period=period, starts_on=starts_on, points=points)
            for (pk, period, starts_on), points in periods.items()
        ],
        batch_size=5000,
    )
    return opted_in, len(rows)


def build(args):
    from django.core.cache import cache
    from django.core.management import call_command

    from tests.bench.population import floor_pages_create

    done = _step("migrate")
    call_command("migrate", verbosity=0, interactive=False)
    done()
    done = _step(f"{args.learners:,} learners with ledger entries (bulk_create)")
    opted_in, entries = learners_create(count=args.learners, entries=args.entries, seed=args.seed)
    done(f", {entries:,} entries, {len(opted_in):,} opted in")
    floors = floor_pages_create()
    cache.clear()
    return opted_in, floors


def probes_for(args, opted_in, floors):
    from django.test import Client

    from tests.bench.measure import Probe
    from tests.bench.population import FLOOR_HOST, path_of

    rng = random.Random(args.seed + 1)
    sample = rng.sample(opted_in, args.sample)
    floor = floors[0]
    boards = [
        ("leaderboard: company, this week", "company", "week"),
        ("leaderboard: company, this month", "company", "month"),
        ("leaderboard: company, all time", "company", "all"),
        ("leaderboard: department, month", "department", "month"),
        ("leaderboard: team, all time", "team", "all"),
    ]
    targets = {name: [] for name, _scope, _period in boards}
    plain = []
    for user in sample:
        client = Client()
        client.force_login(user)
        for name, scope, period in boards:
            targets[name].append(
                (client, f"/en/progress/leaderboard/?scope={scope}&period={period}", {})
            )
        plain.append((client, path_of(floor), {"HTTP_HOST": FLOOR_HOST}))
    return [Probe("floor: plain Wagtail page", plain, kind="floor")] + [
        Probe(name, targets[name]) for name, _scope, _period in boards
    ]


def main(argv=None) -> int:
    return with_bench_database(parse_args(argv), run)


def run(args, started: float) -> int:
    import django
    import wagtail

    from tests.bench.measure import BenchError, count_queries, report, time_requests, warm_up

    print(f"Porte-voix leaderboard benchmark on {_database_label()}")
    print("Building:")
    opted_in, floors = build(args)
    probes = probes_for(args, opted_in, floors)
    print(
        f"Measuring: {args.requests} timed GETs per page after {args.warmup} warm-up, "
        f"interleaved, spread over {args.sample} signed-in opted-in learners (Django test client)"
    )
    load_before = os.getloadavg()[0]
    try:
        warm_up(probes, requests=max(args.warmup, args.sample))
        count_queries(probes)
        time_requests(probes, requests=args.requests)
    except BenchError as error:
        print(f"\nERROR: {error}", file=sys.stderr)
        return 2
    table, all_pass = report(probes, target_ms=TARGET_MS, ratio_aim=RATIO_AIM)
    print()
    print(table)
    print()
    for probe in probes:
        print(f"  {probe.name}: e.g. {probe.example_url}")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load_after = os.getloadavg()[0]
    print(
        f"\nPeak RSS {peak_mib:.0f} MiB; whole run {time.perf_counter() - started:.0f} s; "
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs; load average (1 min) "
        f"{load_before:.1f} before and {load_after:.1f} after measuring"
    )
    print(
        f"Target: p95 < {TARGET_MS:g} ms for every leaderboard page with {args.learners:,} "
        f"learners; the ratio to the floor shows what the board itself costs."
    )
    if args.sql:
        for probe in probes:
            print(f"\n-- {probe.name}: {len(probe.sample_sql)} queries ({probe.example_url})")
            for number, statement in enumerate(probe.sample_sql, 1):
                print(f"{number:>3}. {statement}")
    return 1 if args.check and not all_pass else 0


if __name__ == "__main__":
    sys.exit(main())
