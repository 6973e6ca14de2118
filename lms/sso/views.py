"""Corporate sign-in pages: thin; the protocol modules check what the IdP sent, the
service decides who it is. Every refusal is the sign-in error page with a 4xx (5xx only
when the IdP itself cannot be reached), never a traceback."""

import logging

from django.conf import settings
from django.contrib.auth import login
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django_otp import login as otp_login

from lms.accounts import services as account_services
from lms.i18n.paths import path_in_language

from . import oidc, saml, selectors
from .models import IdentityProviderMfa, Protocol
from .services import SignInError, sso_sign_in

log = logging.getLogger(__name__)

SESSION_NEXT_KEY = "pv_sso_next"
# The language of the sign-in page the person left from: a refusal on the way back (an
# address outside the language prefixes) answers in it rather than the browser's.
SESSION_LANGUAGE_KEY = "pv_sso_language"
_UNKNOWN = _("This company sign-in is not (or no longer) set up here.")


def _error(request, error: SignInError, *, language: str | None = None):
    log.info("SSO sign-in refused: %s", error.code)
    if language is None and hasattr(request, "session"):
        language = request.session.get(SESSION_LANGUAGE_KEY)
    if language in dict(settings.LANGUAGES):
        translation.activate(language)
        request.LANGUAGE_CODE = language
    return render(
        request,
        "sso/error.html",
        {"message": error.message, "code": error.code},
        status=error.status,
    )


def _provider(slug: str, protocol: str):
    provider = selectors.provider_for_sign_in(slug=slug)
    if provider is None or provider.protocol != protocol:
        raise SignInError("unknown_idp", _UNKNOWN, status=404)
    return provider


@require_GET
def start(request, slug):
    """The sign-in button: off to the company's IdP. A link, not a form: the sign-in page's
    Content-Security-Policy (form-action 'self') would stop a form whose answer redirects
    to the IdP's origin. Starting needs no CSRF token: what an attacker could start in
    someone's browser ends, at best, with that person signed in as themselves, since the
    answer must match the state (OIDC) or RelayState (SAML) this browser was given."""
    provider = selectors.provider_for_sign_in(slug=slug)
    if provider is None:
        error = SignInError("unknown_idp", _UNKNOWN, status=404)
        return _error(request, error, language=request.GET.get("lang") or None)
    next_url = request.GET.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        request.session[SESSION_NEXT_KEY] = next_url
    else:
        request.session.pop(SESSION_NEXT_KEY, None)
    language = request.GET.get("lang", "")
    if language in dict(settings.LANGUAGES):
        request.session[SESSION_LANGUAGE_KEY] = language
    try:
        if provider.protocol == Protocol.OIDC:
            callback = request.build_absolute_uri(reverse("sso:oidc_callback", args=[slug]))
            return oidc.oidc_redirect(request, provider=provider, redirect_uri=callback)
        return redirect(saml.saml_redirect_url(request, provider=provider))
    except SignInError as error:
        return _error(request, error)


@require_GET
def oidc_callback(request, slug):
    try:
        provider = _provider(slug, Protocol.OIDC)
        claims = oidc.oidc_claims(request, provider=provider)
        return _complete(request, provider, claims)
    except SignInError as error:
        return _error(request, error)


@csrf_exempt  # the IdP's form posts here from its own site; the XML signature is the check
@require_POST
def saml_acs(request, slug):
    try:
        provider = _provider(slug, Protocol.SAML)
        claims = saml.saml_claims(request, provider=provider)
        return _complete(request, provider, claims)
    except SignInError as error:
        return _error(request, error)


@require_GET
def saml_metadata(request, slug):
    """The SP metadata to give the IdP (entity ID, ACS address)."""
    provider = selectors.provider_for_sign_in(slug=slug)
    if provider is None or provider.protocol != Protocol.SAML:
        return _error(request, SignInError("unknown_idp", _UNKNOWN, status=404))
    try:
        metadata = saml.sp_metadata(request, provider)
    except SignInError as error:
        return _error(request, error)
    return HttpResponse(metadata, content_type="application/xml")


def _complete(request, provider, claims):
    user = sso_sign_in(provider=provider, claims=claims)
    request.session.pop(SESSION_LANGUAGE_KEY, None)  # the profile's language takes over
    next_url = request.session.pop(SESSION_NEXT_KEY, "") or reverse(settings.LOGIN_REDIRECT_URL)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    if provider.trust_idp_mfa and claims.mfa:
        device, _created = IdentityProviderMfa.objects.get_or_create(
            user=user,
            provider=provider,
            defaults={"name": provider.name[:64], "confirmed": True},
        )
        otp_login(request, device)
    language = request.session.get(account_services.SESSION_LANGUAGE_KEY)
    if language:
        translation.activate(language)
        next_url = path_in_language(request, next_url, language).url
    return redirect(next_url)
