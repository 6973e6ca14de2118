"""The probe: every URL pattern of the project, as each of six roles, with real and hostile
ids, NUL characters, odd charsets, repeated fields, oversized and JSON bodies.

It fails on any 5xx, and on any page served to anonymous visitors or to learner A that shows
one of learner B's planted markers (in B's name and e-mail, B's text answer, B's question to
the referent). Staff pages are checked for 5xx only: HR sees B by design, a trainer's item
analysis counts answers, the referent reads B's question.

What is walked: `django.urls.get_resolver()`, recursively (our patterns, Wagtail's admin,
i18n prefixes), plus the URL of every live Wagtail page. A path parameter is filled with
real values from a small academy built here (B's attempt, B's certificate and its code,
B's question...) and with hostile ones. Regex patterns whose path cannot be written from
the pattern alone (Wagtail's page catch-all) are covered by the real page URLs.

Bounded (about a minute per role on a busy 2-core machine): each pattern is tried with its
real values and every kind of body, its hostile values with a GET and one POST; admin
patterns for people without admin access get a single GET (they are all turned away at the
door, by one middleware).
"""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from wagtail.models import Page, Site

from courses import services as course_services
from courses.models import LessonPage
from lms.accounts import roles
from lms.advocacy.services_referent import referent_question_ask
from quizzes.models import Question
from tests.factories import build_academy, make_user
from tests.quizzes.builders import full_quiz

pytestmark = pytest.mark.django_db

# B's planted markers: strings nothing else in the academy contains.
B_NAME = "Qzvbname"
B_ANSWER = "Qzvbanswer"
B_QUESTION = "Qzvbquestion"
MARKERS = (B_NAME, B_ANSWER, B_QUESTION)

HOSTILE = ("0", "-1", str(2**64), str(10**30), "abc", "%00", "x" * 300)
UPLOAD_LIMIT = 20_000  # DATA_UPLOAD_MAX_MEMORY_SIZE for the probe: oversized bodies stay small
# Patterns a POST must not hit (it would end the session the rest of the probe walks with).
SKIP_POST = ("logout",)
# Wagtail's deliberate 500 (a view that raises, to check the error page and logging).
DELIBERATE_500 = ("/admin/failwhale/",)

ROLES = ("anonymous", "learner_a", "learner_b", "trainer", "hr", "referent")
CHECK_LEAKS = ("anonymous", "learner_a")


# --- the world ------------------------------------------------------------------------------


def build_world():
    built = build_academy(courses=2, lessons=1, levels=("beginner",))
    quizzed = built.workshop(0)
    quizzed.final_quiz = full_quiz()
    quizzed.save()
    a = make_user(first_name="Alice", last_name="Probe", email="alice.probe@example.com")
    b = make_user(first_name=B_NAME, last_name="Learner", email=f"{B_NAME.lower()}@example.com")
    attempts = {}
    for user, text in ((a, "alice typed this"), (b, B_ANSWER)):
        for lesson in built.lessons_of(0):
            course_services.lesson_complete(user=user, lesson=lesson)
        attempt = course_services.workshop_quiz_start(user=user, workshop=quizzed)
        attempts[user.pk] = attempt
        if user is b:
            answers = {
                str(q.pk): (text if q.interaction_type == "fill-in" else q.correct_response())
                for q in Question.objects.filter(pk__in=attempt.question_ids)
            }
            course_services.workshop_quiz_submit(
                user=b, workshop=quizzed, attempt_id=attempt.pk, answers=answers
            )
    # B earns the certificate of the workshop without a quiz, and asks the referent.
    for lesson in built.lessons_of(1):
        course_services.lesson_complete(user=b, lesson=lesson)
    certificate = b.certificates.order_by("pk").first()  # the quiz passed earns one too
    question = referent_question_ask(
        user=b, site=Site.objects.get(is_default_site=True), question=f"{B_QUESTION}: may I?"
    )
    lesson = built.lessons_of(0)[0]
    block_ids = [str(block.id) for block in lesson.body] or ["x"]
    return {
        "a": a,
        "b": b,
        "trainer": make_user(group=roles.TRAINERS),
        "hr": make_user(group=roles.HR),
        "referent": make_user(group=roles.REFERENTS),
        "workshops": [quizzed.pk, built.workshop(1).pk],
        "lessons": [lesson.pk],
        "courses": [built.courses[0].pk],
        "attempts": [attempts[a.pk].pk, attempts[b.pk].pk],
        "certificate": certificate,
        "question": question,
        "quiz": quizzed.final_quiz,
        "question_ids": list(attempts[a.pk].question_ids),
        "block_ids": block_ids,
    }


def real_values(world, name: str, route: str) -> list[str]:
    """Real values for a path parameter, picked by its name and the route around it."""
    if name == "page_id":
        if "workshops/" in route:
            ids = world["workshops"]
        elif "lessons/" in route:
            ids = world["lessons"]
        elif "courses/" in route:
            ids = world["courses"]
        else:
            ids = world["workshops"][:1]
    elif name == "attempt_id":
        ids = world["attempts"]
    elif name == "user_id":
        ids = [world["b"].pk, world["a"].pk]
    elif name == "quiz_id":
        ids = [world["quiz"].pk]
    elif name == "question_id":
        ids = world["question_ids"][:1]
    elif name in ("code", "public_id"):
        ids = [world["certificate"].code]
    elif name == "block_id":
        ids = world["block_ids"][:1]
    elif name == "preset":
        ids = ["canonical-csv", "sap"]
    elif name == "type_slug":
        ids = ["singlechoicequestion", "shorttextquestion"]
    elif name == "pk" and "question" in route:
        ids = [world["question"].pk]
    else:  # a pk of some model, or a Wagtail admin id: B's own things first
        ids = [world["certificate"].pk, world["question"].pk, world["b"].pk]
    return [str(value) for value in ids]


# --- walking the URLconf --------------------------------------------------------------------

ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
GROUP = re.compile(r"\((?:\?P<(?P<name>\w+)>)?(?:[^()]|\([^()]*\))*\)")


def _route_parts(pattern) -> tuple[str, list[str]] | None:
    """(the pattern's text with `{name}` holes, the parameter names), or None if it cannot be
    written as a path (optional groups, repetitions)."""
    if isinstance(pattern, LocalePrefixPattern):
        return pattern.language_prefix, []
    if isinstance(pattern, RoutePattern):
        text = str(pattern)
        names = [m.group("name") for m in ROUTE_PARAM.finditer(text)]
        return ROUTE_PARAM.sub(lambda m: "{" + m.group("name") + "}", text), names
    if isinstance(pattern, RegexPattern):
        text = pattern.regex.pattern.lstrip("^").rstrip("$").replace(r"\Z", "")
        names = []

        def hole(match):
            name = match.group("name") or f"arg{len(names)}"
            names.append(name)
            return "{" + name + "}"

        text = GROUP.sub(hole, text)
        text = text.replace("\\.", ".").replace("\\-", "-").replace("\\/", "/")
        if re.search(r"[\\()\[\]*+?|]", text):
            return None
        return text, names
    return None


def url_templates() -> list[tuple[str, list[str]]]:
    """Every pattern as ("/path/{name}/...", [names]), deduplicated."""
    found: dict[str, list[str]] = {}

    def walk(resolver, prefix: str, names: list[str]):
        for entry in resolver.url_patterns:
            parts = _route_parts(entry.pattern)
            if parts is None:
                continue
            text, more = parts
            if isinstance(entry, URLResolver):
                walk(entry, prefix + text, names + more)
            elif isinstance(entry, URLPattern):
                found.setdefault("/" + prefix + text, names + more)

    walk(get_resolver(), "", [])
    return sorted(found.items())


def fill(template: str, names: list[str], values: dict[str, str]) -> str:
    return template.format(**{name: values[name] for name in names})


# --- the bodies -----------------------------------------------------------------------------


def bodies(world) -> list[tuple[str, bytes, str]]:
    """(label, body, content type) of every hostile POST."""
    fields = [f"q-{pk}" for pk in world["question_ids"]] + ["id", "charter", "question", "email"]
    form = "application/x-www-form-urlencoded"
    nul = "&".join(f"{name}=a%00b" for name in fields).encode()
    repeated = "&".join(f"{name}=1&{name}=2" for name in fields).encode()
    return [
        ("nul", nul, form),
        ("utf-16", "&".join(f"{n}=1" for n in fields).encode("utf-16"), form + "; charset=utf-16"),
        ("repeated", repeated, form),
        ("oversized", b"question=" + b"x" * (UPLOAD_LIMIT * 2), form),
        ("json", json.dumps(dict.fromkeys(fields, "1")).encode(), "application/json"),
        ("multipart-nul", _multipart(), "multipart/form-data; boundary=probe"),
    ]


def _multipart() -> bytes:
    return (
        b'--probe\r\nContent-Disposition: form-data; name="question"\r\n\r\na\x00b\r\n--probe--\r\n'
    )


# --- the probe ------------------------------------------------------------------------------


def _client(world, role: str) -> Client:
    client = Client(raise_request_exception=False)
    user = {
        "anonymous": None,
        "learner_a": world["a"],
        "learner_b": world["b"],
        "trainer": world["trainer"],
        "hr": world["hr"],
        "referent": world["referent"],
    }[role]
    if user is not None:
        client.force_login(user)
    return client


def _text(response) -> str:
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    return content.decode("utf-8", errors="replace")


@pytest.mark.parametrize("role", ROLES)
def test_no_url_answers_a_500_or_shows_another_learners_data(role, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_LIMIT
    world = build_world()
    client = _client(world, role)
    staff = role in ("trainer", "hr", "referent")
    posts = bodies(world)
    problems: list[str] = []
    requests = 0

    def send(method: str, url: str, body=None, content_type=None, label="") -> None:
        nonlocal requests
        requests += 1
        if method == "GET":
            response = client.get(url)
        else:
            response = client.generic("POST", url, body, content_type=content_type)
        if response.status_code >= 500 and url not in DELIBERATE_500:
            problems.append(f"{response.status_code} {method} {label} {url}")
            return
        if role in CHECK_LEAKS and response.status_code == 200:
            text = _text(response)
            for marker in MARKERS:
                if marker == B_NAME and url.startswith("/verify/"):
                    continue  # the public verification page names the holder, by design
                if marker in text:
                    problems.append(f"LEAK {marker} {method} {label} {url}")

    page_urls = [page.url for page in Page.objects.live().specific() if page.url]
    page_urls += [LessonPage.objects.live().first().url + "?x=%00", "/en/%00/"]

    for template, names in url_templates():
        admin = template.startswith("/admin/")
        post_allowed = not any(word in template for word in SKIP_POST)
        reals = [real_values(world, name, template) for name in names]
        real_urls = [fill(template, names, {n: v[0] for n, v in zip(names, reals, strict=True)})]
        if names:  # the other real values, one parameter at a time (A's and B's attempts...)
            for index, name in enumerate(names):
                for value in reals[index][1:]:
                    chosen = {n: v[0] for n, v in zip(names, reals, strict=True)} | {name: value}
                    real_urls.append(fill(template, names, chosen))
        if admin and not staff:
            send("GET", real_urls[0])  # turned away at the door
            continue
        for url in dict.fromkeys(real_urls):
            send("GET", url)
            if post_allowed:
                for label, body, content_type in posts if not admin else posts[:3]:
                    send("POST", url, body, content_type, label)
        hostile_values = HOSTILE if not admin else (str(2**64), "abc")
        for name in names:
            for value in hostile_values:
                chosen = {n: v[0] for n, v in zip(names, reals, strict=True)} | {name: value}
                url = fill(template, names, chosen)
                send("GET", url)
                if post_allowed and not admin:
                    send("POST", url, *posts[2][1:], label="repeated")

    if not staff:
        for url in page_urls:
            send("GET", url)
            for label, body, content_type in posts:
                send("POST", url, body, content_type, label)

    assert requests > 300, f"the probe sent only {requests} requests: is the URLconf walked?"
    assert not problems, f"{len(problems)} of {requests} requests failed:\n" + "\n".join(
        problems[:60]
    )


def test_the_walk_covers_our_patterns_and_the_admins():
    templates = [template for template, _names in url_templates()]
    assert "/en/learn/workshops/{page_id}/quiz/attempts/{attempt_id}/" in templates
    assert "/verify/{code}/" in templates or any(t.startswith("/verify/") for t in templates)
    assert any(t.startswith("/admin/pages/{") for t in templates)
    assert len(templates) > 300
