"""Placeholders ({company}, {referent_name}…) are filled in from the brand settings where
learners read them (lesson blocks, quiz texts, the content kit), display-only: what is
stored and what grading compares do not change; an unknown one stays visible and is
reported by a check, never a 500."""

from __future__ import annotations

import json
import uuid

import pytest
from django.core.management import call_command
from django.utils.safestring import mark_safe
from wagtail.models import Site

from courses.models import LessonPage
from quizzes.models import Choice, Question
from tests.quizzes.builders import add_single, make_quiz
from themes.checks import check_placeholders
from themes.models import BrandSettings
from themes.placeholders import expand, unknown_placeholders

pytestmark = pytest.mark.django_db


@pytest.fixture
def brand(academy):
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.company_name = "Northwind & Co."
    brand.referent_name = "Inès <Garnier>"  # markup in a name must come out as text
    brand.referent_role = "Community manager"
    brand.save()
    return brand


def test_expand_plain_text_html_unknown_and_empty_settings(brand):
    assert expand("Ask {referent_name} at {company}.", brand) == (
        "Ask Inès <Garnier> at Northwind & Co."
    )
    html = expand(mark_safe("<p>Ask {referent_name}</p>"), brand)
    assert html == "<p>Ask Inès &lt;Garnier&gt;</p>" and hasattr(html, "__html__")
    assert expand("Ask {refrent_name} or {{ x }} or {company_name}", brand) == (
        "Ask {refrent_name} or {{ x }} or {company_name}"
    )
    assert unknown_placeholders("{refrent_name} {company} {refrent_name}") == ["refrent_name"]
    empty = BrandSettings(academy_name="Porte-voix")
    assert expand("{referent_name} of {company}", empty) == "the referent of Porte-voix"


def _lesson_with(academy, body):
    lesson = LessonPage.objects.get(pk=academy.lessons_of()[0].pk)
    lesson.body = json.dumps([{**block, "id": str(uuid.uuid4())} for block in body])
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def test_lesson_blocks_and_quiz_texts_show_the_settings_names(brand, academy, learner_client):
    quiz = make_quiz(title="Practice")
    question = add_single(quiz)
    Question.objects.filter(pk=question.pk).update(prompt="Who coordinates, at {company}?")
    Choice.objects.filter(question=question, is_correct=True).update(text="{referent_name}")
    lesson = _lesson_with(
        academy,
        [
            {"type": "rich_text", "value": "<p>Ask {referent_name}, {referent_role}.</p>"},
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Your referent: {referent_name}",
                    "text": "<p>x</p>",
                },
            },
            {"type": "takeaways", "value": {"title": "", "items": ["You work at {company}"]}},
            {"type": "knowledge_check", "value": {"quiz": quiz.pk, "intro": ""}},
        ],
    )

    body = learner_client.get(lesson.url).content.decode().split('<main id="main"', 1)[1]

    assert "Ask Inès &lt;Garnier&gt;, Community manager." in body
    assert "Your referent: Inès &lt;Garnier&gt;" in body
    assert "You work at Northwind &amp; Co." in body
    assert "Who coordinates, at Northwind &amp; Co.?" in body
    assert "<Garnier>" not in body and "{referent_name}" not in body and "{company}" not in body
    # Display-only: the stored texts keep their placeholders.
    assert "{referent_name}" in json.dumps(list(LessonPage.objects.get(pk=lesson.pk).body.raw_data))
    assert Choice.objects.filter(text="{referent_name}").exists()


def test_grading_compares_option_keys_not_the_texts_shown(brand, academy):
    quiz = make_quiz(title="Final")
    question = add_single(quiz)
    right = Choice.objects.get(question=question, is_correct=True)
    Choice.objects.filter(pk=right.pk).update(text="{referent_name}")
    question = Question.objects.get(pk=question.pk)
    grade = question.grade(question.validate_response(str(right.key)))
    assert grade.is_correct
    brand.referent_name = "Someone Else"
    brand.save()
    assert question.grade(question.validate_response(str(right.key))).is_correct


def test_an_unknown_placeholder_is_shown_as_typed_and_reported(
    brand, academy, learner_client, capsys
):
    lesson = _lesson_with(academy, [{"type": "rich_text", "value": "<p>Ask {refrent_name}.</p>"}])

    response = learner_client.get(lesson.url)
    assert response.status_code == 200
    assert "Ask {refrent_name}." in response.content.decode()

    assert check_placeholders() == []  # only with --database: it reads content rows
    warnings = check_placeholders(databases=["default"])
    assert [w.id for w in warnings] == ["themes.W001"]
    assert "{refrent_name}" in warnings[0].msg and str(lesson.pk) in warnings[0].msg
    call_command("check", "--database", "default")
    assert "themes.W001" in capsys.readouterr().err


def test_the_content_kit_fills_in_the_placeholders(brand, academy):
    from lms.advocacy.models import ContentPost, Tier
    from lms.advocacy.selectors_kit import kit_for_learner
    from tests.factories import make_user

    tier = Tier.objects.create(name="Explorer", slug="explorer", rank=0, description="Start")
    ContentPost.objects.create(
        title="Life at {company}",
        min_tier=tier,
        text_linkedin="Proud to work at {company}. Questions? {referent_name}.",
        text_x="At {company}",
    )
    kit = kit_for_learner(user=make_user(), brand=brand)
    card = kit.open[0]
    assert card.title == "Life at Northwind & Co."
    texts = {network.key: network.text for network in card.networks}
    assert texts["linkedin"].startswith("Proud to work at Northwind & Co. Questions? Inès")
    assert texts["x"].startswith("At Northwind & Co.")
