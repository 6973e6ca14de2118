"""Load run: signed-in learners against gunicorn with production settings, on PostgreSQL.

    .venv/bin/python tests/bench/load.py                          # 50 learners, 60 s
    .venv/bin/python tests/bench/load.py --users 10 --seconds 10  # a quick look
    .venv/bin/python tests/bench/load.py --check                  # exit 1 on any error

Builds a fresh PostgreSQL database (porte_voix_load_bench: the same rules as run.py, the name
must contain "bench"), with the demo academy, 1,000 learners and the plain Wagtail floor page
(tests/bench/population.py), then one learner account per simulated user. It starts gunicorn
(2 workers, `lms.settings.production` through tests/bench/load_settings.py) and
`manage.py db_worker --backend lms` on 127.0.0.1, and drives the learners from threads of this
process (tests/bench/load_client.py):

1. one page at a time (the first third of --seconds): every learner requests the same page,
   in slices interleaved floor / lesson / dashboard (two rounds), which gives each page's
   requests per second next to the floor's from the same run and the same gunicorn;
2. mixed traffic (the other two thirds): each learner cycles through the dashboard, a
   lesson page, that lesson's completion (POST with CSRF), the floor page, and every second
   cycle the final quiz: start an attempt (POST), the attempt page, the answers (POST).

It prints per route the requests, req/s, p50, p95 and errors next to the goal (no error,
>= 100 req/s on the lesson page), and stops gunicorn and the worker whatever happens.
See tests/bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import importlib.util
import itertools
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.bench.load_client import Learner, Unexpected, merged, table  # noqa: E402
from tests.bench.run import (  # noqa: E402
    _database_label,
    _step,
    database_arguments,
    run_footer,
    with_bench_database,
)

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_load_bench"
# A Redis database of the load run's own (13 and 14 belong to the deploy and storage tests).
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/12"
ACADEMY_HOST = "academy.bench.test"
LESSON_GOAL = 100.0  # req/s on the lesson page (issue 12)
# One-route phase: each slice serves one page to every learner. Two rounds of the three pages
# at least, and slices of 2 s at least: much longer than a request waits in gunicorn's queue,
# so the requests still in flight when the page changes are few next to a slice's.
MIN_SLICE_SECONDS = 2.0
ROUNDS = 2
READY_TIMEOUT = 60
PASSWORD = "load-run-password"  # noqa: S105 - the benchmark's own throwaway accounts
FORM_SIGN_INS = 2  # learners who sign in through the real form; the others get a session

ROUTES = (
    "dashboard",
    "lesson page",
    "lesson completion (POST)",
    "floor: plain Wagtail page",
    "quiz start (POST)",
    "quiz attempt page",
    "quiz submission (POST)",
)
ONE_ROUTE = ("floor: plain Wagtail page", "lesson page", "dashboard")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="tests/bench/load.py", description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=50, help="concurrent learners (50)")
    parser.add_argument("--seconds", type=int, default=60, help="seconds of traffic (60)")
    parser.add_argument("--learners", type=int, default=1000, help="population (1000)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads per gunicorn worker (1: sync workers, as the README runs them; more: "
        "gthread workers, which also keep connections alive)",
    )
    parser.add_argument(
        "--redis-url",
        default=DEFAULT_REDIS_URL,
        help=f"the cache ({DEFAULT_REDIS_URL}, flushed first); without the redis package "
        "the run uses the production fallback, a cache table in the database",
    )
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--check", action="store_true", help="exit 1 when any request failed")
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    args = parser.parse_args(argv)
    if args.users < 1 or args.seconds < 3 or args.workers < 1 or args.threads < 1:
        parser.error("--users, --workers and --threads must be at least 1, --seconds at least 3")
    args.postgres = args.postgres or DEFAULT_POSTGRES_URL  # production runs on PostgreSQL only
    args.via_services = min(12, args.learners)
    return args


# --- the database: population, one account per simulated learner -------------------------


def quiz_workshop(shape):
    """A beginner workshop whose final quiz can be retaken at once and without limit."""
    for course in shape:
        first = course[0]
        quiz = first.workshop.final_quiz
        if quiz and not quiz.attempts_allowed and not quiz.delay_minutes and first.lessons:
            return first
    raise SystemExit("No beginner workshop with an unlimited final quiz in the demo academy.")


def load_learners_create(count: int, shape, quiz_ws):
    """`count` learners, through the services: each has done every lesson of the quiz
    workshop (so the final quiz opens) and is enrolled in the other courses' first workshop,
    whose lessons the run completes. Returns (user, [lesson pages to walk]) pairs."""
    from courses import services as course_services
    from lms.accounts import roles
    from lms.accounts.services import user_create

    others = [course[0] for course in shape if course[0] is not quiz_ws and course[0].lessons]
    walk = [lesson for ws in others for lesson in ws.lessons] or list(quiz_ws.lessons)
    learners = []
    for i in range(count):
        user = user_create(
            email=f"load{i:04d}@bench.porte-voix.test",
            first_name="Load",
            last_name=f"Learner {i}",
            employee_id=f"L{i:05d}",
            groups=(roles.LEARNERS,),
        )
        course_services.workshop_enroll(user=user, workshop=quiz_ws.workshop)
        for lesson in quiz_ws.lessons:
            course_services.lesson_complete(user=user, lesson=lesson)
        for ws in others:
            course_services.workshop_enroll(user=user, workshop=ws.workshop)
        offset = i % len(walk)  # learners start on different lessons
        learners.append((user, walk[offset:] + walk[:offset]))
    return learners


def sessions_create(users, secret_key: str) -> list[str]:
    """A signed-in session per user, written where gunicorn reads it (the database), signed
    with the server's SECRET_KEY: the sign-in without its password hashing (PBKDF2, ~0.5 s of
    CPU a sign-in, would be most of the set-up) and without the sign-in throttle."""
    from django.test import Client, override_settings

    keys = []
    with override_settings(SECRET_KEY=secret_key):
        for user in users:
            client = Client()
            client.force_login(user)
            keys.append(client.cookies["sessionid"].value)
    return keys


def form_password_set(users) -> None:
    """A real password (the production hasher, PBKDF2) for the learners who sign in through
    the form. The benchmark's settings hash with MD5, so the hasher is called directly."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    from lms.accounts.models import User

    encoded = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    User.objects.filter(pk__in=[u.pk for u in users]).update(password=encoded)


# --- the server ----------------------------------------------------------------------------


def redis_usable(url: str) -> bool:
    """Whether production's RedisCache can run (it needs the redis package); if so, empty
    the run's own database number: a previous run's cached pages belong to another database."""
    if not url or importlib.util.find_spec("redis") is None:
        return False
    import redis

    redis.Redis.from_url(url).flushdb()
    return True


def production_environment(args, directory: Path, use_redis: bool) -> dict[str, str]:
    from tests.bench.population import FLOOR_HOST

    scrubbed = {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS"}
    env = {key: value for key, value in os.environ.items() if key not in scrubbed}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.bench.load_settings",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=f"{ACADEMY_HOST},{FLOOR_HOST}",
        DATABASE_URL=args.postgres,
        MEDIA_ROOT=str(directory / "media"),
        REPORTS_EXPORTS_ROOT=str(directory / "exports"),
        STATIC_ROOT=str(directory / "static"),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(REPO),
    )
    if use_redis:
        env["REDIS_URL"] = args.redis_url
    return env


class Services:
    """gunicorn and the task worker, each in a session of its own so that stopping one
    stops its children (gunicorn's workers) too."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.processes: dict[str, subprocess.Popen] = {}

    def start(self, name: str, command: list[str], env: dict[str, str]) -> None:
        with open(self.directory / f"{name}.log", "wb") as log:
            self.processes[name] = subprocess.Popen(  # noqa: S603 - our own commands
                command,
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def log(self, name: str, lines: int = 30) -> str:
        path = self.directory / f"{name}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def check_running(self) -> None:
        for name, process in self.processes.items():
            if process.poll() is not None:
                raise SystemExit(f"{name} exited with {process.returncode}:\n{self.log(name)}")

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def manage(env: dict[str, str], *arguments: str) -> None:
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *arguments],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(arguments)} failed:\n{result.stderr[-3000:]}")


def wait_until_serving(port: int, services: Services) -> None:
    probe = Learner(port=port, host=ACADEMY_HOST, floor_host=ACADEMY_HOST)
    deadline = time.monotonic() + READY_TIMEOUT
    try:
        while time.monotonic() < deadline:
            services.check_running()
            try:
                if probe.request("GET", "/en/accounts/login/")[0] == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass  # not listening yet
            time.sleep(0.3)
    finally:
        probe.close()
    raise SystemExit(f"gunicorn did not answer in {READY_TIMEOUT} s:\n{services.log('gunicorn')}")


# --- what each learner does ----------------------------------------------------------------


class QuizAnswers:
    """The form a learner posts for an attempt: the right answer to each of its questions
    (worked out once per question), in the attempt's own order of options."""

    def __init__(self):
        self.responses: dict[int, object] = {}
        self.lock = threading.Lock()

    def form(self, attempt_id: int) -> dict:
        from quizzes.form_input import post_data
        from quizzes.models import Attempt
        from quizzes.selectors import attempt_questions, questions_with_parts

        attempt = Attempt.objects.select_related("quiz").get(pk=attempt_id)
        with self.lock:
            missing = [pk for pk in attempt.question_ids if pk not in self.responses]
        if missing:
            found = {pk: q.correct_response() for pk, q in questions_with_parts(missing).items()}
            with self.lock:
                self.responses.update(found)
        answers = {str(pk): self.responses[pk] for pk in attempt.question_ids}
        return post_data(attempt_questions(attempt=attempt), answers)


class PhaseOver(Exception):
    """The phase's time is up: the learner stops between two requests, mid-cycle if need be,
    so that a slow cycle does not eat into the next phase."""


class VirtualLearner(Learner):
    """A learner's cycle (mixed phase) and one page at a time (one-route phase)."""

    def __init__(self, *, port, floor_path, lessons, quiz, answers, session_key=None, email=""):
        from tests.bench.population import FLOOR_HOST

        super().__init__(port=port, host=ACADEMY_HOST, floor_host=FLOOR_HOST)
        self.floor_path = floor_path
        self.lessons = itertools.cycle(lessons)  # (page path, completion path)
        self.first_lesson = lessons[0][0]
        self.quiz_start_path = quiz
        self.answers = answers
        self.email = email
        if session_key:
            self.cookies["sessionid"] = session_key
        # The figures of each part of the run: sign-in, one page at a time, mixed traffic.
        self.setup: dict = {}
        self.one: dict = {}
        self.mixed: dict = {}
        self.until: float | None = None  # time.monotonic() at which the phase ends

    def step(self, route, method, path, **kwargs):
        if self.until is not None and time.monotonic() >= self.until:
            raise PhaseOver
        return super().step(route, method, path, **kwargs)

    def sign_in(self) -> None:
        """Through the real form, as a browser: the login page, then the POST."""
        path = "/en/accounts/login/"
        _response, content = self.step("sign-in page", "GET", path, expect=200)
        form = {"csrfmiddlewaretoken": self.csrf(content, "sign-in page")}
        form.update(username=self.email, password=PASSWORD)
        self.step("sign-in form (POST)", "POST", path, expect=302, form=form)

    def cycle(self, number: int) -> None:
        self.step("dashboard", "GET", "/en/dashboard/", expect=200)
        page, complete = next(self.lessons)
        _response, content = self.step("lesson page", "GET", page, expect=200)
        token = self.csrf(content, "lesson page")
        self.step(
            "lesson completion (POST)",
            "POST",
            complete,
            expect=302,
            form={"csrfmiddlewaretoken": token},
            referer=page,
        )
        self.step("floor: plain Wagtail page", "GET", self.floor_path, expect=200,
                  host=self.floor_host)  # fmt: skip
        if number % 2 == 0:
            self.quiz(token, page)

    def quiz(self, token: str, referer: str) -> None:
        response, _content = self.step(
            "quiz start (POST)",
            "POST",
            self.quiz_start_path,
            expect=302,
            form={"csrfmiddlewaretoken": token},
            referer=referer,
        )
        attempt_path = urlsplit(response.getheader("Location", "")).path
        if "/quiz/attempts/" not in attempt_path:
            self.fail("quiz start (POST)", f"quiz start went to {attempt_path!r}")
        _response, content = self.step("quiz attempt page", "GET", attempt_path, expect=200)
        form = self.answers.form(int(attempt_path.rstrip("/").rsplit("/", 1)[-1]))
        form["csrfmiddlewaretoken"] = self.csrf(content, "quiz attempt page")
        response, _content = self.step(
            "quiz submission (POST)", "POST", attempt_path, expect=302, form=form
        )
        location = response.getheader("Location", "")
        if "/result/" not in location:  # the form came back: the answers were not accepted
            self.fail("quiz submission (POST)", f"POST {attempt_path}: 302 to {location}")

    def page(self, route: str) -> None:
        if route == "dashboard":
            self.step(route, "GET", "/en/dashboard/", expect=200)
        elif route == "lesson page":
            self.step(route, "GET", self.first_lesson, expect=200)
        else:
            self.step(route, "GET", self.floor_path, expect=200, host=self.floor_host)


def slice_length(one_route_seconds: float) -> float:
    return max(MIN_SLICE_SECONDS, one_route_seconds / (ROUNDS * len(ONE_ROUTE)))


def drive(learners, *, mixed_seconds: float, one_route_seconds: float, stop: threading.Event):
    """Run both phases on one thread per learner; returns when every thread is done. One
    page at a time comes first, while nothing else runs: the mixed phase leaves work behind
    (the worker renders the certificate PDF of each learner who passes the quiz)."""
    from django.db import connections

    started = time.monotonic() + 0.5  # every thread starts the clock together
    one_route_end = started + one_route_seconds
    end = one_route_end + mixed_seconds
    slice_seconds_ = slice_length(one_route_seconds)

    def run(learner: VirtualLearner) -> None:
        try:
            learner.setup, learner.stats = learner.stats, {}
            while time.monotonic() < started:
                time.sleep(0.01)
            learner.until = one_route_end
            with contextlib.suppress(PhaseOver):
                while not stop.is_set():
                    elapsed = time.monotonic() - started
                    route = ONE_ROUTE[int(elapsed / slice_seconds_) % len(ONE_ROUTE)]
                    with contextlib.suppress(Unexpected):  # counted; the learner goes on
                        learner.page(route)
            learner.one, learner.stats = learner.stats, {}
            learner.until = end
            number = 0
            with contextlib.suppress(PhaseOver):
                while not stop.is_set():
                    with contextlib.suppress(Unexpected):
                        learner.cycle(number)
                    number += 1
        finally:
            learner.mixed = learner.stats
            learner.close()
            connections.close_all()  # this thread's database connection (quiz answers)

    threads = [threading.Thread(target=run, args=(lr,), daemon=True) for lr in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():
            thread.join(timeout=0.5)


def slice_seconds(route: str, total: float) -> float:
    """How long the one-route phase served `route`: its share of the slices."""
    index, length = ONE_ROUTE.index(route), slice_length(total)
    whole, rest = divmod(total, length * len(ONE_ROUTE))
    extra = min(max(rest - index * length, 0.0), length)
    return whole * length + extra


# --- the run -------------------------------------------------------------------------------


def run(args, started: float) -> int:
    from django.urls import reverse
    from django.utils import translation

    from tests.bench.population import path_of
    from tests.bench.run import build
    from tests.lrs import free_port

    print(f"Porte-voix load run on {_database_label()}")
    print("Building:")
    population, shape, floors = build(args)
    quiz_ws = quiz_workshop(shape)
    done = _step(f"{args.users} load learners (through the services)")
    accounts = load_learners_create(args.users, shape, quiz_ws)
    done()

    directory = Path(tempfile.mkdtemp(prefix="porte-voix-load-"))
    use_redis = redis_usable(args.redis_url)
    env = production_environment(args, directory, use_redis)
    services = Services(directory)
    stop = threading.Event()

    def interrupted(signum, frame):  # SIGTERM as Ctrl-C: the finally below stops the servers
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupted)
    try:
        done = _step("collectstatic" + ("" if use_redis else ", createcachetable"))
        manage(env, "collectstatic", "--no-input", "-v0")
        if not use_redis:
            manage(env, "createcachetable")
        done()
        port = free_port()
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        command = [gunicorn, "lms.wsgi:application", "--workers", str(args.workers)]
        if args.threads > 1:
            command += ["--worker-class", "gthread", "--threads", str(args.threads)]
        services.start("gunicorn", [*command, "--bind", f"127.0.0.1:{port}"], env)
        services.start(
            "db_worker", [sys.executable, "manage.py", "db_worker", "--backend", "lms"], env
        )
        done = _step(f"gunicorn ({args.workers} workers) on 127.0.0.1:{port} and db_worker")
        wait_until_serving(port, services)
        done()

        done = _step("sign-in")
        users = [user for user, _walk in accounts]
        form_users = users[:FORM_SIGN_INS]
        form_password_set(form_users)
        keys = sessions_create(users[FORM_SIGN_INS:], env["SECRET_KEY"])
        with translation.override("en"):
            start_path = reverse("courses:quiz_start", args=[quiz_ws.workshop.pk])
            walks = [
                [
                    (path_of(lesson), reverse("courses:lesson_complete", args=[lesson.pk]))
                    for lesson in walk
                ]
                for _user, walk in accounts
            ]
        answers = QuizAnswers()
        learners = [
            VirtualLearner(
                port=port,
                floor_path=path_of(floors[0]),
                lessons=walk,
                quiz=start_path,
                answers=answers,
                session_key=None if i < FORM_SIGN_INS else keys[i - FORM_SIGN_INS],
                email=user.email,
            )
            for i, (user, walk) in enumerate(zip(users, walks, strict=True))
        ]
        for learner in learners[:FORM_SIGN_INS]:
            with contextlib.suppress(Unexpected):  # counted in the report's set-up rows
                learner.sign_in()
        done(f" ({len(form_users)} through the form, {len(keys)} sessions written)")

        mixed = args.seconds * 2 / 3
        one_route = args.seconds - mixed
        print(
            f"Driving {args.users} learners: {one_route:.0f} s one page at a time"
            f" ({slice_length(one_route):.1f} s slices: " + ", ".join(ONE_ROUTE) + "), then"
            f" {mixed:.0f} s of mixed traffic",
            flush=True,
        )
        load_before = os.getloadavg()[0]
        drive(learners, mixed_seconds=mixed, one_route_seconds=one_route, stop=stop)
        services.check_running()
        services.stop()  # before the report, which is then all that is left to do
        return report(args, learners, mixed, one_route, load_before, use_redis, services, started)
    except KeyboardInterrupt:
        stop.set()
        print("\nInterrupted: stopping gunicorn and the worker.", file=sys.stderr)
        return 130
    finally:
        stop.set()
        services.stop()
        signal.signal(signal.SIGTERM, previous)
        shutil.rmtree(directory, ignore_errors=True)  # logs, static files, media


def report(args, learners, mixed, one_route, load_before, use_redis, services, started) -> int:
    setup = merged(learners, "setup")
    one = merged(learners, "one")
    mixed_stats = merged(learners, "mixed")
    print()
    print(
        f"One page at a time, {args.users} learners, {one_route:.0f} s"
        f" ({slice_length(one_route):.1f} s slices)"
    )
    floor = one.get(ONE_ROUTE[0])
    floor_rate = len(floor.times) / slice_seconds(ONE_ROUTE[0], one_route) if floor else 0.0
    rows = []
    for route in ONE_ROUTE:
        stats = one.get(route)
        if stats is None:
            continue
        seconds = slice_seconds(route, one_route)
        rate = len(stats.times) / seconds if seconds else 0.0
        note = (
            "reference"
            if route == ONE_ROUTE[0]
            else f"{rate / floor_rate:.2f}x the floor"
            if floor_rate
            else ""
        )
        if route == "lesson page":
            note += f"; goal >= {LESSON_GOAL:g} req/s " + (
                "PASS" if rate >= LESSON_GOAL else "MISS"
            )
        rows.append((route, stats, seconds, note))
    print(table(rows))

    print()
    print(
        f"Mixed traffic, {args.users} learners, {mixed:.0f} s (req/s: the route's share of the mix)"
    )
    floor_mixed = mixed_stats.get(ONE_ROUTE[0])
    floor_p50 = floor_mixed.percentile(50) if floor_mixed and floor_mixed.times else 0.0
    rows = [
        (
            route,
            mixed_stats[route],
            mixed,
            "reference"
            if route == ONE_ROUTE[0]
            else f"p50 {mixed_stats[route].percentile(50) / floor_p50:.2f}x the floor's"
            if floor_p50 and mixed_stats[route].times
            else "",
        )
        for route in ROUTES
        if route in mixed_stats
    ]
    for route in ("sign-in page", "sign-in form (POST)"):
        if route in setup:
            rows.append((route, setup[route], 0, "set-up, before the timed traffic"))
    print(table(rows))

    errors = sum(s.errors for part in (setup, one, mixed_stats) for s in part.values())
    lesson = one.get("lesson page")
    lesson_rate = len(lesson.times) / slice_seconds("lesson page", one_route) if lesson else 0.0
    print()
    print(
        f"Goals: 0 errors: {errors} "
        + ("PASS" if errors == 0 else "FAIL")
        + f"; lesson page >= {LESSON_GOAL:g} req/s: {lesson_rate:.1f} "
        + ("PASS" if lesson_rate >= LESSON_GOAL else "MISS")
        + f" (floor {floor_rate:.1f} req/s, same gunicorn, same run)"
    )
    parts = (*setup.values(), *one.values(), *mixed_stats.values())
    samples = [s for stats in parts for s in stats.samples]
    for sample in samples[:8]:
        print(f"  error: {sample}")
    if errors:
        print("gunicorn's last lines:\n" + services.log("gunicorn", 15))
    cache = f"Redis {args.redis_url}" if use_redis else "a database table (no redis package)"
    print(
        f"Server: gunicorn {args.workers} "
        + (f"gthread workers x {args.threads} threads" if args.threads > 1 else "sync workers")
        + ", lms.settings.production (via "
        f"tests/bench/load_settings.py), cache {cache}; client: {args.users} threads of this "
        f"process. Load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after."
    )
    print(run_footer(started))
    return 1 if args.check and errors else 0


def main(argv=None) -> int:
    return with_bench_database(parse_args(argv), run)


if __name__ == "__main__":
    sys.exit(main())
