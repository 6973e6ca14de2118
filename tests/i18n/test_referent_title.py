"""The referent's title agrees with the person the brand settings name: a French page says
"votre référente" for a woman, "votre référent" for a man, "votre personne référente" when
no gender is set; content says {referent_title} and gets the same word. Issue 17, item 1:
the header named Inès while pages said "le référent"."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation
from wagtail.models import Site

from lms.accounts import roles
from lms.advocacy.services_referent import referent_question_answer, referent_question_ask
from tests.factories import build_academy, make_user
from themes.models import BrandSettings
from themes.placeholders import expand

pytestmark = pytest.mark.django_db


@pytest.fixture
def built():
    return build_academy(courses=1, lessons=1, levels=("beginner",))


def _brand(grammar: str, name: str = "Inès Garnier") -> BrandSettings:
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.referent_name = name
    brand.referent_grammar = grammar
    brand.save()
    return brand


@pytest.mark.parametrize(
    ("grammar", "french"),
    [("feminine", "référente"), ("masculine", "référent"), ("neutral", "personne référente")],
)
def test_the_title_follows_the_grammar_in_french_and_stays_referent_in_english(
    built, grammar, french
):
    brand = _brand(grammar)
    with translation.override("fr"):
        assert brand.referent_title == french
        assert expand("Demandez à votre {referent_title}.", brand) == (
            f"Demandez à votre {french}."
        )
    with translation.override("en"):
        assert brand.referent_title == "referent"
        assert expand("Ask your {referent_title}.", brand) == "Ask your referent."


def test_a_new_brand_is_neutral():
    assert BrandSettings().referent_grammar == "neutral"


@pytest.mark.parametrize(
    ("grammar", "says", "never"),
    [
        ("feminine", "votre référente", ("le référent", "au référent", "Pour le joindre")),
        ("masculine", "votre référent", ("la référente", "votre référente")),
    ],
)
def test_french_learner_pages_name_the_referent_by_their_grammar(built, grammar, says, never):
    _brand(grammar)
    learner = make_user(language="fr")
    client = Client()
    client.force_login(learner)
    lesson_fr = built.lessons_of()[0]
    pages = {
        "my questions": "/fr/advocacy/questions/",
        "ask": "/fr/advocacy/ask/",
        "kit": "/fr/advocacy/kit/",
        "dashboard": "/fr/",
    }
    for name, url in pages.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, (name, response.status_code)
        html = response.content.decode()
        assert '<html lang="fr"' in html, name
        for wrong in never:
            assert wrong not in html, (name, wrong)
        if name != "dashboard":
            assert says in html, (name, says)
    # The footer on every page, the English page says "your referent".
    client.get("/fr/advocacy/questions/")
    english = make_user(language="en")
    client.force_login(english)
    html = client.get(lesson_fr.url, follow=True).content.decode()
    assert "Ask your referent" in html


def test_the_answer_e_mail_names_the_referent_by_their_grammar(
    built, django_capture_on_commit_callbacks
):
    brand = _brand("feminine")
    learner = make_user(language="fr")
    # An answer by someone without a name: the e-mail falls back to the title.
    referent = make_user(group=roles.REFERENTS, first_name="", last_name="")
    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        question = referent_question_ask(
            user=learner, site=site, question="Puis-je partager ?", language="fr"
        )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        referent_question_answer(question=question, by=referent, answer="Oui.")
    assert brand.referent_grammar == "feminine"
    message = mail.outbox[-1]
    assert message.subject == "Votre référente a répondu à votre question"
    assert "Votre référente a répondu à votre question :" in message.body


def test_the_public_does_not_see_the_referent(built, client):
    # A certificate's verification page and the sign-in page are public: the referent's
    # name and internal address are for the academy's learners.
    _brand("feminine")
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.referent_email = "ines.garnier@example.com"
    brand.save()
    for url in ("/fr/accounts/login/", "/en/accounts/login/"):
        html = client.get(url).content.decode()
        assert "ines.garnier@example.com" not in html and "Inès Garnier" not in html, url
    missing = client.get("/fr/no-such-page/")
    assert missing.status_code == 404
    assert "Se connecter" in missing.content.decode()
    assert "Retour à Mon apprentissage" not in missing.content.decode()
