"""French elision where a value meets the word before it: "Question d’Inès", "qu’Orange",
"l’île", but "de Marc", "le héros", "de 11". Issue 17, item 1: "Question de Inès" was
printed wherever a translator wrote "de %(name)s"."""

from __future__ import annotations

import pytest
from django.core import mail
from django.template import Context, Template
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Site

from lms.advocacy.services_referent import referent_question_ask
from tests.factories import build_academy, make_user
from themes.elision import OPEN, elide, format_elided, mark, starts_with_vowel_sound
from themes.models import BrandSettings
from themes.placeholders import expand


@pytest.mark.parametrize(
    ("message", "value", "french"),
    [
        ("Question de %(v)s", "Inès", "Question d’Inès"),
        ("Question de %(v)s", "Marc", "Question de Marc"),
        ("De %(v)s", "Olivier", "D’Olivier"),
        ("la réponse d’Anne et de %(v)s", "Hélène", "la réponse d’Anne et d’Hélène"),
        ("le %(v)s", "héros", "le héros"),  # h aspiré
        ("de %(v)s", "Hugo", "d’Hugo"),  # h muet
        ("de %(v)s", "Yves", "d’Yves"),
        ("le %(v)s", "yoga", "le yoga"),
        ("plus que %(v)s", "Orange", "plus qu’Orange"),
        ("la %(v)s", "île", "l’île"),
        ("de %(v)s", "11 lignes", "de 11 lignes"),
        ("de %(v)s", "Émilie", "d’Émilie"),
        ("code %(v)s", "Inès", "code Inès"),  # "code" is no eliding word
        ("unde %(v)s", "Inès", "unde Inès"),  # only whole words
        ("de\u00a0%(v)s", "Inès", "d’Inès"),
    ],
)
def test_the_rule(message, value, french):
    with translation.override("fr"):
        assert format_elided(message, v=value) == french
    with translation.override("en"):
        assert format_elided(message, v=value) == message % {"v": value}


def test_only_the_word_before_a_value_changes_and_no_mark_is_left():
    # "de haut" written by the translator stays; the marks never reach the page.
    with translation.override("fr"):
        text = format_elided("Vue de haut de %(a)s et de %(b)s", a="Inès", b="Marc")
    assert text == "Vue de haut d’Inès et de Marc"
    assert OPEN not in text
    assert starts_with_vowel_sound("<b>Inès</b>") and not starts_with_vowel_sound("")


def test_safe_html_stays_safe():
    with translation.override("fr"):
        html = elide(
            mark_safe("<p>Question de ") + mark(mark_safe("<b>Inès</b>")) + mark_safe("</p>")
        )
    assert str(html) == "<p>Question d’<b>Inès</b></p>" and hasattr(html, "__html__")


def test_the_template_filters():
    template = Template(
        "{% load i18n pv_formats %}{% blocktrans asvar label with name=name|elidable %}"
        "Question from {{ name }}{% endblocktrans %}{{ label|elide }}"
    )
    with translation.override("fr"):
        assert template.render(Context({"name": "Inès"})) == "Question d’Inès"
        assert template.render(Context({"name": "Marc"})) == "Question de Marc"
    with translation.override("en"):
        assert template.render(Context({"name": "Inès"})) == "Question from Inès"


@pytest.mark.django_db
def test_placeholders_elide_in_french_content():
    build_academy(courses=1, lessons=1, levels=("beginner",))
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.referent_name = "Inès Garnier"
    brand.company_name = "Orange"
    text = "Demandez l’avis de {referent_name} : chez {company}, plus que {company} elle-même."
    with translation.override("fr"):
        assert expand(text, brand) == (
            "Demandez l’avis d’Inès Garnier : chez Orange, plus qu’Orange elle-même."
        )
        html = expand(mark_safe("<p>de {referent_name}</p>"), brand)
        assert str(html) == "<p>d’Inès Garnier</p>"
    with translation.override("en"):
        assert expand("Ask {referent_name}", brand) == "Ask Inès Garnier"


@pytest.mark.django_db
def test_the_referent_s_e_mail_subject_elides_the_learner_s_name(
    django_capture_on_commit_callbacks,
):
    build_academy(courses=1, lessons=1, levels=("beginner",))
    site = Site.objects.get(is_default_site=True)
    brand = BrandSettings.for_site(site)
    brand.referent_name = "Marc Durand"
    brand.referent_email = "marc@example.com"
    brand.save()
    make_user(email="marc@example.com", language="fr", first_name="Marc", last_name="Durand")
    learner = make_user(first_name="Inès", last_name="Martin")
    with django_capture_on_commit_callbacks(execute=True):
        referent_question_ask(user=learner, site=site, question="Puis-je ?", language="fr")
    assert mail.outbox[-1].subject.startswith("Question d’Inès Martin ")


@pytest.mark.parametrize(
    ("message", "value", "english"),
    [
        ("As a %(v)s, share", "Ambassador", "As an Ambassador, share"),
        ("As a %(v)s, share", "Relay", "As a Relay, share"),
        ("once you become an %(v)s.", "Champion", "once you become a Champion."),
        ("A %(v)s", "Explorer", "An Explorer"),
        ("a %(v)s", "user", "a user"),
        ("a %(v)s", "hour", "an hour"),
        ("a %(v)s", "European", "a European"),
        ("Ta %(v)s", "Explorer", "Ta Explorer"),  # only the whole word "a"
    ],
)
def test_the_english_article(message, value, english):
    with translation.override("en"):
        assert format_elided(message, v=value) == english
