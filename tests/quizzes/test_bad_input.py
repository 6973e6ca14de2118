"""Bad submissions get a clear message and change nothing.

Every case goes through `attempt_submit` on an attempt of `full_quiz()` (questions in the
authored order: 1 single choice, 2 multiple choice, 3 true/false, 4 ordering, 5 matching,
6 short text, 7 scenario) and checks the same four things: a QuizError subclass, a message
naming the question where there is one, no Answer row, and the attempt still open, ungraded
and unsignalled.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes import services, signals
from quizzes.errors import AttemptNotAllowed, QuizError, SubmissionRejected
from quizzes.models import Answer, Attempt, AttemptStatus
from tests.factories import make_user
from tests.quizzes.builders import add_single, full_quiz, perfect_answers

pytestmark = pytest.mark.django_db

SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, MATCHING, SHORT_TEXT, SCENARIO = range(7)


class Sitting:
    def __init__(self):
        self.quiz = full_quiz()
        self.user = make_user()
        self.attempt = services.attempt_start(user=self.user, quiz=self.quiz)
        self.questions = list(self.quiz.questions.order_by("sort_order"))
        assert [q.pk for q in self.questions] == self.attempt.question_ids
        self.perfect = perfect_answers(self.attempt)

    def pk(self, index) -> str:
        return str(self.questions[index].pk)

    def keys(self, index) -> list[str]:
        return self.questions[index].option_keys()

    def with_answer(self, index, raw) -> dict:
        return {**self.perfect, self.pk(index): raw}

    def without(self, index) -> dict:
        answers = dict(self.perfect)
        del answers[self.pk(index)]
        return answers


@pytest.fixture
def sitting():
    return Sitting()


@pytest.fixture
def graded_events():
    received = []
    signals.attempt_graded.connect(
        lambda **kw: received.append(kw["attempt"].pk), weak=False, dispatch_uid="bad-input"
    )
    yield received
    signals.attempt_graded.disconnect(dispatch_uid="bad-input")


def refused(sitting, answers, graded_events, *, attempt_id=None, user=None) -> str:
    with pytest.raises(QuizError) as error:
        services.attempt_submit(
            attempt_id=attempt_id or sitting.attempt.pk,
            user=user or sitting.user,
            answers=answers,
        )
    attempt = Attempt.objects.get(pk=sitting.attempt.pk)
    assert attempt.status == AttemptStatus.IN_PROGRESS and attempt.submitted_at is None
    assert attempt.score_raw is None and attempt.score_scaled is None and attempt.passed is None
    assert not Answer.objects.exists()
    assert graded_events == []
    message = str(error.value.message)
    assert message and "Traceback" not in message
    return message


# (name, how to break the perfect answers, question number named in the message, words)
CASES = [
    ("missing answer", lambda s: s.without(TRUE_FALSE), 3, "answer it before you submit"),
    ("empty string", lambda s: s.with_answer(SINGLE, ""), 1, "answer it before you submit"),
    ("None for a list", lambda s: s.with_answer(MULTIPLE, None), 2, "answer it"),
    ("empty list", lambda s: s.with_answer(MULTIPLE, []), 2, "answer it"),
    ("int for a list", lambda s: s.with_answer(MULTIPLE, 3), 2, "Tick the options"),
    ("dict for a list", lambda s: s.with_answer(MULTIPLE, {"a": 1}), 2, "Tick the options"),
    ("ints in a list", lambda s: s.with_answer(MULTIPLE, [0, 1]), 2, "Tick the options"),
    ("int for an ordering", lambda s: s.with_answer(ORDERING, 7), 4, "every step"),
    ("dict for an ordering", lambda s: s.with_answer(ORDERING, {"x": 1}), 4, "every step"),
    ("list for a choice", lambda s: s.with_answer(SINGLE, s.keys(SINGLE)[:1]), 1, "Choose one"),
    ("int for a choice", lambda s: s.with_answer(SINGLE, 0), 1, "Choose one"),
    (
        "option of another question (single)",
        lambda s: s.with_answer(SINGLE, s.keys(SCENARIO)[0]),
        1,
        "Choose one",
    ),
    (
        "option of another question (multiple)",
        lambda s: s.with_answer(MULTIPLE, s.keys(SINGLE)[:2]),
        2,
        "only among the options",
    ),
    (
        "duplicated tick",
        lambda s: s.with_answer(MULTIPLE, [s.keys(MULTIPLE)[0]] * 2),
        2,
        "only among the options",
    ),
    ("yes for true/false", lambda s: s.with_answer(TRUE_FALSE, "yes"), 3, "true or false"),
    ("1 for true/false", lambda s: s.with_answer(TRUE_FALSE, 1), 3, "true or false"),
    ("0 for true/false", lambda s: s.with_answer(TRUE_FALSE, 0), 3, "true or false"),
    ("list for true/false", lambda s: s.with_answer(TRUE_FALSE, [True]), 3, "true or false"),
    (
        "ordering with a missing step",
        lambda s: s.with_answer(ORDERING, s.keys(ORDERING)[:-1]),
        4,
        "every step",
    ),
    (
        "ordering with a duplicated step",
        lambda s: s.with_answer(ORDERING, [s.keys(ORDERING)[0], *s.keys(ORDERING)[:-1]]),
        4,
        "every step",
    ),
    (
        "ordering with a step of another question",
        lambda s: s.with_answer(ORDERING, [*s.keys(ORDERING)[:-1], s.keys(SINGLE)[0]]),
        4,
        "every step",
    ),
    (
        "matching with an unknown target",
        lambda s: s.with_answer(
            MATCHING, {k: (k if n else "not-a-target") for n, k in enumerate(s.keys(MATCHING))}
        ),
        5,
        "answers offered",
    ),
    (
        "matching with a target of another question",
        lambda s: s.with_answer(MATCHING, {k: s.keys(SINGLE)[0] for k in s.keys(MATCHING)}),
        5,
        "answers offered",
    ),
    (
        "matching with an item missing",
        lambda s: s.with_answer(MATCHING, {s.keys(MATCHING)[0]: s.keys(MATCHING)[0]}),
        5,
        "Match every item",
    ),
    (
        "matching with an extra item",
        lambda s: s.with_answer(MATCHING, {**s.perfect[s.pk(MATCHING)], "extra": "x"}),
        5,
        "Match every item",
    ),
    ("matching as a list", lambda s: s.with_answer(MATCHING, s.keys(MATCHING)), 5, "Match"),
    ("short text too long", lambda s: s.with_answer(SHORT_TEXT, "a" * 201), 6, "200 characters"),
    ("short text blank", lambda s: s.with_answer(SHORT_TEXT, "   \n "), 6, "Type your answer"),
    ("short text as a list", lambda s: s.with_answer(SHORT_TEXT, ["2FA"]), 6, "Type your answer"),
    ("scenario as a dict", lambda s: s.with_answer(SCENARIO, {"k": "v"}), 7, "Choose one"),
]


@pytest.mark.parametrize(("name", "breaks", "number", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_answer_names_its_question_and_changes_nothing(
    sitting, graded_events, name, breaks, number, words
):
    message = refused(sitting, breaks(sitting), graded_events)
    assert f"Question {number}:" in message
    assert words in message
    # Only the bad question is named.
    others = [n for n in range(1, 8) if n != number]
    assert not any(f"Question {n}:" in message for n in others), message
    # The attempt is still usable: the learner fixes the answer and submits.
    result = services.attempt_submit(
        attempt_id=sitting.attempt.pk, user=sitting.user, answers=sitting.perfect
    )
    assert result.newly_graded and result.attempt.score_scaled == 1


def test_every_bad_answer_is_named_at_once(sitting, graded_events):
    answers = {
        **sitting.perfect,
        sitting.pk(MULTIPLE): 5,
        sitting.pk(ORDERING): [],
        sitting.pk(SHORT_TEXT): "x" * 500,
    }
    message = refused(sitting, answers, graded_events)
    assert "Question 2:" in message and "Question 4:" in message and "Question 6:" in message


def test_an_empty_payload_names_every_question(sitting, graded_events):
    message = refused(sitting, {}, graded_events)
    assert all(f"Question {n}:" in message for n in range(1, 8))


@pytest.mark.parametrize("payload", [None, [], ["a"], "answers", 42, True])
def test_a_payload_that_is_not_a_dict_is_refused(sitting, graded_events, payload):
    message = refused(sitting, payload, graded_events)
    assert message == "The answers could not be read. Nothing was recorded."


def test_an_unknown_question_id_is_refused(sitting, graded_events):
    for extra in ("999999", "not-a-number", ""):
        message = refused(sitting, {**sitting.perfect, extra: "x"}, graded_events)
        assert "outside this attempt" in message


def test_a_question_of_another_attempt_is_refused(sitting, graded_events):
    other_quiz = full_quiz(title="Another quiz")
    question = add_single(other_quiz, order=9)
    services.attempt_start(user=sitting.user, quiz=other_quiz)
    answers = {**sitting.perfect, str(question.pk): question.correct_response()}
    assert "outside this attempt" in refused(sitting, answers, graded_events)


def test_another_users_attempt_is_refused(sitting, graded_events):
    intruder = make_user()
    message = refused(sitting, sitting.perfect, graded_events, user=intruder)
    assert message == "This attempt does not exist or is not yours."


def test_an_attempt_that_does_not_exist_is_refused(sitting, graded_events):
    missing = Attempt.objects.order_by("-pk").first().pk + 1000
    message = refused(sitting, sitting.perfect, graded_events, attempt_id=missing)
    assert message == "This attempt does not exist or is not yours."


@pytest.mark.parametrize("attempt_id", ["abc", None, "", [1], "1; DROP TABLE"])
def test_an_attempt_id_that_is_not_a_number_is_refused(sitting, graded_events, attempt_id):
    with pytest.raises(SubmissionRejected) as error:
        services.attempt_submit(attempt_id=attempt_id, user=sitting.user, answers=sitting.perfect)
    assert error.value.message == "This attempt does not exist or is not yours."
    assert not Answer.objects.exists() and graded_events == []


def test_an_anonymous_visitor_is_refused(sitting, graded_events):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(SubmissionRejected):
        services.attempt_submit(
            attempt_id=sitting.attempt.pk, user=AnonymousUser(), answers=sitting.perfect
        )
    assert not Answer.objects.exists()
    with pytest.raises(AttemptNotAllowed):
        services.attempt_start(user=AnonymousUser(), quiz=sitting.quiz)
    assert Attempt.objects.count() == 1


# --- anything at all -------------------------------------------------------------------------

json_st = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_json_is_graded_or_refused_cleanly(sitting, data):
    """Whatever JSON a browser (or a script) sends, the answer is a score in bounds or a
    QuizError that records nothing: never a crash."""
    attempt = services.attempt_start(user=sitting.user, quiz=sitting.quiz)
    answers = perfect_answers(attempt)
    for pk in data.draw(st.lists(st.sampled_from(sorted(answers)), unique=True)):
        choices = [
            json_st,
            st.sampled_from(sitting.quiz.questions.get(pk=pk).option_keys() or [""]),
        ]
        answers[pk] = data.draw(st.one_of(*choices))
    before = Answer.objects.count()
    try:
        result = services.attempt_submit(attempt_id=attempt.pk, user=sitting.user, answers=answers)
    except QuizError as error:
        assert str(error.message)
        assert Answer.objects.count() == before
        assert not Attempt.objects.get(pk=attempt.pk).is_submitted
        # Leave no open attempt behind for the next example.
        services.attempt_submit(
            attempt_id=attempt.pk, user=sitting.user, answers=perfect_answers(attempt)
        )
        return
    graded = result.attempt
    assert result.newly_graded and graded.is_submitted
    assert 0 <= graded.score_raw <= graded.score_max == 8
    assert Answer.objects.count() == before + 7
    for answer in Answer.objects.filter(attempt=graded):
        assert 0 <= answer.points <= answer.max_points
