"""Copying a quiz into another language keeps every key, so attempts, statistics and
responses line up across languages; the admin action creates it once."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from quizzes import services
from quizzes.models import Choice, Question, Quiz
from quizzes.translation import quiz_copy_for_translation
from tests.factories import make_user
from tests.quizzes.builders import full_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def french(db):
    return Locale.objects.get_or_create(language_code="fr")[0]


def options_of(question):
    return {
        "choices": [
            (c.key, c.text, c.is_correct, c.feedback, c.sort_order) for c in question.choices.all()
        ],
        "steps": [(s.key, s.text, s.position) for s in question.steps.all()],
        "pairs": [(p.key, p.source, p.target, p.sort_order) for p in question.pairs.all()],
        "accepted": sorted(a.text for a in question.accepted.all()),
    }


def test_deep_copy_keeps_keys_types_settings_and_options(french):
    quiz = full_quiz(title="Final quiz", pass_mark=80, attempts_allowed=2, shuffle_options=True)
    copy = quiz_copy_for_translation(quiz=quiz, locale=french)

    assert copy.pk != quiz.pk and copy.locale == french
    assert copy.translation_key == quiz.translation_key
    assert (copy.title, copy.pass_mark, copy.attempts_allowed, copy.shuffle_options) == (
        "Final quiz",
        80,
        2,
        True,
    )
    originals = list(quiz.questions.order_by("sort_order"))
    copies = list(copy.questions.order_by("sort_order"))
    assert len(copies) == len(originals) == 7
    for original, twin in zip(originals, copies, strict=True):
        assert type(twin) is type(original)
        assert twin.pk != original.pk and twin.quiz_id == copy.pk
        assert (twin.key, twin.sort_order, twin.prompt, twin.points, twin.explanation) == (
            original.key,
            original.sort_order,
            original.prompt,
            original.points,
            original.explanation,
        )
        assert options_of(twin) == options_of(original)
        assert twin.correct_response() == original.correct_response()
    scenario = copies[-1]
    assert scenario.situation == originals[-1].situation
    assert copies[1].partial_credit == originals[1].partial_credit
    assert copies[2].correct_answer == originals[2].correct_answer
    # The original is untouched.
    assert quiz.questions.count() == 7
    assert Choice.objects.filter(question__quiz=quiz).count() == 8


def test_copy_is_idempotent(french):
    quiz = full_quiz()
    first = quiz_copy_for_translation(quiz=quiz, locale=french)
    again = quiz_copy_for_translation(quiz=quiz, locale=french)
    from_the_copy = quiz_copy_for_translation(quiz=first, locale=french)
    assert first.pk == again.pk == from_the_copy.pk
    assert Quiz.objects.count() == 2 and Question.objects.count() == 14
    # Asking for the quiz's own locale gives the quiz itself.
    assert quiz_copy_for_translation(quiz=first, locale=quiz.locale).pk == quiz.pk


def test_responses_and_attempts_line_up_across_languages(french):
    quiz = full_quiz(attempts_allowed=1)
    copy = quiz_copy_for_translation(quiz=quiz, locale=french)
    learner = make_user(language="fr")
    attempt = services.attempt_start(user=learner, quiz=copy)
    by_key = {q.key: q for q in quiz.questions.all()}
    # The English questions' correct responses are right answers in French too.
    answers = {
        str(q.pk): by_key[q.key].correct_response()
        for q in Question.objects.filter(pk__in=attempt.question_ids)
    }
    result = services.attempt_submit(attempt_id=attempt.pk, user=learner, answers=answers)
    assert result.attempt.score_scaled == 1
    # Attempts count across languages: the one attempt allowed is used in English too.
    from quizzes.errors import AttemptNotAllowed

    with pytest.raises(AttemptNotAllowed):
        services.attempt_start(user=learner, quiz=quiz)


# --- the admin action ----------------------------------------------------------------------


def test_trainer_translates_a_quiz_from_the_admin(client, trainer, french):
    quiz = full_quiz(title="Passwords")
    client.force_login(trainer)
    edit = client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk])).content
    assert "Translate to French" in edit.decode()
    url = reverse("quizzes_admin:translate", args=[quiz.pk])
    page = client.get(url, {"locale": "fr"})
    assert page.status_code == 200
    assert "7 questions" in page.content.decode()

    response = client.post(url, {"locale": french.pk})
    copy = Quiz.objects.get(translation_key=quiz.translation_key, locale=french)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailsnippets_quizzes_quiz:edit", args=[copy.pk])
    assert copy.questions.count() == 7

    # Done: the action disappears, and coming back changes nothing.
    edit = client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk])).content
    assert "Translate to French" not in edit.decode()
    again = client.get(url)
    assert again.status_code == 302
    response = client.post(url, {"locale": french.pk})
    assert response.status_code == 200  # French is no longer offered: a form error
    assert Quiz.objects.count() == 2 and Question.objects.count() == 14


def test_simple_translation_translate_uses_the_deep_copy(client, trainer, french):
    quiz = full_quiz()
    client.force_login(trainer)
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list")).content.decode()
    assert "/admin/translation/submit/snippet/quizzes/quiz/" not in listing
    response = client.get(f"/admin/translation/submit/snippet/quizzes/quiz/{quiz.pk}/")
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes_admin:translate", args=[quiz.pk])


def test_hr_cannot_translate(client, hr_user, french):
    quiz = full_quiz()
    client.force_login(hr_user)
    response = client.post(
        reverse("quizzes_admin:translate", args=[quiz.pk]), {"locale": french.pk}
    )
    assert response.status_code in (302, 403)
    assert Quiz.objects.count() == 1


def test_quiz_listing_filters_by_locale(client, trainer, french):
    quiz = full_quiz(title="Mots de passe")
    copy = quiz_copy_for_translation(quiz=quiz, locale=french)
    copy.title = "Mots de passe (FR)"
    copy.save()
    client.force_login(trainer)
    url = reverse("wagtailsnippets_quizzes_quiz:list")
    html = client.get(url, {"locale": "fr"}).content.decode()
    assert "Mots de passe (FR)" in html
    assert "Mots de passe</span>" not in html
    both = client.get(url).content.decode()
    assert "Mots de passe (FR)" in both and "Mots de passe</span>" in both
