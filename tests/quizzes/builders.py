"""Quizzes for tests: one question of every type, with known right answers."""

from quizzes.models import (
    AcceptedAnswer,
    Choice,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    OrderingItem,
    OrderingQuestion,
    Quiz,
    ScenarioQuestion,
    ShortTextQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)


def make_quiz(**settings) -> Quiz:
    settings.setdefault("title", "Final quiz")
    quiz = Quiz.objects.create(**settings)
    return quiz


def add_single(quiz, order=0, points=1):
    q = SingleChoiceQuestion.objects.create(
        quiz=quiz,
        sort_order=order,
        prompt="Which post is safe to share?",
        points=points,
        explanation="Only published news is public.",
    )
    Choice.objects.create(
        question=q,
        text="The press release",
        is_correct=True,
        sort_order=0,
        feedback="Yes: it is public.",
    )
    Choice.objects.create(
        question=q, text="The draft roadmap", sort_order=1, feedback="No: it is confidential."
    )
    Choice.objects.create(question=q, text="A photo of the office screen", sort_order=2)
    return q


def add_multiple(quiz, order=1, partial=False, points=2):
    q = MultipleChoiceQuestion.objects.create(
        quiz=quiz,
        sort_order=order,
        prompt="Which make a strong password?",
        points=points,
        partial_credit=partial,
    )
    Choice.objects.create(question=q, text="A long passphrase", is_correct=True, sort_order=0)
    Choice.objects.create(question=q, text="A password manager", is_correct=True, sort_order=1)
    Choice.objects.create(question=q, text="Your pet's name", sort_order=2)
    return q


def add_true_false(quiz, order=2):
    return TrueFalseQuestion.objects.create(
        quiz=quiz,
        sort_order=order,
        prompt="SMS codes are the strongest second factor.",
        correct_answer=False,
        feedback_true="SMS can be intercepted.",
    )


def add_ordering(quiz, order=3):
    q = OrderingQuestion.objects.create(
        quiz=quiz, sort_order=order, prompt="Put the steps after a hacked account in order."
    )
    for position, text in enumerate(["Tell IT", "Change the password", "Revoke sessions"]):
        OrderingItem.objects.create(question=q, text=text, position=position)
    return q


def add_matching(quiz, order=4):
    q = MatchingQuestion.objects.create(quiz=quiz, sort_order=order, prompt="Match each network.")
    for n, (source, target) in enumerate([("LinkedIn", "Professional"), ("Instagram", "Visual")]):
        MatchPair.objects.create(question=q, source=source, target=target, sort_order=n)
    return q


def add_short_text(quiz, order=5):
    q = ShortTextQuestion.objects.create(
        quiz=quiz, sort_order=order, prompt="Two-factor authentication is also called…"
    )
    AcceptedAnswer.objects.create(question=q, text="authentification à deux facteurs")
    AcceptedAnswer.objects.create(question=q, text="2FA")
    return q


def add_scenario(quiz, order=6):
    q = ScenarioQuestion.objects.create(
        quiz=quiz,
        sort_order=order,
        prompt="What do you do?",
        situation="An angry comment appears under your post about a delayed delivery.",
    )
    Choice.objects.create(
        question=q, text="Thank them and pass it to the referent", is_correct=True, sort_order=0
    )
    Choice.objects.create(
        question=q, text="Argue back publicly", sort_order=1, feedback="That feeds the fire."
    )
    return q


def full_quiz(**settings) -> Quiz:
    quiz = make_quiz(**settings)
    for add in (
        add_single,
        add_multiple,
        add_true_false,
        add_ordering,
        add_matching,
        add_short_text,
        add_scenario,
    ):
        add(quiz)
    return quiz


def perfect_answers(attempt) -> dict:
    """The right response to every question of an attempt, as the browser would send it."""
    from quizzes.models import Question

    answers = {}
    for question in Question.objects.filter(pk__in=attempt.question_ids):
        answers[str(question.pk)] = question.correct_response()
    return answers


# --- shapes of any size, for property-based tests and benchmarks ---------------------------


def add_choice_question(
    quiz,
    *,
    texts,
    correct,
    kind=SingleChoiceQuestion,
    order=0,
    points=1,
    partial=False,
    feedback=None,
    **fields,
):
    """A choice question (single, multiple or scenario) with the given option texts; `correct`
    holds the indexes of the right options. `feedback` maps an index to its feedback."""
    fields.setdefault("prompt", f"Choice question {order}")
    if kind is MultipleChoiceQuestion:
        fields["partial_credit"] = partial
    if kind is ScenarioQuestion:
        fields.setdefault("situation", "A situation.")
    q = kind.objects.create(quiz=quiz, sort_order=order, points=points, **fields)
    feedback = feedback or {}
    Choice.objects.bulk_create(
        Choice(
            question=q,
            text=text,
            is_correct=n in set(correct),
            sort_order=n,
            feedback=feedback.get(n, ""),
        )
        for n, text in enumerate(texts)
    )
    return q


def add_ordering_question(quiz, *, texts, order=0, points=1, created_in=None):
    """Steps whose correct order is `texts`; `created_in` (a permutation of the indexes) is
    the order the rows are written in, so the database order differs from the right one."""
    q = OrderingQuestion.objects.create(
        quiz=quiz, sort_order=order, points=points, prompt=f"Ordering question {order}"
    )
    for position in created_in if created_in is not None else range(len(texts)):
        OrderingItem.objects.create(question=q, text=texts[position], position=position)
    return q


def add_matching_question(quiz, *, pairs, order=0, points=1):
    q = MatchingQuestion.objects.create(
        quiz=quiz, sort_order=order, points=points, prompt=f"Matching question {order}"
    )
    MatchPair.objects.bulk_create(
        MatchPair(question=q, source=source, target=target, sort_order=n)
        for n, (source, target) in enumerate(pairs)
    )
    return q


def add_short_text_question(quiz, *, accepted, order=0, points=1):
    q = ShortTextQuestion.objects.create(
        quiz=quiz, sort_order=order, points=points, prompt=f"Short text question {order}"
    )
    AcceptedAnswer.objects.bulk_create(AcceptedAnswer(question=q, text=t) for t in accepted)
    return q


def mixed_quiz(count: int = 20, **settings) -> Quiz:
    """`count` questions cycling through every type (the benchmark's and query tests' quiz)."""
    quiz = make_quiz(**settings)
    adders = (
        add_single,
        add_multiple,
        add_true_false,
        add_ordering,
        add_matching,
        add_short_text,
        add_scenario,
    )
    for n in range(count):
        adders[n % len(adders)](quiz, order=n)
    return quiz


def wrong_response(question):
    """A response the question accepts as valid but that earns no points."""
    kind = question.interaction_type
    correct = question.correct_response()
    if kind == "true-false":
        return not correct
    if kind == "fill-in":
        return "no idea"
    if kind == "sequencing":
        return list(reversed(correct))
    if kind == "matching":
        keys = list(correct)
        return dict(zip(keys, keys[1:] + keys[:1], strict=True))
    keys = question.option_keys()
    wrong = [k for k in keys if k not in (correct if isinstance(correct, list) else [correct])]
    if isinstance(correct, list):  # multiple choice: only wrong options
        return wrong[:1]
    return wrong[0]


def wrong_answers(attempt) -> dict:
    """A valid, entirely wrong response to every question of an attempt."""
    from quizzes.models import Question

    return {
        str(q.pk): wrong_response(q) for q in Question.objects.filter(pk__in=attempt.question_ids)
    }
