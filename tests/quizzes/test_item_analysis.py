"""Item analysis: exact figures from attempts built through the real services, a fixed
number of queries, the date filter, and the admin page (bad dates never give a 500)."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from quizzes import analysis, services
from quizzes.translation import quiz_copy_for_translation
from tests.factories import make_user
from tests.quizzes.builders import add_multiple, add_single, add_true_false, make_quiz

pytestmark = pytest.mark.django_db

MARCH = timezone.make_aware(datetime.datetime(2024, 3, 10, 10, 0))
APRIL = timezone.make_aware(datetime.datetime(2024, 4, 10, 10, 0))

# Which questions each attempt gets right: (single, multiple, true/false), and the wrong
# single-choice option picked when it is wrong. Scores: single 1 pt, multiple 2, t/f 1.
PATTERN = [
    ((1, 1, 1), None),  # a0 100 %
    ((1, 1, 1), None),  # a1 100 %
    ((1, 1, 0), None),  # a2 75 %
    ((0, 1, 1), "The draft roadmap"),  # a3 75 %
    ((1, 0, 1), None),  # a4 50 %
    ((0, 1, 0), "The draft roadmap"),  # a5 50 %
    ((1, 0, 0), None),  # a6 25 %
    ((0, 0, 1), "A photo of the office screen"),  # a7 25 %
    ((0, 0, 0), "The draft roadmap"),  # a8 0 %
    ((0, 0, 0), "A photo of the office screen"),  # a9 0 %
]
# Wrong multiple-choice responses, by attempt, as option texts.
WRONG_MULTIPLE = {
    4: ["A long passphrase"],
    6: ["A long passphrase", "Your pet's name"],
    7: ["Your pet's name"],
    8: ["Your pet's name"],
    9: ["A password manager", "Your pet's name"],
}


def small_quiz():
    quiz = make_quiz(title="Security check")
    single, multiple, true_false = add_single(quiz), add_multiple(quiz), add_true_false(quiz)
    return quiz, single, multiple, true_false


def keys_by_text(question):
    return {c.text: str(c.key) for c in question.choices.all()}


def take(quiz, user, right, wrong_single=None, wrong_multiple=None, when=MARCH):
    """One attempt at `quiz` (or its translation) answered per `right`, submitted `when`."""
    questions = {type(q).__name__: q for q in quiz.questions.all()}
    single = questions["SingleChoiceQuestion"]
    multiple = questions["MultipleChoiceQuestion"]
    true_false = questions["TrueFalseQuestion"]
    single_keys, multiple_keys = keys_by_text(single), keys_by_text(multiple)
    answers = {
        str(single.pk): single.correct_response()
        if right[0]
        else single_keys[wrong_single or "The draft roadmap"],
        str(multiple.pk): multiple.correct_response()
        if right[1]
        else [multiple_keys[t] for t in (wrong_multiple or ["Your pet's name"])],
        str(true_false.pk): true_false.correct_answer
        if right[2]
        else not true_false.correct_answer,
    }
    attempt = services.attempt_start(user=user, quiz=quiz, now=when)
    result = services.attempt_submit(attempt_id=attempt.pk, user=user, answers=answers, now=when)
    return result.attempt


def build_ten(quiz, users, when_first=MARCH, when_last=APRIL):
    attempts = []
    for i, (right, wrong_single) in enumerate(PATTERN):
        when = when_first if i < 5 else when_last
        attempts.append(
            take(quiz, users[i % len(users)], right, wrong_single, WRONG_MULTIPLE.get(i), when)
        )
    return attempts


def test_figures_of_ten_attempts():
    quiz, single, multiple, true_false = small_quiz()
    users = [make_user() for _ in range(7)]
    attempts = build_ten(quiz, users)
    assert [round(a.score_scaled * 100) for a in attempts] == [
        100,
        100,
        75,
        75,
        50,
        50,
        25,
        25,
        0,
        0,
    ]

    result = analysis.quiz_item_analysis(quiz=quiz)
    assert result.attempts == 10
    assert result.learners == 7
    assert result.passed_attempts == 4 and result.pass_rate == 40.0
    assert result.learners_passed == 4
    assert result.mean_score == 50.0
    assert [b.count for b in result.bands] == [2, 0, 2, 0, 0, 2, 0, 2, 0, 2]
    assert [b.label for b in result.bands][:2] == ["0–9\u00a0%", "10–19\u00a0%"]
    assert result.bands[-1].label == "90–100\u00a0%"
    assert result.group_size == 3

    by_number = {item.number: item for item in result.items}
    s, m, t = by_number[1], by_number[2], by_number[3]
    assert (s.prompt, m.prompt, t.prompt) == (single.prompt, multiple.prompt, true_false.prompt)
    assert (s.answered, s.correct, s.percent_correct) == (10, 5, 50.0)
    assert (s.wrong_option, s.wrong_option_count) == ("The draft roadmap", 3)
    assert (m.answered, m.correct, m.percent_correct) == (10, 5, 50.0)
    assert (m.wrong_option, m.wrong_option_count) == ("Your pet's name", 4)
    assert (t.answered, t.correct, t.percent_correct) == (10, 5, 50.0)
    assert t.wrong_option is None  # not a choice question

    # Upper group: a0, a1, a2 (a2 and a3 tie at 75 %: the earlier attempt ranks first).
    # Lower group: a7, a8, a9.
    assert s.discrimination == 1.0  # 3/3 - 0/3
    assert m.discrimination == 1.0  # 3/3 - 0/3
    assert t.discrimination == 0.33  # 2/3 - 1/3


def test_date_filter_and_too_few_attempts_for_discrimination():
    quiz, *_ = small_quiz()
    build_ten(quiz, [make_user() for _ in range(3)])
    april = analysis.quiz_item_analysis(quiz=quiz, date_from=datetime.date(2024, 4, 1))
    assert april.attempts == 5
    assert april.mean_score == 20.0  # 50, 25, 25, 0, 0
    assert april.group_size is None
    assert all(item.discrimination is None for item in april.items)
    march = analysis.quiz_item_analysis(quiz=quiz, date_to=datetime.date(2024, 3, 10))
    assert march.attempts == 5  # the end day is included
    none = analysis.quiz_item_analysis(
        quiz=quiz, date_from=datetime.date(2024, 3, 11), date_to=datetime.date(2024, 4, 9)
    )
    assert none.attempts == 0 and none.pass_rate is None and none.mean_score is None
    assert all(item.answered == 0 and item.percent_correct is None for item in none.items)
    assert [b.count for b in none.bands] == [0] * 10


def test_open_attempts_do_not_count():
    quiz, *_ = small_quiz()
    take(quiz, make_user(), (1, 1, 1))
    services.attempt_start(user=make_user(), quiz=quiz)  # started, never submitted
    result = analysis.quiz_item_analysis(quiz=quiz)
    assert result.attempts == 1 and result.learners == 1


def test_translations_count_as_one_item():
    quiz, single, *_ = small_quiz()
    french = quiz_copy_for_translation(
        quiz=quiz, locale=Locale.objects.get_or_create(language_code="fr")[0]
    )
    french_single = french.questions.get(key=single.key)
    french_single.prompt = "Quel message pouvez-vous partager ?"
    french_single.save()
    french_single.choices.filter(text="The draft roadmap").update(text="La feuille de route")

    take(quiz, make_user(), (0, 1, 1), "The draft roadmap")
    take(french, make_user(language="fr"), (0, 1, 1), "La feuille de route")

    english = analysis.quiz_item_analysis(quiz=quiz)
    assert english.attempts == 2 and len(english.items) == 3
    item = english.items[0]
    assert (item.prompt, item.answered, item.correct) == (single.prompt, 2, 0)
    assert (item.wrong_option, item.wrong_option_count) == ("The draft roadmap", 2)
    # Seen from the French quiz: the same figures, French texts.
    seen_in_french = analysis.quiz_item_analysis(quiz=french).items[0]
    assert seen_in_french.prompt == "Quel message pouvez-vous partager ?"
    assert seen_in_french.wrong_option == "La feuille de route"
    assert seen_in_french.answered == 2


def test_query_count_does_not_grow():
    def count_queries(quiz):
        with CaptureQueriesContext(connection) as queries:
            analysis.quiz_item_analysis(quiz=quiz)
        return len(queries)

    small, *_ = small_quiz()
    take(small, make_user(), (1, 0, 1))
    analysis.quiz_item_analysis(quiz=small)  # warm the content-type cache

    big, *_ = small_quiz()
    for n in range(3, 12):
        add_single(big, order=n)
    users = [make_user() for _ in range(4)]
    for i in range(12):
        attempt = services.attempt_start(user=users[i % 4], quiz=big)
        answers = {}
        for question in big.questions.all():
            answers[str(question.pk)] = question.correct_response()
        services.attempt_submit(attempt_id=attempt.pk, user=users[i % 4], answers=answers)
    assert count_queries(big) == count_queries(small) == 4


def test_pure_helpers():
    assert analysis.group_size(9) is None
    assert analysis.group_size(10) == 3
    assert analysis.group_size(100) == 27
    assert [analysis.score_band_index(Decimal(s)) for s in ("0", "0.0999", "0.1", "0.95", "1")] == [
        0,
        0,
        1,
        9,
        9,
    ]
    upper, lower = analysis.upper_and_lower({i: Decimal(i) / 10 for i in range(10)})
    assert upper == {9, 8, 7} and lower == {0, 1, 2}
    assert analysis.discrimination_index({9: True, 8: True, 0: False}, {9, 8, 7}, {0, 1, 2}) == 1.0
    assert analysis.discrimination_index({9: True}, {9, 8, 7}, {0, 1, 2}) is None


# --- the admin page ------------------------------------------------------------------------


def test_analysis_page_shows_the_figures(client, trainer):
    quiz, *_ = small_quiz()
    build_ten(quiz, [make_user() for _ in range(7)])
    client.force_login(trainer)
    url = reverse("quizzes_admin:analysis", args=[quiz.pk])
    html = client.get(url).content.decode()
    assert "The draft roadmap (3 times)" in html
    assert "Your pet&#x27;s name (4 times)" in html
    # Pass rate and mean score, in the English percentage style (French: "40 %").
    assert "<dd>40%</dd>" in html and "<dd>50%</dd>" in html
    assert "90–100\u00a0%" in html and "width: 100.0%" in html
    assert "0.33" in html
    assert "Here each group holds 3 attempts." in html
    filtered = client.get(url, {"from": "2024-04-01", "to": "2024-04-30"}).content.decode()
    assert "Here each group holds" not in filtered


@pytest.mark.parametrize(
    "params,message",
    [
        ({"from": "2024-13-45"}, "Enter a date as YYYY-MM-DD."),
        ({"to": "yesterday"}, "Enter a date as YYYY-MM-DD."),
        ({"from": "0001-01-01"}, "Pick a date between 2000-01-01 and 2999-12-31."),
        ({"to": "9999-12-31"}, "Pick a date between 2000-01-01 and 2999-12-31."),
        (
            {"from": "2024-05-01", "to": "2024-04-01"},
            "The start date must be on or before the end date.",
        ),
    ],
)
def test_bad_dates_get_a_form_error(client, trainer, params, message):
    quiz, *_ = small_quiz()
    client.force_login(trainer)
    response = client.get(reverse("quizzes_admin:analysis", args=[quiz.pk]), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Correct the dates above to see the figures." in html


def test_hr_cannot_see_item_analysis(client, hr_user):
    quiz, *_ = small_quiz()
    client.force_login(hr_user)
    response = client.get(reverse("quizzes_admin:analysis", args=[quiz.pk]))
    assert response.status_code in (302, 403)
