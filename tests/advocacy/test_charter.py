"""The charter page: a learner reads it and accepts the version in force, once per
version, in English or French; a new version asks again and says what changed."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.models import Locale

from lms.advocacy.models import CharterAcceptance, CharterPage, LearnerTier, TierChange
from lms.advocacy.services import CharterTranslationOutdated, charter_accept
from tests.factories import build_academy

from .ladder import T0, charter_build, charter_new_version, level_pass, tiers_build

ACCEPT_URL = "/en/advocacy/charter/accept/"


@pytest.fixture
def built(db):
    return build_academy(courses=1, lessons=1, french=True)


@pytest.fixture
def charter(built):
    return charter_build(built, version="2026-01")


def charter_fr(charter, version=None) -> CharterPage:
    fr = Locale.objects.get(language_code="fr")
    copy = charter.copy_for_translation(fr)
    copy.title = "Charte des réseaux sociaux"
    if version:
        copy.version = version
    copy.save()
    copy.save_revision().publish()
    return CharterPage.objects.get(pk=copy.pk)


def test_the_charter_page_asks_for_acceptance(learner_client, charter):
    response = learner_client.get(charter.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Version 2026-01" in html
    assert "You have not accepted the charter yet" in html
    assert 'action="/en/advocacy/charter/accept/"' in html
    assert "csrfmiddlewaretoken" in html


def test_the_charter_page_is_for_signed_in_employees(client, charter):
    response = client.get(charter.url)
    assert response.status_code == 302
    assert "/accounts/" in response["Location"]


def test_accepting_without_ticking_the_box_records_nothing(learner_client, learner, charter):
    response = learner_client.post(ACCEPT_URL, {"charter": charter.pk})
    assert response.status_code == 400
    assert "Tick the box to say you have read and accept the charter." in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not CharterAcceptance.objects.exists()


def test_accepting_records_who_which_version_and_when(learner_client, learner, charter):
    response = learner_client.post(ACCEPT_URL, {"charter": charter.pk, "agree": "on"}, follow=True)
    assert response.redirect_chain[-1][0] == charter.url
    html = response.content.decode()
    assert "Thank you: you accepted version 2026-01 of the charter." in html
    assert "You accepted version 2026-01 on" in html
    assert "Accept the charter</button>" not in html
    acceptance = CharterAcceptance.objects.get()
    assert (acceptance.user, acceptance.version, acceptance.language) == (learner, "2026-01", "en")
    assert acceptance.charter_key == charter.translation_key

    # Twice is once.
    response = learner_client.post(ACCEPT_URL, {"charter": charter.pk, "agree": "on"}, follow=True)
    assert "You had already accepted version 2026-01" in response.content.decode()
    assert CharterAcceptance.objects.count() == 1


def test_accepting_an_unknown_charter_is_a_clear_refusal(learner_client):
    for value in ("999999", "abc", ""):
        response = learner_client.post(ACCEPT_URL, {"charter": value, "agree": "on"}, follow=True)
        assert response.status_code == 200
        assert "This charter does not exist" in response.content.decode()
    assert not CharterAcceptance.objects.exists()


def test_get_is_not_allowed_on_accept(learner_client):
    assert learner_client.get(ACCEPT_URL).status_code == 405


def _reads(client, language):
    """The learner switches language (a signed-in person is kept in their language)."""
    client.post(reverse("set_language"), {"language": language, "next": "/"})


def test_the_french_page_accepts_the_same_version(learner_client, learner, charter):
    french = charter_fr(charter)
    _reads(learner_client, "fr")
    response = learner_client.get(french.url)
    assert response.status_code == 200
    assert french.url.startswith("/fr/")
    response = learner_client.post(
        "/fr/advocacy/charter/accept/", {"charter": french.pk, "agree": "on"}, follow=True
    )
    assert response.status_code == 200
    acceptance = CharterAcceptance.objects.get()
    assert (acceptance.version, acceptance.language) == ("2026-01", "fr")
    assert acceptance.charter_key == charter.translation_key
    # Accepted in French is accepted: the English page says so.
    _reads(learner_client, "en")
    assert "You accepted version 2026-01" in learner_client.get(charter.url).content.decode()


def test_an_outdated_translation_cannot_be_accepted(learner_client, learner, charter):
    charter = charter_new_version(charter, "2026-11")
    french = charter_fr(charter, version="2026-01")
    _reads(learner_client, "fr")
    html = learner_client.get(french.url).content.decode()
    assert "c'est la version 2026-11 qui est en vigueur" in html.replace("&#x27;", "'")
    assert "Accepter la charte</button>" not in html

    response = learner_client.post(
        "/fr/advocacy/charter/accept/", {"charter": french.pk, "agree": "on"}, follow=True
    )
    assert "c'est la version 2026-11 qui est en vigueur" in response.content.decode().replace(
        "&#x27;", "'"
    )
    assert not CharterAcceptance.objects.exists()
    with pytest.raises(CharterTranslationOutdated):
        charter_accept(user=learner, charter=french)


def test_a_new_version_asks_again_and_says_what_changed(learner_client, learner, charter):
    charter_accept(user=learner, charter=charter, now=T0)
    charter = charter_new_version(charter, "2026-11", summary="New rule on two-factor login.")
    html = learner_client.get(charter.url).content.decode()
    assert "A new version of the charter needs your acceptance" in html
    assert "you accepted version 2026-01, version 2026-11 is now in force" in html
    assert "New rule on two-factor login." in html
    assert "Accept the charter</button>" in html


def test_accepting_moves_the_tier(learner_client, learner, built, charter):
    tiers_build(built)
    level_pass(built, learner, "beginner")
    assert LearnerTier.objects.get(user=learner).slug == "explorer"
    learner_client.post(ACCEPT_URL, {"charter": charter.pk, "agree": "on"})
    assert LearnerTier.objects.get(user=learner).slug == "relay"
    assert TierChange.objects.get(user=learner).reason == "charter_accepted"
