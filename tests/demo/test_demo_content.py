"""The demo's content agrees with the demo's settings: every lesson, quiz text, content-kit
post and referent answer names the company and the referent through placeholders
({company}, {referent_name}…, themes/placeholders.py), never typed, and speaks of tiers the
demo defines, the ones its learners hold.

Why: a lesson and a graded question once named a referent the header did not (a learner
who trusted the screen was marked wrong), and a referent answer called an Explorer "a
Relay"."""

from __future__ import annotations

import json
import re

import pytest
from django.db import transaction
from wagtail.models import Site

from courses.models import CoursePage, LessonPage, WorkshopPage
from lms.accounts.models import User
from lms.advocacy.models import ContentPost, LearnerTier, ReferentQuestion, Tier
from lms.demo.builder import demo_build
from quizzes.models import (
    AcceptedAnswer,
    Choice,
    MatchPair,
    OrderingItem,
    Question,
    Quiz,
    ScenarioQuestion,
    TrueFalseQuestion,
)
from themes.models import BrandSettings
from themes.placeholders import expand, unknown_placeholders

# The referent's name before issue 17: it must not come back in any form.
STALE_NAMES = ("Léa Fontaine", "Fontaine")
# Words that name an advocacy rank in the demo's two languages (whether the demo defines it
# or not): "As a Pioneer" would be as wrong as "As a Relay" said to an Explorer.
RANK_WORDS = (
    "Explorer|Explorateur|Explorer|Relay|Relais|Ambassador|Ambassadeur|Ambassadrice|"
    "Champion|Championne|Pioneer|Pionnier|Advocate|Insider|Leader|Star|Expert"
)
ADDRESSED = re.compile(
    r"\b(?:[Aa]s an?|[Bb]ecome an?|[Ee]n tant que|[Dd]evenez|[Dd]evenir)\s+(" + RANK_WORDS + r")\b"
)
NOT_NAMES = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|#\w+|[\w-]+\.example\b")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        demo_build()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def brand(demo, db):
    return BrandSettings.for_site(Site.objects.get(is_default_site=True))


def _texts():
    """(where, text) for every text a learner reads in lessons, quizzes and the kit."""
    for lesson in LessonPage.objects.all():
        yield f"lesson {lesson.slug} ({lesson.locale_id})", lesson.title
        yield f"lesson {lesson.slug} ({lesson.locale_id})", lesson.summary or ""
        yield (
            f"lesson {lesson.slug} ({lesson.locale_id})",
            json.dumps(list(lesson.body.raw_data), ensure_ascii=False),
        )
    for page in [*CoursePage.objects.all(), *WorkshopPage.objects.all()]:
        yield f"page {page.slug}", f"{page.title}\n{page.summary}"
    sources = [
        (Quiz, ["title", "description"]),
        (Question, ["prompt", "explanation"]),
        (ScenarioQuestion, ["situation"]),
        (TrueFalseQuestion, ["feedback_true", "feedback_false"]),
        (Choice, ["text", "feedback"]),
        (OrderingItem, ["text"]),
        (MatchPair, ["source", "target"]),
        (AcceptedAnswer, ["text"]),
        (ContentPost, ["title", "text_linkedin", "text_x", "text_facebook"]),
        (ReferentQuestion, ["answer"]),
    ]
    for model, fields in sources:
        for pk, *values in model.objects.values_list("pk", *fields):
            for field, value in zip(fields, values, strict=True):
                yield f"{model.__name__} #{pk} {field}", value or ""


def test_the_demo_brand_names_the_company_and_the_referent(brand):
    assert brand.company_name == "Northwind"
    assert brand.referent_name == "Inès Garnier"
    assert brand.referent_role and brand.referent_contact
    assert brand.issuer_name == "Northwind"


def test_no_name_the_settings_hold_is_typed_into_the_content(brand):
    first, _space, last = brand.referent_name.partition(" ")
    people = {
        f"{first_name} {last_name}"
        for first_name, last_name in User.objects.values_list("first_name", "last_name")
        if first_name and last_name
    }
    typed = []
    uses = {"company": 0, "referent_name": 0}
    for where, text in _texts():
        uses["company"] += text.count("{company}")
        uses["referent_name"] += text.count("{referent_name}")
        words = NOT_NAMES.sub(" ", text)
        for name in (brand.company_name, first, last, *STALE_NAMES, *people):
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words):
                typed.append((where, name))
    assert typed == [], "typed instead of a placeholder: " + repr(typed[:10])
    # The content does speak of them, through placeholders.
    assert uses["company"] > 50 and uses["referent_name"] > 20, uses


def test_every_placeholder_is_known_and_filled_in(brand):
    unknown = [(where, unknown_placeholders(text)) for where, text in _texts()]
    assert [item for item in unknown if item[1]] == []
    lesson = LessonPage.objects.filter(body__icontains="{referent_name}").first()
    shown = expand(json.dumps(list(lesson.body.raw_data), ensure_ascii=False), brand)
    assert "Inès Garnier" in shown and "{referent_name}" not in shown


def test_the_graded_referent_question_is_a_choice_not_a_typed_name(brand):
    # Grading compares option keys; a short-text answer compares what was typed with a
    # stored text, which a placeholder (or a renamed referent) would break.
    assert not AcceptedAnswer.objects.filter(text__icontains="referent").exists()
    correct = Choice.objects.filter(text__contains="{referent_name}", is_correct=True)
    assert correct.exists()


def test_tier_names_in_the_content_are_tiers_the_demo_defines(demo, db):
    defined = set(Tier.objects.values_list("name", flat=True))
    assert {"Explorer", "Relay", "Ambassador", "Champion"} <= defined
    spoken = set()
    for where, text in _texts():
        for word in re.findall(rf"\b({RANK_WORDS})s?\b", text):
            if word in defined or word.lower() in ("expert", "star", "leader"):
                continue  # "Expert" is a level; star and leader are ordinary words
            spoken.add((where, word))
    assert spoken == set()


def test_a_referent_answer_addresses_the_learner_by_the_tier_they_hold(demo, db):
    default_tier = Tier.objects.filter(rank=0).order_by("pk")
    answered = ReferentQuestion.objects.exclude(answer="").select_related("user")
    assert answered.exists()
    for question in answered:
        held = LearnerTier.objects.filter(user=question.user).values_list("rank", flat=True)
        rank = held.first() or 0
        names = set(Tier.objects.filter(rank=rank).values_list("name", flat=True)) or set(
            default_tier.values_list("name", flat=True)
        )
        addressed = ADDRESSED.findall(question.answer)
        assert addressed, question.answer
        # The first tier the answer addresses the learner as is the tier they hold.
        assert addressed[0] in names, (question.user.email, addressed, names)


def test_the_demo_site_is_the_address_the_academy_is_served_at(demo, db, settings):
    # Certificates, QR codes and e-mails link to the Site's root URL (certificates.sharing):
    # for `make run` it must be WAGTAILADMIN_BASE_URL, not Wagtail's default localhost:80.
    from certificates.models import Certificate
    from certificates.sharing import verification_url

    site = Site.objects.get(is_default_site=True)
    assert site.root_url == settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    certificate = Certificate.objects.first()
    assert verification_url(certificate).startswith(site.root_url + "/verify/")


# The site's referent, named by an article or a determiner and the French title typed out:
# "la référente" is wrong the day the settings name a man. Content writes
# "votre {referent_title}" (BrandSettings.referent_grammar decides the word). The role in
# general ("le rôle de référent", "un référent") is not the site's referent and may stay.
TYPED_TITLE = re.compile(
    r"(?<![\w’'])(?:[Ll]a|[Ll]e|[Aa]u|[Dd]u|[Vv]otre|[Nn]otre|[Ll]’|[Ll]')\s*référente?s?\b"
)


def test_the_referent_s_title_comes_from_the_settings_in_french(brand):
    typed = [
        (where, match.group(0))
        for where, text in _texts()
        for match in TYPED_TITLE.finditer(NOT_NAMES.sub(" ", text))
    ]
    assert typed == [], "typed instead of {referent_title}: " + repr(typed[:10])
    uses = sum(text.count("{referent_title}") for _where, text in _texts())
    assert uses > 40, uses


def test_the_demo_referent_is_feminine_and_the_french_content_says_so(brand):
    from django.utils import translation

    assert brand.referent_grammar == "feminine"
    with translation.override("fr"):
        shown = "\n".join(expand(text, brand) for _where, text in _texts())
    assert "votre référente" in shown.lower()
    assert "votre référent " not in shown and "personne référente" not in shown
    # French elision where a placeholder meets "de" or "que": "d’Inès", never "de Inès".
    first = brand.referent_name.split()[0]
    assert not re.search(rf"\b(?:de|que|le|la)\s+{first}\b", shown, re.IGNORECASE), first
    assert f"d’{first}" in shown or f"qu’{first}" in shown


def test_titles_hold_no_placeholder(demo, db):
    # Page titles and quiz titles are shown as they are (menus, breadcrumbs, certificates,
    # exports): a placeholder there would be printed as typed.
    titles = [
        *LessonPage.objects.values_list("title", flat=True),
        *WorkshopPage.objects.values_list("title", flat=True),
        *CoursePage.objects.values_list("title", flat=True),
        *Quiz.objects.values_list("title", flat=True),
    ]
    assert [title for title in titles if "{" in title] == []
