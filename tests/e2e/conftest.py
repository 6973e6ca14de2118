"""Browser tests: Debian's chromium driven by Playwright against pytest-django's live server.

One browser is shared by the whole session (pytest-playwright's session-scoped `browser`);
each test gets a fresh context and page. The live server runs in a thread of this process
and shares its database, so every test here uses `transactional_db` (requested for us by
pytest-django whenever `live_server` is used) and builds its own small academy.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Page

from tests.factories import build_academy

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Playwright waits 30 s by default; a local page that takes longer is a failure, not a wait.
TIMEOUT_MS = 10_000


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Mark every test here `e2e` (before `-m` selects), and run them after all others.

    Their transactional database is flushed after each test, which also removes the rows
    Wagtail's migrations made (root page, default locale) that `db` tests rely on.
    pytest-django sorts transactional tests last, but pytest then regroups tests by
    session-scoped parameters (pytest-playwright's `browser_name`), which can pull these
    tests up among the `db` tests; so move them back to the end once everyone has sorted.
    """
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)
    result = yield
    browser_tests = [item for item in items if here in item.path.parents]
    others = [item for item in items if here not in item.path.parents]
    items[:] = others + browser_tests
    return result


@pytest.fixture(scope="session", autouse=True)
def _browser_test_environment():
    """Only while browser tests run (autouse fixtures set up before the live server)."""
    with pytest.MonkeyPatch.context() as patch:
        # Playwright's sync API runs an event loop in this thread; Django's ORM calls made
        # from the test body (factories, assertions) would otherwise be refused as
        # "async unsafe".
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # Bind the live server to IPv4 loopback: "localhost" may resolve to ::1 first.
        if not os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS"):
            patch.setenv("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")
        yield


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # `playwright install` cannot download here: use the distribution's chromium.
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, live_server):
    return {
        **browser_context_args,
        "base_url": live_server.url,
        "locale": "en-GB",
        "viewport": {"width": 1280, "height": 900},
    }


# Every page any browser test opens reports what its Content-Security-Policy refused
# (lms/headers.py): the init script runs before the page's own scripts, outside the policy,
# and hands each `securitypolicyviolation` event to the test through an exposed binding,
# which survives navigations.
CSP_WATCH = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__pvCspViolation({
    page: document.location.pathname,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile + ":" + event.lineNumber,
  });
});
"""


def watch_csp(context) -> list[dict]:
    """Start recording the CSP violations of every page of `context`; the list fills up."""
    violations: list[dict] = []
    context.expose_binding("__pvCspViolation", lambda _source, found: violations.append(found))
    context.add_init_script(CSP_WATCH)
    return violations


@pytest.fixture
def page(page):
    """The test's page, failing the test on any CSP violation seen on any of its pages."""
    page.set_default_timeout(TIMEOUT_MS)
    page.set_default_navigation_timeout(TIMEOUT_MS)
    violations = watch_csp(page.context)
    yield page
    assert not violations, "Content-Security-Policy violations:\n" + "\n".join(map(str, violations))


@pytest.fixture
def sign_in(request, live_server):
    """Sign a user in without going through the form: a session made by Django's test
    client, handed to the browser as its cookie. The form itself is tested once, in
    test_learner_flow. Signs in the default `page` unless another context is given."""

    def _sign_in(user, context=None):
        if context is None:
            context = request.getfixturevalue("page").context
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
        )
        return user

    return _sign_in


@pytest.fixture
def french_academy(transactional_db):
    """`build_academy(french=True)` whose French pages are sure to be live.

    The French copies come from Wagtail's `copy_for_translation`, which makes drafts; a
    draft's /fr/ address silently serves the English page (Wagtail's `localized` falls back),
    which would let these tests pass on English content. Publish any copy left as a draft.
    """

    def _build(**kwargs):
        built = build_academy(french=True, **kwargs)
        drafts = Page.objects.filter(locale__language_code="fr", live=False).order_by("path")
        for draft in drafts:
            draft.specific.save_revision().publish()
        return built

    return _build


def read_clipboard(page) -> str:
    """What the browser's clipboard holds. Our pages deny `clipboard-read` (Permissions-Policy,
    lms/headers.py: the site only ever writes to it), so read it from a static file of the
    same origin, which is served without that header."""
    reader = page.context.new_page()
    try:
        reader.goto("/static/themes/css/academy.css")
        return reader.evaluate("navigator.clipboard.readText()")
    finally:
        reader.close()
