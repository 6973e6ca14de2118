from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from lms.accounts import services

from .paths import path_in_language


def _safe_next(request, fallback="/"):
    target = request.POST.get("next") or request.GET.get("next") or fallback
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return fallback
    return target


@require_POST
def language_switch(request):
    """Switch the interface language: remembered in the profile (signed in), the session and
    the cookie, then the same page in the new language, whatever language the session was
    in before (see paths.py for why Django's set_language is not enough)."""
    code = request.POST.get("language", "")
    next_url = _safe_next(request)
    try:
        services.language_validate(code)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(next_url)
    if request.user.is_authenticated:
        services.profile_set_language(user=request.user, language=code)
    request.session[services.SESSION_LANGUAGE_KEY] = code
    response = redirect(path_in_language(request, next_url, code).url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response
