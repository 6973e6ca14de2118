"""The moment of success (issue 17): after passing, the result page says what the submission
just earned (the certificate and where to use it, points, badges, a tier reached) and the
next step, in the learner's language; read back from what the submission wrote, so a reload
says the same and a later attempt claims nothing."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from certificates.models import Certificate
from courses import services
from lms.advocacy.models import Tier, TierRequirement
from lms.gamification.models import CriterionType, PointEntry
from quizzes.form_input import post_data
from quizzes.selectors import attempt_questions
from tests.factories import build_academy, make_user
from tests.gamification.helpers import badge_make
from tests.quizzes.builders import full_quiz, perfect_answers

pytestmark = pytest.mark.django_db


def _academy(*, french=False):
    built = build_academy(courses=1, lessons=1, levels=("beginner", "intermediate"), french=french)
    workshop = built.workshop()
    workshop.final_quiz = full_quiz(delay_minutes=0, attempts_allowed=3)
    workshop.save()
    badge = badge_make("Certified", CriterionType.FIRST_CERTIFICATE)
    Tier.objects.create(name="Explorer", slug="explorer", rank=0, description="Everyone.")
    relay = Tier.objects.create(name="Ambassador", slug="ambassador", rank=1, description="x")
    TierRequirement.objects.create(tier=relay, workshop=workshop)
    if french:
        fr = Locale.objects.get(language_code="fr")
        for item, name in ((badge, "Certifiée"), (relay, "Ambassadrice")):
            copy = item.copy_for_translation(fr)
            copy.name = name
            copy.save()
    return built, workshop


def _pass(client, user, built, workshop, *, language="en"):
    for lesson in built.lessons_of():
        services.lesson_complete(user=user, lesson=lesson)
    attempt = services.workshop_quiz_start(user=user, workshop=workshop)
    with translation.override(language):
        url = reverse("courses:quiz_attempt", args=[workshop.pk, attempt.pk])
    response = client.post(
        url, post_data(attempt_questions(attempt=attempt), perfect_answers(attempt))
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return attempt, response["Location"]


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_passing_shows_the_certificate_points_badge_tier_and_next_step():
    built, workshop = _academy()
    user = make_user()
    client = Client()
    client.force_login(user)
    attempt, result_url = _pass(client, user, built, workshop)

    response = client.get(result_url)
    assert response.status_code == 200
    html = response.content.decode()
    text = _text(response)
    certificate = Certificate.objects.get(user=user)
    attempt.refresh_from_db()
    paid = sum(
        PointEntry.objects.filter(user=user, created_at=attempt.submitted_at).values_list(
            "points", flat=True
        )
    )
    assert paid > 0
    assert 'data-testid="quiz-earned"' in html
    # Not chosen yet: the download and the shares ask the name question first, as the
    # certificates list does (certificates.views.certificate_actions).
    assert reverse("certificates:name_choice") + "?next=" in _earned(html)
    assert certificate.code in html
    assert "linkedin.com%2Fprofile%2Fadd" in html
    assert f"{paid} points" in text
    assert "Certified" in text  # the badge
    assert "Your new tier: Ambassador" in text
    # The next step: the first lesson of the level that passing opened.
    next_lesson = built.lessons_of(0, "intermediate")[0]
    assert next_lesson.url in html and next_lesson.title in text

    # A reload says the same: it reads what the submission wrote.
    again = client.get(result_url).content.decode()
    assert _earned(again) == _earned(html)

    # Once chosen, the buttons download and share directly.
    user.profile.show_name_on_certificates = True
    user.profile.save()
    chosen = _earned(client.get(result_url).content.decode())
    assert reverse("certificates:name_choice") not in chosen
    pdf = reverse("certificates:pdf", args=[certificate.public_id])
    assert f'href="{pdf}" download' in chosen
    assert "linkedin.com/profile/add" in chosen


def _earned(html: str) -> str:
    start = html.index('data-testid="quiz-earned"')
    return html[start : html.index("</section>", start)]


def test_the_result_speaks_french_with_the_translated_names():
    built, workshop = _academy(french=True)
    user = make_user(language="fr")
    client = Client()
    client.force_login(user)
    _attempt, result_url = _pass(client, user, built, workshop, language="fr")
    with translation.override("fr"):
        response = client.get(result_url, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    text = _text(response)
    assert "Ce que vous venez d'obtenir" in text
    assert "Votre nouveau palier : Ambassadrice" in text
    assert "Certifiée" in text
    assert re.search(r"\d+ points", text)
    assert "Télécharger le PDF" in text


def test_a_later_attempt_claims_nothing_it_did_not_earn():
    built, workshop = _academy()
    user = make_user()
    client = Client()
    client.force_login(user)
    _pass(client, user, built, workshop)
    # Passing again pays nothing new: no certificate, tier or badge on its page.
    attempt = services.workshop_quiz_start(user=user, workshop=workshop)
    url = reverse("courses:quiz_attempt", args=[workshop.pk, attempt.pk])
    response = client.post(
        url, post_data(attempt_questions(attempt=attempt), perfect_answers(attempt))
    )
    html = client.get(response["Location"]).content.decode()
    assert 'data-testid="earned-certificate"' not in html
    assert 'data-testid="earned-tier"' not in html
    assert 'data-testid="earned-badges"' not in html


def test_one_point_is_singular(settings):
    """ngettext: "1 point", not "1 points"."""
    from django.template.loader import render_to_string

    from courses.success import Earned

    earned = Earned(at=None, points=1)
    html = render_to_string(
        "courses/quiz/_earned.html", {"earned": earned, "next_step": None, "course": None}
    )
    assert re.search(r">\s*1 point\s*<", html)
