"""API keys of the HR pull API: create (shown once), verify, revoke.

A key reads `pv_<prefix>_<secret>`; lms/bearer_tokens.py keeps it (prefix in clear, secret
only as a SHA-256, constant-time check, throttled last use) and says why a SHA-256 and not
a password hasher. Here: the scopes, and the log line when a key is revoked.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms import bearer_tokens
from lms.bearer_tokens import AlreadyRevoked, BearerTokens

from .models import ApiKey

__all__ = [
    "SCOPE_CHOICES",
    "SCOPES",
    "AlreadyRevoked",
    "InvalidScopes",
    "Scope",
    "api_key_create",
    "api_key_parse",
    "api_key_revoke",
    "api_key_touch",
    "api_key_verify",
]

KEY_PREFIX = "pv"
PREFIX_LENGTH = bearer_tokens.PREFIX_LENGTH
LAST_USED_RESOLUTION = bearer_tokens.LAST_USED_RESOLUTION
_KEYS = BearerTokens(label=KEY_PREFIX, model=ApiKey, prefix_field="prefix", hash_field="key_hash")


class Scope:
    COMPLETIONS_READ = "completions:read"
    CERTIFICATES_READ = "certificates:read"


SCOPE_CHOICES = [
    (Scope.COMPLETIONS_READ, _("Read completion records")),
    (Scope.CERTIFICATES_READ, _("Read certificates")),
]
SCOPES = frozenset(value for value, _label in SCOPE_CHOICES)

logger = logging.getLogger(__name__)


class InvalidScopes(ValueError):
    pass


def api_key_create(*, name: str, scopes, by, now: dt.datetime | None = None) -> tuple[ApiKey, str]:
    """A new key; returns (key, plaintext). The plaintext exists only in this return value:
    show it once, never store or log it."""
    name = (name or "").strip()
    scopes = sorted(set(scopes or ()))
    if not name:
        raise ValueError("name")
    if not scopes or not set(scopes) <= SCOPES:
        raise InvalidScopes(scopes)
    now = now or timezone.now()
    return _KEYS.create(
        lambda prefix, digest: ApiKey(
            name=name, prefix=prefix, key_hash=digest, scopes=scopes, created_by=by, created_at=now
        )
    )


def api_key_parse(presented: str) -> tuple[str, str] | None:
    """(prefix, secret) of a well-formed key, else None (never raises)."""
    return _KEYS.parse(presented)


def api_key_verify(*, presented: str) -> ApiKey | None:
    """The key `presented` stands for, revoked or not (the caller tells 'revoked' apart),
    or None when it matches no key."""
    return _KEYS.verify(presented)


def api_key_touch(*, key: ApiKey, now: dt.datetime | None = None) -> None:
    """Record that `key` was used, at most once per LAST_USED_RESOLUTION."""
    _KEYS.touch(key, now=now)


def api_key_revoke(*, key: ApiKey, by, now: dt.datetime | None = None) -> ApiKey:
    """Revoke for good: the next request with it gets 401. A revoked key stays listed (who
    made it, when it was last used) for the audit trail."""
    key = _KEYS.revoke(key, now=now)
    logger.info("API key %s (%s) revoked by %s", key.prefix, key.name, getattr(by, "pk", None))
    return key
