"""Reads about accounts that other apps share."""

from django.conf import settings


def user_language(user, fallback: str | None = None) -> str:
    """The language to write to `user` in (e-mails): their profile's choice, else
    `fallback`, else the site's default; always one the academy speaks."""
    profile = getattr(user, "profile", None)  # None when the account has no profile
    language = getattr(profile, "preferred_language", "") or fallback or settings.LANGUAGE_CODE
    available = {code for code, _name in settings.LANGUAGES}
    return language if language in available else settings.LANGUAGE_CODE
