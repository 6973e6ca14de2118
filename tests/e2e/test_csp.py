"""The Content-Security-Policy in a real browser (lms/headers.py): learner pages and the
Wagtail admin's main screens load with nothing refused, and what the policy exists for is
refused. Every other browser test also fails on a violation (tests/e2e/conftest.py
`page`), so the quiz, the kit's copy button, the charter, certificates and verification
pages are covered where their journeys are tested; here are the pages those skip and the
interactive bits this policy could break."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from courses import services
from lms.accounts import roles
from tests.factories import build_academy, make_user

from .conftest import watch_csp


def assert_no_violations(violations, where):
    assert not violations, f"CSP violations on {where}: {violations}"


def test_the_watch_sees_what_the_policy_refuses(browser, browser_context_args):
    """A control: an inline script without the nonce and a style="" attribute are refused,
    and the watch reports both (else the other tests would pass for nothing)."""
    context = browser.new_context(**browser_context_args)
    try:
        violations = watch_csp(context)
        page = context.new_page()
        page.goto("/en/accounts/login/")
        page.evaluate(
            """() => {
              const script = document.createElement("script");
              script.textContent = "window.injected = true";
              document.body.append(script);
              document.body.setAttribute("style", "background: red");
            }"""
        )
        # The events are dispatched asynchronously.
        page.wait_for_timeout(300)
        assert page.evaluate("window.injected") is None
        directives = {v["directive"] for v in violations}
        assert {"script-src-elem", "style-src-attr"} <= directives, violations
    finally:
        context.close()


def test_learner_pages_load_and_work_under_the_policy(page, sign_in):
    built = build_academy(courses=1, lessons=2)
    learner = sign_in(make_user())
    workshop = built.workshop()
    lessons = built.lessons_of()
    services.workshop_enroll(user=learner, workshop=workshop)
    services.lesson_complete(user=learner, lesson=lessons[0])

    for url in ("/en/dashboard/", "/en/dashboard/catalogue/", built.courses[0].url, workshop.url):
        response = page.goto(url)
        assert response.status == 200, url
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    # The brand's colours come from the nonced <style>: the header is painted with them.
    header = page.locator(".site-header").evaluate("el => getComputedStyle(el).borderTopColor")
    assert header
    # Progress bars get their width from a class, not a style="" attribute.
    page.goto("/en/dashboard/")
    fill = page.locator(".progress__fill").first
    expect(fill).to_have_attribute("data-percent", re.compile(r"^\d+$"))
    width = fill.evaluate("el => el.getBoundingClientRect().width")
    bar = fill.evaluate("el => el.parentElement.getBoundingClientRect().width")
    percent = int(fill.get_attribute("data-percent"))
    assert abs(width - bar * percent / 100) < 2, (width, bar, percent)
    assert percent > 0

    page.goto(lessons[1].url)
    page.get_by_role("button", name="Mark as completed").click()
    expect(page.locator(".messages .message--success")).to_be_visible()

    # The language switcher submits itself from our script (academy.js), nonce-free.
    page.goto("/en/dashboard/")
    page.locator("#language-select").select_option("fr")
    expect(page).to_have_url(re.compile(r"/fr/dashboard/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_sign_in_page_works_under_the_policy(page):
    make_user(email="jane@example.com")
    response = page.goto("/en/accounts/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.locator("#id_username").fill("jane@example.com")
    page.locator("#id_password").fill("correct-horse-battery")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/en/dashboard/$"))


@pytest.mark.parametrize("role", ["superuser", roles.HR])
def test_the_admin_main_screens_load_under_the_admin_policy(page, sign_in, role):
    built = build_academy(courses=1, lessons=1)
    if role == "superuser":
        user = make_user(group=None, is_superuser=True)
    else:
        user = make_user(group=role)
    sign_in(user)
    lesson = built.lessons_of()[0]
    root = Page.objects.get(depth=1)
    screens = {
        "dashboard": "/admin/",
        "reports": "/admin/reports/completions/",
        "tracking": "/admin/tracking/",
    }
    if role == "superuser":
        screens |= {
            "explorer": f"/admin/pages/{root.pk}/",
            "course explorer": f"/admin/pages/{built.courses[0].pk}/",
            "page edit": f"/admin/pages/{lesson.pk}/edit/",
            "snippets": "/admin/snippets/",
            "certificates": "/admin/issued-certificates/",
            "quizzes": "/admin/snippets/quizzes/quiz/",
            "sign-in throttles": "/admin/sign-in-throttles/",
            "users": "/admin/users/",
        }
    for name, url in screens.items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        policy = response.headers["content-security-policy"]
        # Wagtail's own widgets need inline scripts and styles here; nothing more.
        assert "'unsafe-eval'" not in policy and "object-src 'none'" in policy
        assert "default-src 'self'" in policy and "form-action 'self'" in policy
        page.wait_for_load_state("load")
    if role == "superuser":
        # The page editor's JavaScript runs: its StreamField and tabs are drawn.
        page.goto(f"/admin/pages/{lesson.pk}/edit/")
        expect(page.locator("[data-streamfield-stream-container], .w-tabs").first).to_be_visible()
