"""Placeholders such as {referent_name} or {company} that content writes instead of a name
the brand settings hold, expanded when the content is shown.

Why placeholders rather than a "referent" block: a name appears in the middle of a
sentence, in a quiz option, in feedback, in a post of the content kit, all of which are
plain text fields as well as rich text; a word in braces works the same in every one of
them, in both languages, and an author sees what they typed. Expansion is display-only:
what is stored (and what grading compares, option keys) never changes, so renaming the
referent in the settings changes every lesson and quiz on the next page, nothing to migrate.

An unknown placeholder ({refrent_name}, a typo) is left as typed, visible to the author in
the preview, and reported by the `themes.W001` check (themes/checks.py); it never breaks a
page.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext_lazy as _

from .elision import elide, mark

# placeholder -> (BrandSettings attribute, what it is, for the authors' help text)
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "company": ("issuer_name", _("the company's name")),
    "academy": ("academy_name", _("the academy's name")),
    "referent_name": ("referent_name", _("the referent's name")),
    "referent_role": ("referent_role", _("the referent's role")),
    # "référente" / "référent" / "personne référente" by the referent's grammatical gender,
    # in the viewer's language: content writes "votre {referent_title}".
    "referent_title": ("referent_title", _("the referent's title (after “your”)")),
    "referent_contact": ("referent_contact", _("how to reach the referent")),
    "referent_email": ("referent_email", _("the referent's e-mail")),
}
# Lower-case words in single braces. Anything else in braces ({{ }}, JSON, "{ }") is not a
# placeholder and is never touched.
PATTERN = re.compile(r"(?<!\{)\{([a-z][a-z_]{1,40})\}(?!\})")
# What a placeholder whose setting is empty becomes: readable, never "{referent_name}".
FALLBACKS: dict[str, str] = {
    "company": _("your company"),
    "referent_name": _("the referent"),
    "referent_role": _("community manager"),
    "referent_contact": _("the referent"),
    "referent_email": _("the referent"),
}


def placeholder_values(brand) -> dict[str, str]:
    """{placeholder: text} for a BrandSettings (or None: the fallbacks)."""
    values = {}
    for name, (attribute, _label) in PLACEHOLDERS.items():
        value = str(getattr(brand, attribute, "") or "") if brand is not None else ""
        values[name] = value or str(FALLBACKS.get(name, "")) or "Porte-voix"
    return values


def expand(text, brand):
    """`text` with its known placeholders replaced by the brand's values; unknown ones stay.

    Plain text in, plain text out (the template escapes it). Safe HTML in (rich text, a
    rendered block), safe HTML out, with the values escaped."""
    if not text or "{" not in str(text):
        return text
    values = placeholder_values(brand)
    is_html = isinstance(text, SafeData)

    source = str(text)

    def replace(match):
        name = match.group(1)
        if name not in values:
            return match.group(0)
        value = values[name]
        if value.endswith(".") and source.startswith(".", match.end()):
            value = value[:-1]  # "{company}." with "Northwind & Co.": one full stop
        return mark(escape(value) if is_html else value)

    # French elision where a value meets the word before it: "de {referent_name}" is
    # "d’Inès Garnier", "que {company}" is "qu’Orange" (themes/elision.py).
    expanded = elide(PATTERN.sub(replace, source))
    return mark_safe(expanded) if is_html else expanded  # noqa: S308 - values escaped above


def unknown_placeholders(text) -> list[str]:
    """The placeholders in `text` that mean nothing (typos), in order, once each."""
    found = []
    for name in PATTERN.findall(str(text or "")):
        if name not in PLACEHOLDERS and name not in found:
            found.append(name)
    return found


def help_text() -> str:
    """One sentence for the admin: which placeholders exist."""
    from django.utils.text import format_lazy

    names = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    return format_lazy(
        _("Write {names} instead of a name: the brand settings fill it in when it is shown."),
        names=names,
    )


def brand_for(source):
    """The BrandSettings to expand with: `source` itself when it is one, else the brand of a
    request's site (cached, themes/brand_cache.py), else the default site's (a task, a
    test), else None (the fallbacks)."""
    from .models import BrandSettings

    if isinstance(source, BrandSettings):
        return source
    if source is not None and hasattr(source, "META"):
        from .brand_cache import brand_for_request

        brand = brand_for_request(source)
        if brand is not None:
            return brand
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return BrandSettings.for_site(site) if site is not None else None
