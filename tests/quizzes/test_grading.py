"""Grading can be trusted: property-based tests over every pure grader, and over every question
type's `grade` through real model instances.

The properties a learner relies on: a score never leaves [0, points]; the right answer always
earns full points; the order in which options, sets or pairs happen to be given never changes
a score (so shuffling is harmless); partial credit cannot be gamed by ticking everything; a
short answer is compared the way a person reads it.
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes import grading
from quizzes.models import (
    QUESTION_TYPES,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    ScenarioQuestion,
    ShortTextQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from tests.quizzes.builders import (
    add_choice_question,
    add_matching_question,
    add_ordering_question,
    add_short_text_question,
    make_quiz,
)

PROPERTY = settings(max_examples=100, deadline=None)
# Model examples write a few rows each inside the test's transaction; that is intended.
MODEL_PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

points_st = st.integers(min_value=1, max_value=100)
keys_st = st.lists(st.uuids().map(str), min_size=1, max_size=8, unique=True)


def in_bounds(grade: grading.Grade, points: int) -> bool:
    return grade.max_points == points and 0 <= grade.points <= points


def permuted(data, items):
    items = list(items)
    return data.draw(st.permutations(items)) if items else items


# --- pure graders ----------------------------------------------------------------------------


@PROPERTY
@given(data=st.data(), keys=keys_st, points=points_st)
def test_single_choice_grader(data, keys, points):
    correct = data.draw(st.sampled_from(keys))
    response = data.draw(st.sampled_from(keys))
    grade = grading.grade_single(correct=correct, response=response, points=points)
    assert in_bounds(grade, points)
    assert grade.points == (points if response == correct else 0)
    assert grading.grade_single(correct=correct, response=correct, points=points).is_correct


@PROPERTY
@given(correct=st.booleans(), response=st.booleans(), points=points_st)
def test_true_false_grader(correct, response, points):
    grade = grading.grade_true_false(correct=correct, response=response, points=points)
    assert in_bounds(grade, points)
    assert grade.is_correct == (response == correct)
    assert grading.grade_true_false(correct=correct, response=correct, points=points).is_correct


@st.composite
def multiple_choice(draw):
    keys = draw(keys_st)
    correct = draw(st.lists(st.sampled_from(keys), unique=True))
    response = draw(st.lists(st.sampled_from(keys), unique=True))
    return keys, correct, response


@PROPERTY
@given(data=st.data(), case=multiple_choice(), points=points_st, partial=st.booleans())
def test_multiple_choice_grader_bounds_perfect_and_order(data, case, points, partial):
    keys, correct, response = case

    def grade(chosen, right=correct):
        return grading.grade_multiple(
            correct=right, response=chosen, points=points, partial_credit=partial
        )

    assert in_bounds(grade(response), points)
    assert grade(correct).points == points
    # Lists, sets, tuples, in any order: the same set of ticks scores the same.
    shuffled = grade(permuted(data, response), right=permuted(data, correct))
    assert shuffled == grade(response)
    assert grade(set(response), right=tuple(correct)) == grade(response)


@PROPERTY
@given(case=multiple_choice(), points=points_st, partial=st.booleans())
def test_multiple_choice_grader_cannot_be_gamed(case, points, partial):
    keys, correct, response = case

    def grade(chosen):
        return grading.grade_multiple(
            correct=correct, response=chosen, points=points, partial_credit=partial
        ).points

    # Ticking every option never beats the right set.
    assert grade(keys) <= grade(correct)
    if set(keys) != set(correct):
        assert grade(keys) < points
    # A wrong extra option never raises the score; a right extra one never lowers it.
    for key in keys:
        if key in response:
            continue
        if key in correct:
            assert grade([*response, key]) >= grade(response)
        else:
            assert grade([*response, key]) <= grade(response)
    # Without partial credit it is all or nothing.
    if not partial:
        assert grade(response) in (0, points)


def test_multiple_choice_partial_credit_examples():
    correct = ["a", "b", "c"]

    def grade(chosen):
        return grading.grade_multiple(
            correct=correct, response=chosen, points=3, partial_credit=True
        ).points

    assert grade(["a", "b", "c"]) == 3
    assert grade(["a", "b"]) == 2
    assert grade(["a", "b", "x"]) == 1
    assert grade(["a", "b", "c", "x"]) == 2  # every box ticked: less than the right set
    assert grade(["x", "y"]) == 0  # never below zero
    assert grade([]) == 0


@PROPERTY
@given(data=st.data(), keys=keys_st, points=points_st)
def test_ordering_grader(data, keys, points):
    response = data.draw(st.permutations(keys))
    grade = grading.grade_ordering(correct=keys, response=response, points=points)
    assert in_bounds(grade, points)
    assert grade.points == (points if list(response) == keys else 0)
    assert grading.grade_ordering(correct=keys, response=tuple(keys), points=points).is_correct


@PROPERTY
@given(data=st.data(), keys=keys_st, points=points_st)
def test_matching_grader(data, keys, points):
    correct = {key: key for key in keys}
    targets = data.draw(st.lists(st.sampled_from(keys), min_size=len(keys), max_size=len(keys)))
    response = dict(zip(keys, targets, strict=True))
    grade = grading.grade_matching(correct=correct, response=response, points=points)
    assert in_bounds(grade, points)
    right = sum(1 for key in keys if response[key] == key)
    assert grade.points == Fraction(points * right, len(keys))
    assert grading.grade_matching(correct=correct, response=correct, points=points).is_correct
    # The order of the pairs in the dict never matters.
    reordered = {key: response[key] for key in permuted(data, keys)}
    correct_reordered = {key: key for key in permuted(data, keys)}
    assert (
        grading.grade_matching(correct=correct_reordered, response=reordered, points=points)
        == grade
    )
    # Fixing one wrong pair never lowers the score.
    for key in keys:
        fixed = {**response, key: key}
        better = grading.grade_matching(correct=correct, response=fixed, points=points)
        assert better.points >= grade.points


# --- short text ------------------------------------------------------------------------------

ACCENTS = {
    "à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "î": "i", "ï": "i", "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y",
}  # fmt: skip
LETTERS = "abcdefghijklmnopqrstuvwxyz" + "".join(ACCENTS)
# Punctuation a person may type around an answer, in French or English.
SURROUNDING = [
    ".", ",", ";", ":", "!", "?", "…", "...", "«\u00a0", "\u00a0»", "\u202f!", '"', "'",
    "“", "”", "‘", "’", "(", ")", "[", "]", "-", "–", "—", "¡", "¿",
]  # fmt: skip
SPACES = [" ", "  ", "\t", "\u00a0", "\u202f", " \n "]

word_st = st.text(alphabet=LETTERS, min_size=1, max_size=10)
phrase_st = st.lists(word_st, min_size=1, max_size=5)


def strip_accents(text: str) -> str:
    return "".join(ACCENTS.get(c, c) for c in text)


@st.composite
def retyped(draw, words):
    """The same words typed another way: case, accents, spacing, surrounding punctuation."""
    out = []
    for word in words:
        if draw(st.booleans()):
            word = strip_accents(word)
        word = "".join(c.upper() if draw(st.booleans()) else c for c in word)
        out.append(word)
    text = out[0]
    for word in out[1:]:
        text += draw(st.sampled_from(SPACES)) + word
    before = draw(st.lists(st.sampled_from(SURROUNDING + SPACES), max_size=3))
    after = draw(st.lists(st.sampled_from(SURROUNDING + SPACES), max_size=3))
    return "".join(before) + text + "".join(after)


def grade_text(accepted, response, points=1):
    return grading.grade_short_text(accepted=accepted, response=response, points=points)


@PROPERTY
@given(data=st.data(), words=phrase_st, points=points_st)
def test_short_text_ignores_case_accents_spacing_and_surrounding_punctuation(data, words, points):
    accepted = " ".join(words)
    response = data.draw(retyped(words))
    grade = grade_text([accepted], response, points)
    assert grade.points == points, (accepted, response)
    # And the other way round: the trainer typed it loosely, the learner carefully.
    assert grade_text([response], accepted, points).points == points


@PROPERTY
@given(data=st.data(), words=phrase_st, points=points_st)
def test_short_text_a_different_word_is_wrong(data, words, points):
    index = data.draw(st.integers(min_value=0, max_value=len(words) - 1))
    changed = list(words)
    changed[index] = data.draw(
        word_st.filter(lambda w: strip_accents(w) != strip_accents(words[index]))
    )
    grade = grade_text([" ".join(words)], " ".join(changed), points)
    assert grade.points == 0
    assert in_bounds(grade, points)


@PROPERTY
@given(
    data=st.data(),
    accepted=st.lists(phrase_st.map(" ".join), min_size=1, max_size=4),
    response=st.text(max_size=60),
    points=points_st,
)
def test_short_text_bounds_and_order_of_accepted_answers(data, accepted, response, points):
    grade = grade_text(accepted, response, points)
    assert in_bounds(grade, points)
    assert grade == grade_text(permuted(data, accepted), response, points)
    for answer in accepted:
        assert grade_text(accepted, answer, points).points == points


@pytest.mark.parametrize(
    "typed",
    [
        "authentification a deux facteurs",
        "Authentification à deux facteurs",
        "AUTHENTIFICATION À DEUX FACTEURS",
        "  authentification   à deux\tfacteurs.  ",
        "« Authentification à deux facteurs »",
        "Authentification à deux facteurs !",
        "(authentification a deux facteurs)",
        "“Authentification à deux facteurs”…",
    ],
)
def test_short_text_french_examples(typed):
    assert grade_text(["Authentification à deux facteurs"], typed).is_correct


@pytest.mark.parametrize(
    "typed",
    ["Two-factor authentication", "two factor authentication", "TWO-FACTOR AUTHENTICATION!"],
)
def test_short_text_english_examples(typed):
    assert grade_text(["two-factor authentication", "2FA"], typed).is_correct


@pytest.mark.parametrize(
    "typed",
    [
        "authentification a trois facteurs",
        "authentification a deux",
        "authentification a deux facteurs forte",
        "one-factor authentication",
        "2FB",
        "",
        "...",
    ],
)
def test_short_text_different_words_are_wrong(typed):
    accepted = ["Authentification à deux facteurs", "two-factor authentication", "2FA"]
    assert grade_text(accepted, typed).points == 0


def test_short_text_keeps_meaningful_symbols():
    # "#" and "@" carry meaning on social networks: they are not surrounding punctuation.
    assert grade_text(["#MeToo"], "metoo").points == 0
    assert grade_text(["#MeToo"], "#metoo").is_correct
    assert grade_text(["@porte_voix"], "porte_voix").points == 0


@PROPERTY
@given(
    earned=st.fractions(min_value=0, max_value=1000),
    maximum=st.integers(min_value=0, max_value=1000),
    mark=st.integers(min_value=1, max_value=100),
)
def test_scaled_score_and_pass_mark(earned, maximum, mark):
    earned = min(earned, Fraction(maximum))
    score = grading.scaled(earned, maximum)
    assert 0 <= score <= 1
    passed = grading.passes(score_scaled=score, pass_mark_percent=mark)
    assert passed == (score * 100 >= mark)
    if passed:  # a better score never fails where a worse one passed
        assert grading.passes(
            score_scaled=min(Fraction(1), score + Fraction(1, 100)), pass_mark_percent=mark
        )


# --- every question type, through real model instances ----------------------------------------

texts_st = st.lists(
    st.text(alphabet=LETTERS, min_size=1, max_size=12), min_size=2, max_size=6, unique=True
)


@pytest.fixture
def quiz(db):
    return make_quiz()


def full_and_bounded(question, response):
    grade = question.grade(question.validate_response(response))
    assert in_bounds(grade, question.points)
    return grade


@st.composite
def choice_shape(draw, multiple=False):
    texts = draw(texts_st)
    indexes = list(range(len(texts)))
    if multiple:
        correct = draw(st.lists(st.sampled_from(indexes), min_size=1, unique=True))
    else:
        correct = [draw(st.sampled_from(indexes))]
    return texts, correct, draw(points_st)


@pytest.mark.parametrize("kind", [SingleChoiceQuestion, ScenarioQuestion])
@MODEL_PROPERTY
@given(data=st.data(), shape=choice_shape())
def test_single_choice_and_scenario_questions(quiz, kind, data, shape):
    texts, correct, points = shape
    question = add_choice_question(quiz, kind=kind, texts=texts, correct=correct, points=points)
    assert full_and_bounded(question, question.correct_response()).points == points
    picked = data.draw(st.sampled_from(question.option_keys()))
    grade = full_and_bounded(question, picked)
    assert grade.is_correct == (picked == question.correct_response())


@MODEL_PROPERTY
@given(data=st.data(), shape=choice_shape(multiple=True), partial=st.booleans())
def test_multiple_choice_questions(quiz, data, shape, partial):
    texts, correct, points = shape
    question = add_choice_question(
        quiz,
        kind=MultipleChoiceQuestion,
        texts=texts,
        correct=correct,
        points=points,
        partial=partial,
    )
    keys = question.option_keys()
    right = question.correct_response()
    assert full_and_bounded(question, right).points == points
    assert full_and_bounded(question, permuted(data, right)).points == points
    ticked = data.draw(st.lists(st.sampled_from(keys), min_size=1, unique=True))
    grade = full_and_bounded(question, ticked)
    assert grade == full_and_bounded(question, permuted(data, ticked))
    assert full_and_bounded(question, keys).points <= points


@MODEL_PROPERTY
@given(correct=st.booleans(), points=points_st)
def test_true_false_questions(quiz, correct, points):
    question = TrueFalseQuestion.objects.create(
        quiz=quiz, prompt="Statement", correct_answer=correct, points=points
    )
    question.refresh_from_db()  # the value as the database gives it back
    assert full_and_bounded(question, question.correct_response()).points == points
    # The browser sends "true"/"false"; the grade is the same as for the boolean.
    as_text = "true" if correct else "false"
    assert full_and_bounded(question, as_text).points == points
    assert full_and_bounded(question, not correct).points == 0


@MODEL_PROPERTY
@given(data=st.data(), texts=texts_st, points=points_st)
def test_ordering_questions(quiz, data, texts, points):
    # Steps written to the database in a random order: the right order is their position.
    created_in = data.draw(st.permutations(range(len(texts))))
    question = add_ordering_question(quiz, texts=texts, points=points, created_in=created_in)
    right = question.correct_response()
    by_key = {str(s.key): s.text for s in question.steps.all()}
    assert [by_key[k] for k in right] == texts
    assert full_and_bounded(question, right).points == points
    arranged = data.draw(st.permutations(right))
    grade = full_and_bounded(question, arranged)
    assert grade.is_correct == (list(arranged) == right)


@MODEL_PROPERTY
@given(data=st.data(), texts=texts_st, points=points_st)
def test_matching_questions(quiz, data, texts, points):
    pairs = [(text, text.upper() + "!") for text in texts]
    question = add_matching_question(quiz, pairs=pairs, points=points)
    keys = question.option_keys()
    right = question.correct_response()
    assert full_and_bounded(question, right).points == points
    chosen = data.draw(st.lists(st.sampled_from(keys), min_size=len(keys), max_size=len(keys)))
    response = dict(zip(keys, chosen, strict=True))
    grade = full_and_bounded(question, response)
    reordered = {key: response[key] for key in permuted(data, keys)}
    assert full_and_bounded(question, reordered) == grade
    assert grade.points == Fraction(points * sum(k == v for k, v in response.items()), len(keys))


@MODEL_PROPERTY
@given(data=st.data(), words=phrase_st, points=points_st)
def test_short_text_questions(quiz, data, words, points):
    answer = " ".join(words)
    question = add_short_text_question(quiz, accepted=[answer, "2FA"], points=points)
    assert full_and_bounded(question, question.correct_response()).points == points
    typed = data.draw(retyped(words))
    assert full_and_bounded(question, typed).points == points
    assert full_and_bounded(question, "2fa").points == points
    assert full_and_bounded(question, answer + " zz").points == 0


def test_every_question_type_has_its_grading_tests():
    """A new question type must come with a grading test above."""
    covered = {
        SingleChoiceQuestion,
        ScenarioQuestion,
        MultipleChoiceQuestion,
        TrueFalseQuestion,
        OrderingQuestion,
        MatchingQuestion,
        ShortTextQuestion,
    }
    assert set(QUESTION_TYPES) == covered


def test_random_valid_responses_stay_in_bounds_for_every_type(quiz):
    """One sweep over every type with responses drawn the way a careless learner would."""
    from tests.quizzes.builders import full_quiz

    rng = random.Random(7)
    for question in full_quiz().questions.all():
        keys = question.option_keys()
        for _ in range(50):
            kind = question.interaction_type
            if kind == "true-false":
                raw = rng.choice([True, False, "true", "false"])
            elif kind == "fill-in":
                raw = rng.choice(
                    ["2fa", "deux facteurs", "x" * 200, "Authentification a deux facteurs"]
                )
            elif kind == "sequencing":
                raw = rng.sample(keys, len(keys))
            elif kind == "matching":
                raw = {k: rng.choice(keys) for k in keys}
            elif isinstance(question, MultipleChoiceQuestion):
                raw = rng.sample(keys, rng.randint(1, len(keys)))
            else:
                raw = rng.choice(keys)
            full_and_bounded(question, raw)
