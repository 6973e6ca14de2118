"""Language follows the person, in a real browser (issue 17, item 1): a French-profile
learner whose browser asks for English lands on French pages at sign-in; the header's
switcher moves to the chosen language from any page, whatever the session's language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from tests.e2e.test_accessibility import _axe_check
from tests.factories import PASSWORD, make_user


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def _english_browser(browser, browser_context_args):
    context = browser.new_context(
        **{**browser_context_args, "locale": "en-GB"},
        extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"},
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def test_french_profile_with_an_english_browser_signs_in_to_french(
    browser, browser_context_args, french_academy, axe
):
    french_academy(courses=1, lessons=1, levels=("beginner",))
    learner = make_user(language="fr")
    context, page = _english_browser(browser, browser_context_args)
    try:
        page.goto("/en/dashboard/")  # a bookmark: the sign-in page, in English (the browser)
        expect(page.locator("html")).to_have_attribute("lang", "en")
        page.get_by_label("Work e-mail").fill(learner.email)
        page.get_by_label("Password").fill(PASSWORD)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(re.compile(r"/fr/dashboard/$"))
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        expect(page.locator("#language-select")).to_have_value("fr")
        _axe_check(page, axe, page.url)
        # An English address typed later still shows the French page.
        page.goto("/en/progress/")
        expect(page).to_have_url(re.compile(r"/fr/progress/$"))
    finally:
        context.close()


def test_switcher_on_an_english_page_with_a_french_session_moves_to_french(
    browser, browser_context_args, french_academy, axe
):
    french_academy(courses=1, lessons=1, levels=("beginner",))
    context, page = _english_browser(browser, browser_context_args)
    try:
        page.goto("/en/accounts/login/")
        page.locator("#language-select").select_option("fr")
        page.wait_for_url(re.compile(r"/fr/accounts/login/$"))
        # The session is French now; an English page chosen explicitly stays English...
        page.goto("/en/accounts/password-reset/")
        expect(page.locator("html")).to_have_attribute("lang", "en")
        # ...and choosing Français there moves to the French page (Django's own view left
        # the visitor on /en/ in this state).
        page.locator("#language-select").select_option("fr")
        page.wait_for_url(re.compile(r"/fr/accounts/password-reset/$"))
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        _axe_check(page, axe, page.url)
    finally:
        context.close()


def test_switcher_on_a_translated_lesson_follows_its_own_slug(page, sign_in, french_academy, axe):
    built = french_academy(courses=1, lessons=1, levels=("beginner",))
    english = built.lessons_of()[0]
    french = english.get_translation(Locale.objects.get(language_code="fr")).specific
    french.slug = "lecon-premiere"
    french.save_revision().publish()
    sign_in(make_user(language="fr"))
    page.goto(french.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{english.title} (FR)")
    page.locator("#language-select").select_option("en")
    page.wait_for_url(re.compile(re.escape(english.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(english.title)
    _axe_check(page, axe, page.url)
    # The profile is English now: the French address sends them back to the English lesson.
    page.goto(french.url)
    expect(page).to_have_url(re.compile(re.escape(english.url) + "$"))
