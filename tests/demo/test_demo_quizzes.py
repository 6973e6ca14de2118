"""The demo curriculum's final quizzes: every workshop, both languages, every question type,
answers that grade, and a build that changes nothing the second time."""

import re

import pytest
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page

from courses import services as course_services
from courses.models import CoursePage, LessonPage, WorkshopPage
from lms.accounts import roles
from lms.demo.builder import demo_build
from lms.demo.curriculum import CURRICULUM
from lms.demo.quiz_builder import QUESTION_MODELS, demo_quizzes_build
from lms.demo.quizzes import QUIZZES
from quizzes.grading import normalize_text
from quizzes.models import (
    QUESTION_TYPES,
    AcceptedAnswer,
    Choice,
    MatchPair,
    OrderingItem,
    Question,
    Quiz,
)
from tests.factories import make_user

LANGUAGES = ("en", "fr")
WORKSHOPS = {ws["slug"]: ws for course in CURRICULUM for ws in course["workshops"]}
LEVEL_SETTINGS = {
    # level: (attempts_allowed, delay_minutes, review_when)
    "beginner": (0, 0, "always"),
    "intermediate": (3, 10, "always"),
    "expert": (3, 60, "passed"),
}


# --- the data, before anything touches the database --------------------------------------------


def bilingual(text, *, max_length=None, same_ok=False):
    assert set(text) == set(LANGUAGES), text
    for language in LANGUAGES:
        assert isinstance(text[language], str) and text[language].strip(), text
        if max_length:
            assert len(text[language]) <= max_length, text[language]
    if not same_ok:
        assert text["en"] != text["fr"], f"not translated: {text['en']}"


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?=\s|$)", text.replace("Co.", "Co")))


def test_every_workshop_has_quiz_data_in_both_languages():
    assert set(QUIZZES) == set(WORKSHOPS)
    assert set(QUESTION_MODELS.values()) == set(QUESTION_TYPES)

    for course in CURRICULUM:
        course_types = set()
        for ws in course["workshops"]:
            quiz = QUIZZES[ws["slug"]]
            bilingual(quiz["title"], max_length=200)
            bilingual(quiz["description"])
            attempts, delay, review_when = LEVEL_SETTINGS[ws["level"]]
            settings = quiz["settings"]
            assert settings["pass_mark"] == ws["pass_mark"]
            assert (settings["attempts_allowed"], settings["delay_minutes"]) == (attempts, delay)
            assert settings["review_when"] == review_when
            assert settings["review_show"] == "correct" and settings["shuffle_options"] is True

            questions = quiz["questions"]
            assert 6 <= len(questions) <= 8, ws["slug"]
            kinds = {q["type"] for q in questions}
            assert len(kinds) >= 4, ws["slug"]
            course_types |= kinds
            for question in questions:
                question_is_complete(question)
        assert course_types == set(QUESTION_MODELS), course["slug"]


def question_is_complete(question):
    kind = question["type"]
    assert question["points"] in (1, 2, 3)
    bilingual(question["prompt"])
    bilingual(question["explanation"])
    for language in LANGUAGES:
        assert 1 <= sentences(question["explanation"][language]) <= 3, question["explanation"]
    if kind in ("single", "multiple", "scenario"):
        choices = question["choices"]
        assert len(choices) >= 3
        for choice in choices:
            bilingual(choice["text"], max_length=500)
            bilingual(choice["feedback"])  # on the right option as well as the wrong ones
        right = [c for c in choices if c["correct"]]
        if kind == "multiple":
            assert right and len(right) < len(choices)
            assert isinstance(question["partial_credit"], bool)
        else:
            assert len(right) == 1
        if kind == "scenario":
            bilingual(question["situation"])
    elif kind == "true_false":
        assert isinstance(question["correct"], bool)
        bilingual(question["feedback_true"])
        bilingual(question["feedback_false"])
    elif kind == "ordering":
        assert len(question["steps"]) >= 3
        for step in question["steps"]:
            bilingual(step, max_length=300)
    elif kind == "matching":
        pairs = question["pairs"]
        assert len(pairs) >= 3
        for pair in pairs:
            bilingual(pair["source"], max_length=300, same_ok=True)  # "LinkedIn" is "LinkedIn"
            bilingual(pair["target"], max_length=300)
        for language in LANGUAGES:
            for side in ("source", "target"):
                texts = [pair[side][language] for pair in pairs]
                assert len(set(texts)) == len(texts)
    elif kind == "short_text":
        assert set(question["accepted"]) == set(LANGUAGES)
        for language in LANGUAGES:
            answers = question["accepted"][language]
            assert answers and all(0 < len(a) <= 200 and normalize_text(a) for a in answers)
    else:
        pytest.fail(f"unknown question type {kind}")


# --- the built academy --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_academy(django_db_setup, django_db_blocker):
    """The demo academy with its quizzes, built once for this module and rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        demo_build()
        demo_quizzes_build()  # returns 0 if demo_build already gives workshops their quizzes
        yield
        transaction.set_rollback(True)


def english_workshops():
    return WorkshopPage.objects.filter(locale__language_code="en").select_related("final_quiz")


def questions_of(quiz):
    return list(
        Question.objects.filter(quiz=quiz)
        .prefetch_related("choices", "steps", "pairs", "accepted")
        .order_by("sort_order", "pk")
    )


def option_keys(question):
    return {
        "choices": [(c.key, c.is_correct) for c in question.choices.all()],
        "steps": [(s.key, s.position) for s in question.steps.all()],
        "pairs": [p.key for p in question.pairs.all()],
    }


def test_every_workshop_has_a_final_quiz_in_both_languages(demo_academy, db):
    fr = Locale.objects.get(language_code="fr")
    workshops = english_workshops()
    assert {w.slug for w in workshops} == set(QUIZZES)
    for workshop in workshops:
        quiz = workshop.final_quiz
        assert quiz is not None and quiz.locale.language_code == "en", workshop.slug
        assert quiz.title == QUIZZES[workshop.slug]["title"]["en"]
        assert workshop.pass_mark == quiz.pass_mark == WORKSHOPS[workshop.slug]["pass_mark"]
        assert workshop.get_latest_revision().content["final_quiz"] == quiz.pk  # published

        french_page = workshop.get_translation(fr).specific
        # The French page points at the same (English) quiz; learners get it localized.
        assert french_page.final_quiz_id == quiz.pk
        assert french_page.pass_mark == workshop.pass_mark
        french_quiz = quiz.get_translation(fr)
        assert french_quiz.title == QUIZZES[workshop.slug]["title"]["fr"]
        with translation.override("fr"):
            assert french_page.final_quiz.localized == french_quiz
        with translation.override("en"):
            assert french_page.final_quiz.localized == quiz
    assert Quiz.objects.filter(locale__language_code="fr").count() == len(QUIZZES)


def test_each_course_uses_every_question_type_in_both_languages(demo_academy, db):
    for language in LANGUAGES:
        for course in CoursePage.objects.filter(locale__language_code=language):
            kinds = set()
            for workshop in WorkshopPage.objects.child_of(course):
                quiz = workshop.final_quiz.get_translation(course.locale)
                kinds |= {type(question) for question in questions_of(quiz)}
            assert kinds == set(QUESTION_TYPES), (language, course.slug)


def test_french_and_english_quizzes_share_question_and_option_keys(demo_academy, db):
    for workshop in english_workshops():
        english = questions_of(workshop.final_quiz)
        french = questions_of(
            Quiz.objects.get(
                locale__language_code="fr", translation_key=workshop.final_quiz.translation_key
            )
        )
        assert [q.key for q in french] == [q.key for q in english]
        for en_question, fr_question in zip(english, french, strict=True):
            assert type(fr_question) is type(en_question)
            assert fr_question.points == en_question.points
            assert option_keys(fr_question) == option_keys(en_question)
            assert fr_question.prompt != en_question.prompt
            # Every question explains itself, in both languages.
            assert en_question.explanation and fr_question.explanation
            assert fr_question.explanation != en_question.explanation


def test_every_right_answer_validates_and_earns_full_points(demo_academy, db):
    checked = 0
    for quiz in Quiz.objects.all():
        for question in questions_of(quiz):
            response = question.validate_response(question.correct_response())
            grade = question.grade(response)
            assert grade.is_correct and grade.points == question.points, question.prompt
            checked += 1
    assert checked == 2 * sum(len(quiz["questions"]) for quiz in QUIZZES.values())

    # Short answers are accepted in either language, whatever the quiz's language:
    # "2FA" and "double authentification" both work for the English and the French quiz.
    for question in Question.objects.filter(
        pk__in=AcceptedAnswer.objects.values("question")
    ).prefetch_related("accepted"):
        for answer in question.accepted.all():
            assert question.grade(question.validate_response(answer.text)).is_correct
    two_factor = Question.objects.filter(accepted__text="double authentification")
    assert two_factor.count() == 2  # the English and the French quiz
    for question in two_factor:
        for typed in ("2FA", "two-factor authentication", "Double Authentification"):
            assert question.grade(question.validate_response(typed)).is_correct, typed


def test_a_french_learner_takes_and_passes_a_demo_quiz_in_french(demo_academy, db):
    learner = make_user(group=roles.LEARNERS, language="fr")
    workshop = (
        WorkshopPage.objects.filter(locale__language_code="fr", level="beginner").first().specific
    )
    course_services.workshop_enroll(user=learner, workshop=workshop)
    for lesson in LessonPage.objects.live().child_of(workshop):
        course_services.lesson_complete(user=learner, lesson=lesson)
    with translation.override("fr"):
        attempt = course_services.workshop_quiz_start(user=learner, workshop=workshop)
    assert attempt.quiz.locale.language_code == "fr"
    answers = {
        str(question.pk): question.correct_response()
        for question in Question.objects.filter(pk__in=attempt.question_ids)
    }
    outcome = course_services.workshop_quiz_submit(
        user=learner, workshop=workshop, attempt_id=attempt.pk, answers=answers
    )
    assert outcome.attempt.score_scaled == 1
    assert outcome.workshop_passed and outcome.workshop_completed


def snapshot():
    return (
        Quiz.objects.count(),
        Question.objects.count(),
        Choice.objects.count(),
        OrderingItem.objects.count(),
        MatchPair.objects.count(),
        AcceptedAnswer.objects.count(),
        sorted(Quiz.objects.values_list("pk", "updated_at")),
        sorted(Page.objects.values_list("pk", "latest_revision_id")),
    )


def test_a_second_build_changes_nothing(demo_academy, db):
    before = snapshot()
    assert before[0] == 2 * len(QUIZZES)
    demo_build()
    assert demo_quizzes_build() == 0
    assert snapshot() == before
