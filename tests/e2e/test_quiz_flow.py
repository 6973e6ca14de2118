"""The final quiz in a real browser: a learner fails, waits out the delay, passes and sees the
workshop passed; and a lesson's knowledge check, with JavaScript and without."""

from __future__ import annotations

import json
import re
import uuid
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db.models import F
from playwright.sync_api import expect

from courses import services
from courses.models import Enrollment, LessonPage
from quizzes.models import Answer, Attempt
from tests.factories import build_academy, make_user
from tests.quizzes.builders import full_quiz

BLOCKING = {"serious", "critical"}

WRONG = {
    "single": "The draft roadmap",
    "multiple": ["Your pet's name"],
    "true_false": "True",
    "order": ["Revoke sessions", "Change the password", "Tell IT"],
    "match": {"LinkedIn": "Visual", "Instagram": "Professional"},
    "text": "no idea",
    "scenario": "Argue back publicly",
}
RIGHT = {
    "single": "The press release",
    "multiple": ["A long passphrase", "A password manager"],
    "true_false": "False",
    "order": ["Tell IT", "Change the password", "Revoke sessions"],
    "match": {"LinkedIn": "Professional", "Instagram": "Visual"},
    "text": "2FA",
    "scenario": "Thank them and pass it to the referent",
}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def assert_accessible(page, axe):
    page.wait_for_load_state("load")
    results = axe.run(page).response
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, json.dumps(
        [(v["id"], [n["html"][:150] for n in v["nodes"]]) for v in blocking], indent=1
    )


def question(scope, prompt):
    return scope.locator("fieldset", has_text=prompt)


def fill_quiz(scope, answers, *, order_with_buttons=False):
    """Answer the seven questions of `full_quiz` as a learner would, by their labels."""
    question(scope, "Which post is safe to share?").get_by_label(answers["single"]).check()
    multiple = question(scope, "Which make a strong password?")
    for text in answers["multiple"]:
        multiple.get_by_label(text).check()
    question(scope, "SMS codes are").get_by_label(answers["true_false"], exact=True).check()

    ordering = question(scope, "Put the steps")
    if order_with_buttons:
        # JavaScript adds up/down buttons; moving a step updates every step's place.
        for place, text in enumerate(answers["order"]):
            steps = ordering.locator("li")
            for _ in range(3):
                current = [steps.nth(i).locator("label").inner_text() for i in range(3)]
                index = next(i for i, label in enumerate(current) if text in label)
                if index <= place:
                    break
                ordering.get_by_role("button", name=f"Move “{text}” up").click()
        for place, text in enumerate(answers["order"], start=1):
            expect(ordering.get_by_role("combobox", name=text)).to_have_value(str(place))
    else:
        for place, text in enumerate(answers["order"], start=1):
            ordering.get_by_role("combobox", name=text).select_option(str(place))

    matching = question(scope, "Match each network.")
    for item, match in answers["match"].items():
        matching.get_by_label(item).select_option(label=match)
    question(scope, "Two-factor authentication").get_by_label("Your answer").fill(answers["text"])
    question(scope, "What do you do?").get_by_label(answers["scenario"]).check()


def test_learner_fails_waits_out_the_delay_passes_and_sees_the_workshop_passed(page, sign_in, axe):
    built = build_academy(courses=1, lessons=1, levels=("beginner", "intermediate"))
    workshop = built.workshop()
    workshop.final_quiz = full_quiz(delay_minutes=30, attempts_allowed=3)
    workshop.save()
    learner = make_user()
    services.lesson_complete(user=learner, lesson=built.lessons_of()[0])
    sign_in(learner)

    page.goto(workshop.url)
    panel = page.get_by_test_id("final-quiz")
    expect(panel.get_by_test_id("final-quiz-status")).to_have_text("Not taken yet")
    expect(panel).to_contain_text("70%")
    panel.get_by_role("button", name="Start the quiz").click()

    # The attempt: seven questions, progress in each legend.
    expect(page.get_by_text("Question 1 of 7")).to_be_visible()
    expect(page.get_by_text("An angry comment appears under your post")).to_be_visible()
    assert_accessible(page, axe)

    # Submitting half the answers is refused, keeps them, and points at what is missing.
    question(page, "Which post is safe to share?").get_by_label(WRONG["single"]).check()
    page.get_by_role("button", name="Submit my answers").click()
    errors = page.get_by_role("alert")
    expect(errors).to_contain_text("Your answers were not recorded.")
    expect(errors).to_be_focused()
    expect(errors.get_by_role("link", name="Question 2: Answer this question.")).to_be_visible()
    expect(
        question(page, "Which post is safe to share?").get_by_label(WRONG["single"])
    ).to_be_checked()
    assert not Answer.objects.exists()
    assert_accessible(page, axe)

    # A wrong attempt fails, and the delay before the next one shows.
    fill_quiz(page, WRONG)
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_test_id("attempt-outcome")).to_have_text("✘ Not passed")
    expect(page.get_by_test_id("quiz-score")).to_contain_text("0%")
    expect(page.get_by_test_id("quiz-blocked")).to_contain_text("You can try again from")
    expect(page.get_by_role("button", name="Try again")).to_have_count(0)
    assert_accessible(page, axe)

    page.goto(workshop.url)
    expect(panel.get_by_test_id("final-quiz-status")).to_have_text("Not passed yet")
    expect(panel.get_by_test_id("quiz-blocked")).to_contain_text("You can try again from")
    expect(panel.get_by_test_id("final-quiz-attempts")).to_have_text("1 of 3")

    # The delay runs out (the clock moved on: the last attempt ended 31 minutes ago).
    Attempt.objects.filter(user=learner).update(
        started_at=F("started_at") - timedelta(minutes=31),
        submitted_at=F("submitted_at") - timedelta(minutes=31),
    )
    page.reload()
    expect(panel.get_by_test_id("quiz-blocked")).to_have_count(0)
    panel.get_by_role("button", name="Try again").click()

    expect(page.get_by_text("Attempt 2 ·")).to_be_visible()
    fill_quiz(page, RIGHT, order_with_buttons=True)
    page.get_by_role("button", name="Submit my answers").click()

    expect(page.get_by_test_id("attempt-outcome")).to_have_text("✔ Passed")
    expect(page.get_by_test_id("quiz-score")).to_contain_text("100%")
    expect(page.get_by_role("status")).to_contain_text("Workshop passed.")
    expect(page.get_by_test_id("workshop-status")).to_have_text("Passed")
    assert_accessible(page, axe)

    page.get_by_role("link", name="Back to the workshop").click()
    expect(page.get_by_test_id("workshop-status")).to_have_text("Passed")
    expect(panel.get_by_test_id("final-quiz-status")).to_have_text("Passed")
    expect(panel.get_by_test_id("final-quiz-score")).to_have_text("100%")

    # The history lists both attempts, each linked to its result.
    panel.get_by_role("link", name="See my attempts").click()
    history = page.get_by_test_id("quiz-history")
    expect(history.locator("tbody tr")).to_have_count(2)
    history.get_by_role("link", name="Result of attempt 1").click()
    expect(page.get_by_test_id("attempt-outcome")).to_have_text("✘ Not passed")

    enrollment = Enrollment.objects.get(user=learner, workshop_key=workshop.translation_key)
    assert enrollment.is_passed and enrollment.is_completed
    # Passing opened the next level.
    page.goto(built.workshop(level="intermediate").url)
    expect(page.get_by_test_id("workshop-status")).not_to_have_text("Locked")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_knowledge_check_gives_feedback_and_records_nothing(
    browser, browser_context_args, sign_in, axe, javascript
):
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    quiz = full_quiz(title="Check yourself")
    lesson = LessonPage.objects.get(pk=built.lessons_of()[0].pk)
    lesson.body = json.dumps(
        [
            {
                "type": "knowledge_check",
                "value": {"quiz": quiz.pk, "intro": "Five minutes, for you only."},
                "id": str(uuid.uuid4()),
            }
        ]
    )
    lesson.save_revision().publish()

    context = browser.new_context(**browser_context_args, java_script_enabled=javascript)
    try:
        sign_in(make_user(), context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(lesson.url)
        check = page.get_by_test_id("knowledge-check")
        expect(check).to_contain_text("Five minutes, for you only.")
        expect(check.get_by_text("Question 7 of 7")).to_be_visible()
        if javascript:
            assert_accessible(page, axe)

        fill_quiz(check, {**RIGHT, "single": WRONG["single"]}, order_with_buttons=javascript)
        check.get_by_role("button", name="Check my answers").click()

        check = page.get_by_test_id("knowledge-check")
        expect(check.get_by_test_id("knowledge-check-summary")).to_have_text("6 of 7 right.")
        expect(check).to_contain_text("No: it is confidential.")
        expect(check).to_contain_text("Only published news is public.")
        expect(check.get_by_test_id("knowledge-check-result").first).to_contain_text("Not quite")
        # The learner's answers are still in the form, to change and check again.
        expect(
            question(check, "Which post is safe to share?").get_by_label(WRONG["single"])
        ).to_be_checked()
        if javascript:
            assert_accessible(page, axe)
        assert not Attempt.objects.exists() and not Answer.objects.exists()
    finally:
        context.close()


def test_the_countdown_shows_the_time_left_and_sends_the_answers_when_it_ends(page, sign_in):
    from django.utils import timezone

    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    workshop = built.workshop()
    workshop.final_quiz = full_quiz(time_limit_minutes=10)
    workshop.save()
    learner = make_user()
    services.lesson_complete(user=learner, lesson=built.lessons_of()[0])
    sign_in(learner)

    page.goto(workshop.url)
    page.get_by_role("button", name="Start the quiz").click()
    timer = page.get_by_test_id("quiz-timer")
    expect(timer).to_contain_text("Time limit: submit your answers by")
    expect(timer.locator("[data-quiz-remaining]")).to_have_text(re.compile(r"^\((10:00|9:5\d)\)$"))

    # Two seconds before the end: the page sends what it has when the time is up (the
    # server accepts it within its grace period, and here refuses it as incomplete).
    Attempt.objects.filter(user=learner).update(deadline_at=timezone.now() + timedelta(seconds=2))
    page.reload()
    question(page, "Which post is safe to share?").get_by_label(RIGHT["single"]).check()
    expect(page.get_by_role("alert")).to_contain_text("Your answers were not recorded.")
    expect(
        question(page, "Which post is safe to share?").get_by_label(RIGHT["single"])
    ).to_be_checked()
    assert not Answer.objects.exists()
