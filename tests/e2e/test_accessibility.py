"""axe-core on every learner page, in English and French: no serious or critical violation.

One test per language builds one small academy and visits every page in one browser page;
each page is a subtest, so a failure names the page and lists what axe found there.
"""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from courses import services
from courses.models import LessonPage
from tests.factories import build_academy, make_user

BLOCKING = {"serious", "critical"}
# axe files what it cannot decide as "incomplete" (needs review). Those count too (e.g. an
# aria-describedby naming a missing id), except colour contrast, which lands there whenever
# a background cannot be computed.
REVIEW_EXEMPT = {"color-contrast"}
AXE_OPTIONS = {"resultTypes": ["violations", "incomplete"]}

# A lesson body with every block that needs no media file, so each block's template is checked.
RICH_BODY = json.dumps(
    [
        {"type": "rich_text", "value": "<h2>Why it matters</h2><p>Share <b>public</b> facts.</p>"},
        {
            "type": "callout",
            "value": {"kind": "tip", "title": "Tip", "text": "<p>Ask your referent.</p>"},
        },
        {
            "type": "callout",
            "value": {"kind": "warning", "title": "Careful", "text": "<p>No client names.</p>"},
        },
        {
            "type": "do_dont",
            "value": {"title": "Posting", "do": ["Credit colleagues"], "dont": ["Leak plans"]},
        },
        {
            "type": "example_post",
            "value": {
                "network": "linkedin",
                "author": "Sam",
                "text": "Proud of our team #culture",
                "note": "Personal and positive.",
            },
        },
        {"type": "takeaways", "value": {"title": "Key takeaways", "items": ["One", "Two"]}},
    ]
)


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _report(url: str, violations: list[dict]) -> str:
    lines = [f"{len(violations)} serious/critical axe violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"\n[{violation['impact']}] {violation['id']}: {violation['help']}\n"
            f"    {violation['helpUrl']}"
        )
        for node in violation["nodes"]:
            lines.append(f"  - {', '.join(map(str, node['target']))}")
            lines.append(f"      {node['html'][:200]}")
            summary = node.get("failureSummary", "").replace("\n", "\n        ")
            if summary:
                lines.append(f"        {summary}")
    return "\n".join(lines)


def _check(page, axe, url: str, *, status: int = 200) -> None:
    response = page.goto(url)
    got = response.status if response is not None else None
    assert got == status, f"{url} answered {got}, expected {status}"
    _axe_check(page, axe, url)


def _axe_check(page, axe, url: str) -> None:
    # Wait for the stylesheet (colour contrast depends on it) and the deferred script.
    page.wait_for_load_state("load")
    expect(page.locator("html.js")).to_have_count(1)
    results = axe.run(page, options=AXE_OPTIONS).response
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    blocking += [
        {**v, "id": f"{v['id']} (needs review)"}
        for v in results["incomplete"]
        if v["impact"] in BLOCKING and v["id"] not in REVIEW_EXEMPT
    ]
    assert not blocking, _report(url, blocking)


def _academy_pages(language: str, french_academy):
    """Build the academy (translated when French) and return the pages to visit."""
    if language == "fr":
        built = french_academy(courses=1, lessons=2)
    else:
        built = build_academy(courses=1, lessons=2)
    lessons = built.lessons_of()
    rich = LessonPage.objects.get(pk=lessons[1].pk)
    rich.body = RICH_BODY
    rich.save_revision().publish()
    pages = {
        "course": built.courses[0],
        "workshop": built.workshop(),
        "locked workshop": built.workshop(level="intermediate"),
        "completed lesson": lessons[0],
        "lesson": rich,
        "locked lesson": built.lessons_of(0, "intermediate")[0],
    }
    if language == "fr":
        fr = Locale.objects.get(language_code="fr")
        pages = {name: page.get_translation(fr) for name, page in pages.items()}
        # The French copy was made before the body changed: give it the rich body too.
        french_rich = LessonPage.objects.get(pk=pages["lesson"].pk)
        french_rich.body = RICH_BODY
        french_rich.save_revision().publish()
    return built, lessons, {name: page.specific.url for name, page in pages.items()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_learner_pages_have_no_serious_accessibility_violations(
    page, axe, sign_in, subtests, french_academy, language
):
    learner = make_user(language=language)
    built, lessons, page_urls = _academy_pages(language, french_academy)
    services.workshop_enroll(user=learner, workshop=built.workshop())
    services.lesson_complete(user=learner, lesson=lessons[0])

    with translation.override(language):
        login_url = reverse("accounts:login")
        reset_url = reverse("accounts:password_reset")
        urls = {
            "dashboard": reverse("dashboard:home"),
            "catalogue": reverse("dashboard:catalogue"),
            **page_urls,
            "profile": reverse("accounts:profile"),
            "password change": reverse("accounts:password_change"),
        }
    assert login_url.startswith(f"/{language}/")

    with subtests.test(msg="login"):
        _check(page, axe, login_url)
        expect(page.locator("html")).to_have_attribute("lang", language)
    with subtests.test(msg="login with an error"):
        page.locator("#id_username").fill(learner.email)
        page.locator("#id_password").fill("not-the-password")
        page.locator("main form button[type=submit]").click()
        expect(page.locator(".message--error[role=alert]")).to_be_visible()
        _axe_check(page, axe, login_url)

    with subtests.test(msg="password reset"):
        _check(page, axe, reset_url)

    sign_in(learner)
    for name, url in urls.items():
        with subtests.test(msg=name):
            assert url.startswith(f"/{language}/"), url
            _check(page, axe, url)
    with subtests.test(msg="password change with errors"):
        # Field errors: aria-invalid, and aria-describedby naming the help and the errors.
        page.goto(urls["password change"])
        page.locator("main form button[type=submit]").click()
        expect(page.locator("#id_old_password")).to_have_attribute("aria-invalid", "true")
        expect(page.locator("#id_old_password_error")).to_be_visible()
        _axe_check(page, axe, urls["password change"])
    with subtests.test(msg="404"):
        _check(page, axe, f"/{language}/no-such-page/", status=404)
    with subtests.test(msg="workshop passed, with a message"):
        # Completing the last lesson passes the quiz-less workshop: badge and message states.
        page.goto(urls["lesson"])
        page.locator(".lesson-actions form button[type=submit]").click()
        expect(page.locator(".messages .message--success")).to_be_visible()
        assert f"/{language}/" in page.url, f"completing the lesson left {language}: {page.url}"
        expect(page.locator(".badge--passed").first).to_be_visible()
        _axe_check(page, axe, page.url)
