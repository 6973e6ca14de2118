"""Porte-voix benchmark: learner pages against a plain Wagtail page, in one run.

    make bench                          # SQLite, in a temporary file
    make bench BENCH_ARGS=--postgres    # PostgreSQL on 127.0.0.1, database porte_voix_bench

Builds a fresh database (migrations, the demo academy, 1,000 learners), then prints the
queries, the median and the p95 server time of the dashboard and lesson pages next to a
plain Wagtail page served to the same signed-in learners. See tests/bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_bench"
TARGET_MS = 50.0  # the target for the p95 of each learner page
RATIO_AIM = 1.5  # docs: a median within 1.5x of the plain logged-in Wagtail page
# Databases of the machine that the benchmark must never create or drop.
PROTECTED_DATABASES = {"postgres", "template0", "template1", "test", "test_test"}


def database_arguments(parser: argparse.ArgumentParser, default_url: str) -> None:
    """--postgres [URL] and --keep, the same in every benchmark script."""
    parser.add_argument(
        "--postgres",
        nargs="?",
        const=default_url,
        metavar="URL",
        help=f"run on PostgreSQL (default URL {default_url}); the database is "
        "dropped and created again, so its name must contain 'bench'",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the benchmark database instead of dropping it"
    )


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tests/bench/run.py",
        description="Time the dashboard and lesson pages against a plain Wagtail page.",
    )
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--learners", type=int, default=1000, help="learners to create (1000)")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page (200)")
    parser.add_argument(
        "--warmup", type=int, default=20, help="untimed requests per page (20, at least --sample)"
    )
    parser.add_argument(
        "--sample",
        type=int,
        default=20,
        help="signed-in learners the requests are spread over (20)",
    )
    parser.add_argument(
        "--via-services",
        type=int,
        default=12,
        help="learners written through courses.services rather than bulk_create (12)",
    )
    parser.add_argument("--seed", type=int, default=20240501, help="random seed")
    parser.add_argument("--sql", action="store_true", help="print the SQL of one request per page")
    parser.add_argument(
        "--profile",
        choices=["floor", "dashboard", "lesson", "workshop"],
        help="after the run, profile 100 requests of this page with cProfile and print the "
        "functions that take the most time",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit with status 1 when a page misses the target"
    )
    args = parser.parse_args(argv)
    for name in ("learners", "requests", "sample"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    if args.requests < 20:
        parser.error("--requests must be at least 20 for a p95 to mean something")
    args.via_services = max(0, min(args.via_services, args.learners))
    return args


# --- the database ------------------------------------------------------------------------


def _postgres_name(url: str) -> str:
    name = urlsplit(url).path.lstrip("/")
    if not name or name in PROTECTED_DATABASES or "bench" not in name:
        raise SystemExit(
            f"Refusing to drop and create the database {name!r}: the benchmark only works in "
            "a database of its own whose name contains 'bench'."
        )
    return name


def _postgres_admin(url: str, statements: list[str]) -> None:
    """Run statements on the server's maintenance database `postgres`."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    admin_url = parts._replace(scheme="postgresql", path="/postgres").geturl()
    name = _postgres_name(url)
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as conn:
        for statement in statements:
            conn.execute(sql.SQL(statement).format(sql.Identifier(name)))


def database_create(args) -> tuple[str, callable]:
    """A fresh, empty database; returns its URL and the function that removes it."""
    if args.postgres:
        url = args.postgres
        statements = ["DROP DATABASE IF EXISTS {} WITH (FORCE)", "CREATE DATABASE {}"]
        try:
            _postgres_admin(url, statements)
        except Exception as error:  # psycopg.OperationalError and friends
            raise SystemExit(f"Cannot prepare the PostgreSQL database at {url}: {error}") from None

        def drop():
            _postgres_admin(url, ["DROP DATABASE IF EXISTS {} WITH (FORCE)"])

        return url, drop

    directory = tempfile.mkdtemp(prefix="porte-voix-bench-")
    return f"sqlite:///{directory}/bench.sqlite3", lambda: shutil.rmtree(directory, True)


# --- the run -----------------------------------------------------------------------------


def _step(label: str):
    print(f"  {label} ...", end="", flush=True)
    started = time.perf_counter()

    def done(extra: str = ""):
        print(f" {time.perf_counter() - started:.1f} s{extra}", flush=True)

    return done


def run_footer(started: float) -> str:
    """The last line of a benchmark's report: Python, the machine's load, the run's time."""
    load = os.getloadavg()
    return (
        f"Python {platform.python_version()}, load average {load[0]:.2f} {load[1]:.2f}"
        f" {load[2]:.2f}; whole run {time.perf_counter() - started:.0f} s"
    )


def _database_label() -> str:
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version} (temporary file, WAL)"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    where = f"{connection.settings_dict['NAME']} on {connection.settings_dict['HOST']}"
    return f"PostgreSQL {version} ({where})"


def build(args):
    """Schema, demo academy, learners and floor pages. Returns what the probes need."""
    from django.core.cache import cache
    from django.core.management import call_command

    from lms.demo.builder import demo_build
    from tests.bench.population import academy_shape, floor_pages_create, learners_create

    done = _step("migrate")
    call_command("migrate", verbosity=0, interactive=False)
    done()
    done = _step("demo academy (lms.demo.builder.demo_build)")
    report = demo_build()
    done(f", {report.created_pages} pages")
    done = _step(f"{args.learners:,} learners ({args.via_services} through the services)")
    population = learners_create(
        count=args.learners, via_services=args.via_services, seed=args.seed
    )
    done()
    floors = floor_pages_create()
    cache.clear()  # Wagtail caches the site root paths; start from what a server would see
    return population, academy_shape(), floors


def probes_for(args, population, shape, floors):
    from django.test import Client

    from tests.bench.measure import Probe
    from tests.bench.population import FLOOR_HOST

    rng = random.Random(args.seed + 1)
    enrolled = [learner for learner in population.learners if learner.plans]
    if not enrolled:
        raise SystemExit("No learner is enrolled anywhere: raise --learners.")
    sample = rng.sample(enrolled, min(args.sample, len(enrolled)))
    via_services = [learner for learner in enrolled if learner.via_services]
    if via_services and not any(learner.via_services for learner in sample):
        sample[0] = via_services[0]  # measure at least one learner written by the services

    floor, floor_deep, floor_chrome = floors
    dashboard, lesson, workshop, plain, plain_deep, chrome = [], [], [], [], [], []
    academy, floor_site = {}, {"HTTP_HOST": FLOOR_HOST}
    for learner in sample:
        client = Client()
        client.force_login(learner.user)
        ws, chosen = rng.choice(population.open_lessons(learner, shape))
        # Each learner in their profile's language, as they would browse: a signed-in GET
        # under the other prefix is redirected (lms/i18n/middleware.py). The floor pages have
        # no French translation; Wagtail serves them under /fr/ all the same.
        language = learner.user.profile.preferred_language
        dashboard.append((client, f"/{language}/dashboard/", academy))
        lesson.append((client, _path_in(chosen, language), academy))
        workshop.append((client, _path_in(ws.workshop, language), academy))
        plain.append((client, _path_in(floor, language), floor_site))
        plain_deep.append((client, _path_in(floor_deep, language), floor_site))
        chrome.append((client, _path_in(floor_chrome, language), floor_site))
    return sample, [
        Probe("floor: plain Wagtail page", plain, kind="floor"),
        Probe("dashboard", dashboard),
        Probe("lesson page", lesson),
        Probe("workshop page", workshop, kind="diagnostic"),
        Probe("plain Wagtail page, lesson depth", plain_deep, kind="diagnostic"),
        Probe("plain Wagtail page in base.html", chrome, kind="diagnostic"),
    ]


def _path_in(page, language: str) -> str:
    """The path of the page's translation in `language`; for a page without one (the
    floors), its own path under that language's prefix."""
    from wagtail.models import Locale

    from tests.bench.population import path_of

    translated = page.get_translation_or_none(Locale.objects.get(language_code=language))
    if translated is not None:
        return path_of(translated)
    path = path_of(page)
    _empty, _prefix, rest = path.split("/", 2)
    return f"/{language}/{rest}"


def _counts() -> str:
    from courses.models import Enrollment, LessonCompletion
    from lms.accounts.models import LearnerProfile

    return (
        f"{LearnerProfile.objects.count():,} profiles, {Enrollment.objects.count():,} "
        f"enrollments, {LessonCompletion.objects.count():,} lesson completions"
    )


def production_task_queue() -> None:
    """Queue background work as production does (lms/settings/production.py): the test
    settings run the "lms" tasks in the request at commit (the certificate PDF, the e-mail,
    the xAPI delivery), which a learner never waits for in production, where a db_worker
    runs them. The benchmark measures what production does: an INSERT into the task queue.
    (ADR 0017: with the immediate backend the p95 is the PDF rendering.)"""
    from django.conf import settings
    from django.test.utils import override_settings

    tasks = {
        **settings.TASKS,
        "lms": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    override_settings(TASKS=tasks).enable()  # django-tasks forgets its backends on the signal


def with_bench_database(args, run) -> int:
    """Create the benchmark's own database, set Django up on it, call `run(args, started)`,
    and remove the database afterwards (unless --keep). Shared by every bench script."""
    url, remove_database = database_create(args)
    # Read by lms/settings/base.py through django-environ, so it must be set before setup.
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.bench.settings"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    # WhiteNoise warns that collectstatic never ran; the benchmark serves no static file.
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    started = time.perf_counter()
    try:
        import django

        django.setup()
        # As lms/wsgi.py does in production (the admin, its exports and the API run there).
        from lms.runtime import startup_heap_freeze

        startup_heap_freeze()
        return run(args, started)
    finally:
        from django.db import connections

        connections.close_all()
        if args.keep:
            print(f"Kept the benchmark database: {url}")
        else:
            remove_database()


def main(argv=None) -> int:
    return with_bench_database(parse_args(argv), run)


def run(args, started: float) -> int:
    import django
    import wagtail

    from tests.bench.measure import BenchError, count_queries, report, time_requests, warm_up

    print(f"Porte-voix benchmark on {_database_label()}")
    print("Building:")
    population, shape, floors = build(args)
    sample, probes = probes_for(args, population, shape, floors)
    lessons = sum(len(w.lessons) for course in shape for w in course)
    print(f"  data: {_counts()}; {len(shape)} courses, {lessons} English lessons")

    warmup = max(args.warmup, len(sample))
    print(
        f"Measuring: {args.requests} timed GETs per page after {warmup} warm-up, "
        f"interleaved, spread over {len(sample)} signed-in learners (Django test client)"
    )
    load_before = os.getloadavg()[0]
    try:
        warm_up(probes, requests=warmup)
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
    print(
        f"\nPeak RSS {peak_mib:.0f} MiB; whole run {time.perf_counter() - started:.0f} s; "
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs"
    )
    load_after = os.getloadavg()[0]
    busy = max(load_before, load_after) > (os.cpu_count() or 1) * 0.75
    print(
        f"Load average (1 min) {load_before:.1f} before and {load_after:.1f} after measuring"
        + (
            "; other processes shared the CPUs, so times are inflated: trust the ratios"
            if busy
            else ""
        )
    )
    print(
        f"Target: p95 < {TARGET_MS:g} ms for the dashboard and the lesson page; aim: median "
        f"within {RATIO_AIM:g}x of the floor measured in this run (compare ratios, not ms)."
    )
    if args.sql:
        for probe in probes:
            print(f"\n-- {probe.name}: {len(probe.sample_sql)} queries ({probe.example_url})")
            for number, statement in enumerate(probe.sample_sql, 1):
                print(f"{number:>3}. {statement}")
    if args.profile:
        from tests.bench.measure import profile

        probe = next(p for p in probes if p.name.startswith(args.profile))
        print(f"\n-- cProfile of 100 requests: {probe.name}")
        print(profile(probe, requests=100))
    return 1 if args.check and not all_pass else 0


if __name__ == "__main__":
    sys.exit(main())
