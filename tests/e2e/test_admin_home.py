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
    # Our own server is the live server, whichever loopback name it listens on (127.0.0.1,
    # or localhost when a test outside tests/e2e started it first).
    ours = urlsplit(live_server.url).hostname
    # The account menu's avatar: Wagtail's default image from our own server.
    avatars = page.locator("img.avatar, .avatar img")
    assert avatars.count() >= 1
    for src in avatars.evaluate_all("images => images.map(i => i.currentSrc || i.src)"):
        assert urlsplit(src).hostname == ours, src
    outside = {url for url in requests if urlsplit(url).hostname != ours}
    outside = {url for url in outside if not url.startswith(("data:", "blob:"))}
    assert not outside, f"requests to another host: {sorted(outside)}"
    assert len(requests) > 5  # the recorder saw the page's assets
    _axe_panels(page, axe, "/admin/")


# --- the HR report: long chart labels, the wide table --------------------------------------

LONG_COURSE = "Brand values and the social-media charter"


def _report_data(built):
    import datetime as dt

    from django.utils import timezone

    from courses.models import Enrollment

    course = built.courses[0]
    course.title = LONG_COURSE
    course.save_revision().publish()
    for level in ("beginner", "intermediate", "expert"):
        learner = make_user(first_name="Very-long-first-name", last_name=f"Learner {level}")
        Enrollment.objects.create(
            user=learner,
            course_key=course.translation_key,
            workshop_key=built.workshop(level=level).translation_key,
            enrolled_at=timezone.now() - dt.timedelta(days=3),
        )


def test_hr_report_labels_apart_and_the_table_scrolls_in_its_region(page, sign_in, axe):
    built = build_academy(courses=1, lessons=1)
    _report_data(built)
    sign_in(make_user(group=roles.HR, email="hana@example.com"))
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.goto("/admin/reports/completions/").status == 200

    # The three rows of the long course read apart: each label names its level.
    labels = page.locator("#chart-course-level text.reports-chart__label").evaluate_all(
        "texts => texts.map("
        "t => [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' '))"
    )
    assert len(labels) == 3 and len(set(labels)) == 3, labels
    for label in labels:
        assert label.startswith(LONG_COURSE.split()[0]) and "…" not in label
    # No label runs out of the chart on the left.
    svg_left = page.locator("#chart-course-level").bounding_box()["x"]
    for box in page.locator("#chart-course-level tspan").evaluate_all(
        "spans => spans.map(s => s.getBoundingClientRect().left)"
    ):
        assert box >= svg_left - 1

    # The page itself does not scroll sideways; the table's region does.
    widths = page.evaluate(
        "() => ({doc: document.documentElement.scrollWidth, view: window.innerWidth})"
    )
    assert widths["doc"] <= widths["view"], widths
    region = page.get_by_role("region", name="Completion records")
    sizes = region.evaluate("r => ({scroll: r.scrollWidth, client: r.clientWidth})")
    assert sizes["scroll"] > sizes["client"], sizes
    # Keyboard: the region takes focus and the arrow keys scroll it; the first column stays.
    first_cell = region.locator("tbody tr").first.locator("td").first
    before = first_cell.bounding_box()["x"]
    region.focus()
    assert page.evaluate("() => document.activeElement.getAttribute('role')") == "region"
    for _ in range(10):
        page.keyboard.press("ArrowRight")
    assert region.evaluate("r => r.scrollLeft") > 0
    assert abs(first_cell.bounding_box()["x"] - before) < 1  # sticky

    for scope in (".reports-charts", ".reports-scroll"):
        results = axe.run(page, context={"include": [[scope]]}, options=AXE_OPTIONS).response
        blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
        assert not blocking, _report(scope, blocking)
