"""Export benchmark: 100,000 completion records (10,000 learners x 10 workshops) as CSV and
XLSX, time and peak memory, printed next to the targets and next to the bare streaming floor
measured in the same run.

    .venv/bin/python tests/bench/export_bench.py                 # SQLite, temporary file
    .venv/bin/python tests/bench/export_bench.py --postgres      # porte_voix_export_bench
    .venv/bin/python tests/bench/export_bench.py --learners 2000 # a quicker run

The database is filled in three steps (25 %, 50 %, 100 % of the learners) and every export
runs after each step, so the memory column shows whether memory grows with the rows.

Memory is the process's peak resident set (VmHWM) during one export, reset before each
export through /proc/self/clear_refs, so each figure is that export's own peak; "+MB" is
that peak minus the resident set just before the export (what the export itself added).
The floor is what performance.md measured peers against: `values_list(...).iterator(
chunk_size=2000)` + `csv.writer`, no formatting, no joins beyond the user and profile.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
import uuid
from datetime import timedelta
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

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_export_bench"
CSV_SECONDS = 10.0
CSV_MB = 200.0
FLOOR_RATIO = 2.0


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--workshops", type=int, default=10, help="10 = 5 courses x 2 levels")
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--xlsx-final-only",
        action="store_true",
        help="Time the XLSX export only at the largest size (saves minutes on a busy machine).",
    )
    parser.add_argument(
        "--profile", action="store_true", help="Print a cProfile of the last canonical CSV."
    )
    parser.add_argument(
        "--all-formats",
        action="store_true",
        help="Also time the JSON, Cornerstone, Workday and Moodle exports at the largest size.",
    )
    return parser.parse_args(argv)


# --- memory ------------------------------------------------------------------------------


def _status(field: str) -> float:
    """A VmXXX line of /proc/self/status, in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # reset VmHWM to the current RSS (Linux >= 4.0)
        return True
    except OSError:
        return False


class Measure:
    def __init__(self):
        self.resettable = _reset_peak()
        self.before = _status("VmRSS")
        self.started = time.perf_counter()
        self.cpu_started = time.process_time()

    def stop(self) -> tuple[float, float, float, float]:
        """Wall seconds, CPU seconds of this process, peak RSS and what the export added.
        CPU time leaves out the database server (PostgreSQL) and the time other processes
        took the cores from us: on a shared 2-core machine it is the steadier figure."""
        seconds = time.perf_counter() - self.started
        cpu = time.process_time() - self.cpu_started
        peak = _status("VmHWM")
        return seconds, cpu, peak, peak - self.before


# --- population --------------------------------------------------------------------------


def build_catalogue(workshops: int):
    from tests.factories import build_academy

    levels = ("beginner", "intermediate")
    courses = max(1, (workshops + len(levels) - 1) // len(levels))
    built = build_academy(courses=courses, lessons=1, levels=levels)
    pages = [built.workshops[key] for key in sorted(built.workshops)][:workshops]
    quiz = _quiz()
    return pages, quiz


def _quiz():
    from quizzes.models import Quiz

    return Quiz.objects.create(title="Bench quiz")


def add_learners(start: int, count: int, workshops, quiz, rng: random.Random) -> None:
    """`count` learners with a profile, each enrolled in every workshop: completed and passed
    (with a submitted attempt and a certificate), failed, in progress or not started."""
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from certificates.codes import code_digest, code_new
    from certificates.models import Certificate
    from courses.models import CompletionStatus, Enrollment, SuccessStatus
    from lms.accounts.models import LearnerProfile, User
    from lms.advocacy.models import LearnerTier
    from quizzes.models import Attempt, AttemptStatus

    password = make_password(None)
    now = timezone.now()
    departments = ["Marketing", "Sales", "Engineering", "HR", "Finance", "Legal", "IT"]
    parents = {w.pk: w.get_parent().translation_key for w in workshops}
    batch = 1000
    for offset in range(0, count, batch):
        size = min(batch, count - offset)
        with transaction.atomic():
            users = User.objects.bulk_create(
                [
                    User(
                        email=f"learner{start + offset + i:06d}@bench.test",
                        first_name="Camille",
                        last_name=f"Martin {start + offset + i}",
                        password=password,
                    )
                    for i in range(size)
                ]
            )
            if not users[0].pk:  # backends that do not return ids
                users = list(User.objects.filter(email__in=[u.email for u in users]))
            LearnerProfile.objects.bulk_create(
                [
                    LearnerProfile(
                        user=user,
                        employee_id=f"E{start + offset + i:06d}",
                        department=departments[(start + offset + i) % len(departments)],
                        team=f"Team {(start + offset + i) % 13}",
                    )
                    for i, user in enumerate(users)
                ]
            )
            enrollments, plans = [], []
            for user in users:
                for workshop in workshops:
                    roll = rng.random()
                    enrolled = now - timedelta(days=rng.randint(10, 300))
                    started = enrolled + timedelta(hours=2) if roll < 0.8 else None
                    done = roll < 0.45
                    passed = roll < 0.4
                    enrollments.append(
                        Enrollment(
                            user=user,
                            course_key=parents[workshop.pk],
                            workshop_key=workshop.translation_key,
                            registration=uuid.uuid4(),
                            enrolled_at=enrolled,
                            started_at=started,
                            completion_status=CompletionStatus.COMPLETED
                            if done
                            else (
                                CompletionStatus.IN_PROGRESS
                                if started
                                else CompletionStatus.NOT_STARTED
                            ),
                            completed_at=enrolled + timedelta(days=3) if done else None,
                            success_status=SuccessStatus.PASSED
                            if passed
                            else (SuccessStatus.FAILED if done else SuccessStatus.UNKNOWN),
                            passed_at=enrolled + timedelta(days=3) if passed else None,
                            score_scaled=0.9 if passed else (0.5 if done else None),
                            due_date=(enrolled + timedelta(days=30)).date(),
                        )
                    )
                    plans.append((user, workshop, done, passed, enrolled))
            created = Enrollment.objects.bulk_create(enrollments)
            attempts, certificates = [], []
            for enrollment, (user, workshop, done, passed, enrolled) in zip(
                created, plans, strict=True
            ):
                if not done:
                    continue
                submitted = enrolled + timedelta(days=3)
                attempts.append(
                    Attempt(
                        quiz=quiz,
                        quiz_key=quiz.translation_key,
                        user=user,
                        context_key=workshop.translation_key,
                        number=1,
                        status=AttemptStatus.SUBMITTED,
                        started_at=submitted - timedelta(minutes=9),
                        submitted_at=submitted,
                        score_raw=9 if passed else 5,
                        score_max=10,
                        score_scaled=0.9 if passed else 0.5,
                        passed=passed,
                    )
                )
                if passed:
                    code = code_new()
                    certificates.append(
                        Certificate(
                            public_id=uuid.uuid4(),
                            user=user,
                            enrollment_id=enrollment.pk,
                            workshop_key=workshop.translation_key,
                            course_key=parents[workshop.pk],
                            level=workshop.level,
                            language="en",
                            holder_name=user.last_name,
                            title=workshop.title,
                            issuer="Bench",
                            issued_at=submitted,
                            expires_at=submitted + timedelta(days=730),
                            code=code,
                            code_digest=code_digest(code),
                        )
                    )
            Attempt.objects.bulk_create(attempts)
            Certificate.objects.bulk_create(certificates)
            LearnerTier.objects.bulk_create(
                [
                    LearnerTier(user=user, slug="relay", rank=1, since=now)
                    for user in users
                    if user.pk % 3 == 0
                ]
            )


# --- the exports -------------------------------------------------------------------------


class _Null:
    def write(self, data):
        return len(data)


def floor_csv() -> int:
    """performance.md's floor: values_list + iterator(2000) + csv.writer, nothing else."""
    from courses.models import Enrollment

    writer = csv.writer(_Null())
    rows = 0
    for row in (
        Enrollment.objects.order_by("pk")
        .values_list(
            "registration",
            "user__profile__employee_id",
            "user__email",
            "course_key",
            "workshop_key",
            "enrolled_at",
            "started_at",
            "completed_at",
            "completion_status",
            "success_status",
            "score_scaled",
        )
        .iterator(chunk_size=2000)
    ):
        writer.writerow(row)
        rows += 1
    return rows


def our_export(preset_name: str) -> int:
    import tempfile

    from lms.reports.exports import PRESETS, ExportRun

    run = ExportRun(preset=PRESETS[preset_name], channel="command")
    with tempfile.TemporaryFile() as file:
        return run.write(file)


def run(args, started: float) -> int:
    import django  # noqa: F401
    from django.core.management import call_command

    rng = random.Random(args.seed)
    print(f"Porte-voix export benchmark on {_database_label()}")
    print("Building:")
    done = _step("migrate")
    call_command("migrate", verbosity=0, interactive=False)
    done()
    done = _step(f"academy with {args.workshops} workshops")
    workshops, quiz = build_catalogue(args.workshops)
    done()
    steps = [args.learners // 4, args.learners // 2, args.learners]
    have = 0
    results = []
    for target in steps:
        done = _step(f"learners {have:,} -> {target:,}")
        add_learners(have, target - have, workshops, quiz, rng)
        have = target
        done(f" ({have * len(workshops):,} enrollments)")
        exports = [
            ("floor: values_list + csv", floor_csv),
            ("canonical CSV", lambda: our_export("canonical-csv")),
            ("SAP preset CSV", lambda: our_export("sap")),
            ("canonical XLSX", lambda: our_export("canonical-xlsx")),
        ]
        if args.xlsx_final_only and target != steps[-1]:
            exports.pop()
        if args.all_formats and target == steps[-1]:
            exports += [
                ("canonical JSON", lambda: our_export("canonical-json")),
                ("Cornerstone CSV", lambda: our_export("cornerstone")),
                ("Workday CSV", lambda: our_export("workday")),
                ("Moodle CSV", lambda: our_export("moodle")),
            ]
        for name, work in exports:
            measure = Measure()
            rows = work()
            seconds, cpu, peak, added = measure.stop()
            results.append((have * len(workshops), name, rows, seconds, cpu, peak, added))
            print(
                f"    {name:<26} {rows:>8,} rows {seconds:7.2f} s  CPU {cpu:7.2f} s"
                f"  peak RSS {peak:7.1f} MB  (+{added:.1f} MB)",
                flush=True,
            )
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(our_export, "canonical-csv")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    print()
    print(
        f"{'records':>9}  {'export':<26} {'rows':>8}  {'seconds':>8}  {'CPU s':>8}"
        f"  {'x floor':>7}  {'peak MB':>8}  {'+MB':>6}"
    )
    floors = {r: cpu for r, name, _rows, _s, cpu, _p, _a in results if name.startswith("floor")}
    for records, name, rows, seconds, cpu, peak, added in results:
        times = cpu / floors[records] if floors.get(records) else 0
        print(
            f"{records:>9,}  {name:<26} {rows:>8,}  {seconds:8.2f}  {cpu:8.2f}"
            f"  {times:6.2f}x  {peak:8.1f}  {added:6.1f}"
        )
    final = {name: (seconds, cpu, peak) for r, name, _rows, seconds, cpu, peak, _a in results
             if r == steps[-1] * len(workshops)}  # fmt: skip
    csv_seconds, csv_cpu, csv_peak = final["canonical CSV"]
    floor_seconds, floor_cpu, _ = final["floor: values_list + csv"]
    ratio = csv_seconds / floor_seconds if floor_seconds else 0
    cpu_ratio = csv_cpu / floor_cpu if floor_cpu else 0
    added_by_step = [a for _r, name, _rows, _s, _c, _p, a in results if name == "canonical CSV"]
    print()
    print("Targets (issues 7 and 12, docs/performance.md), at the largest size:")
    print(
        f"  canonical CSV time   {csv_seconds:6.2f} s   target < {CSV_SECONDS:.0f} s      "
        + ("PASS" if csv_seconds < CSV_SECONDS else "MISS")
    )
    print(
        f"  canonical CSV memory {csv_peak:6.1f} MB  target < {CSV_MB:.0f} MB peak RSS "
        + ("PASS" if csv_peak < CSV_MB else "MISS")
    )
    print(
        f"  vs the floor, CPU    {cpu_ratio:6.2f} x   aim  <= {FLOOR_RATIO:.0f} x (same run)   "
        + ("PASS" if cpu_ratio <= FLOOR_RATIO else "MISS")
    )
    print(f"  vs the floor, wall   {ratio:6.2f} x   (noisier: other processes share the cores)")
    print(
        "  memory added by the CSV export at 25/50/100 %: "
        + " / ".join(f"{a:.1f} MB" for a in added_by_step)
        + "  (flat = does not grow with the rows)"
    )
    if not Measure().resettable:
        print("  (note: /proc/self/clear_refs unavailable: peaks are the process's lifetime peak)")
    print(run_footer(started))
    return 0


def main(argv=None) -> int:
    return with_bench_database(parse_args(argv), run)


if __name__ == "__main__":
    sys.exit(main())
