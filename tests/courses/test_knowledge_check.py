"""Knowledge checks inside lessons: practice questions graded on the server, with feedback,
that store nothing and never count towards progress."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.snippets.blocks import SnippetChooserBlock

from courses import services
from courses.blocks import KnowledgeCheckBlock, LessonBodyBlock
from courses.models import Enrollment, LessonCompletion, LessonPage
from quizzes.form_input import post_data
from quizzes.models import Answer, Attempt, MatchPair, Question, Quiz
from quizzes.practice import practice_check, practice_questions
from tests.factories import make_user
from tests.quizzes.builders import (
    add_matching,
    add_multiple,
    add_ordering,
    add_scenario,
    add_short_text,
    add_single,
    add_true_false,
    full_quiz,
    make_quiz,
)

pytestmark = pytest.mark.django_db

BLOCK_ID = str(uuid.uuid4())
EXPLANATION = "Only published news is public."
RIGHT_FEEDBACK = "Yes: it is public."
WRONG_FEEDBACK = "No: it is confidential."


def with_check(lesson, quiz, intro="Check what you remember.", block_id=BLOCK_ID) -> LessonPage:
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = json.dumps(
        [
            {"type": "rich_text", "value": "<p>Share what is public.</p>", "id": str(uuid.uuid4())},
            {
                "type": "knowledge_check",
                "value": {"quiz": quiz.pk, "intro": intro},
                "id": block_id,
            },
        ]
    )
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def check_url(lesson, block_id=BLOCK_ID):
    return reverse("courses:knowledge_check", args=[lesson.pk, block_id])


def right_answers(quiz) -> dict:
    return {str(q.pk): q.correct_response() for q in Question.objects.filter(quiz=quiz)}


def form(quiz, answers) -> dict:
    return post_data(practice_questions(quiz=quiz), answers)


@pytest.fixture
def quiz(db):
    return full_quiz(title="Check yourself")


@pytest.fixture
def lesson(academy, quiz):
    return with_check(academy.lessons_of()[0], quiz)


def test_the_block_is_offered_to_trainers_and_chooses_a_quiz():
    block = LessonBodyBlock().child_blocks["knowledge_check"]
    assert isinstance(block, KnowledgeCheckBlock)
    chooser = block.child_blocks["quiz"]
    assert isinstance(chooser, SnippetChooserBlock) and chooser.target_model is Quiz
    assert not block.child_blocks["intro"].required


def test_the_lesson_shows_the_questions_without_any_answer(lesson, quiz, learner_client):
    html = learner_client.get(lesson.url).content.decode()
    body = html.split('<main id="main"', 1)[1]
    assert "Knowledge check" in body and "Check what you remember." in body
    assert "Question 1 of 7" in body and "Question 7 of 7" in body
    assert f'action="{check_url(lesson)}#check-{BLOCK_ID}"' in body
    for secret in (EXPLANATION, RIGHT_FEEDBACK, WRONG_FEEDBACK, "That feeds the fire.", "2FA"):
        assert secret not in body, secret
    assert "authentification à deux facteurs" not in body
    for key in MatchPair.objects.values_list("key", flat=True):
        assert str(key) not in body
    # Choice options in the order authored; ordering steps never in their right order.
    single = quiz.questions.get(prompt__startswith="Which post")
    texts = [c.text for c in single.choices.all()]
    assert body.index(texts[0]) < body.index(texts[1]) < body.index(texts[2])
    ordering = quiz.questions.get(prompt__startswith="Put the steps")
    shown = re.findall(rf'name="q-{ordering.pk}-([0-9a-f-]+)"', body)
    assert len(shown) == 3 and shown != ordering.correct_response()


def test_checking_right_answers_gives_feedback_and_stores_nothing(
    lesson, quiz, learner, learner_client
):
    services.workshop_enroll(user=learner, workshop=lesson.get_parent().specific)
    enrollment = Enrollment.objects.get(user=learner)
    before = (enrollment.updated_at, enrollment.last_lesson_key, enrollment.completion_status)

    response = learner_client.post(check_url(lesson), form(quiz, right_answers(quiz)))
    html = response.content.decode()
    assert response.status_code == 200
    assert "7 of 7 right." in html
    assert html.count('data-testid="knowledge-check-result"') == 7
    assert EXPLANATION in html and RIGHT_FEEDBACK in html
    assert "Check again" in html

    assert not Attempt.objects.exists() and not Answer.objects.exists()
    assert not LessonCompletion.objects.exists()
    enrollment.refresh_from_db()
    assert (
        enrollment.updated_at,
        enrollment.last_lesson_key,
        enrollment.completion_status,
    ) == before


def test_checking_wrong_answers_says_so_and_keeps_them(lesson, quiz, learner_client):
    single = quiz.questions.get(prompt__startswith="Which post")
    wrong = str(single.choices.get(text="The draft roadmap").key)
    true_false = quiz.questions.get(prompt__startswith="SMS codes")
    response = learner_client.post(
        check_url(lesson), {f"q-{single.pk}": wrong, f"q-{true_false.pk}": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "0 of 7 right." in html
    assert "Not quite" in html and WRONG_FEEDBACK in html and EXPLANATION in html
    assert "SMS can be intercepted." in html
    assert re.search(rf'value="{wrong}"\s+checked', html)
    # Questions left unanswered are pointed at, not graded.
    assert html.count("Answer this question to check it.") == 5
    assert not Attempt.objects.exists()


def test_malformed_and_foreign_answers_get_a_message_and_never_a_500(lesson, quiz, learner_client):
    true_false = quiz.questions.get(prompt__startswith="SMS codes")
    matching = quiz.questions.get(prompt__startswith="Match each")
    stranger = full_quiz(title="Another").questions.first()
    response = learner_client.post(
        check_url(lesson),
        {
            f"q-{true_false.pk}": "maybe",
            f"q-{matching.pk}-0": "99",
            f"q-{matching.pk}-1": "x",
            f"q-{stranger.pk}": str(stranger.choices.first().key),
            "q-not-a-number": "1",
            "anything": "else",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Answer true or false." in html
    assert "Match each item with one of the answers offered." in html
    assert not Attempt.objects.exists()


def test_a_check_that_does_not_exist_is_a_404(lesson, academy, learner_client):
    assert learner_client.post(check_url(lesson, str(uuid.uuid4()))).status_code == 404
    other = academy.lessons_of()[1]
    assert learner_client.post(check_url(other)).status_code == 404
    assert (
        learner_client.post(reverse("courses:knowledge_check", args=[999999, BLOCK_ID])).status_code
        == 404
    )
    # A block of another kind is not a knowledge check.
    rich_text_id = str(next(b.id for b in lesson.body if b.block_type == "rich_text"))
    assert learner_client.post(check_url(lesson, rich_text_id)).status_code == 404


def test_a_check_needs_a_signed_in_learner_and_a_post(lesson, learner_client):
    response = Client().post(check_url(lesson))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert learner_client.get(check_url(lesson)).status_code == 405


def test_practice_check_grades_without_writing(quiz, django_assert_num_queries):
    views = practice_questions(quiz=quiz)
    answers = right_answers(quiz)
    answers["999999"] = "ignored"
    with django_assert_num_queries(0):
        results = practice_check(quiz, answers, questions=views)
    assert [r.is_correct for r in results] == [True] * 7
    assert all(0 <= r.points <= r.max_points for r in results)
    assert results[0].explanation == EXPLANATION and results[0].feedback == [RIGHT_FEEDBACK]
    # Garbage in: messages out, no exception.
    for garbage in (None, [], "x", {"1": object()}):
        results = practice_check(quiz, garbage)
        assert not any(r.is_correct for r in results)


def test_practice_questions_are_the_same_on_every_request(quiz):
    first = practice_questions(quiz=quiz)
    second = practice_questions(quiz=quiz)
    for a, b in zip(first, second, strict=True):
        assert [o.key for o in a.options] == [o.key for o in b.options]
        assert [t.key for t in a.targets] == [t.key for t in b.targets]
    matching = next(v for v in first if v.kind == "matching")
    assert [t.key for t in matching.targets] != [o.key for o in matching.options]


def _lesson_queries(academy, size):
    quiz = make_quiz()
    makers = [
        add_single,
        add_multiple,
        add_true_false,
        add_ordering,
        add_matching,
        add_short_text,
        add_scenario,
    ]
    for n in range(size):
        makers[n % len(makers)](quiz, order=n)
    lesson = with_check(academy.lessons_of()[1], quiz)
    client = Client()
    client.force_login(make_user())
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as page:
        assert client.get(lesson.url).status_code == 200
    answers = form(quiz, right_answers(quiz))
    with CaptureQueriesContext(connection) as check:
        response = client.post(check_url(lesson), answers)
    assert f"{size} of {size} right." in response.content.decode()
    return len(page.captured_queries), len(check.captured_queries)


def test_query_counts_do_not_grow_with_the_questions(academy):
    # The first lesson a process serves fills its per-process caches (content types, the
    # rendered-once fragments of ADR 0016); compare two sizes after that.
    _lesson_queries(academy, 1)
    assert _lesson_queries(academy, 7) == _lesson_queries(academy, 70)


def test_a_final_quiz_cannot_be_a_knowledge_check(academy, quiz, lesson, learner_client):
    from wagtail.blocks import StructBlockValidationError

    workshop = academy.workshop(level="expert")
    workshop.final_quiz = quiz
    workshop.save()
    block = KnowledgeCheckBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"quiz": quiz.pk, "intro": ""}))
    assert block.clean(block.to_python({"quiz": make_quiz().pk, "intro": ""}))

    # Chosen before it became a final quiz: checking it reveals nothing.
    response = learner_client.post(check_url(lesson), form(quiz, right_answers(quiz)))
    assert response.status_code == 404
    assert EXPLANATION not in response.content.decode()
