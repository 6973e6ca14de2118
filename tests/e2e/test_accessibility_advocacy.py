"""axe-core on the advocacy pages, in English and French: no serious or critical violation.

The pages of issue 5's journey, each in the states a learner meets: the content kit as an
Explorer and as a Relay, the charter with its form and with the form's error, the tiers
page, My certificates, the public verification page (opened by someone not signed in),
the dashboard with its certificate and tier panels, and the progress page. One test per
language; each page is a subtest, so a failure names the page and lists what axe found.

The charter is checked in English only here: a French charter needs the French academy
(a Wagtail page), which test_advocacy_ladder builds and checks with axe.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from certificates.models import Certificate
from courses import services as course_services
from lms.advocacy import services as advocacy_services
from tests.factories import make_user

from .test_accessibility import _axe_check, _check, axe  # noqa: F401 - the axe fixture
from .test_advocacy_journey import advocacy_academy


def _pass_beginner_workshops(built, learner) -> None:
    for index in range(len(built.courses)):
        for lesson in built.lessons_of(index, "beginner"):
            course_services.lesson_complete(user=learner, lesson=lesson)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_advocacy_pages_have_no_serious_accessibility_violations(
    page,
    axe,  # noqa: F811
    sign_in,
    browser,
    browser_context_args,
    subtests,
    language,
):
    built, _tiers, charter, _posts = advocacy_academy()
    learner = sign_in(make_user(language=language))
    with translation.override(language):
        urls = {
            "dashboard": reverse("dashboard:home"),
            "tiers": reverse("advocacy:tiers"),
            "kit": reverse("advocacy:kit"),
            "my certificates": reverse("certificates:mine"),
            "progress": reverse("gamification:progress"),
        }
    for url in urls.values():
        assert url.startswith(f"/{language}/"), url

    # As an Explorer, before any certificate: the kit's "how to unlock" state, the
    # dashboard and My certificates when empty.
    with subtests.test(msg="kit (Explorer)"):
        _check(page, axe, urls["kit"])
        expect(page.get_by_test_id("kit-explorer")).to_be_visible()
    with subtests.test(msg="my certificates (none yet)"):
        _check(page, axe, urls["my certificates"])

    _pass_beginner_workshops(built, learner)
    if language == "en":
        with subtests.test(msg="charter, not accepted"):
            _check(page, axe, charter.url)
            expect(page.get_by_role("button", name="Accept the charter")).to_be_visible()
        with subtests.test(msg="charter, box not ticked"):
            page.locator("main form button[type=submit]").click()
            expect(page.locator("#agree-errors")).to_be_visible()
            _axe_check(page, axe, charter.url)
        with subtests.test(msg="charter, accepted"):
            page.locator("main form input[type=checkbox]").check()
            page.locator("main form button[type=submit]").click()
            expect(page.locator(".messages .message--success")).to_be_visible()
            _axe_check(page, axe, charter.url)
    else:
        advocacy_services.charter_accept(user=learner, charter=charter)

    # As a Relay with three certificates: every page with content in it.
    for name, url in urls.items():
        with subtests.test(msg=f"{name} (Relay)"):
            _check(page, axe, url)
            if name == "dashboard":
                expect(page.get_by_test_id("tier-panel")).to_be_visible()
                expect(page.locator(".certificates-panel")).to_be_visible()
            elif name == "kit":
                expect(page.get_by_test_id("kit-post")).to_have_count(1)
                expect(page.get_by_test_id("kit-locked")).to_have_count(1)
            elif name == "my certificates":
                expect(page.locator(".certificate-card")).to_have_count(3)

    # The verification page as the public sees it: a fresh context, nobody signed in.
    code = Certificate.objects.filter(user=learner).values_list("code", flat=True).first()
    anonymous = browser.new_context(
        **{**browser_context_args, "locale": "fr-FR" if language == "fr" else "en-GB"}
    )
    try:
        public = anonymous.new_page()
        public.set_default_timeout(10_000)
        with subtests.test(msg="verification page (anonymous)"):
            _check(public, axe, f"/verify/{code}/")
            expect(public.locator("html")).to_have_attribute("lang", language)
            expect(public.locator(".verify-status--valid")).to_be_visible()
        with subtests.test(msg="verification, unknown code (anonymous)"):
            _check(public, axe, "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ/", status=404)
    finally:
        anonymous.close()
