"""Trainers author quizzes in the Wagtail admin: the quiz snippet, its questions of every
type (real forms, formset management data included), reordering, the learner preview,
deletion rules. HR and learners cannot reach any of it."""

import re

import pytest
from django.forms import CheckboxInput
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from quizzes import services
from quizzes.models import (
    AcceptedAnswer,
    Answer,
    Choice,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Question,
    Quiz,
    ScenarioQuestion,
    ShortTextQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from tests.factories import make_user
from tests.quizzes.builders import add_single, full_quiz, make_quiz, perfect_answers

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_quizzes_quiz:list"


@pytest.fixture
def image(db):
    image = Image.objects.create(title="Phone", file=get_test_image_file())
    yield image
    image.file.delete(save=False)


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def rows(prefix, items):
    """Formset rows from dicts; True becomes a ticked checkbox, False/None are left out."""
    data = management(prefix, len(items))
    for i, item in enumerate(items):
        for name, value in item.items():
            if value is True:
                data[f"{prefix}-{i}-{name}"] = "on"
            elif value not in (False, None):
                data[f"{prefix}-{i}-{name}"] = str(value)
    return data


def common(prompt, **extra):
    return {
        "prompt": prompt,
        "image": "",
        "image_alt": "",
        "points": "1",
        "explanation": f"Explanation of: {prompt}",
        **extra,
    }


def rendered_form_data(response):
    """What the browser would send back, unchanged, from an add/edit page's forms."""
    data = {}

    def take(form):
        for bound in form:
            value = bound.value()
            if isinstance(bound.field.widget, CheckboxInput):
                if value:
                    data[bound.html_name] = "on"
            elif value is not None:
                data[bound.html_name] = str(value)

    take(response.context["form"])
    formset = response.context["formset"]
    if formset is not None:
        take(formset.management_form)
        for subform in formset.forms:
            take(subform)
    return data


def add_url(quiz, slug):
    return reverse("quizzes_admin:question_add", args=[quiz.pk, slug])


def question_posts():
    """One valid submission per question type, with known options."""
    return {
        "singlechoice": {
            **common("Which post is safe to share?"),
            **rows(
                "choices",
                [
                    {"text": "The press release", "is_correct": True, "feedback": "Public."},
                    {"text": "The draft roadmap", "feedback": "Confidential, never."},
                    {},  # an empty extra row is ignored
                ],
            ),
        },
        "multiplechoice": {
            **common("Which make a strong password?", points="2", partial_credit="on"),
            **rows(
                "choices",
                [
                    {"text": "A long passphrase", "is_correct": True},
                    {"text": "A password manager", "is_correct": True},
                    {"text": "Your pet's name", "feedback": "Easy to guess."},
                ],
            ),
        },
        "truefalse": common(
            "SMS codes are the strongest second factor.",
            correct_answer="False",
            feedback_true="SMS can be intercepted.",
            feedback_false="",
        ),
        "ordering": {
            **common("Put the steps after a hacked account in order."),
            # Posted out of order; their positions say the correct order.
            **rows(
                "steps",
                [
                    {"text": "Change the password", "ORDER": 2},
                    {"text": "Tell IT", "ORDER": 1},
                    {"text": "Revoke sessions", "ORDER": 3},
                ],
            ),
        },
        "matching": {
            **common("Match each network with its tone."),
            **rows(
                "pairs",
                [
                    {"source": "LinkedIn", "target": "Professional"},
                    {"source": "Instagram", "target": "Visual"},
                ],
            ),
        },
        "shorttext": {
            **common("Two-factor authentication is also called…"),
            **rows("accepted", [{"text": "2FA"}, {"text": "authentification à deux facteurs"}]),
        },
        "scenario": {
            **common(
                "What do you do?",
                situation="An angry comment appears under your post about a late delivery.",
            ),
            **rows(
                "choices",
                [
                    {"text": "Thank them and pass it to the referent", "is_correct": True},
                    {"text": "Argue back publicly", "feedback": "That feeds the fire."},
                ],
            ),
        },
    }


def create_quiz_in_admin(client, title="Social media basics: final quiz"):
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add") + "?locale=en",
        {
            "title": title,
            "description": "Ten minutes, no notes.",
            "pass_mark": "80",
            "attempts_allowed": "3",
            "delay_minutes": "30",
            "time_limit_minutes": "",
            "draw_count": "",
            "grading_method": "highest",
            "review_show": "correct",
            "review_when": "always",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return Quiz.objects.get(title=title)


# --- the whole authoring flow --------------------------------------------------------------


def test_trainer_builds_a_quiz_with_every_question_type(trainer_client):
    client = trainer_client
    quiz = create_quiz_in_admin(client)
    assert quiz.pass_mark == 80 and quiz.attempts_allowed == 3 and quiz.locale.language_code == "en"

    choose = client.get(reverse("quizzes_admin:question_choose_type", args=[quiz.pk]))
    assert choose.status_code == 200
    for slug, data in question_posts().items():
        assert f'href="{add_url(quiz, slug)}"' in choose.content.decode()
        assert client.get(add_url(quiz, slug)).status_code == 200
        response = client.post(add_url(quiz, slug), data)
        assert response.status_code == 302, (slug, response.content.decode()[:3000])

    questions = list(quiz.questions.order_by("sort_order"))
    assert [type(q) for q in questions] == [
        SingleChoiceQuestion,
        MultipleChoiceQuestion,
        TrueFalseQuestion,
        OrderingQuestion,
        MatchingQuestion,
        ShortTextQuestion,
        ScenarioQuestion,
    ]
    assert [q.sort_order for q in questions] == list(range(7))
    single, multiple, true_false, ordering, matching, short_text, scenario = questions

    assert [(c.text, c.is_correct, c.feedback) for c in single.choices.all()] == [
        ("The press release", True, "Public."),
        ("The draft roadmap", False, "Confidential, never."),
    ]
    assert single.explanation == "Explanation of: Which post is safe to share?"
    assert multiple.partial_credit and multiple.points == 2
    assert [c.is_correct for c in multiple.choices.all()] == [True, True, False]
    assert true_false.correct_answer is False
    assert true_false.feedback_true == "SMS can be intercepted."
    assert [s.text for s in ordering.steps.all()] == [
        "Tell IT",
        "Change the password",
        "Revoke sessions",
    ]
    assert [(p.source, p.target) for p in matching.pairs.all()] == [
        ("LinkedIn", "Professional"),
        ("Instagram", "Visual"),
    ]
    assert sorted(a.text for a in short_text.accepted.all()) == [
        "2FA",
        "authentification à deux facteurs",
    ]
    assert scenario.situation.startswith("An angry comment")
    assert scenario.correct_response() == str(scenario.choices.get(is_correct=True).key)

    # The quiz authored in the admin works for a learner: a perfect attempt passes.
    learner = make_user()
    attempt = services.attempt_start(user=learner, quiz=quiz)
    result = services.attempt_submit(
        attempt_id=attempt.pk, user=learner, answers=perfect_answers(attempt)
    )
    assert result.attempt.passed and result.attempt.score_scaled == 1

    listing = client.get(reverse("quizzes_admin:questions", args=[quiz.pk])).content.decode()
    for question in questions:
        assert question.prompt[:40] in listing
    assert "Multiple choice" in listing and "Ordering" in listing


def test_quiz_listing_and_chooser(trainer_client):
    quiz = full_quiz(title="Password hygiene quiz")
    response = trainer_client.get(reverse(LIST_URL))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Password hygiene quiz" in html
    assert reverse("quizzes_admin:questions", args=[quiz.pk]) in html
    searched = trainer_client.get(reverse(LIST_URL), {"q": "hygiene"}).content.decode()
    assert "Password hygiene quiz" in searched
    assert (
        "Password hygiene quiz"
        not in trainer_client.get(reverse(LIST_URL), {"q": "nothing-like-it"}).content.decode()
    )
    chooser = trainer_client.get(reverse("wagtailsnippetchoosers_quizzes_quiz:choose"))
    assert chooser.status_code == 200


def test_workshop_final_quiz_uses_the_snippet_chooser():
    from wagtail.snippets.widgets import AdminSnippetChooser

    from courses.models import WorkshopPage

    form_class = WorkshopPage.get_edit_handler().get_form_class()
    assert isinstance(form_class.base_fields["final_quiz"].widget, AdminSnippetChooser)


def test_edit_page_links_to_questions_preview_and_analysis(trainer_client):
    quiz = full_quiz()
    html = trainer_client.get(
        reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk])
    ).content.decode()
    for name in ("questions", "preview", "analysis"):
        assert reverse(f"quizzes_admin:{name}", args=[quiz.pk]) in html


# --- editing -------------------------------------------------------------------------------


def test_trainer_edits_a_question_and_its_options(trainer_client):
    quiz = make_quiz()
    question = add_single(quiz)
    url = reverse("quizzes_admin:question_edit", args=[quiz.pk, question.pk])
    page = trainer_client.get(url)
    assert page.status_code == 200
    data = rendered_form_data(page)
    assert data["choices-INITIAL_FORMS"] == "3"

    data["prompt"] = "Which of these may you share?"
    data["choices-1-text"] = "The internal roadmap"
    data["choices-2-DELETE"] = "on"  # remove the third option
    data["choices-3-text"] = "The public careers page"  # fill an empty row
    data["choices-3-ORDER"] = "1"  # …and put it first
    data["choices-0-ORDER"] = "2"
    data["choices-1-ORDER"] = "3"
    response = trainer_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    question.refresh_from_db()
    assert question.prompt == "Which of these may you share?"
    assert [c.text for c in question.choices.all()] == [
        "The public careers page",
        "The press release",
        "The internal roadmap",
    ]
    # Editing keeps the keys of the options that stay (responses and statistics follow).
    assert Choice.objects.filter(question=question, text="The press release").get().is_correct


def test_editing_an_answered_question_warns_the_trainer(trainer_client):
    quiz = full_quiz()
    learner = make_user()
    attempt = services.attempt_start(user=learner, quiz=quiz)
    services.attempt_submit(attempt_id=attempt.pk, user=learner, answers=perfect_answers(attempt))
    question = quiz.questions.first()
    html = trainer_client.get(
        reverse("quizzes_admin:question_edit", args=[quiz.pk, question.pk])
    ).content.decode()
    assert "Learners have answered this question 1 time" in html


def test_every_type_edit_page_posts_back_unchanged(trainer_client):
    quiz = full_quiz()
    for question in quiz.questions.all():
        url = reverse("quizzes_admin:question_edit", args=[quiz.pk, question.pk])
        response = trainer_client.post(url, rendered_form_data(trainer_client.get(url)))
        assert response.status_code == 302, (type(question), response.content.decode()[:3000])
    assert quiz.questions.count() == 7
    assert Choice.objects.filter(question__quiz=quiz).count() == 3 + 3 + 2


# --- validation ----------------------------------------------------------------------------


def invalid_posts(image):
    posts = question_posts()
    return [
        (
            "singlechoice",
            {**posts["singlechoice"], "choices-1-is_correct": "on"},
            "Mark exactly one option as correct (2 marked now).",
        ),
        (
            "singlechoice",
            {
                **common("One option only?"),
                **rows("choices", [{"text": "Yes", "is_correct": True}]),
            },
            "Give at least two options.",
        ),
        (
            "scenario",
            {**posts["scenario"], "choices-0-is_correct": ""},
            "Mark exactly one option as correct (0 marked now).",
        ),
        (
            "scenario",
            {**posts["scenario"], "situation": ""},
            "This field is required.",
        ),
        (
            "multiplechoice",
            {
                **common("None right?"),
                **rows("choices", [{"text": "A"}, {"text": "B"}]),
            },
            "Mark at least one option as correct.",
        ),
        (
            "multiplechoice",
            {**common("Lonely"), **rows("choices", [{"text": "A", "is_correct": True}])},
            "Give at least two options.",
        ),
        (
            "ordering",
            {**common("One step"), **rows("steps", [{"text": "Only step"}])},
            "Give at least two steps.",
        ),
        (
            "matching",
            {
                **common("Twins"),
                **rows(
                    "pairs",
                    [
                        {"source": "LinkedIn", "target": "Professional"},
                        {"source": "linkedin ", "target": "Visual"},
                    ],
                ),
            },
            "Each item must be different: “LinkedIn” appears more than once.",
        ),
        (
            "matching",
            {
                **common("Same targets"),
                **rows(
                    "pairs",
                    [
                        {"source": "LinkedIn", "target": "Professional"},
                        {"source": "Instagram", "target": "Professional"},
                    ],
                ),
            },
            "Each match must be different: “Professional” appears more than once.",
        ),
        (
            "matching",
            {**common("One pair"), **rows("pairs", [{"source": "A", "target": "B"}])},
            "Give at least two pairs.",
        ),
        (
            "shorttext",
            {**common("Nothing accepted"), **rows("accepted", [{}, {}])},
            "Give at least one accepted answer.",
        ),
        (
            "truefalse",
            {**posts["truefalse"], "image": str(image.pk), "image_alt": "  "},
            "Describe the image for learners who cannot see it (alternative text).",
        ),
        (
            "truefalse",
            {**posts["truefalse"], "points": "0"},
            "Ensure this value is greater than or equal to 1.",
        ),
    ]


def test_invalid_question_forms_show_errors_and_create_nothing(trainer_client, image):
    quiz = make_quiz()
    for slug, data, message in invalid_posts(image):
        response = trainer_client.post(add_url(quiz, slug), data)
        assert response.status_code == 200, (slug, message)
        html = response.content.decode()
        assert message.replace("'", "&#x27;") in html, (slug, message)
        assert "The question could not be saved" in html
    assert not Question.objects.exists()
    assert not Choice.objects.exists() and not AcceptedAnswer.objects.exists()


def test_image_with_alt_text_is_accepted(trainer_client, image):
    quiz = make_quiz()
    data = {
        **question_posts()["truefalse"],
        "image": str(image.pk),
        "image_alt": "A phone showing a login code",
    }
    assert trainer_client.post(add_url(quiz, "truefalse"), data).status_code == 302
    question = quiz.questions.get()
    assert question.image == image and question.image_alt == "A phone showing a login code"


def test_unknown_type_and_other_quiz_question_are_not_found(trainer_client):
    quiz, other = make_quiz(), make_quiz(title="Other")
    # (LocaleMiddleware sends an admin 404 to the language-prefixed path, which 404s too.)
    assert trainer_client.get(add_url(quiz, "essay"), follow=True).status_code == 404
    foreign = add_single(other)
    url = reverse("quizzes_admin:question_edit", args=[quiz.pk, foreign.pk])
    assert trainer_client.get(url, follow=True).status_code == 404
    assert trainer_client.post(url, {"prompt": "Hijacked"}, follow=True).status_code == 404
    foreign.refresh_from_db()
    assert foreign.prompt != "Hijacked"


# --- reorder, preview, delete --------------------------------------------------------------


def test_trainer_reorders_questions(trainer_client):
    quiz = full_quiz()
    first, second, third = list(quiz.questions.order_by("sort_order"))[:3]

    def move(question, direction):
        url = reverse("quizzes_admin:question_move", args=[quiz.pk, question.pk])
        return trainer_client.post(url, {"direction": direction})

    assert move(first, "down").status_code == 302
    order = list(quiz.questions.order_by("sort_order").values_list("pk", flat=True))
    assert order[:3] == [second.pk, first.pk, third.pk]
    assert move(third, "up").status_code == 302
    order = list(quiz.questions.order_by("sort_order").values_list("pk", flat=True))
    assert order[:3] == [second.pk, third.pk, first.pk]

    # The first cannot go up: nothing changes, and the trainer is told.
    response = move(second, "up")
    assert response.status_code == 302
    assert list(quiz.questions.order_by("sort_order").values_list("pk", flat=True)) == order
    # Moving is a POST with a CSRF token; a GET does nothing.
    url = reverse("quizzes_admin:question_move", args=[quiz.pk, first.pk])
    assert trainer_client.get(url + "?direction=up").status_code == 405
    # The listing shows the new order, with the move buttons in forms with a CSRF token.
    html = trainer_client.get(reverse("quizzes_admin:questions", args=[quiz.pk])).content.decode()
    assert "is now number" in html  # the message of the last move, in Wagtail's live region
    html = html[html.index("data-questions") :]
    assert (
        html.index(second.prompt[:30])
        < html.index(third.prompt[:30])
        < html.index(first.prompt[:30])
    )
    assert "csrfmiddlewaretoken" in html and 'value="down"' in html


def test_move_requires_csrf(trainer):
    from django.test import Client

    quiz = full_quiz()
    first = quiz.questions.order_by("sort_order").first()
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainer)
    url = reverse("quizzes_admin:question_move", args=[quiz.pk, first.pk])
    assert client.post(url, {"direction": "down"}).status_code == 403
    assert quiz.questions.order_by("sort_order").first() == first


def preview_region(html):
    match = re.search(r"<section class=\"quiz-preview\".*?</section>", html, re.S)
    assert match, "the preview region is missing"
    return match.group(0)


def test_preview_shows_questions_without_answers(trainer_client):
    quiz = full_quiz()
    response = trainer_client.get(reverse("quizzes_admin:preview", args=[quiz.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    region = preview_region(html)
    for prompt in (
        "Which post is safe to share?",
        "Which make a strong password?",
        "SMS codes are the strongest second factor.",
        "Put the steps after a hacked account in order.",
        "Match each network.",
        "Two-factor authentication is also called",
        "An angry comment appears under your post",
    ):
        assert prompt in region
    for option in ("The press release", "A password manager", "Revoke sessions", "Visual"):
        assert option in region
    # Nothing that gives an answer away: no correctness, feedback, explanation or
    # accepted answers, anywhere on the page.
    assert "correct" not in region.lower()
    for secret in (
        "Yes: it is public.",
        "No: it is confidential.",
        "Only published news is public.",
        "SMS can be intercepted.",
        "That feeds the fire.",
        "2FA",
        "authentification à deux facteurs",
        "is_correct",
    ):
        assert secret not in html
    # Inputs are disabled, and the steps are not shown in their correct order.
    assert "disabled" in region
    steps = [region.index(s) for s in ("Tell IT", "Change the password", "Revoke sessions")]
    assert steps != sorted(steps)


def test_delete_an_unanswered_question(trainer_client):
    quiz = full_quiz()
    question = quiz.questions.order_by("sort_order").last()
    url = reverse("quizzes_admin:question_delete", args=[quiz.pk, question.pk])
    assert "Yes, delete" in trainer_client.get(url).content.decode()
    assert trainer_client.post(url).status_code == 302
    assert not Question.objects.filter(pk=question.pk).exists()
    assert quiz.questions.count() == 6


def test_an_answered_question_cannot_be_deleted(trainer_client):
    quiz = full_quiz()
    learner = make_user()
    attempt = services.attempt_start(user=learner, quiz=quiz)
    services.attempt_submit(attempt_id=attempt.pk, user=learner, answers=perfect_answers(attempt))
    question = quiz.questions.first()
    url = reverse("quizzes_admin:question_delete", args=[quiz.pk, question.pk])
    page = trainer_client.get(url).content.decode()
    assert "This question cannot be deleted" in page
    assert "Yes, delete" not in page  # nothing destructive offered
    response = trainer_client.post(url, follow=True)
    assert response.status_code == 200
    assert "This question cannot be deleted" in response.content.decode()
    assert Question.objects.filter(pk=question.pk).exists()
    assert Answer.objects.filter(question=question).count() == 1


def test_an_attempted_quiz_cannot_be_deleted(trainer_client):
    quiz = full_quiz()
    learner = make_user()
    services.attempt_start(user=learner, quiz=quiz)
    url = reverse("wagtailsnippets_quizzes_quiz:delete", args=[quiz.pk])
    page = trainer_client.get(url).content.decode()
    assert "This quiz cannot be deleted" in page and "Yes, delete" not in page
    response = trainer_client.post(url)
    assert response.status_code in (302, 403)
    assert Quiz.objects.filter(pk=quiz.pk).exists()


def test_an_unused_quiz_can_be_deleted(trainer_client):
    quiz = full_quiz()
    url = reverse("wagtailsnippets_quizzes_quiz:delete", args=[quiz.pk])
    assert trainer_client.post(url).status_code == 302
    assert not Quiz.objects.filter(pk=quiz.pk).exists()
    assert not Question.objects.exists()


# --- who may ------------------------------------------------------------------------------


def quiz_admin_urls(quiz, question):
    return [
        reverse(LIST_URL),
        reverse("wagtailsnippets_quizzes_quiz:add") + "?locale=en",
        reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]),
        reverse("wagtailsnippets_quizzes_quiz:delete", args=[quiz.pk]),
        reverse("quizzes_admin:questions", args=[quiz.pk]),
        reverse("quizzes_admin:question_choose_type", args=[quiz.pk]),
        add_url(quiz, "singlechoice"),
        reverse("quizzes_admin:question_edit", args=[quiz.pk, question.pk]),
        reverse("quizzes_admin:question_delete", args=[quiz.pk, question.pk]),
        reverse("quizzes_admin:question_move", args=[quiz.pk, question.pk]),
        reverse("quizzes_admin:preview", args=[quiz.pk]),
        reverse("quizzes_admin:analysis", args=[quiz.pk]),
        reverse("quizzes_admin:translate", args=[quiz.pk]),
    ]


@pytest.mark.parametrize("role", ["hr_user", "learner"])
def test_hr_and_learners_cannot_reach_quiz_admin(client, role, request):
    user = request.getfixturevalue(role)
    client.force_login(user)
    quiz = full_quiz(title="Locked quiz")
    question = quiz.questions.order_by("sort_order").first()
    before = (Quiz.objects.count(), Question.objects.count(), Choice.objects.count())
    for url in quiz_admin_urls(quiz, question):
        for method in ("get", "post"):
            data = {"direction": "down"} if method == "post" else None
            if method == "post" and "/questions/add/singlechoice/" in url:
                data = question_posts()["singlechoice"]
            response = getattr(client, method)(url, data)
            assert response.status_code in (302, 403), (role, method, url)
            if response.status_code == 302:
                assert response["Location"].split("?")[0] != url.split("?")[0]
    assert (Quiz.objects.count(), Question.objects.count(), Choice.objects.count()) == before
    assert quiz.questions.order_by("sort_order").first() == question
    assert Quiz.objects.get(pk=quiz.pk).title == "Locked quiz"


def test_hr_has_no_quizzes_menu(client, hr_user, trainer):
    client.force_login(hr_user)
    assert reverse(LIST_URL) not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(trainer)
    assert reverse(LIST_URL) in client.get(reverse("wagtailadmin_home")).content.decode()
