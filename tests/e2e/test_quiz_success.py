"""The moment of success in a real browser (issue 17): a learner passes the final quiz and the
result page shows the certificate (its download works), the points earned, the badge, the
tier reached and the next step; nothing serious for axe-core."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from courses import services
from lms.advocacy.models import Tier, TierRequirement
from lms.gamification.models import CriterionType
from tests.e2e.test_quiz_flow import RIGHT, assert_accessible, fill_quiz
from tests.factories import build_academy, make_user
from tests.gamification.helpers import badge_make
from tests.quizzes.builders import full_quiz


@pytest.fixture(scope="module")
def axe():
    return Axe()


def test_passing_shows_what_was_earned_and_the_next_step(page, sign_in, axe):
    built = build_academy(courses=1, lessons=1, levels=("beginner", "intermediate"))
    workshop = built.workshop()
    workshop.final_quiz = full_quiz(delay_minutes=0)
    workshop.save()
    badge_make("Certified", CriterionType.FIRST_CERTIFICATE)
    Tier.objects.create(name="Explorer", slug="explorer", rank=0, description="Everyone.")
    ambassador = Tier.objects.create(name="Ambassador", slug="ambassador", rank=1, description="")
    TierRequirement.objects.create(tier=ambassador, workshop=workshop)
    learner = make_user()
    services.lesson_complete(user=learner, lesson=built.lessons_of()[0])
    sign_in(learner)

    page.goto(workshop.url)
    page.get_by_role("button", name="Start the quiz").click()
    fill_quiz(page, RIGHT)
    page.get_by_role("button", name="Submit my answers").click()

    expect(page.get_by_test_id("attempt-outcome")).to_have_text("✔ Passed")
    earned = page.get_by_test_id("quiz-earned")
    expect(earned.get_by_role("heading", name="What you just earned")).to_be_visible()
    certificate = earned.get_by_test_id("earned-certificate")
    expect(certificate.get_by_role("link", name=re.compile("Verification page"))).to_be_visible()
    expect(certificate.get_by_role("link", name=re.compile("Add to LinkedIn"))).to_be_visible()
    expect(earned.get_by_test_id("earned-points")).to_contain_text(re.compile(r"\d+ points"))
    expect(earned.get_by_test_id("earned-badges")).to_contain_text("Certified")
    expect(earned.get_by_test_id("earned-tier")).to_contain_text("Your new tier: Ambassador")
    next_lesson = built.lessons_of(0, "intermediate")[0]
    expect(earned.get_by_test_id("earned-next").get_by_role("link")).to_have_text(next_lesson.title)
    assert_accessible(page, axe)

    # A first download asks the name question (tests/e2e/test_certificate_name_choice.py):
    # this learner answered it already, so the link downloads.
    learner.profile.show_name_on_certificates = True
    learner.profile.save(update_fields=["show_name_on_certificates"])
    page.reload()
    # The download link works (the PDF renders on demand when the task has not run yet).
    with page.expect_download() as download:
        certificate.get_by_test_id("certificate-download").click()
    assert download.value.suggested_filename.endswith(".pdf")

    # The next step opens the first lesson of the level that passing opened.
    earned.get_by_test_id("earned-next").get_by_role("link").click()
    expect(page).to_have_url(re.compile(re.escape(next_lesson.url) + "$"))
