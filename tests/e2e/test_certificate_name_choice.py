"""In a real browser: the learner's first download of a certificate asks whether its public
verification page shows their name, records the answer, then downloads; the certificate
pages and the verification page pass axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from certificates.models import Certificate
from lms.accounts.models import LearnerProfile
from tests.certificates.issuing import certificate_earn
from tests.e2e.test_accessibility import _axe_check
from tests.factories import build_academy, make_user


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def earned(transactional_db, settings, tmp_path):
    from certificates.rendering import engine

    settings.MEDIA_ROOT = str(tmp_path / "media")
    engine.reset()
    built = build_academy(courses=1, lessons=2, levels=("beginner",))
    user = make_user(first_name="Inès", last_name="Moreau")
    return user, certificate_earn(built, user)


def test_the_first_download_asks_records_the_answer_then_downloads(page, sign_in, axe, earned):
    user, certificate = earned
    sign_in(user)

    page.goto("/en/certificates/")
    _axe_check(page, axe, "/en/certificates/ (not chosen yet)")
    expect(page.get_by_text("Update the PDF")).to_have_count(0)

    page.get_by_role("link", name="Download PDF").first.click()
    expect(page.get_by_role("heading", name="Your name on your certificates")).to_be_visible()
    _axe_check(page, axe, "the name question")
    assert "Inès Moreau" in page.content()

    # No answer: told so, nothing recorded.
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Choose one of the two answers.")).to_be_visible()
    assert LearnerProfile.objects.get(user=user).show_name_on_certificates is None

    page.get_by_role("radio", name="Yes, show my name").check()
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Saved: your verification pages show your name.")).to_be_visible()
    assert LearnerProfile.objects.get(user=user).show_name_on_certificates is True
    _axe_check(page, axe, "/en/certificates/ (chosen)")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").first.click()
    assert download.value.suggested_filename.endswith(f"{certificate.code}.pdf")

    page.goto(f"/verify/{certificate.code}/")
    expect(page.get_by_text("Inès Moreau").first).to_be_visible()
    _axe_check(page, axe, "verification page (name shown)")


def test_the_verification_page_is_neutral_until_the_holder_chose(page, axe, earned):
    _user, certificate = earned
    assert Certificate.objects.get(pk=certificate.pk).user.profile.show_name_on_certificates is None
    page.goto(f"/verify/{certificate.code}/")
    expect(page.get_by_text("The holder's name is not shown on this page.")).to_be_visible()
    assert "keep their name private" not in page.content()
    _axe_check(page, axe, "verification page (not chosen yet)")
