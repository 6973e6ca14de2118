"""Gives every workshop of the demo academy its final quiz, in English and French.

Reads the plain data in ``lms.demo.quizzes`` and writes it through the quiz models, as a trainer
would through the admin. The French quiz is a translation of the English one: same
``translation_key``, and its questions and options reuse the English keys, so attempts, item
statistics and xAPI ids line up across languages. Both language versions of a workshop page
point at the English quiz; learners get ``quiz.localized``, the version in their language.

Idempotent: a workshop that already has a final quiz is left alone, so a second run creates
nothing and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale

from courses.models import WorkshopPage
from quizzes.models import (
    AcceptedAnswer,
    Choice,
    MatchingQuestion,
    MatchPair,
    MultipleChoiceQuestion,
    OrderingItem,
    OrderingQuestion,
    Question,
    Quiz,
    ScenarioQuestion,
    ShortTextQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

from .quizzes import QUIZZES

QUESTION_MODELS: dict[str, type[Question]] = {
    "single": SingleChoiceQuestion,
    "multiple": MultipleChoiceQuestion,
    "true_false": TrueFalseQuestion,
    "ordering": OrderingQuestion,
    "matching": MatchingQuestion,
    "short_text": ShortTextQuestion,
    "scenario": ScenarioQuestion,
}


@dataclass
class _Keys:
    """The keys given to one question and its options, in data order: the translation reuses
    them."""

    question: uuid.UUID
    options: list[uuid.UUID] = field(default_factory=list)


def _accepted_answers(accepted: dict[str, list[str]], lang: str) -> list[str]:
    """Both languages' answers (a learner may know the term in either), the quiz's own first:
    the first one is what the review shows as the expected answer."""
    other = "fr" if lang == "en" else "en"
    answers: list[str] = []
    for text in [*accepted[lang], *accepted[other]]:
        if text not in answers:
            answers.append(text)
    return answers


def _saved(obj):
    obj.full_clean()
    obj.save()
    return obj


def _question_create(quiz: Quiz, order: int, data: dict, lang: str, keys: _Keys | None) -> _Keys:
    kind = data["type"]
    fields = {
        "quiz": quiz,
        "sort_order": order,
        "prompt": data["prompt"][lang],
        "points": data["points"],
        "explanation": data["explanation"][lang],
    }
    if keys is not None:
        fields["key"] = keys.question
    if kind == "scenario":
        fields["situation"] = data["situation"][lang]
    elif kind == "multiple":
        fields["partial_credit"] = data["partial_credit"]
    elif kind == "true_false":
        fields["correct_answer"] = data["correct"]
        fields["feedback_true"] = data["feedback_true"][lang]
        fields["feedback_false"] = data["feedback_false"][lang]
    question = _saved(QUESTION_MODELS[kind](**fields))

    def option_key(index: int) -> dict:
        return {"key": keys.options[index]} if keys is not None else {}

    options = []
    if kind in ("single", "multiple", "scenario"):
        for index, choice in enumerate(data["choices"]):
            options.append(
                Choice(
                    question=question,
                    text=choice["text"][lang],
                    is_correct=choice["correct"],
                    feedback=choice["feedback"][lang],
                    sort_order=index,
                    **option_key(index),
                )
            )
    elif kind == "ordering":
        for index, step in enumerate(data["steps"]):
            options.append(
                OrderingItem(
                    question=question, text=step[lang], position=index, **option_key(index)
                )
            )
    elif kind == "matching":
        for index, pair in enumerate(data["pairs"]):
            options.append(
                MatchPair(
                    question=question,
                    source=pair["source"][lang],
                    target=pair["target"][lang],
                    sort_order=index,
                    **option_key(index),
                )
            )
    elif kind == "short_text":
        for text in _accepted_answers(data["accepted"], lang):
            _saved(AcceptedAnswer(question=question, text=text))
    for option in options:
        _saved(option)
    return _Keys(question=question.key, options=[option.key for option in options])


def _quiz_create(
    data: dict,
    lang: str,
    locale: Locale,
    *,
    translation_of: Quiz | None = None,
    keys: list[_Keys] | None = None,
) -> tuple[Quiz, list[_Keys]]:
    quiz = Quiz(
        locale=locale,
        title=data["title"][lang],
        description=data["description"][lang],
        **data["settings"],
    )
    if translation_of is not None:
        quiz.translation_key = translation_of.translation_key
    _saved(quiz)
    created = [
        _question_create(quiz, order, question, lang, keys[order] if keys else None)
        for order, question in enumerate(data["questions"])
    ]
    return quiz, created


def _final_quiz_set(page: WorkshopPage, quiz: Quiz, pass_mark: int) -> None:
    page.final_quiz = quiz
    page.pass_mark = pass_mark
    page.save_revision().publish()


@transaction.atomic
def demo_quizzes_build() -> int:
    """Create the final quiz of every demo workshop that has none; return how many quizzes
    (English and French versions counted apart) were created."""
    en, _ = Locale.objects.get_or_create(language_code="en")
    fr, _ = Locale.objects.get_or_create(language_code="fr")
    created = 0
    for slug, data in QUIZZES.items():
        workshop = WorkshopPage.objects.filter(locale=en, slug=slug).first()
        if workshop is None or workshop.final_quiz_id:
            continue  # not part of this site, or already given its quiz (maybe by a trainer)
        quiz, keys = _quiz_create(data, "en", en)
        _quiz_create(data, "fr", fr, translation_of=quiz, keys=keys)
        created += 2
        pass_mark = data["settings"]["pass_mark"]
        _final_quiz_set(workshop, quiz, pass_mark)
        french = workshop.get_translation_or_none(fr)
        if french is not None:
            _final_quiz_set(french.specific, quiz, pass_mark)
    return created
