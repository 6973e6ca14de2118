from django.utils import translation

from .services import SESSION_LANGUAGE_KEY


class ProfileLanguageMiddleware:
    """Use the learner's preferred language on addresses that carry no language prefix
    (e.g. "/"), so LocaleMiddleware redirects them to their own language.

    An explicit prefix such as /fr/ always wins: the learner chose it. The preference is
    cached in the session at sign-in, so this costs no query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.session.get(SESSION_LANGUAGE_KEY)
        if language and translation.get_language_from_path(request.path_info) is None:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
