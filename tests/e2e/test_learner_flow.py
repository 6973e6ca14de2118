"""A learner's path through the academy in a real browser: sign in, enroll, complete a
lesson, watch the progress move, switch to French, copy an example post."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from tests.e2e.conftest import read_clipboard
from tests.factories import PASSWORD, build_academy, make_user

# The academy's default brand colour (--pv-primary), as the browser computes it.
PRIMARY_RGB = "rgb(31, 78, 121)"


@pytest.fixture
def learner(transactional_db):
    return make_user(email="lea@example.com")


def _progress(page):
    return page.get_by_test_id("workshop-progress")


def test_learner_signs_in_enrolls_completes_and_switches_to_french(page, learner, french_academy):
    built = french_academy(courses=1, lessons=2)
    workshop = built.workshop()
    first, second = built.lessons_of()

    # Sign in through the form.
    page.goto("/en/accounts/login/")
    page.get_by_label("Work e-mail").fill(learner.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/en/dashboard/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    # The stylesheet is served by the live server and applied.
    header_bg = page.locator(".site-header").evaluate("el => getComputedStyle(el).backgroundColor")
    assert header_bg == PRIMARY_RGB

    # Open the workshop: nothing done yet.
    page.goto(workshop.url)
    expect(_progress(page)).to_have_attribute("aria-valuenow", "0")
    page.get_by_role("button", name="Enroll and start").click()

    # Enrolling opens the first lesson.
    expect(page).to_have_url(re.compile(re.escape(first.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)
    expect(_progress(page)).to_have_attribute("aria-valuenow", "0")
    page.get_by_role("button", name="Mark as completed").click()

    # Completing it moves on to the second lesson, with the bar at half way.
    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))
    expect(page.get_by_role("status")).to_contain_text("Lesson completed.")
    expect(_progress(page)).to_have_attribute("aria-valuenow", "50")
    lesson_nav = page.get_by_role("complementary")
    expect(lesson_nav.locator("li", has_text=first.title)).to_contain_text("(completed)")

    # The workshop page agrees, and the first lesson shows as done.
    page.goto(workshop.url)
    expect(_progress(page)).to_have_attribute("aria-valuenow", "50")
    expect(page.get_by_test_id("workshop-progress-text")).to_have_text("1 of 2 lessons completed")
    expect(page.locator(".lesson-list li", has_text=first.title)).to_contain_text("Done")
    page.get_by_role("link", name="Resume").click()
    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))

    page.goto(first.url)
    expect(page.get_by_test_id("lesson-done")).to_be_visible()
    expect(page.get_by_role("button", name="Mark as completed")).to_have_count(0)

    # Same lesson in French, through the header's language switcher (auto-submits).
    page.goto(second.url)
    page.locator("#language-select").select_option("fr")
    page.wait_for_url(re.compile(r"^[^/]+//[^/]+/fr/"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{second.title} (FR)")
    expect(page.get_by_role("button", name="Marquer comme terminée")).to_be_visible()
    expect(page.get_by_role("button", name="Mark as completed")).to_have_count(0)
    # Progress made in English counts in French.
    expect(_progress(page)).to_have_attribute("aria-valuenow", "50")
    learner.profile.refresh_from_db()
    assert learner.profile.preferred_language == "fr"


def test_language_switcher_works_without_javascript(browser, browser_context_args, sign_in):
    build_academy(courses=1, lessons=1, levels=("beginner",))
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    try:
        sign_in(make_user(), context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto("/en/dashboard/")
        switcher = page.locator("form.language-switcher")
        change = switcher.get_by_role("button", name="Change")
        expect(change).to_be_visible()
        switcher.locator("#language-select").select_option("fr")
        change.click()
        expect(page).to_have_url(re.compile(r"/fr/dashboard/$"))
        expect(page.locator("html")).to_have_attribute("lang", "fr")
    finally:
        context.close()


def test_copy_button_puts_the_example_post_on_the_clipboard(page, live_server, sign_in):
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    lesson = LessonPage.objects.get(pk=built.lessons_of()[0].pk)
    lesson.body = json.dumps(
        [
            {
                "type": "example_post",
                "value": {
                    "network": "linkedin",
                    "author": "Sam",
                    "text": "Hello world #team",
                    "note": "Short",
                },
            }
        ]
    )
    lesson.save_revision().publish()
    sign_in(make_user())
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)

    page.goto(lesson.url)
    post = page.locator("figure.example-post")
    expect(post.locator("blockquote")).to_have_text("Hello world #team")
    expect(post).to_contain_text("Why it works: Short")
    post.get_by_role("button", name="Copy").click()

    # The context may use the clipboard, so the copy must really happen (the fallback,
    # selecting the text for Ctrl+C, is for browsers that refuse).
    expect(post.get_by_role("status")).to_have_text("Copied to the clipboard.")
    assert read_clipboard(page) == "Hello world #team"
