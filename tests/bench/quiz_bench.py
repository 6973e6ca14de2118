"""Porte-voix quiz benchmark: submitting a 20-question attempt, and the pure graders.

    .venv/bin/python tests/bench/quiz_bench.py              # SQLite, in a temporary file
    .venv/bin/python tests/bench/quiz_bench.py --postgres   # PostgreSQL, porte_voix_quiz_bench

Builds a fresh database (migrations, a one-workshop academy whose final quiz has 20
questions of every type, learners who finished the lessons), then prints:

- the server time of a submission, median and p95 (target: p95 < 60 ms and at most 30
  queries, issue 12), through the
  learner's real HTTP view (POST /en/learn/workshops/<id>/quiz/attempts/<id>/, Django test
  client, middleware included) when it exists, else through
  `courses.services.workshop_quiz_submit`; with, as diagnostics from the same run, the
  course service alone and the quiz engine alone (`quizzes.services.attempt_submit`);
- the throughput of the pure graders (`quizzes.grading`), in answers per second
  (target: >= 20,000/s, i.e. grading 20 answers costs under 1 ms, 1% of the budget).

Only the submission is timed: each attempt is started (and its form data built) untimed,
just before. The probes are interleaved attempt by attempt, so a noisy neighbour slows them
all alike. Answers alternate between all right, all wrong and half right, so passing,
failing and the workshop's success bookkeeping are all exercised. The database is removed
at the end (--keep leaves it). Reuses tests/bench/run.py's database helpers: the PostgreSQL
database must have "bench" in its name and is never `test` or `test_test`.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
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

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_quiz_bench"
QUESTIONS = 20
TARGET_P95_MS = 60.0  # issue 12's target for submitting a 20-question attempt (HTTP)
TARGET_QUERIES = 30  # issue 12: at most 30 queries, whatever the number of questions
TARGET_ANSWERS_PER_S = 20_000  # 20 answers graded in under 1 ms


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tests/bench/quiz_bench.py",
        description="Time the submission of a 20-question quiz attempt and the pure graders.",
    )
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--attempts", type=int, default=200, help="timed submissions (200)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed submissions (10)")
    parser.add_argument("--learners", type=int, default=40, help="learners per probe (40)")
    parser.add_argument(
        "--grader-seconds", type=float, default=2.0, help="time spent on the graders (2 s)"
    )
    parser.add_argument("--seed", type=int, default=20240501, help="random seed")
    parser.add_argument(
        "--check", action="store_true", help="exit with status 1 when a target is missed"
    )
    args = parser.parse_args(argv)
    if args.attempts < 20:
        parser.error("--attempts must be at least 20 for a p95 to mean something")
    if args.learners < 1:
        parser.error("--learners must be at least 1")
    return args


# --- what is measured ----------------------------------------------------------------------


class BenchError(RuntimeError):
    pass


@dataclass
class Probe:
    """One way of submitting an attempt. `prepare(learner, answers_kind)` starts an attempt
    (untimed) and returns a callable that submits it (timed)."""

    name: str
    prepare: object
    kind: str = "target"  # "target" (held to the p95 target) or "diagnostic"
    times_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    queries: int | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.times_ms, n=100, method="inclusive")[94]


_RESPONSES: dict[int, tuple[object, object]] = {}  # question id -> (right, wrong) response


def _answers(attempt, kind: int) -> dict:
    """All right (0), all wrong (1) or the first half right (2). The responses of each
    question are worked out once (the same questions come back in every attempt), so
    preparing an attempt stays cheap next to the submission it prepares."""
    from quizzes.selectors import questions_with_parts
    from tests.quizzes.builders import wrong_response

    missing = [pk for pk in attempt.question_ids if pk not in _RESPONSES]
    if missing:
        for pk, question in questions_with_parts(missing).items():
            _RESPONSES[pk] = (question.correct_response(), wrong_response(question))
    half = len(attempt.question_ids) // 2
    answers = {}
    for n, pk in enumerate(attempt.question_ids):
        right = kind == 0 or (kind == 2 and n < half)
        answers[str(pk)] = _RESPONSES[pk][0 if right else 1]
    return answers


def _http_view_available(workshop) -> bool:
    try:
        from django.urls import NoReverseMatch, reverse

        from quizzes.form_input import post_data  # noqa: F401

        reverse("courses:quiz_attempt", kwargs={"page_id": workshop.pk, "attempt_id": 1})
        return True
    except (ImportError, NoReverseMatch):
        return False


def probes_for(args, setup) -> tuple[list[Probe], str]:
    from django.test import Client
    from django.urls import reverse
    from django.utils.translation import override

    from courses import services as course_services
    from quizzes import services as quiz_services

    workshop, standalone = setup.workshop, setup.standalone
    pools = {name: iter(range(10**9)) for name in ("http", "course", "quiz")}

    def learner_of(name, learners):
        return learners[next(pools[name]) % len(learners)]

    def prepare_course(kind):
        user = learner_of("course", setup.course_learners)
        attempt = course_services.workshop_quiz_start(user=user, workshop=workshop)
        answers = _answers(attempt, kind)
        return lambda: course_services.workshop_quiz_submit(
            user=user, workshop=workshop, attempt_id=attempt.pk, answers=answers
        )

    def prepare_quiz(kind):
        user = learner_of("quiz", setup.quiz_learners)
        attempt = quiz_services.attempt_start(user=user, quiz=standalone)
        answers = _answers(attempt, kind)
        return lambda: quiz_services.attempt_submit(
            attempt_id=attempt.pk, user=user, answers=answers
        )

    probes = []
    note = ""
    if _http_view_available(workshop):
        from quizzes.form_input import post_data
        from quizzes.selectors import attempt_questions

        clients = {}

        def prepare_http(kind):
            user = learner_of("http", setup.http_learners)
            if user.pk not in clients:
                clients[user.pk] = Client()
                clients[user.pk].force_login(user)
            client = clients[user.pk]
            attempt = course_services.workshop_quiz_start(user=user, workshop=workshop)
            data = post_data(attempt_questions(attempt=attempt), _answers(attempt, kind))
            with override("en"):
                url = reverse(
                    "courses:quiz_attempt",
                    kwargs={"page_id": workshop.pk, "attempt_id": attempt.pk},
                )

            def submit():
                response = client.post(url, data)
                if response.status_code != 302 or "/result/" not in response["Location"]:
                    raise BenchError(
                        f"POST {url} answered {response.status_code}"
                        + (f" -> {response['Location']}" if response.has_header("Location") else "")
                        + ": the benchmark measures only accepted submissions."
                    )
                return response

            submit.url = url
            return submit

        probes.append(Probe("POST the quiz form (HTTP view)", prepare_http))
        probes.append(
            Probe("courses.services.workshop_quiz_submit", prepare_course, kind="diagnostic")
        )
    else:
        note = (
            "The learner quiz views (courses:quiz_attempt) were not found: the target is "
            "measured on courses.services.workshop_quiz_submit instead of an HTTP request."
        )
        probes.append(Probe("courses.services.workshop_quiz_submit", prepare_course))
    probes.append(Probe("quizzes.services.attempt_submit", prepare_quiz, kind="diagnostic"))
    return probes, note


def measure(probes: list[Probe], *, attempts: int, warmup: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for i in range(warmup):
        for probe in probes:
            probe.prepare(i % 3)()
    for probe in probes:  # queries of one all-right submission, outside the timed ones
        submit = probe.prepare(0)
        with CaptureQueriesContext(connection) as captured:
            submit()
        probe.queries = len(captured)
    for i in range(attempts):
        for probe in probes:
            submit = probe.prepare(i % 3)
            cpu, started = time.process_time(), time.perf_counter()
            submit()
            probe.times_ms.append((time.perf_counter() - started) * 1000)
            probe.cpu_ms.append((time.process_time() - cpu) * 1000)


# --- the pure graders ----------------------------------------------------------------------


def grader_cases(rng: random.Random) -> list[tuple[object, dict]]:
    """Typical answers of every type, as the graders receive them (keys, not positions)."""
    from quizzes import grading

    def keys(n):
        return [f"{rng.getrandbits(128):032x}" for _ in range(n)]

    cases = []
    for _ in range(50):
        options = keys(4)
        cases.append(
            (
                grading.grade_single,
                {"correct": options[0], "response": rng.choice(options), "points": 1},
            )
        )
        cases.append(
            (
                grading.grade_true_false,
                {"correct": True, "response": rng.random() < 0.5, "points": 1},
            )
        )
        options = keys(5)
        cases.append(
            (
                grading.grade_multiple,
                {
                    "correct": options[:3],
                    "response": rng.sample(options, rng.randint(1, 5)),
                    "points": 2,
                    "partial_credit": rng.random() < 0.5,
                },
            )
        )
        steps = keys(5)
        cases.append(
            (
                grading.grade_ordering,
                {"correct": steps, "response": rng.sample(steps, 5), "points": 1},
            )
        )
        pairs = keys(4)
        cases.append(
            (
                grading.grade_matching,
                {
                    "correct": {k: k for k in pairs},
                    "response": dict(zip(pairs, rng.sample(pairs, 4), strict=True)),
                    "points": 2,
                },
            )
        )
        cases.append(
            (
                grading.grade_short_text,
                {
                    "accepted": ["Authentification à deux facteurs", "2FA", "two-factor"],
                    "response": rng.choice(
                        ["« authentification a deux facteurs »", "2fa", "mot de passe"]
                    ),
                    "points": 1,
                },
            )
        )
    rng.shuffle(cases)
    return cases


def grader_throughput(seconds: float, seed: int) -> tuple[float, dict[str, float]]:
    """Answers graded per second over the whole mix, and per grader."""
    cases = grader_cases(random.Random(seed))
    graded, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for grade, kwargs in cases:
            grade(**kwargs)
        graded += len(cases)
    overall = graded / (time.perf_counter() - started)
    per_grader = {}
    for name in sorted({g.__name__ for g, _ in cases}):
        subset = [(g, kw) for g, kw in cases if g.__name__ == name]
        count, began = 0, time.perf_counter()
        while time.perf_counter() - began < seconds / 10:
            for grade, kwargs in subset:
                grade(**kwargs)
            count += len(subset)
        per_grader[name] = count / (time.perf_counter() - began)
    return overall, per_grader


# --- the run -------------------------------------------------------------------------------


@dataclass
class Setup:
    workshop: object
    standalone: object
    http_learners: list
    course_learners: list
    quiz_learners: list


def build(args) -> Setup:
    from django.core.cache import cache
    from django.core.management import call_command

    from courses import services as course_services
    from tests.factories import build_academy, make_user
    from tests.quizzes.builders import mixed_quiz

    done = _step("migrate")
    call_command("migrate", verbosity=0, interactive=False)
    done()
    done = _step(f"academy, and two quizzes of {QUESTIONS} questions of every type")
    built = build_academy(courses=1, lessons=2, levels=("beginner",))
    workshop = built.workshop()
    workshop.final_quiz = mixed_quiz(QUESTIONS, title="Final quiz")
    workshop.pass_mark = 70
    workshop.save()
    standalone = mixed_quiz(QUESTIONS, title="Standalone quiz")
    done()
    done = _step(f"{3 * args.learners} learners who finished the lessons")
    groups = []
    for _ in range(3):
        learners = [make_user() for _ in range(args.learners)]
        groups.append(learners)
    for user in groups[0] + groups[1]:
        for lesson in built.lessons_of():
            course_services.lesson_complete(user=user, lesson=lesson)
    done()
    cache.clear()
    workshop.refresh_from_db()
    return Setup(workshop, standalone, *groups)


def report(probes: list[Probe], rate: float, per_grader: dict[str, float]) -> tuple[str, bool]:
    header = (
        f"{'submission of a 20-question attempt':<44} {'queries':>7} {'median ms':>10} "
        f"{'p95 ms':>8} {'cpu ms':>7}  target p95 < {TARGET_P95_MS:g} ms, "
        f"<= {TARGET_QUERIES} queries"
    )
    lines = [header, "-" * len(header)]
    all_pass = True
    for probe in probes:
        if probe.kind == "target":
            fast = probe.p95 < TARGET_P95_MS
            few = probe.queries <= TARGET_QUERIES
            all_pass &= fast and few
            verdict = "PASS" if fast and few else "MISS"
            if not few:
                verdict += f" (queries > {TARGET_QUERIES})"
            if not fast:
                verdict += f" (p95 >= {TARGET_P95_MS:g} ms)"
        else:
            verdict = "diagnostic"
        lines.append(
            f"{probe.name:<44} {probe.queries:>7} {probe.median:>10.1f} {probe.p95:>8.1f} "
            f"{statistics.median(probe.cpu_ms):>7.1f}  {verdict}"
        )
    passed = rate >= TARGET_ANSWERS_PER_S
    all_pass &= passed
    lines += [
        "",
        f"{'pure graders (quizzes.grading)':<44} {'answers/s':>36}  target >= "
        f"{TARGET_ANSWERS_PER_S:,}/s",
        "-" * len(header),
        f"{'all types, mixed':<44} {rate:>36,.0f}  {'PASS' if passed else 'MISS'}",
    ]
    for name, value in per_grader.items():
        lines.append(f"{'  ' + name:<44} {value:>36,.0f}  diagnostic")
    return "\n".join(lines), all_pass


def main(argv=None) -> int:
    # run.py's helper reads args.postgres; our default URL names our own database.
    return with_bench_database(parse_args(argv), run)


def run(args, started: float) -> int:
    import django
    import wagtail

    production_task_queue()

    print(f"Porte-voix quiz benchmark on {_database_label()}")
    print("Building:")
    setup = build(args)
    probes, note = probes_for(args, setup)
    print(
        f"Measuring: {args.attempts} timed submissions per probe after {args.warmup} warm-up, "
        f"interleaved, {args.learners} learners per probe; each attempt started untimed"
    )
    load_before = os.getloadavg()[0]
    try:
        measure(probes, attempts=args.attempts, warmup=args.warmup)
    except BenchError as error:
        print(f"\nERROR: {error}", file=sys.stderr)
        return 2
    done = _step(f"pure graders, {args.grader_seconds:g} s")
    rate, per_grader = grader_throughput(args.grader_seconds, args.seed)
    done()
    load_after = os.getloadavg()[0]

    table, all_pass = report(probes, rate, per_grader)
    print()
    print(table)
    if note:
        print(f"\nNOTE: {note}")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nPeak RSS {peak_mib:.0f} MiB; whole run {time.perf_counter() - started:.0f} s; "
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs"
    )
    busy = max(load_before, load_after) > (os.cpu_count() or 1) * 0.75
    print(
        f"Load average (1 min) {load_before:.1f} before and {load_after:.1f} after measuring"
        + (
            "; other processes shared the CPUs, so times are inflated (the cpu ms column, "
            "this process's CPU time, is less sensitive to that)"
            if busy
            else ""
        )
    )
    print(
        "cpu ms: median CPU time of this process per submission (Django, our code and, on "
        "SQLite, the database; on PostgreSQL the server's own work is not in it)."
    )
    return 1 if args.check and not all_pass else 0


if __name__ == "__main__":
    sys.exit(main())
