"""API keys of the HR pull API: create (shown once), verify, revoke.

A key reads `pv_<prefix>_<secret>`: the prefix (8 characters, stored in clear, unique) finds
the row with one index lookup and lets HR tell keys apart in the admin and the logs; the
secret (32 bytes from `secrets`, 256 bits) is never stored, only its SHA-256.

Why SHA-256 and not Django's password hasher: password hashers are slow on purpose
(PBKDF2, ~100 ms) because people choose guessable passwords. A 256-bit random secret cannot
be guessed or brute-forced from its digest, so a slow hash would only add ~100 ms to every
API request without adding safety (the same reasoning as GitHub's and Stripe's tokens). The
digest is compared with `hmac.compare_digest` (constant time); an unknown prefix still
costs one digest and one comparison, so timing says nothing about which prefixes exist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import re
import secrets

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ApiKey

KEY_PREFIX = "pv"
PREFIX_LENGTH = 8
SECRET_BYTES = 32
# The prefix alphabet: lower-case letters and digits without look-alikes (l, o, 0, 1).
_PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
_KEY_RE = re.compile(r"^pv_([a-z0-9]{8})_([A-Za-z0-9_-]{20,100})$")
# How stale `last_used_at` may be: one write a minute per key at most, not one per request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


class Scope:
    COMPLETIONS_READ = "completions:read"
    CERTIFICATES_READ = "certificates:read"


SCOPE_CHOICES = [
    (Scope.COMPLETIONS_READ, _("Read completion records")),
    (Scope.CERTIFICATES_READ, _("Read certificates")),
]
SCOPES = frozenset(value for value, _label in SCOPE_CHOICES)

logger = logging.getLogger(__name__)
_DUMMY_DIGEST = hashlib.sha256(b"no such key").hexdigest()


class InvalidScopes(ValueError):
    pass


class AlreadyRevoked(ValueError):
    pass


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _new_prefix() -> str:
    return "".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))


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
    secret = secrets.token_urlsafe(SECRET_BYTES)
    for _attempt in range(5):
        prefix = _new_prefix()
        key = ApiKey(
            name=name,
            prefix=prefix,
            key_hash=_digest(secret),
            scopes=scopes,
            created_by=by,
            created_at=now,
        )
        try:
            with transaction.atomic():
                key.save(force_insert=True)
        except IntegrityError:
            # 32^8 prefixes: a clash is rare, but a retry is cheaper than an error.
            continue
        return key, f"{KEY_PREFIX}_{prefix}_{secret}"
    raise RuntimeError("could not draw a unique API key prefix")


def api_key_parse(presented: str) -> tuple[str, str] | None:
    """(prefix, secret) of a well-formed key, else None (never raises)."""
    if not isinstance(presented, str) or len(presented) > 200:
        return None
    match = _KEY_RE.match(presented.strip())
    return (match.group(1), match.group(2)) if match else None


def api_key_verify(*, presented: str) -> ApiKey | None:
    """The key `presented` stands for, revoked or not (the caller tells 'revoked' apart),
    or None when it matches no key."""
    parsed = api_key_parse(presented)
    prefix, secret = parsed if parsed else ("", "")
    key = ApiKey.objects.filter(prefix=prefix).first() if prefix else None
    expected = key.key_hash if key is not None else _DUMMY_DIGEST
    matches = hmac.compare_digest(expected, _digest(secret))
    return key if key is not None and matches else None


def api_key_touch(*, key: ApiKey, now: dt.datetime | None = None) -> None:
    """Record that `key` was used, at most once per LAST_USED_RESOLUTION (a conditional
    UPDATE, so two processes racing write once at most)."""
    now = now or timezone.now()
    if key.last_used_at and now - key.last_used_at < LAST_USED_RESOLUTION:
        return
    stale = now - LAST_USED_RESOLUTION
    ApiKey.objects.filter(
        Q(last_used_at__isnull=True) | Q(last_used_at__lt=stale), pk=key.pk
    ).update(last_used_at=now)
    key.last_used_at = now


@transaction.atomic
def api_key_revoke(*, key: ApiKey, by, now: dt.datetime | None = None) -> ApiKey:
    """Revoke for good: the next request with it gets 401. A revoked key stays listed (who
    made it, when it was last used) for the audit trail."""
    key = ApiKey.objects.select_for_update().get(pk=key.pk)
    if key.revoked_at:
        raise AlreadyRevoked(key.prefix)
    key.revoked_at = now or timezone.now()
    key.save(update_fields=["revoked_at"])
    logger.info("API key %s (%s) revoked by %s", key.prefix, key.name, getattr(by, "pk", None))
    return key
