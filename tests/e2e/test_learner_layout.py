"""The learner's shell and dashboard as a person sees them (issue 17, item 5): what to do
next and "My courses" above the fold on a 1280x800 screen, panels spaced alike, the header
on one row with a menu button on a 390 px phone (keyboard and aria-expanded), stat cards
side by side, the content kit and the leaderboard in the header, the dashboard's rank equal
to the leaderboard's, the quiz cards' legend inside their border; axe on each page."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from courses import services
from lms.accounts.models import LearnerProfile
from tests.advocacy.ladder import tiers_build, workshop_pass
from tests.factories import build_academy, make_user
from tests.quizzes.builders import full_quiz

from .test_accessibility import _axe_check

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _opt_in(user):
    LearnerProfile.objects.filter(user=user).update(leaderboard_opt_in=True)


@pytest.fixture
def academy_with_learners(transactional_db):
    """Three courses with tiers; the learner is in all of them, part-way, and has passed one
    workshop (a certificate, a tier): every dashboard panel shows. Two colleagues take part
    in the leaderboard, one ahead of the learner and one behind."""
    built = build_academy(courses=3, lessons=3)
    tiers_build(built)
    learner = make_user(first_name="Camille")
    for course in range(3):
        services.workshop_enroll(user=learner, workshop=built.workshop(course))
    for lesson in built.lessons_of(0)[:2] + built.lessons_of(1)[:1]:
        services.lesson_complete(user=learner, lesson=lesson)
    workshop_pass(built, learner, course=2)
    ahead, behind = make_user(), make_user()
    for course in range(3):
        workshop_pass(built, ahead, course=course)
    services.lesson_complete(user=behind, lesson=built.lessons_of(2)[0])
    for user in (learner, ahead, behind):
        _opt_in(user)
    return built, learner


def _box(locator):
    locator.first.wait_for()
    box = locator.first.bounding_box()
    assert box is not None, f"{locator} is not laid out"
    return box


def test_next_step_and_my_courses_are_above_the_fold_and_panels_spaced_alike(
    page, sign_in, axe, academy_with_learners
):
    _built, learner = academy_with_learners
    sign_in(learner)
    page.set_viewport_size(DESKTOP)
    page.goto("/en/dashboard/")
    for test_id in ("next-step", "my-courses"):
        top = _box(page.get_by_test_id(test_id))["y"]
        assert top < DESKTOP["height"], f"{test_id} starts {top:.0f} px down, below the fold"
    # The courses' first workshop card is on screen too, not just the heading.
    assert _box(page.locator("[data-testid=my-courses] .workshop-card"))["y"] < 800

    # Every panel is separated from the next by the same gap.
    boxes = page.locator(".dashboard-panels > section").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect()).map(r => [r.top, r.bottom])"
    )
    assert len(boxes) >= 3, boxes
    gaps = {
        round(top - previous_bottom)
        for (_t, previous_bottom), (top, _b) in zip(boxes, boxes[1:], strict=False)
    }
    assert len(gaps) == 1, f"panels are spaced unevenly: gaps {sorted(gaps)} px"

    # Desktop header: one row, with the content kit and the leaderboard in it.
    assert _box(page.locator(".site-header"))["height"] < 90
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Content kit")).to_be_visible()
    expect(nav.get_by_role("link", name="Leaderboard")).to_be_visible()
    expect(page.locator(".site-menu-toggle")).to_be_hidden()
    _axe_check(page, axe, "/en/dashboard/ (desktop)")


def test_phone_header_is_one_row_with_a_keyboard_menu_and_stat_cards_side_by_side(
    page, sign_in, axe, academy_with_learners
):
    _built, learner = academy_with_learners
    sign_in(learner)
    page.set_viewport_size(PHONE)
    page.goto("/en/dashboard/")
    page.wait_for_load_state("load")

    header = _box(page.locator(".site-header"))
    button = page.get_by_role("button", name="Menu")
    brand = _box(page.locator(".site-header .brand"))
    toggle = _box(button)
    assert header["height"] < 80, f"the phone header is {header['height']:.0f} px high"
    assert abs((brand["y"] + brand["height"] / 2) - (toggle["y"] + toggle["height"] / 2)) < 12
    assert header["width"] <= PHONE["width"]

    # Closed: the links are folded away, and the button says so.
    nav = page.get_by_role("navigation", name="Main")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(nav.get_by_role("link", name="Leaderboard")).to_be_hidden()
    _axe_check(page, axe, "/en/dashboard/ (phone, menu closed)")

    # The keyboard opens it; the links come next in the tab order; Escape closes it and
    # gives the focus back to the button.
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(nav.get_by_role("link", name="Content kit")).to_be_visible()
    expect(nav.get_by_role("link", name="Leaderboard")).to_be_visible()
    page.keyboard.press("Tab")
    expect(nav.get_by_role("link", name="My learning")).to_be_focused()
    _axe_check(page, axe, "/en/dashboard/ (phone, menu open)")
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "true")

    # The three summary cards share one row.
    tops = page.locator("[data-testid=summary] .stat").evaluate_all(
        "els => els.map(e => Math.round(e.getBoundingClientRect().top))"
    )
    assert len(tops) == 3 and len(set(tops)) == 1, f"stat cards are not side by side: {tops}"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the dashboard scrolls sideways ({width} px)"

    # The content kit is reached from the menu.
    nav.get_by_role("link", name="Content kit").click()
    expect(page).to_have_url(re.compile(r"/en/advocacy/kit/$"))


def test_the_dashboard_rank_is_the_leaderboard_rank(page, sign_in, axe, academy_with_learners):
    _built, learner = academy_with_learners
    sign_in(learner)
    page.set_viewport_size(DESKTOP)
    page.goto("/en/dashboard/")
    rank = page.get_by_test_id("dashboard-rank")
    expect(rank).to_contain_text("all time")
    dashboard_rank = rank.locator("[data-rank]").get_attribute("data-rank")
    assert dashboard_rank == "2"

    page.get_by_test_id("dashboard-leaderboard-link").click()
    board_rank = page.get_by_test_id("leaderboard-rank")
    expect(board_rank).to_contain_text("all time")
    assert board_rank.get_attribute("data-rank") == dashboard_rank
    expect(page.locator("tr.is-viewer td.num").first).to_have_text(dashboard_rank)
    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page.set_viewport_size(viewport)
        _axe_check(page, axe, f"leaderboard ({name})")


@pytest.mark.parametrize(
    ("language", "label", "week"),
    [("en", "all time", "this week"), ("fr", "depuis le début", "cette semaine")],
)
def test_the_headers_leaderboard_opens_the_board_the_dashboard_ranks_on(
    page, sign_in, axe, academy_with_learners, language, label, week
):
    """The header's link (desktop and phone menu) and the leaderboard's own tab open the
    all-time company board, the one the dashboard's rank is read from: the same rank, both
    labelled. Choosing "this week" says so next to the rank."""
    _built, learner = academy_with_learners
    LearnerProfile.objects.filter(user=learner).update(preferred_language=language)
    sign_in(learner)
    page.set_viewport_size(DESKTOP)
    page.goto(f"/{language}/dashboard/")
    rank = page.get_by_test_id("dashboard-rank")
    expect(rank).to_contain_text(label)
    dashboard_rank = rank.locator("[data-rank]").get_attribute("data-rank")

    header_link = page.locator(".site-nav a[href$='/leaderboard/']")
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.goto(f"/{language}/dashboard/")
        if viewport is PHONE:
            page.locator(".site-menu-toggle").click()
        header_link.click()
        board_rank = page.get_by_test_id("leaderboard-rank")
        expect(board_rank).to_contain_text(label)
        assert board_rank.get_attribute("data-rank") == dashboard_rank
        expect(page.locator("tr.is-viewer td.num").first).to_have_text(dashboard_rank)

    # The "this week" board labels its own rank so it cannot pass for the dashboard's.
    page.set_viewport_size(DESKTOP)
    page.locator("input[name=period][value=week]").check()
    page.locator(".leaderboard-filters button[type=submit]").click()
    expect(page.get_by_test_id("leaderboard-rank")).to_contain_text(week)
    _axe_check(page, axe, f"leaderboard, this week ({language})")


def test_quiz_legends_sit_inside_the_card_and_learner_pages_pass_axe(page, sign_in, axe):
    built = build_academy(courses=1, lessons=1, levels=("beginner", "intermediate"))
    workshop = built.workshop()
    workshop.final_quiz = full_quiz(attempts_allowed=3)
    workshop.save()
    learner = make_user()
    services.lesson_complete(user=learner, lesson=built.lessons_of()[0])
    sign_in(learner)

    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page.set_viewport_size(viewport)
        page.goto(built.lessons_of()[0].url)
        _axe_check(page, axe, f"lesson ({name})")

    page.set_viewport_size(DESKTOP)
    page.goto(workshop.url)
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_text("Question 1 of 7")).to_be_visible()
    cards = page.locator("fieldset.quiz-question")
    assert cards.count() == 7
    for index in range(cards.count()):
        card = cards.nth(index)
        outer = card.bounding_box()
        legend = card.locator("legend").bounding_box()
        border = float(card.evaluate("e => parseFloat(getComputedStyle(e).borderTopWidth)"))
        # A legend on the border would start at the card's top edge and cut the line.
        assert legend["y"] >= outer["y"] + border + 4, (index, outer, legend)
        assert (
            legend["x"] > outer["x"] and legend["x"] + legend["width"] < outer["x"] + outer["width"]
        )
    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
        page.set_viewport_size(viewport)
        _axe_check(page, axe, f"quiz attempt ({name})")
