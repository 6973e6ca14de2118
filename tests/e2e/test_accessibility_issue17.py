"""axe-core on every page issue 17 changed, as a learner, HR and a visitor see them, in
English and French, on a desktop and on a 390 px phone: nothing serious or critical.

The pages: sign-in, 404, dashboard, workshop, lesson, quiz, the quiz result right after
passing (certificate, points, tier, next step), My certificates, the public verification
page, the leaderboard, the content kit, and HR's completion report. One test per language
and width; each page is a subtest, so a failure names the page and lists what axe found.
On the way it checks what a person reads there in French: the referent named by their
title ("votre référente"), no raw placeholder, no unelided "de Inès".
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale, Site

from certificates.models import Certificate
from courses import services
from courses.models import WorkshopPage
from lms.accounts import roles
from lms.advocacy.models import Tier, TierRequirement
from tests.e2e.test_quiz_flow import RIGHT, question
from tests.factories import build_academy, make_user
from tests.quizzes.builders import full_quiz
from themes.models import BrandSettings

from .test_accessibility import _axe_check, _check, axe  # noqa: F401 - the axe fixture

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _academy(language: str, french_academy):
    levels = ("beginner", "intermediate")
    if language == "fr":
        built = french_academy(courses=1, lessons=1, levels=levels)
    else:
        built = build_academy(courses=1, lessons=1, levels=levels)
    quiz = full_quiz(delay_minutes=0)
    workshop = built.workshop()
    workshops = [workshop]
    if language == "fr":
        workshops.append(workshop.get_translation(Locale.objects.get(language_code="fr")))
    for page in workshops:
        page = WorkshopPage.objects.get(pk=page.pk)
        page.final_quiz = quiz
        page.save_revision().publish()
    Tier.objects.create(name="Explorer", slug="explorer", rank=0, description="Everyone.")
    ambassador = Tier.objects.create(name="Ambassador", slug="ambassador", rank=1, description="")
    TierRequirement.objects.create(tier=ambassador, workshop=workshop)
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.referent_name = "Inès Garnier"
    brand.referent_role = "Community manager"
    brand.referent_grammar = "feminine"
    brand.save()
    return built


def _fill(page, language):
    """The right answers of `full_quiz`, picked by the quiz's own texts (the author's,
    English here) whatever the interface's language ("Faux", "Votre réponse")."""
    question(page, "Which post is safe to share?").get_by_label(RIGHT["single"]).check()
    for text in RIGHT["multiple"]:
        question(page, "Which make a strong password?").get_by_label(text).check()
    false = "Faux" if language == "fr" else "False"
    question(page, "SMS codes are").get_by_label(false, exact=True).check()
    ordering = question(page, "Put the steps")
    for place, text in enumerate(RIGHT["order"], start=1):
        ordering.get_by_role("combobox", name=text).select_option(str(place))
    for item, match in RIGHT["match"].items():
        question(page, "Match each network.").get_by_label(item).select_option(label=match)
    question(page, "Two-factor authentication").locator("input[type=text]").fill(RIGHT["text"])
    question(page, "What do you do?").get_by_label(RIGHT["scenario"]).check()


def _localized(page, language):
    if language == "en":
        return page.specific
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def _reads_well(page, language):
    text = page.locator("body").inner_text()
    assert not re.search(r"\{(referent_\w+|company|academy)\}", text), "a raw placeholder"
    assert "{#" not in text and "{%" not in text, "template syntax shown as text"
    assert "\ue000" not in text and "\ue001" not in text, "an elision mark left on the page"
    if language == "fr":
        assert not re.search(r"\b(de|que|le|la) Inès\b", text), "unelided before Inès"
        assert "le référent" not in text and "au référent" not in text, "the wrong gender"


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_issue_17_pages_have_no_serious_accessibility_violations(
    page,
    axe,  # noqa: F811
    sign_in,
    browser,
    browser_context_args,
    subtests,
    french_academy,
    language,
    width,
):
    page.set_viewport_size(DESKTOP if width == "desktop" else PHONE)
    built = _academy(language, french_academy)
    workshop = _localized(built.workshop(), language)
    lesson = _localized(built.lessons_of()[0], language)
    learner = make_user(language=language, first_name="Inès", last_name="Martin")
    services.lesson_complete(user=learner, lesson=built.lessons_of()[0])

    with translation.override(language):
        login_url = reverse("accounts:login")
        urls = {
            "dashboard": reverse("dashboard:home"),
            "workshop": workshop.url,
            "lesson": lesson.url,
        }
        after = {
            "my certificates": reverse("certificates:mine"),
            "leaderboard": reverse("gamification:leaderboard"),
            "content kit": reverse("advocacy:kit"),
            "my questions": reverse("advocacy:questions"),
        }
        report_url = reverse("reports_admin:index")

    with subtests.test(msg="sign-in"):
        _check(page, axe, login_url)
        expect(page.locator("html")).to_have_attribute("lang", language)
    with subtests.test(msg="404"):
        _check(page, axe, f"/{language}/no-such-page/", status=404)
        expect(page.locator("html")).to_have_attribute("lang", language)

    sign_in(learner)
    for name, url in urls.items():
        with subtests.test(msg=name):
            _check(page, axe, url)
            _reads_well(page, language)
            if name == "dashboard":
                # Stat cards wide enough for their words ("semaine d'affilée" once broke
                # letter by letter in the side column).
                widths = page.locator(".stat").evaluate_all(
                    "cards => cards.map(card => card.getBoundingClientRect().width)"
                )
                assert widths and min(widths) >= 100, widths

    with subtests.test(msg="quiz"):
        page.goto(workshop.url)
        page.locator("[data-testid=final-quiz] form button[type=submit]").first.click()
        expect(page.locator("fieldset").first).to_be_visible()
        _axe_check(page, axe, page.url)
    with subtests.test(msg="quiz result after passing"):
        _fill(page, language)
        page.locator("main form button[type=submit]").last.click()
        earned = page.get_by_test_id("quiz-earned")
        expect(earned).to_be_visible()
        expect(earned.get_by_test_id("earned-certificate")).to_be_visible()
        assert f"/{language}/" in page.url, page.url
        _axe_check(page, axe, page.url)
        _reads_well(page, language)

    for name, url in after.items():
        with subtests.test(msg=name):
            _check(page, axe, url)
            _reads_well(page, language)

    code = Certificate.objects.filter(user=learner).values_list("code", flat=True).first()
    assert code, "passing issued no certificate"
    anonymous = browser.new_context(
        **{
            **browser_context_args,
            "locale": "fr-FR" if language == "fr" else "en-GB",
            "viewport": DESKTOP if width == "desktop" else PHONE,
        }
    )
    try:
        public = anonymous.new_page()
        public.set_default_timeout(10_000)
        with subtests.test(msg="verification page"):
            _check(public, axe, f"/verify/{code}/")
            expect(public.locator("html")).to_have_attribute("lang", language)
            # The public sees who issued the certificate, not the academy's referent.
            expect(public.locator("body")).not_to_contain_text("Inès Garnier")
    finally:
        anonymous.close()

    hr = browser.new_context(
        **{**browser_context_args, "viewport": DESKTOP if width == "desktop" else PHONE}
    )
    try:
        sign_in(make_user(group=roles.HR, language=language), context=hr)
        report = hr.new_page()
        report.set_default_timeout(10_000)
        with subtests.test(msg="HR report"):
            response = report.goto(report_url)
            assert response is not None and response.status == 200, report_url
            report.wait_for_load_state("load")
            results = axe.run(report, options={"resultTypes": ["violations"]}).response
            blocking = [v for v in results["violations"] if v["impact"] in {"serious", "critical"}]
            assert not blocking, [
                (v["id"], [n["html"][:120] for n in v["nodes"]][:5]) for v in blocking
            ]
            expect(report.locator("html")).to_have_attribute("lang", language)
    finally:
        hr.close()
