"""Copy a quiz, with its questions and their options, into another language.

The copy keeps the quiz's `translation_key`, every question's `key` and every option's
`key`: attempts count across languages, item analysis groups a question's translations,
and a response recorded in one language reads the same in the other. The trainer then
translates the texts in the admin.

Wagtail's own "copy for translation" (and simple_translation's "Translate" action, which
uses it) copies the quiz row alone; `wagtail_hooks` sends quizzes here instead.
"""

from __future__ import annotations

from django.db import IntegrityError, models, transaction
from django.utils.translation import get_language_info
from wagtail.models import Locale

from .models import AcceptedAnswer, Choice, MatchPair, OrderingItem, Question, Quiz

# Option models, with the fields copied as they are (the question link is set to the copy).
_OPTIONS = (
    ("choices", Choice, ("key", "text", "is_correct", "feedback", "sort_order")),
    ("steps", OrderingItem, ("key", "text", "position")),
    ("pairs", MatchPair, ("key", "source", "target", "sort_order")),
    ("accepted", AcceptedAnswer, ("text",)),
)


def _own_field_values(question: Question) -> dict:
    """Concrete field values of a question (any type) except its ids, links and quiz."""
    values = {}
    for f in type(question)._meta.concrete_fields:
        if f.primary_key or f.name in ("quiz", "polymorphic_ctype"):
            continue
        if isinstance(f, models.OneToOneField) and f.remote_field.parent_link:
            continue
        values[f.attname] = getattr(question, f.attname)
    return values


def quiz_copy_for_translation(*, quiz: Quiz, locale: Locale) -> Quiz:
    """The quiz's translation in `locale`, created (a deep copy) if it does not exist yet.

    Idempotent: asking twice, or two trainers at once, gives the same quiz.
    """
    existing = Quiz.objects.filter(translation_key=quiz.translation_key, locale=locale).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return _deep_copy(quiz, locale)
    except IntegrityError:
        # Someone else created it between our check and our insert.
        return Quiz.objects.get(translation_key=quiz.translation_key, locale=locale)


def _deep_copy(quiz: Quiz, locale: Locale) -> Quiz:
    copy = quiz.copy_for_translation(locale)
    copy.save()
    questions = quiz.questions.prefetch_related("choices", "steps", "pairs", "accepted").order_by(
        "sort_order", "pk"
    )
    options = {name: [] for name, _model, _fields in _OPTIONS}
    for question in questions:
        twin = type(question)(quiz=copy, **_own_field_values(question))
        twin.save()
        for name, model, fields in _OPTIONS:
            for option in getattr(question, name).all():
                options[name].append(
                    model(question=twin, **{f: getattr(option, f) for f in fields})
                )
    for name, model, _fields in _OPTIONS:
        model.objects.bulk_create(options[name])
    return copy


def language_name(locale: Locale) -> str:
    """The locale's language named in the current UI language ("French" / "français")."""
    try:
        return str(get_language_info(locale.language_code)["name_translated"])
    except KeyError:
        return locale.get_display_name()


def missing_locales(quiz: Quiz):
    """Locales the quiz has no translation in yet."""
    return Locale.objects.exclude(
        pk__in=Quiz.objects.filter(translation_key=quiz.translation_key).values("locale_id")
    ).order_by("language_code")
