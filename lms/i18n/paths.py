"""The address of the page a person is on, in another language.

Django's `translate_url` resolves the address under the *active* language; when the session
is French and the page is /en/..., the /en/ prefix does not match the French patterns, so the
address comes back unchanged and the switcher leaves the person on /en/. Here the address is
resolved under its own (source) language, then rebuilt in the target language:

- a Wagtail page becomes its translation in the target locale (its slugs may differ);
- a view with a `page_id` (workshop, lesson, quiz) gets the id of the translated page;
- anything else is reversed by name in the target language.

When there is no counterpart, the target locale's home is the answer, marked as inexact so
the middleware can leave such a page alone instead of sending the person away from it."""

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.http import Http404
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site

from courses.selectors import locale_by_code

WAGTAIL_SERVE = "wagtail_serve"


@dataclass(frozen=True)
class Translated:
    url: str
    # False when the address has no counterpart in the target language (the home instead).
    exact: bool


def language_home(request, language: str) -> str:
    """The target locale's home page (the site root's translation), else /<language>/."""
    site = Site.find_for_request(request)
    if site is not None:
        home = site.root_page.get_translation_or_none(_locale(language))
        if home is not None and home.live:
            url = home.get_url(request)
            if url:
                return url
    return f"/{language}/"


def _locale(language: str):
    return locale_by_code(language)


def _page_translation(request, page_path: str, source: str, target: str) -> str | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [part for part in page_path.split("/") if part]
    with translation.override(source):
        try:
            route = site.root_page.localized.specific.route(request, components)
        except Http404:
            return None
    locale = _locale(target)
    if locale is None:
        return None
    page = route[0].get_translation_or_none(locale)
    if page is None or not page.live:
        return None
    return page.get_url(request) or None


def _translated_page_id(page_id, target: str):
    locale = _locale(target)
    page = Page.objects.filter(pk=page_id).first() if locale else None
    if page is None:
        return None
    if page.locale_id == locale.pk:
        return page.pk
    translated = page.get_translation_or_none(locale)
    return translated.pk if translated is not None else None


def path_in_language(request, url: str, target: str) -> Translated:
    """`url` (a local address, with its query) as the same page in `target`."""
    parts = urlsplit(url)
    source = get_language_from_path(parts.path)
    if source is None or source == target:
        # Language-free (admin, verification, API) or unprefixed: the session decides.
        return Translated(url, exact=True)
    with translation.override(source):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return Translated(language_home(request, target), exact=False)
    if match.url_name == WAGTAIL_SERVE:
        path = _page_translation(request, match.args[0] if match.args else "", source, target)
    else:
        path = _reversed(match, target)
    if path is None:
        return Translated(language_home(request, target), exact=False)
    return Translated(urlunsplit(("", "", urlsplit(path).path, parts.query, parts.fragment)), True)


def _reversed(match, target: str) -> str | None:
    kwargs = dict(match.kwargs)
    if "page_id" in kwargs:
        kwargs["page_id"] = _translated_page_id(kwargs["page_id"], target)
        if kwargs["page_id"] is None:
            return None
    with translation.override(target):
        try:
            return reverse(match.view_name, args=match.args, kwargs=kwargs)
        except NoReverseMatch:
            return None
