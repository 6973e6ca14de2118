"""Activity objects with stable IRIs.

An activity's id is built from the translation key its content shares across languages (and
across installs that load the same academy), never from a database id: an LRS merges what it
learns about one IRI, so the English and French versions of a workshop are one activity with
a name in each language.
"""

from __future__ import annotations

import copy

from django.conf import settings
from django.core.cache import cache

from courses.shared_cache import watch

from . import constants

# A quiz's names in every language are in each statement about it: cached definitions.
watch("quizzes.Quiz")


def activity_base() -> str:
    base = getattr(settings, "XAPI_ACTIVITY_BASE", "") or (
        settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/xapi/activities"
    )
    return base.rstrip("/")


def activity_id(kind: str, key) -> str:
    return f"{activity_base()}/{kind}/{key}"


# Django language codes -> RFC 5646 tags used in language maps and context.language.
DEFAULT_LANGUAGE_TAGS = {"en": "en-US", "fr": "fr-FR"}


def language_tag(code: str | None) -> str:
    tags = getattr(settings, "XAPI_LANGUAGE_TAGS", None) or DEFAULT_LANGUAGE_TAGS
    code = (code or settings.LANGUAGE_CODE).replace("_", "-")
    return tags.get(code.lower(), code)


def reference(kind: str, key, type_iri: str) -> dict:
    """An activity named only by its id and type (context activities need no more)."""
    return {
        "objectType": "Activity",
        "id": activity_id(kind, key),
        "definition": {"type": type_iri},
    }


def _language_map(rows) -> dict:
    values = {}
    for language_code, value in rows:
        if value:
            values[language_tag(language_code)] = value
    return values


# Activity definitions (names in every language) change only when a page is republished;
# caching them keeps recording a statement off the database on the learner's hot path. The
# key follows this page's revision; a renamed translation shows within this many seconds.
ACTIVITY_CACHE_SECONDS = 300


def page_activity(page, *, kind: str, type_iri: str) -> tuple[dict, str]:
    """The activity of a localized Wagtail page, named in every live language it exists in,
    and the language tag of this page (the language the learner had the experience in).

    One query, when not cached: the page's translations (itself included) with their locales.
    """
    key = f"pv:xapi:activity:{kind}:{page.pk}:{page.latest_revision_id}:{type_iri}"
    cached = cache.get(key)
    if cached is None:
        cached = _page_activity(page, kind=kind, type_iri=type_iri)
        cache.set(key, cached, ACTIVITY_CACHE_SECONDS)
    activity, language = cached
    return copy.deepcopy(activity), language


def _page_activity(page, *, kind: str, type_iri: str) -> tuple[dict, str]:
    model = type(page)
    translations = list(
        model._default_manager.filter(translation_key=page.translation_key)
        .filter(live=True)
        .select_related("locale")
        .order_by("pk")
    )
    if not any(t.pk == page.pk for t in translations):
        translations.append(page)
    names = _language_map((t.locale.language_code, t.title) for t in translations)
    descriptions = _language_map(
        (t.locale.language_code, getattr(t, "summary", "")) for t in translations
    )
    definition = {"type": type_iri, "name": names}
    if descriptions:
        definition["description"] = descriptions
    own = next((t for t in translations if t.pk == page.pk), page)
    activity = {
        "objectType": "Activity",
        "id": activity_id(kind, page.translation_key),
        "definition": definition,
    }
    return activity, language_tag(own.locale.language_code)


def quiz_activity(quiz) -> tuple[dict, str]:
    """The assessment activity of a quiz, and the language tag of this translation.

    One query: the quiz's translations with their locales.
    """
    from courses.shared_cache import shared
    from quizzes.models import Quiz

    # (pk, language code, title) of every translation: definitions, cached (a quiz saved or
    # deleted renews them, courses/shared_cache.py).
    translations = shared(
        "tracking:quiz_translations",
        lambda: list(
            Quiz.objects.filter(translation_key=quiz.translation_key)
            .order_by("pk")
            .values_list("pk", "locale__language_code", "title")
        ),
        str(quiz.translation_key),
    )
    names = _language_map((code, title) for _pk, code, title in translations)
    own = next((code for pk, code, _title in translations if pk == quiz.pk), None)
    language = language_tag(own)
    activity = {
        "objectType": "Activity",
        "id": activity_id("assessment", quiz.translation_key),
        "definition": {"type": constants.ASSESSMENT, "name": names},
    }
    return activity, language
