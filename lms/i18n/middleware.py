from django.shortcuts import redirect
from django.utils import translation

from lms.accounts.services import SESSION_LANGUAGE_KEY

from .paths import path_in_language


class ProfileLanguageMiddleware:
    """A signed-in person sees the academy in their profile's language, on every page.

    - An address without a language prefix ("/", the verification pages) is served in (or
      redirected by LocaleMiddleware to) the person's language.
    - A GET under the other language's prefix (an old link, a bookmark, a browser that
      prefers English) is redirected to the same page in the person's language. Not when
      that page has no counterpart in their language: they still get the page they asked for
      rather than a home page they did not ask for. Writes (POST) are never redirected.

    The language is read from the session, where sign-in, the switcher and the profile form
    put it, so this costs no query. Anonymous visitors keep the prefix they chose; the
    session (the switcher) only applies to their unprefixed addresses.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.session.get(SESSION_LANGUAGE_KEY)
        if language:
            in_path = translation.get_language_from_path(request.path_info)
            if in_path is None:
                translation.activate(language)
                request.LANGUAGE_CODE = language
            elif (
                in_path != language
                and request.method in ("GET", "HEAD")
                and request.user.is_authenticated
            ):
                target = path_in_language(request, request.get_full_path(), language)
                if target.exact and target.url != request.get_full_path():
                    return redirect(target.url)
        return self.get_response(request)
