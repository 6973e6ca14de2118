"""Who may call the HR pull API: API keys only, with a scope per endpoint, rate-limited.

- `Authorization: Bearer pv_…` or `X-API-Key: pv_…`. A missing, malformed, unknown or
  revoked key is 401 with `WWW-Authenticate: Bearer`.
- A browser session is never a credential here (no CSRF surface, no accidental access from
  a signed-in tab). Someone signed in without a key gets 403 — learners and trainers are
  never allowed — except HR, who gets 401: they are allowed with a key, so the answer tells
  them to use one.
- A valid key without the endpoint's scope is 403.
- Each key has a budget of requests per minute (settings.REPORTS_API_RATE_LIMIT, default
  600), counted in Django's cache; over it, 429 with Retry-After. The cache must be shared
  by all web processes for the limit to be global (production: REDIS_URL).
"""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.utils.translation import gettext as _
from ninja.security import APIKeyHeader, HttpBearer

from certificates.ratelimit import window_hit

from .keys import api_key_touch, api_key_verify
from .models import ApiKey

DEFAULT_RATE_LIMIT = 600  # requests per key per minute
RATE_WINDOW_SECONDS = 60
# Seen on the session of HR people: they could use the API with a key.
HR_PERMISSION = "reports.view_apikey"


class ApiError(Exception):
    """An error answered as JSON {"code", "detail", "errors"} with `status`."""

    status = 400
    code = "bad_request"

    def __init__(self, detail: str, *, errors=None, headers=None):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers or {}


class NotAuthenticated(ApiError):
    status = 401
    code = "not_authenticated"

    def __init__(self, detail: str, *, code: str = "not_authenticated"):
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="Porte-voix HR API"'})
        self.code = code


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class RateLimited(ApiError):
    status = 429
    code = "rate_limited"


class InvalidRequest(ApiError):
    status = 422
    code = "invalid_request"


def rate_limit() -> int:
    return int(getattr(settings, "REPORTS_API_RATE_LIMIT", DEFAULT_RATE_LIMIT))


def _rate_check(key: ApiKey, request) -> None:
    """Fixed one-minute windows per key: one cache round trip (add + incr) per request."""
    limit = rate_limit()
    now = time.time()
    window = int(now // RATE_WINDOW_SECONDS)
    cache_key = f"reports-api-rate:{key.prefix}:{window}"
    count = window_hit(cache_key, RATE_WINDOW_SECONDS)
    reset = (window + 1) * RATE_WINDOW_SECONDS
    request.rate_limit_headers = {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(max(0, limit - count)),
        "X-RateLimit-Reset": str(reset),
    }
    if count > limit:
        retry_after = max(1, math.ceil(reset - now))
        error = RateLimited(
            _(
                "Too many requests for this API key: at most %(limit)s a minute. "
                "Retry in %(seconds)s s."
            )
            % {"limit": limit, "seconds": retry_after}
        )
        error.headers = {**request.rate_limit_headers, "Retry-After": str(retry_after)}
        raise error


def _no_key(request) -> None:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and not user.has_perm(HR_PERMISSION):
        raise Forbidden(_("This API is for HR systems; your account has no access to it."))
    if user is not None and user.is_authenticated:
        raise NotAuthenticated(
            _("This API does not accept a signed-in session: send an API key created in the admin.")
        )
    raise NotAuthenticated(
        _("An API key is required: send it as 'Authorization: Bearer <key>' or 'X-API-Key'.")
    )


def authenticate_key(request, presented: str | None, scope: str | None) -> ApiKey:
    """The key behind `presented`, checked for revocation, `scope` and the rate limit."""
    if not presented:
        _no_key(request)
    key = api_key_verify(presented=presented)
    if key is None:
        raise NotAuthenticated(_("This API key is not valid."), code="invalid_key")
    if key.revoked_at is not None:
        raise NotAuthenticated(_("This API key has been revoked."), code="revoked_key")
    if scope and scope not in (key.scopes or []):
        raise Forbidden(_("This API key lacks the scope %(scope)s needed here.") % {"scope": scope})
    _rate_check(key, request)
    api_key_touch(key=key)
    return key


class BearerKey(HttpBearer):
    """`Authorization: Bearer pv_…`. Without that header, lets XApiKey have a go."""

    openapi_description = "An API key created by HR in the admin (pv_…)."

    def __init__(self, scope: str | None):
        self.scope = scope
        super().__init__()

    def __call__(self, request):
        header = request.headers.get("Authorization")
        if not header:
            return None
        scheme, _sep, credentials = header.partition(" ")
        if scheme.lower() != "bearer" or not credentials.strip():
            raise NotAuthenticated(
                _("Use 'Authorization: Bearer <key>'."), code="invalid_authorization"
            )
        return self.authenticate(request, credentials.strip())

    def authenticate(self, request, token):
        return authenticate_key(request, token, self.scope)


class XApiKey(APIKeyHeader):
    """`X-API-Key: pv_…`, for clients that cannot set Authorization. Last in the chain: no
    key at all ends here (401, or 403 for a signed-in learner or trainer)."""

    param_name = "X-API-Key"

    def __init__(self, scope: str | None):
        self.scope = scope
        super().__init__()

    def authenticate(self, request, key):
        return authenticate_key(request, key, self.scope)


def key_auth(scope: str | None) -> list:
    return [BearerKey(scope), XApiKey(scope)]
