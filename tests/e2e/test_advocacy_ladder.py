"""The charter and the ladder in a browser, in English and French: accepting the charter
(with the error when the box is not ticked), the tier moving up, and axe on each page."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from lms.advocacy.models import CharterAcceptance, CharterPage, LearnerTier
from tests.advocacy.ladder import charter_build, level_pass, tiers_build
from tests.factories import make_user

from .test_accessibility import _axe_check, _check


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_learner_accepts_the_charter_and_becomes_a_relay(
    page,
    axe,
    sign_in,
    french_academy,
    language,
):
    built = french_academy(courses=1, lessons=1)
    tiers_build(built)
    charter = charter_build(built, version="2026-11")
    if language == "fr":
        copy = charter.copy_for_translation(Locale.objects.get(language_code="fr"))
        copy.title = "Charte des réseaux sociaux"
        copy.save()
        copy.save_revision().publish()
        charter = CharterPage.objects.get(pk=copy.pk)
    learner = make_user(language=language)
    level_pass(built, learner, "beginner")
    sign_in(learner)
    with translation.override(language):
        dashboard, tiers = reverse("dashboard:home"), reverse("advocacy:tiers")

    _check(page, axe, dashboard)
    expect(page.get_by_test_id("panel-charter")).to_be_visible()
    _check(page, axe, tiers)

    _check(page, axe, charter.url)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#agree-errors")).to_be_visible()
    _axe_check(page, axe, charter.url)
    assert not CharterAcceptance.objects.exists()

    page.locator("main form input[type=checkbox]").check()
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".messages .message--success")).to_be_visible()
    expect(page.get_by_test_id("charter-state")).to_contain_text("2026-11")
    _axe_check(page, axe, page.url)
    assert LearnerTier.objects.get(user=learner).slug == "relay"
    assert CharterAcceptance.objects.get().language == language

    _check(page, axe, dashboard)
    expect(page.get_by_test_id("panel-current-tier")).to_contain_text("Relay")
