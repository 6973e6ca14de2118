"""Employee import benchmark: an HRIS file of 20,000 employees (the most the import takes),
through the same services the admin's "Dry run" and "Apply" buttons call.

    .venv/bin/python tests/bench/import_bench.py               # SQLite, temporary file
    .venv/bin/python tests/bench/import_bench.py --postgres    # porte_voix_import_bench
    .venv/bin/python tests/bench/import_bench.py --employees 5000

Steps, each timed with its query count and the process's peak RSS:
1. dry run of the CSV (read, validate every row, plan against the database);
2. apply it: 20,000 new employees with profiles and the Learners group, and one department
   auto-enrolled in a course (an enrollment rule), all in one transaction;
3. dry run of the same file again: nothing to change (idempotent);
4. dry run + apply of a file where 10 % of the employees moved department and 5 % left
   (full import: the missing are deactivated);
5. dry run of the same 20,000 employees as XLSX.

Printed next to them, from the same run: the floor, `bulk_create` of the same 20,000 users
and profiles with nothing else (rolled back) - what writing those rows costs at least.
Aim: every step a person waits for in the browser under 10 s on this machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.accounts.importfiles import csv_bytes, xlsx_bytes  # noqa: E402
from tests.bench.export_bench import Measure  # noqa: E402
from tests.bench.run import (  # noqa: E402
    _database_label,
    _step,
    database_arguments,
    run_footer,
    with_bench_database,
)

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_import_bench"
AIM_SECONDS = 10.0
DEPARTMENTS = ["Marketing", "Sales", "Engineering", "HR", "Finance", "Legal", "IT"]
HEADER = [
    "Employee ID",
    "Email",
    "First name",
    "Last name",
    "Department",
    "Team",
    "Manager email",
    "Language",
    "Active",
]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--employees", type=int, default=20_000)
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--profile", action="store_true", help="Print a cProfile of step 2.")
    return parser.parse_args(argv)


def employees(count: int, *, moved_every: int = 0, gone_every: int = 0) -> list[list[str]]:
    rows = []
    for n in range(count):
        if gone_every and n % gone_every == gone_every - 1:
            continue
        department = DEPARTMENTS[n % len(DEPARTMENTS)]
        if moved_every and n % moved_every == 0:
            department = DEPARTMENTS[(n + 1) % len(DEPARTMENTS)]
        rows.append(
            [
                f"E{n:06d}",
                f"employee.{n}@example.com",
                f"First{n}",
                f"Last{n}",
                department,
                f"Team {n % 40}",
                f"manager.{n % 300}@example.com",
                "fr" if n % 3 == 0 else "en",
                "yes",
            ]
        )
    return rows


def timed(label, work, results):
    from django.db import connection

    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    measure = Measure()
    with connection.execute_wrapper(count):
        outcome = work()
    seconds, peak, _added = measure.stop()
    results.append((label, seconds, queries, peak))
    print(f"    {label:<46} {seconds:7.2f} s {queries:>7,} queries  peak {peak:6.1f} MB")
    return outcome


def floor_bulk_create(count: int) -> None:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from lms.accounts.models import LearnerProfile, User

    password = make_password(None)
    with transaction.atomic():
        users = User.objects.bulk_create(
            [
                User(email=f"floor.{n}@example.com", password=password, first_name="F")
                for n in range(count)
            ],
            batch_size=1000,
        )
        LearnerProfile.objects.bulk_create(
            [LearnerProfile(user=u, employee_id=f"F{n:06d}") for n, u in enumerate(users)],
            batch_size=1000,
        )
        transaction.set_rollback(True)


def run(args, started: float) -> int:
    from django.core.management import call_command

    from lms.accounts import services
    from lms.accounts.models import EnrollmentRule, ImportMode, User
    from lms.accounts.roles import roles_sync
    from tests.factories import build_academy

    print(f"Porte-voix employee import benchmark on {_database_label()}")
    print("Building:")
    done = _step("migrate")
    call_command("migrate", verbosity=0, interactive=False)
    roles_sync()
    done()
    done = _step("academy and an enrollment rule (Sales -> course 1)")
    built = build_academy(courses=1, lessons=1)
    rule = EnrollmentRule.objects.create(name="Sales onboarding", department="Sales")
    rule.courses.add(built.courses[0])
    hr = User.objects.create_user(email="hr@example.com", password="x" * 12, is_staff=True)
    done()

    count = args.employees
    first = csv_bytes(employees(count), header=HEADER)
    moved = csv_bytes(employees(count, moved_every=10, gone_every=20), header=HEADER)
    xlsx = xlsx_bytes(employees(count), header=HEADER)
    print(
        f"Files: {count:,} employees, CSV {len(first) / 1e6:.1f} MB, XLSX {len(xlsx) / 1e6:.1f} MB"
    )

    def preview(data, name, mode=ImportMode.UPDATE):
        run_, plan = services.employees_import_preview(data=data, file_name=name, mode=mode, by=hr)
        assert not plan.has_errors, plan.errors[:3]
        return run_, plan

    def apply(run_):
        return services.employees_import_apply(run_id=run_.pk, plan_hash=run_.plan_hash, by=hr)

    results = []
    print("Measuring:")
    timed("floor: bulk_create users + profiles", lambda: floor_bulk_create(count), results)
    run_, plan = timed("1. dry run, CSV", lambda: preview(first, "hris.csv"), results)
    print(f"       {len(plan.new):,} new, {len(plan.enrollments):,} enrollments planned")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        timed("2. apply (profiled)", lambda: profiler.runcall(apply, run_), results)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    else:
        timed("2. apply", lambda: apply(run_), results)
    _run, plan = timed(
        "3. dry run again (nothing to change)", lambda: preview(first, "hris.csv"), results
    )
    assert not plan.has_changes, "re-importing the same file must change nothing"
    run_, plan = timed(
        "4. dry run, 10 % moved, 5 % gone (full)",
        lambda: preview(moved, "hris.csv", ImportMode.FULL),
        results,
    )
    print(
        f"       {len(plan.changed):,} changed, {len(plan.deactivations):,} to deactivate,"
        f" {len(plan.enrollments):,} enrollments planned"
    )
    timed("4. apply", lambda: apply(run_), results)
    timed("5. dry run, XLSX", lambda: preview(xlsx, "hris.xlsx"), results)

    floor = results[0][1]
    print()
    print(f"{'step':<48} {'seconds':>8} {'x floor':>8} {'queries':>8}  aim < {AIM_SECONDS:.0f} s")
    for label, seconds, queries, _peak in results:
        verdict = (
            "reference"
            if label.startswith("floor")
            else ("PASS" if seconds < AIM_SECONDS else "MISS")
        )
        ratio = seconds / floor if floor else 0
        print(f"{label:<48} {seconds:8.2f} {ratio:7.1f}x {queries:>8,}  {verdict}")
    print(run_footer(started))
    return 0


def main(argv=None) -> int:
    return with_bench_database(parse_args(argv), run)


if __name__ == "__main__":
    sys.exit(main())
