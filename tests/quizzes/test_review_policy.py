"""The review policy: what a learner sees of a submitted attempt, and when.

Every combination of *what* (score only / their answers / correct answers) and *when*
(always / once passed / after the last attempt) is played through the same story: a failed
first attempt, a second one opened, then passed. At each step we assert exactly what
`attempt_review` reveals, and why the rest is withheld.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizzes import services
from quizzes.models import ReviewShow, ReviewWhen
from quizzes.selectors import attempt_review, attempts_of, review_policy
from tests.factories import make_user
from tests.quizzes.builders import full_quiz, perfect_answers, wrong_answers

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ONCE_PASSED = "The detailed review opens once you pass this quiz."
AFTER_LAST = "The detailed review opens after your last allowed attempt."

# What each question of full_quiz() shows for wrong_answers() and for the right answers:
# (response text, correct text, explanation, feedback for the wrong answer, for the right one)
WRONG = [
    "The draft roadmap",
    "Your pet's name",
    "True",
    "Revoke sessions → Change the password → Tell IT",
    "LinkedIn → Visual; Instagram → Professional",
    "no idea",
    "Argue back publicly",
]
RIGHT = [
    "The press release",
    "A long passphrase, A password manager",
    "False",
    "Tell IT → Change the password → Revoke sessions",
    "LinkedIn → Professional; Instagram → Visual",
    "authentification à deux facteurs",
    "Thank them and pass it to the referent",
]
EXPLANATIONS = ["Only published news is public.", "", "", "", "", "", ""]
FEEDBACK_WRONG = [
    ["No: it is confidential."],
    [],
    ["SMS can be intercepted."],
    [],
    [],
    [],
    ["That feeds the fire."],
]
FEEDBACK_RIGHT = [["Yes: it is public."], [], [], [], [], [], []]
MAX_POINTS = [1, 2, 1, 1, 1, 1, 1]


class Story:
    """A learner on a quiz allowing two attempts: fails, opens a second attempt, passes."""

    def __init__(self, show, when, attempts_allowed=2):
        self.quiz = full_quiz(attempts_allowed=attempts_allowed, review_show=show, review_when=when)
        self.user = make_user()
        self.first = self.take(wrong_answers, T0)

    def take(self, answers_of, at):
        attempt = services.attempt_start(user=self.user, quiz=self.quiz, now=at)
        if answers_of is None:
            return attempt
        return services.attempt_submit(
            attempt_id=attempt.pk, user=self.user, answers=answers_of(attempt), now=at
        ).attempt

    def review(self, attempt, now=None):
        attempts = attempts_of(user=self.user, quiz_key=self.quiz.translation_key)
        policy = review_policy(quiz=self.quiz, attempt=attempt, attempts=attempts, now=now)
        return policy, attempt_review(attempt=attempt, policy=policy)


def texts(values):
    """Matching pairs are listed in the order their items were shown, which the attempt
    shuffles: compare them as a set (test_review_lists_... checks the order)."""
    return [sorted(v.split("; ")) if "; " in v else v for v in values]


def assert_reveals(items, show, *, passed):
    if show == ReviewShow.SCORE:
        assert items == []
        return
    assert [i.view.number for i in items] == list(range(1, 8))
    assert texts(i.response_text for i in items) == texts(RIGHT if passed else WRONG)
    assert [i.max_points for i in items] == MAX_POINTS
    assert [i.points for i in items] == (MAX_POINTS if passed else [0] * 7)
    assert all(i.is_correct is passed for i in items)
    if show == ReviewShow.ANSWERS:
        # Their own answers, marked right or wrong; never the right answer or its explanation.
        assert [i.correct_text for i in items] == [""] * 7
        assert [i.explanation for i in items] == [""] * 7
        assert [i.feedback for i in items] == [[]] * 7
    else:
        assert texts(i.correct_text for i in items) == texts(RIGHT)
        assert [i.explanation for i in items] == EXPLANATIONS
        assert [i.feedback for i in items] == (FEEDBACK_RIGHT if passed else FEEDBACK_WRONG)


def assert_withheld(policy, items, show, reason):
    assert items == []
    assert not policy.show_answers and not policy.show_correct
    # Score only: nothing more would be shown anyway, so there is nothing to explain.
    assert policy.withheld_reason == ("" if show == ReviewShow.SCORE else reason)


SHOWS = [ReviewShow.SCORE, ReviewShow.ANSWERS, ReviewShow.CORRECT]


@pytest.mark.parametrize("show", SHOWS)
def test_review_always(show):
    story = Story(show, ReviewWhen.ALWAYS)
    policy, items = story.review(story.first)
    assert policy.show_answers == (show != ReviewShow.SCORE)
    assert policy.show_correct == (show == ReviewShow.CORRECT)
    assert policy.withheld_reason == ""
    assert_reveals(items, show, passed=False)

    story.take(None, T0 + timedelta(minutes=1))  # a second attempt, still open
    assert_reveals(story.review(story.first)[1], show, passed=False)

    second = story.take(perfect_answers, T0 + timedelta(minutes=2))
    assert_reveals(story.review(second)[1], show, passed=True)


@pytest.mark.parametrize("show", SHOWS)
def test_review_once_passed(show):
    story = Story(show, ReviewWhen.PASSED)
    policy, items = story.review(story.first)
    assert_withheld(policy, items, show, ONCE_PASSED)

    story.take(None, T0 + timedelta(minutes=1))
    assert_withheld(*story.review(story.first), show, ONCE_PASSED)

    second = story.take(perfect_answers, T0 + timedelta(minutes=2))
    assert_reveals(story.review(second)[1], show, passed=True)
    # Once passed, earlier attempts open too.
    assert_reveals(story.review(story.first)[1], show, passed=False)


@pytest.mark.parametrize("show", SHOWS)
def test_review_after_the_last_attempt(show):
    story = Story(show, ReviewWhen.LAST_ATTEMPT)
    policy, items = story.review(story.first)
    assert_withheld(policy, items, show, AFTER_LAST)

    # The last attempt is open: the first one's answers must stay hidden, or the learner
    # could read them and answer the last attempt with them.
    story.take(None, T0 + timedelta(minutes=1))
    assert_withheld(*story.review(story.first, now=T0 + timedelta(minutes=2)), show, AFTER_LAST)

    second = story.take(perfect_answers, T0 + timedelta(minutes=2))
    assert_reveals(story.review(second)[1], show, passed=True)
    assert_reveals(story.review(story.first)[1], show, passed=False)


def test_review_after_the_last_attempt_opens_when_a_timed_last_attempt_lapses():
    story = Story(ReviewShow.CORRECT, ReviewWhen.LAST_ATTEMPT)
    story.quiz.time_limit_minutes = 10
    story.quiz.save()
    last = story.take(None, T0 + timedelta(hours=1))
    during = last.deadline_at
    after = last.deadline_at + services.TIME_LIMIT_GRACE + timedelta(seconds=1)
    assert_withheld(*story.review(story.first, now=during), ReviewShow.CORRECT, AFTER_LAST)
    assert_reveals(story.review(story.first, now=after)[1], ReviewShow.CORRECT, passed=False)


def test_review_after_the_last_attempt_never_opens_with_unlimited_attempts():
    story = Story(ReviewShow.CORRECT, ReviewWhen.LAST_ATTEMPT, attempts_allowed=0)
    second = story.take(perfect_answers, T0 + timedelta(minutes=1))
    assert_withheld(*story.review(second), ReviewShow.CORRECT, AFTER_LAST)


def test_review_once_passed_stays_closed_while_failing():
    story = Story(ReviewShow.CORRECT, ReviewWhen.PASSED)
    second = story.take(wrong_answers, T0 + timedelta(minutes=1))
    assert_withheld(*story.review(second), ReviewShow.CORRECT, ONCE_PASSED)


def test_an_open_attempt_reveals_nothing():
    story = Story(ReviewShow.CORRECT, ReviewWhen.ALWAYS)
    open_attempt = story.take(None, T0 + timedelta(minutes=1))
    policy, items = story.review(open_attempt)
    assert (policy.show_answers, policy.show_correct, items) == (False, False, [])


def test_review_lists_ticked_options_in_the_order_shown():
    """The review reads like the question did: options in the order the learner saw them,
    matching pairs in the order of the items."""
    story = Story(ReviewShow.CORRECT, ReviewWhen.ALWAYS)
    second = story.take(perfect_answers, T0 + timedelta(minutes=1))
    items = story.review(second)[1]
    for item in items:
        kind = item.view.question.interaction_type
        if kind in ("choice", "matching") and item.view.question.option_keys():
            shown = [o.text for o in item.view.options]
            listed = [
                part.split(" → ")[0] for part in item.correct_text.replace("; ", ", ").split(", ")
            ]
            assert listed == [t for t in shown if t in listed]
