"""OpenID Connect sign-in (authorization code + PKCE S256) through Authlib: it makes the
state, nonce and code verifier, keeps them in the session, exchanges the code, and checks
the ID token's signature (the IdP's JWKS), issuer, audience, expiry and nonce. We only map
the claims it returns. No JWT or crypto code of ours."""

from __future__ import annotations

import hashlib
import logging

import httpx
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.django_client import OAuth
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from joserfc.errors import JoseError

from .models import IdentityProvider
from .services import Claims, SignInError, claims_map

log = logging.getLogger(__name__)

HTTP_TIMEOUT = 10
# The IdP's discovery document and keys change rarely; a rotated key is fetched again by
# Authlib when an ID token names a key we do not have.
METADATA_CACHE_SECONDS = 3600

_UNAVAILABLE = _("Your company's sign-in service cannot be reached just now. Try again later.")
_REFUSED = _("Your company's sign-in could not be completed. Please start again.")


def _cached_json(url: str) -> dict:
    key = "sso:oidc:" + hashlib.sha256(url.encode()).hexdigest()
    data = cache.get(key)
    if data is None:
        try:
            response = httpx.get(url, timeout=HTTP_TIMEOUT, follow_redirects=True)
            response.raise_for_status()
            data = response.json()
        except (httpx.HTTPError, ValueError) as error:
            log.warning("OIDC metadata %s unavailable: %s", url, error)
            raise SignInError("idp_unavailable", _UNAVAILABLE, status=502) from error
        if not isinstance(data, dict):
            raise SignInError("idp_unavailable", _UNAVAILABLE, status=502)
        cache.set(key, data, METADATA_CACHE_SECONDS)
    return data


def _client(provider: IdentityProvider):
    metadata = _cached_json(provider.oidc_discovery_url)
    for name in ("authorization_endpoint", "token_endpoint", "jwks_uri", "issuer"):
        if not isinstance(metadata.get(name), str):
            raise SignInError("idp_unavailable", _UNAVAILABLE, status=502)
    server_metadata = {
        name: metadata[name]
        for name in (
            "issuer",
            "authorization_endpoint",
            "token_endpoint",
            "jwks_uri",
            "userinfo_endpoint",
            "id_token_signing_alg_values_supported",
            "token_endpoint_auth_methods_supported",
        )
        if name in metadata
    }
    server_metadata["jwks"] = _cached_json(metadata["jwks_uri"])
    secret = provider.oidc_client_secret()
    if provider.oidc_client_secret_env and secret is None:
        log.error(
            "OIDC provider %s: $%s is not set", provider.slug, provider.oidc_client_secret_env
        )
        raise SignInError("idp_misconfigured", _UNAVAILABLE, status=503)
    oauth = OAuth()
    return oauth.register(
        name=f"sso_{provider.pk}",
        client_id=provider.oidc_client_id,
        client_secret=secret,
        client_kwargs={
            "scope": provider.oidc_scopes or "openid email profile",
            "code_challenge_method": "S256",
            # A public client (no secret) authenticates with PKCE alone.
            "token_endpoint_auth_method": "client_secret_basic" if secret else "none",
            "default_timeout": HTTP_TIMEOUT,
        },
        **server_metadata,
    )


def oidc_redirect(request, *, provider: IdentityProvider, redirect_uri: str):
    """The redirect to the IdP's authorization endpoint (state, nonce and PKCE verifier
    kept in the session)."""
    return _client(provider).authorize_redirect(request, redirect_uri)


def oidc_claims(request, *, provider: IdentityProvider) -> Claims:
    """Finish the code flow of this request; raise SignInError for anything wrong."""
    client = _client(provider)
    try:
        token = client.authorize_access_token(request)
    except (OAuthError, JoseError) as error:
        log.info("OIDC sign-in refused (%s): %s", provider.slug, error)
        raise SignInError("oidc_" + _error_code(error), _REFUSED) from error
    except (httpx.HTTPError, OSError, ValueError) as error:
        log.warning("OIDC token exchange failed (%s): %s", provider.slug, error)
        raise SignInError("idp_unavailable", _UNAVAILABLE, status=502) from error
    claims = dict(token.get("userinfo") or {})
    if not claims.get("sub"):
        raise SignInError("oidc_no_id_token", _REFUSED)
    if client.server_metadata.get("userinfo_endpoint"):
        try:
            extra = client.userinfo(token=token)
        except Exception as error:  # noqa: BLE001 - any failure: the ID token's claims stand
            log.info("OIDC userinfo failed (%s): %s", provider.slug, error)
            extra = {}
        # OIDC Core 5.3.2: a UserInfo answer about someone else is ignored.
        if extra.get("sub") == claims["sub"]:
            claims = {**extra, **{k: v for k, v in claims.items() if k not in extra}}
    amr = claims.get("amr") or []
    if isinstance(amr, str):
        amr = [amr]
    asserted = {str(v) for v in amr}
    if claims.get("acr"):
        asserted.add(str(claims["acr"]))
    return claims_map(
        provider=provider, subject=str(claims["sub"]), attributes=claims, mfa_asserted=asserted
    )


def _error_code(error) -> str:
    return str(getattr(error, "error", "") or type(error).__name__).lower()[:40]
