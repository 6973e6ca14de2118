"""The Wagtail admin home in a real browser: the academy's panels are there for HR and for
the superuser, no request leaves for another host (no Gravatar: the avatar is Wagtail's
default), and axe finds nothing serious in the panels."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from lms.accounts import roles
from tests.e2e.test_accessibility import AXE_OPTIONS, BLOCKING, _report
from tests.factories import build_academy, make_user

PANEL_IDS = ("pv-completion", "pv-overdue", "pv-questions", "pv-parked", "pv-moderation")


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _record_hosts(page) -> list[str]:
    """Every request the page makes (documents, images, scripts, fonts, XHR), as URLs."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def _axe_panels(page, axe, url: str) -> None:
    # Only our panels: the rest of the page is Wagtail's, checked by Wagtail.
    for panel in PANEL_IDS:
        if not page.locator(f"#{panel}-section, [id^='{panel}']").count():
            continue
        results = axe.run(
            page, context={"include": [[f"[id^='{panel}']"]]}, options=AXE_OPTIONS
        ).response
        blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
        blocking += [
            v
            for v in results["incomplete"]
            if v["impact"] in BLOCKING and v["id"] != "color-contrast"
        ]
        assert not blocking, _report(f"{url} #{panel}", blocking)


@pytest.mark.parametrize("who", ["superuser", "hr"])
def test_admin_home_panels_and_no_outside_request(page, sign_in, axe, live_server, who):
    build_academy(courses=1, lessons=1)
    person = (
        make_user(group=None, is_superuser=True, email="ada@example.com")
        if who == "superuser"
        else make_user(group=roles.HR, email="hana@example.com")
    )
    sign_in(person)
    requests = _record_hosts(page)
    response = page.goto("/admin/")
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    expected = PANEL_IDS if who == "superuser" else ("pv-completion", "pv-overdue", "pv-parked")
    for panel in PANEL_IDS:
        shown = page.locator(f"[id^='{panel}']").count() > 0
        assert shown is (panel in expected), panel
    # The account menu's avatar: Wagtail's default image from our own server.
    avatars = page.locator("img.avatar, .avatar img")
    assert avatars.count() >= 1
    for src in avatars.evaluate_all("images => images.map(i => i.currentSrc || i.src)"):
        assert urlsplit(src).hostname == "127.0.0.1", src
    outside = {url for url in requests if urlsplit(url).hostname not in ("127.0.0.1",)}
    outside = {url for url in outside if not url.startswith(("data:", "blob:"))}
    assert not outside, f"requests to another host: {sorted(outside)}"
    assert len(requests) > 5  # the recorder saw the page's assets
    _axe_panels(page, axe, "/admin/")
