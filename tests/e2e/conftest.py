"""Browser tests: Debian's chromium driven by Playwright against pytest-django's live server.

One browser is shared by the whole session (pytest-playwright's session-scoped `browser`);
each test gets a fresh context and page. The live server runs in a thread of this process
and shares its database, so every test here uses `transactional_db` (requested for us by
pytest-django whenever `live_server` is used) and builds its own small academy.
"""

from __future__ import annotations

import os

import pytest
from django.conf import settings
from django.test import Client

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made from the
# test body (factories, assertions) would otherwise be refused as "async unsafe".
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
# Bind the live server to IPv4 loopback explicitly: "localhost" may resolve to ::1 first.
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")

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


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.e2e)


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


@pytest.fixture
def page(page):
    page.set_default_timeout(TIMEOUT_MS)
    page.set_default_navigation_timeout(TIMEOUT_MS)
    return page


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
