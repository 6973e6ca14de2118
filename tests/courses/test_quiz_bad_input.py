"""Final-quiz submissions no browser sends: a NUL character in a text answer, an answer field
sent twice. Each is a 400 that says why; the attempt stays open, ungraded, with no answer
stored (on SQLite and PostgreSQL: PostgreSQL refuses NUL in text)."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.quizzes.builders import perfect_answers

from . import test_quiz_views
from .test_quiz_views import attempt_url, form_for, nothing_recorded, question_of, start

ready = test_quiz_views.ready  # the fixture: a learner at a workshop with every question kind

pytestmark = pytest.mark.django_db


def test_a_nul_character_in_a_text_answer_is_a_400_and_records_nothing(ready, learner_client):
    attempt = start(learner_client, ready)
    data = form_for(attempt, perfect_answers(attempt))
    short = question_of(attempt, "ShortTextQuestion")
    data[f"q-{short.pk}"] = "deux\x00facteurs"

    response = learner_client.post(attempt_url(ready, attempt), data)

    assert response.status_code == 400
    assert "NUL character" in response.content.decode()
    nothing_recorded(attempt)


@pytest.mark.parametrize("kind", ["TrueFalseQuestion", "SingleChoiceQuestion", "ShortTextQuestion"])
def test_a_single_answer_field_sent_twice_is_refused(ready, learner_client, kind):
    attempt = start(learner_client, ready)
    data = form_for(attempt, perfect_answers(attempt))
    question = question_of(attempt, kind)
    name = f"q-{question.pk}"
    body = [(k, v) for k, v in data.items() if k != name]
    if kind == "TrueFalseQuestion":
        body += [(name, "true"), (name, "false")]
    else:
        body += [(name, data[name]), (name, data[name] + "x")]

    response = learner_client.post(
        attempt_url(ready, attempt),
        urlencode(body),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 400
    assert f"“{name}” was sent more than once" in response.content.decode()
    nothing_recorded(attempt)


def test_one_option_ticked_twice_is_refused_several_options_are_fine(ready, learner_client):
    attempt = start(learner_client, ready)
    data = form_for(attempt, perfect_answers(attempt))
    multiple = question_of(attempt, "MultipleChoiceQuestion")
    name = f"q-{multiple.pk}"
    ticked = list(data.pop(name))
    assert len(ticked) >= 2  # the builder's question has two right options
    others = list(data.items())

    twice = urlencode([*others, (name, ticked[0]), (name, ticked[0])])
    response = learner_client.post(
        attempt_url(ready, attempt), twice, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    nothing_recorded(attempt)

    each_once = urlencode([*others, *((name, key) for key in ticked)])
    response = learner_client.post(
        attempt_url(ready, attempt), each_once, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.passed
