import pytest

from quizzes import services
from tests.factories import make_user
from tests.quizzes.builders import full_quiz, perfect_answers

pytestmark = pytest.mark.django_db


def test_perfect_attempt_scores_full_and_passes():
    quiz = full_quiz()
    user = make_user()
    attempt = services.attempt_start(user=user, quiz=quiz)
    result = services.attempt_submit(
        attempt_id=attempt.pk, user=user, answers=perfect_answers(attempt)
    )
    assert result.newly_graded and result.attempt.passed
    assert result.attempt.score_scaled == 1
    again = services.attempt_submit(attempt_id=attempt.pk, user=user, answers={})
    assert not again.newly_graded
