"""The final quiz over HTTP: start, answer, submit, result, review and history, and what bad
input, other people and the clock get back. Assertions are on the HTML the learner receives:
what it must show, and what it must never hold before the review policy allows."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.models import Enrollment
from quizzes.form_input import post_data
from quizzes.models import (
    Answer,
    Attempt,
    AttemptStatus,
    Choice,
    MatchPair,
    Question,
    ReviewShow,
    ReviewWhen,
)
from quizzes.selectors import attempt_questions
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
    perfect_answers,
)

pytestmark = pytest.mark.django_db

# Texts the builders give to things only a review may reveal.
EXPLANATION = "Only published news is public."
RIGHT_FEEDBACK = "Yes: it is public."
WRONG_FEEDBACK = "No: it is confidential."
SCENARIO_FEEDBACK = "That feeds the fire."
TRUE_FEEDBACK = "SMS can be intercepted."
ACCEPTED = "authentification à deux facteurs"


# --- helpers --------------------------------------------------------------------------------


def assess(workshop, **quiz_settings):
    workshop.final_quiz = full_quiz(**quiz_settings)
    workshop.save()
    return workshop


def do_lessons(user, built, level="beginner"):
    for lesson in built.lessons_of(0, level):
        services.lesson_complete(user=user, lesson=lesson)


def start_url(workshop):
    return reverse("courses:quiz_start", args=[workshop.pk])


def attempt_url(workshop, attempt):
    return reverse("courses:quiz_attempt", args=[workshop.pk, attempt.pk])


def result_url(workshop, attempt):
    return reverse("courses:quiz_result", args=[workshop.pk, attempt.pk])


def history_url(workshop):
    return reverse("courses:quiz_history", args=[workshop.pk])


def start(client, workshop) -> Attempt:
    response = client.post(start_url(workshop))
    assert response.status_code == 302, response.content.decode()[:2000]
    attempt = Attempt.objects.order_by("-pk").first()
    assert response["Location"] == attempt_url(workshop, attempt)
    return attempt


def wrong_answers(attempt) -> dict:
    """Well-formed answers, every one of them wrong."""
    answers = {}
    for question in Question.objects.filter(pk__in=attempt.question_ids):
        right = question.correct_response()
        kind = question.interaction_type
        if kind == "true-false":
            answers[str(question.pk)] = not right
        elif kind == "fill-in":
            answers[str(question.pk)] = "no idea"
        elif kind == "sequencing":
            answers[str(question.pk)] = list(reversed(right))
        elif kind == "matching":
            keys = list(right)
            answers[str(question.pk)] = dict(zip(keys, keys[1:] + keys[:1], strict=True))
        elif isinstance(right, list):  # multiple choice: the wrong options only
            answers[str(question.pk)] = [k for k in question.option_keys() if k not in right]
        else:
            answers[str(question.pk)] = next(k for k in question.option_keys() if k != right)
    return answers


def form_for(attempt, answers) -> dict:
    return post_data(attempt_questions(attempt=attempt), answers)


def nothing_recorded(attempt):
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert attempt.score_scaled is None and attempt.passed is None
    assert not Answer.objects.filter(attempt=attempt).exists()


def question_of(attempt, kind) -> Question:
    return next(
        q for q in Question.objects.filter(pk__in=attempt.question_ids) if type(q).__name__ == kind
    )


@pytest.fixture
def ready(academy, learner, learner_client):
    """A learner who has done the lessons of a workshop whose final quiz is `full_quiz`."""
    workshop = assess(academy.workshop())
    do_lessons(learner, academy)
    return workshop


# --- the whole flow -------------------------------------------------------------------------


def test_learner_takes_the_final_quiz_and_passes_the_workshop(academy, learner, learner_client):
    workshop = assess(academy.workshop())
    page = learner_client.get(workshop.url).content.decode()
    assert "Final quiz" in page and "Not taken yet" in page
    assert "Complete every lesson before the final quiz." in page
    assert "Start the quiz" not in page

    do_lessons(learner, academy)
    page = learner_client.get(workshop.url).content.decode()
    assert "Start the quiz" in page and "70%" in page

    attempt = start(learner_client, workshop)
    html = learner_client.get(attempt_url(workshop, attempt)).content.decode()
    assert "Question 1 of 7" in html and "Question 7 of 7" in html
    assert "An angry comment appears under your post" in html  # the scenario's situation
    # Reloading the page resumes the same attempt; starting again too.
    assert start(learner_client, workshop).pk == attempt.pk
    page = learner_client.get(workshop.url).content.decode()
    assert "Resume the quiz" in page and "In progress" in page

    response = learner_client.post(
        attempt_url(workshop, attempt), form_for(attempt, perfect_answers(attempt))
    )
    assert response.status_code == 302
    assert response["Location"] == result_url(workshop, attempt)
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.passed and attempt.percent == 100
    assert Answer.objects.filter(attempt=attempt).count() == 7
    enrollment = Enrollment.objects.get(user=learner, workshop_key=workshop.translation_key)
    assert enrollment.is_passed and enrollment.is_completed

    result = learner_client.get(response["Location"]).content.decode()
    assert "100%" in result and "Passed" in result
    assert "the workshop is completed" in result
    assert "Workshop passed. The next level is open to you." in result
    # The default review policy shows the right answers and the explanations.
    assert EXPLANATION in result and RIGHT_FEEDBACK in result

    # The attempt page of a submitted attempt leads to its result.
    again = learner_client.get(attempt_url(workshop, attempt))
    assert again.status_code == 302 and again["Location"] == result_url(workshop, attempt)

    history = learner_client.get(history_url(workshop)).content.decode()
    assert result_url(workshop, attempt) in history and "100%" in history

    page = learner_client.get(workshop.url).content.decode()
    assert 'data-testid="workshop-status">Passed' in page
    assert "Take the quiz again" in page and "Best score" in page


def test_failing_shows_the_score_the_workshop_state_and_the_way_forward(
    ready, learner, learner_client
):
    ready.final_quiz.delay_minutes = 30
    ready.final_quiz.attempts_allowed = 3
    ready.final_quiz.save()
    attempt = start(learner_client, ready)
    response = learner_client.post(
        attempt_url(ready, attempt), form_for(attempt, wrong_answers(attempt)), follow=True
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "0%" in html and "Not passed" in html and "pass mark 70%" in html
    assert "2 attempts left." in html
    assert re.search(r"You can try again from .+\.", html)
    assert "Try again" not in html
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.success_status == "failed"

    # Once the delay is over, the result page offers another attempt.
    Attempt.objects.filter(pk=attempt.pk).update(
        submitted_at=timezone.now() - timedelta(minutes=31)
    )
    html = learner_client.get(result_url(ready, attempt)).content.decode()
    assert "Try again" in html and "You can try again from" not in html


def test_the_result_of_an_attempt_in_progress_leads_back_to_it(ready, learner_client):
    attempt = start(learner_client, ready)
    response = learner_client.get(result_url(ready, attempt))
    assert response.status_code == 302 and response["Location"] == attempt_url(ready, attempt)


def test_submitting_twice_grades_once(ready, learner_client):
    attempt = start(learner_client, ready)
    form = form_for(attempt, perfect_answers(attempt))
    first = learner_client.post(attempt_url(ready, attempt), form)
    second = learner_client.post(attempt_url(ready, attempt), form_for(attempt, {}))
    assert first.status_code == second.status_code == 302
    assert second["Location"] == result_url(ready, attempt)
    assert Answer.objects.filter(attempt=attempt).count() == 7


# --- bad input: a clear message, a 4xx, and nothing changed --------------------------------


def test_missing_answers_are_refused_and_what_was_filled_is_kept(ready, learner_client):
    attempt = start(learner_client, ready)
    single = question_of(attempt, "SingleChoiceQuestion")
    short = question_of(attempt, "ShortTextQuestion")
    picked = str(single.choices.get(text="The draft roadmap").key)
    response = learner_client.post(
        attempt_url(ready, attempt), {f"q-{single.pk}": picked, f"q-{short.pk}": "2FA typed"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Your answers were not recorded." in html
    # Each unanswered question says so, linked to its fieldset for screen readers.
    multiple = question_of(attempt, "MultipleChoiceQuestion")
    assert f'aria-describedby=" q-{multiple.pk}-error"' in html
    assert f'id="q-{multiple.pk}-error"' in html and "Answer this question." in html
    assert f'href="#q-{multiple.pk}"' in html
    # The learner's answers are still there.
    assert re.search(rf'value="{picked}"\s+checked', html)
    assert 'value="2FA typed"' in html
    nothing_recorded(attempt)


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("TrueFalseQuestion", "maybe", "Answer true or false."),
        ("SingleChoiceQuestion", "not-a-key", "Choose one of the options offered."),
        ("ShortTextQuestion", "x" * 201, "Keep your answer under 200 characters."),
        ("ShortTextQuestion", "   ", "Type your answer."),
    ],
)
def test_malformed_values_are_refused_with_the_question_message(
    ready, learner_client, kind, value, message
):
    attempt = start(learner_client, ready)
    question = question_of(attempt, kind)
    form = form_for(attempt, perfect_answers(attempt))
    form[f"q-{question.pk}"] = value
    response = learner_client.post(attempt_url(ready, attempt), form)
    assert response.status_code == 400
    assert message in response.content.decode()
    nothing_recorded(attempt)


def test_malformed_ordering_and_matching_are_refused(ready, learner_client):
    attempt = start(learner_client, ready)
    ordering = question_of(attempt, "OrderingQuestion")
    matching = question_of(attempt, "MatchingQuestion")
    steps = [str(k) for k in ordering.steps.values_list("key", flat=True)]
    cases = [
        # two steps in the same place
        {f"q-{ordering.pk}-{steps[0]}": "1", f"q-{ordering.pk}-{steps[1]}": "1"},
        # a place that does not exist, and one that is not a number
        {f"q-{ordering.pk}-{steps[0]}": "9", f"q-{ordering.pk}-{steps[1]}": "abc"},
        # an answer index out of range, and one left empty
        {f"q-{matching.pk}-0": "7", f"q-{matching.pk}-1": ""},
    ]
    for tampered in cases:
        form = form_for(attempt, perfect_answers(attempt))
        form.update(tampered)
        response = learner_client.post(attempt_url(ready, attempt), form)
        html = response.content.decode()
        assert response.status_code == 400, tampered
        assert (
            "Put every step in order, each once." in html
            or "Match each item with one of the answers offered." in html
        ), tampered
        nothing_recorded(attempt)


def test_an_option_of_another_question_is_refused(ready, learner_client):
    attempt = start(learner_client, ready)
    single = question_of(attempt, "SingleChoiceQuestion")
    scenario = question_of(attempt, "ScenarioQuestion")
    form = form_for(attempt, perfect_answers(attempt))
    form[f"q-{single.pk}"] = str(scenario.choices.first().key)
    response = learner_client.post(attempt_url(ready, attempt), form)
    assert response.status_code == 400
    assert "Question " in response.content.decode()
    assert "Choose one of the options offered." in response.content.decode()
    nothing_recorded(attempt)


def test_an_answer_to_a_question_of_another_attempt_is_refused(ready, learner, learner_client):
    attempt = start(learner_client, ready)
    other_quiz = full_quiz(title="Another quiz")
    stranger = other_quiz.questions.first()
    form = form_for(attempt, perfect_answers(attempt))
    form[f"q-{stranger.pk}"] = str(stranger.choices.first().key)
    response = learner_client.post(attempt_url(ready, attempt), form)
    assert response.status_code == 400
    assert "Some answers belong to questions outside this attempt." in response.content.decode()
    nothing_recorded(attempt)


def test_another_users_attempt_is_a_404_and_stays_untouched(academy, ready, learner_client):
    other = make_user()
    do_lessons(other, academy)
    theirs = services.workshop_quiz_start(user=other, workshop=ready)
    assert learner_client.get(attempt_url(ready, theirs)).status_code == 404
    response = learner_client.post(
        attempt_url(ready, theirs), form_for(theirs, perfect_answers(theirs))
    )
    assert response.status_code == 404
    assert learner_client.get(result_url(ready, theirs)).status_code == 404
    nothing_recorded(theirs)
    # Their attempt does not show in my history either.
    assert attempt_url(ready, theirs) not in learner_client.get(history_url(ready)).content.decode()


def test_an_attempt_of_another_workshop_is_a_404(academy, ready, learner_client):
    attempt = start(learner_client, ready)
    other = academy.workshop(level="intermediate")
    assert learner_client.get(attempt_url(other, attempt)).status_code == 404
    assert learner_client.post(attempt_url(other, attempt), {}).status_code == 404
    nothing_recorded(attempt)


def test_a_submission_after_the_time_limit_is_refused(ready, learner_client):
    ready.final_quiz.time_limit_minutes = 10
    ready.final_quiz.save()
    attempt = start(learner_client, ready)
    html = learner_client.get(attempt_url(ready, attempt)).content.decode()
    assert "data-quiz-deadline=" in html and "Time limit: submit your answers by" in html

    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - timedelta(minutes=15),
        deadline_at=timezone.now() - timedelta(minutes=5),
    )
    response = learner_client.post(
        attempt_url(ready, attempt), form_for(attempt, perfect_answers(attempt))
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "this attempt can no longer be submitted" in html
    assert '<form method="post" action="' + attempt_url(ready, attempt) not in html
    nothing_recorded(attempt)
    # Opening it again explains the same, without a form to fill.
    html = learner_client.get(attempt_url(ready, attempt)).content.decode()
    assert "this attempt can no longer be submitted" in html and "Question 1 of" not in html


def test_a_submission_within_the_grace_period_is_accepted(ready, learner_client):
    ready.final_quiz.time_limit_minutes = 10
    ready.final_quiz.save()
    attempt = start(learner_client, ready)
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(seconds=5))
    response = learner_client.post(
        attempt_url(ready, attempt), form_for(attempt, perfect_answers(attempt))
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_submitted


def test_starting_beyond_the_attempts_allowed_is_refused(ready, learner_client):
    ready.final_quiz.attempts_allowed = 1
    ready.final_quiz.save()
    attempt = start(learner_client, ready)
    learner_client.post(attempt_url(ready, attempt), form_for(attempt, wrong_answers(attempt)))

    page = learner_client.get(ready.url).content.decode()
    assert "You have used the only attempt allowed for this quiz." in page
    assert 'data-testid="final-quiz-attempts">1 of 1' in page
    response = learner_client.post(start_url(ready))
    assert response.status_code == 400
    assert "You have used the only attempt allowed for this quiz." in response.content.decode()
    assert Attempt.objects.count() == 1


def test_starting_before_the_delay_ends_is_refused(ready, learner_client):
    ready.final_quiz.delay_minutes = 60
    ready.final_quiz.save()
    attempt = start(learner_client, ready)
    learner_client.post(attempt_url(ready, attempt), form_for(attempt, wrong_answers(attempt)))
    response = learner_client.post(start_url(ready))
    assert response.status_code == 400
    assert "You can try again from" in response.content.decode()
    assert Attempt.objects.count() == 1


def test_starting_before_the_lessons_are_done_is_refused(academy, learner_client):
    workshop = assess(academy.workshop())
    response = learner_client.post(start_url(workshop))
    assert response.status_code == 400
    assert "Complete every lesson before the final quiz." in response.content.decode()
    assert not Attempt.objects.exists()


def test_quiz_pages_need_a_signed_in_learner_and_a_real_workshop(ready, learner_client):
    from django.test import Client

    attempt = start(learner_client, ready)
    anonymous = Client()
    for url in (attempt_url(ready, attempt), result_url(ready, attempt), history_url(ready)):
        response = anonymous.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert learner_client.post(reverse("courses:quiz_start", args=[999999])).status_code == 404
    assert learner_client.get(start_url(ready)).status_code == 405
    lesson = ready.get_children().first()
    assert learner_client.post(reverse("courses:quiz_start", args=[lesson.pk])).status_code == 404


def test_a_workshop_without_final_quiz_has_no_quiz_pages(academy, learner, learner_client):
    workshop = academy.workshop()
    do_lessons(learner, academy)
    assert "Final quiz" not in learner_client.get(workshop.url).content.decode()
    assert learner_client.get(history_url(workshop)).status_code == 404
    response = learner_client.post(start_url(workshop))
    assert response.status_code == 400
    assert "This workshop has no final quiz." in response.content.decode()


# --- integrity: nothing the review policy withholds reaches the page ------------------------


def _secrets(attempt) -> list[str]:
    """Everything the attempt page must not contain: feedback, explanations, accepted
    answers, and the keys of matching pairs (an item and its right answer share one)."""
    secrets = [EXPLANATION, RIGHT_FEEDBACK, WRONG_FEEDBACK, SCENARIO_FEEDBACK, TRUE_FEEDBACK]
    secrets += [ACCEPTED, "2FA", "is_correct", "correct"]
    secrets += [str(k) for k in MatchPair.objects.values_list("key", flat=True)]
    return secrets


def test_the_attempt_page_holds_no_answer(ready, learner_client):
    attempt = start(learner_client, ready)
    html = learner_client.get(attempt_url(ready, attempt)).content.decode()
    body = html.split('<main id="main"', 1)[1]
    for secret in _secrets(attempt):
        assert secret not in body, secret
    # The correct options are not told apart from the others: the same markup for all.
    right = Choice.objects.filter(is_correct=True).values_list("key", flat=True)
    for key in right:
        line = re.search(rf"<input[^>]*value=\"{key}\"[^>]*>", body).group(0)
        assert "data-" not in line
    # Ordering steps are not shown in their right order.
    ordering = question_of(attempt, "OrderingQuestion")
    shown = re.findall(rf'name="q-{ordering.pk}-([0-9a-f-]+)"', body)
    assert shown != ordering.correct_response()


def test_a_scenario_shows_its_situation_and_its_image_described(ready, learner_client):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    scenario = ready.final_quiz.questions.get(prompt="What do you do?")
    scenario.image = Image.objects.create(title="Comment", file=get_test_image_file())
    scenario.image_alt = "An angry comment under a company post"
    scenario.save()
    attempt = start(learner_client, ready)
    html = learner_client.get(attempt_url(ready, attempt)).content.decode()
    assert re.search(r'<img[^>]+alt="An angry comment under a company post"', html)
    assert "The situation" in html
    assert f'aria-describedby="q-{scenario.pk}-situation"' in html


def test_a_refused_submission_reveals_nothing_either(ready, learner_client):
    attempt = start(learner_client, ready)
    form = form_for(attempt, wrong_answers(attempt))
    form.pop(next(iter(form)))
    response = learner_client.post(attempt_url(ready, attempt), form)
    assert response.status_code == 400
    body = response.content.decode().split('<main id="main"', 1)[1]
    for secret in _secrets(attempt):
        assert secret not in body, secret


def _submit_wrong(client, workshop):
    attempt = start(client, workshop)
    answers = wrong_answers(attempt)
    single = question_of(attempt, "SingleChoiceQuestion")
    answers[str(single.pk)] = str(single.choices.get(text="The draft roadmap").key)
    client.post(attempt_url(workshop, attempt), form_for(attempt, answers))
    return attempt


def test_review_with_correct_answers_shows_them_and_the_explanations(ready, learner_client):
    attempt = _submit_wrong(learner_client, ready)
    html = learner_client.get(result_url(ready, attempt)).content.decode()
    assert "The right answer:" in html and "The press release" in html
    assert EXPLANATION in html and WRONG_FEEDBACK in html
    assert "Your answer:" in html and "The draft roadmap" in html


def test_review_of_answers_only_hides_right_answers_and_explanations(ready, learner_client):
    ready.final_quiz.review_show = ReviewShow.ANSWERS
    ready.final_quiz.save()
    attempt = _submit_wrong(learner_client, ready)
    html = learner_client.get(result_url(ready, attempt)).content.decode()
    assert "Your answer:" in html and "The draft roadmap" in html
    for hidden in (EXPLANATION, WRONG_FEEDBACK, "The right answer:", "The press release"):
        assert hidden not in html, hidden


def test_review_of_the_score_only_shows_no_answer_at_all(ready, learner_client):
    ready.final_quiz.review_show = ReviewShow.SCORE
    ready.final_quiz.save()
    attempt = _submit_wrong(learner_client, ready)
    html = learner_client.get(result_url(ready, attempt)).content.decode()
    assert "This quiz shows your score only." in html
    for hidden in (
        EXPLANATION,
        WRONG_FEEDBACK,
        "Your answer:",
        "The draft roadmap",
        "The press release",
    ):
        assert hidden not in html, hidden


def test_review_held_back_until_passed_says_why(ready, learner_client):
    ready.final_quiz.review_when = ReviewWhen.PASSED
    ready.final_quiz.save()
    attempt = _submit_wrong(learner_client, ready)
    html = learner_client.get(result_url(ready, attempt)).content.decode()
    assert "The detailed review opens once you pass this quiz." in html
    for hidden in (EXPLANATION, WRONG_FEEDBACK, "Your answer:", "The press release"):
        assert hidden not in html, hidden

    # Once passed, the earlier attempt's review opens too.
    second = start(learner_client, ready)
    learner_client.post(attempt_url(ready, second), form_for(second, perfect_answers(second)))
    html = learner_client.get(result_url(ready, attempt)).content.decode()
    assert EXPLANATION in html and "The right answer:" in html


# --- query counts: the quiz page and submission do not grow with the questions -------------

QUESTION_MAKERS = {
    "five types": [add_single, add_multiple, add_true_false, add_ordering, add_matching],
    "all seven types": [
        add_single,
        add_multiple,
        add_true_false,
        add_ordering,
        add_matching,
        add_short_text,
        add_scenario,
    ],
}


def _quiz_of(size, makers):
    from tests.quizzes.builders import make_quiz

    quiz = make_quiz()
    for n in range(size):
        makers[n % len(makers)](quiz, order=n)
    return quiz


def _measure(academy, size, makers):
    workshop = academy.workshop()
    workshop.final_quiz = _quiz_of(size, makers)
    workshop.save()
    from django.test import Client

    def learner_at_the_quiz():
        user = make_user()
        do_lessons(user, academy)
        client = Client()
        client.force_login(user)
        attempt = start(client, workshop)
        url = attempt_url(workshop, attempt)
        client.get(url)  # warm caches (site root paths, templates)
        return client, attempt, url

    # A running site has the shared definitions warm, which a learner's POST may use when
    # they are recent (courses/shared_cache.py): another learner submitted a moment ago.
    other, other_attempt, other_url = learner_at_the_quiz()
    assert (
        other.post(other_url, form_for(other_attempt, perfect_answers(other_attempt))).status_code
        == 302
    )
    client, attempt, url = learner_at_the_quiz()
    with CaptureQueriesContext(connection) as page:
        assert client.get(url).status_code == 200
    form = form_for(attempt, perfect_answers(attempt))
    with CaptureQueriesContext(connection) as submit:
        assert client.post(url, form).status_code == 302
    assert Answer.objects.filter(attempt=attempt).count() == size
    return len(page.captured_queries), len(submit.captured_queries), page, submit


@pytest.mark.parametrize("types", list(QUESTION_MAKERS))
def test_query_counts_do_not_grow_with_the_number_of_questions(types):
    from tests.factories import build_academy

    makers = QUESTION_MAKERS[types]
    small = _measure(build_academy(courses=1, lessons=2), 5 if len(makers) == 5 else 7, makers)
    large = _measure(build_academy(courses=1, lessons=2), 50 if len(makers) == 5 else 70, makers)
    detail = "\n".join(q["sql"][:160] for q in large[2].captured_queries)
    assert small[0] == large[0], f"attempt page: {small[0]} vs {large[0]}\n{detail}"
    detail = "\n".join(q["sql"][:160] for q in large[3].captured_queries)
    assert small[1] == large[1], f"submission: {small[1]} vs {large[1]}\n{detail}"


# --- real concurrency: two submissions of one attempt at the same moment -------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite serialises writers with a database lock; the race needs PostgreSQL",
)
def test_concurrent_submissions_grade_once_and_pass_once(live_server):
    import httpx
    from django.conf import settings
    from django.test import Client

    from courses import signals
    from tests.factories import build_academy

    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    workshop = assess(built.workshop())
    user = make_user()
    do_lessons(user, built)
    attempt = services.workshop_quiz_start(user=user, workshop=workshop)

    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    url = live_server.url + attempt_url(workshop, attempt)
    with httpx.Client(cookies={settings.SESSION_COOKIE_NAME: session}) as browser:
        page = browser.get(url)
        assert page.status_code == 200
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        cookies = dict(browser.cookies)
    form = {**form_for(attempt, perfect_answers(attempt)), "csrfmiddlewaretoken": token}

    passed, statuses, errors = [], [], []

    def on_pass(**kwargs):
        passed.append(kwargs["enrollment"].pk)

    barrier = threading.Barrier(2)

    def submit():
        try:
            with httpx.Client(cookies=cookies, headers={"Referer": url}, timeout=20) as http:
                barrier.wait(timeout=10)
                statuses.append(http.post(url, data=form).status_code)
        except Exception as error:  # collected and asserted below
            errors.append(error)

    signals.workshop_passed.connect(on_pass, weak=False, dispatch_uid="quiz-concurrency-test")
    try:
        threads = [threading.Thread(target=submit) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        signals.workshop_passed.disconnect(dispatch_uid="quiz-concurrency-test")

    assert errors == []
    assert statuses == [302, 302]
    assert Answer.objects.filter(attempt=attempt).count() == 7
    assert Attempt.objects.filter(user=user, status=AttemptStatus.SUBMITTED).count() == 1
    assert len(passed) == 1
    assert Enrollment.objects.get(user=user).is_passed
