"""A directory's bearer token: create (shown once), verify, touch, revoke.

The token reads `pvscim_<prefix>_<secret>`, like the pull API's keys (lms/reports/keys.py,
whose reasoning applies): the prefix finds the row with one index lookup and tells tokens
apart in the admin; the 256-bit secret is stored only as a SHA-256 (a slow password hasher
would add ~100 ms to every provisioning call and no safety for a random secret), compared
in constant time, and an unknown prefix costs the same digest and comparison.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import ScimDirectory

TOKEN_PREFIX = "pvscim"  # noqa: S105  (the visible start of every token, not a secret)
PREFIX_LENGTH = 8
SECRET_BYTES = 32
_PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
_TOKEN_RE = re.compile(r"^pvscim_([a-z0-9]{8})_([A-Za-z0-9_-]{20,100})$")
# last_used_at is written at most once a minute per directory, not on every request.
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)
_DUMMY_DIGEST = hashlib.sha256(b"no such directory").hexdigest()


class AlreadyRevoked(ValueError):
    pass


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def directory_create(*, name: str, by, now: dt.datetime | None = None) -> tuple[ScimDirectory, str]:
    """A new directory and its token; returns (directory, token). The token exists only in
    this return value: show it once, never store or log it."""
    name = (name or "").strip()
    if not name:
        raise ValueError("name")
    now = now or timezone.now()
    secret = secrets.token_urlsafe(SECRET_BYTES)
    for _attempt in range(5):
        prefix = "".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))
        directory = ScimDirectory(
            name=name,
            token_prefix=prefix,
            token_hash=_digest(secret),
            created_by=by,
            created_at=now,
        )
        try:
            with transaction.atomic():
                directory.save(force_insert=True)
        except IntegrityError:
            continue  # 32^8 prefixes: a clash is rare, a retry is cheap
        return directory, f"{TOKEN_PREFIX}_{prefix}_{secret}"
    raise RuntimeError("could not draw a unique token prefix")


def directory_for_token(presented: str | None) -> ScimDirectory | None:
    """The directory `presented` belongs to, revoked or not (the caller tells revoked
    apart), or None."""
    match = _TOKEN_RE.match(presented.strip()) if isinstance(presented, str) else None
    if presented and len(presented) > 200:
        match = None
    prefix, secret = (match.group(1), match.group(2)) if match else ("", "")
    directory = ScimDirectory.objects.filter(token_prefix=prefix).first() if prefix else None
    expected = directory.token_hash if directory is not None else _DUMMY_DIGEST
    matches = hmac.compare_digest(expected, _digest(secret))
    return directory if directory is not None and matches else None


def directory_touch(*, directory: ScimDirectory, now: dt.datetime | None = None) -> None:
    """Record the use, at most once per LAST_USED_RESOLUTION (a conditional UPDATE)."""
    now = now or timezone.now()
    if directory.last_used_at and now - directory.last_used_at < LAST_USED_RESOLUTION:
        return
    stale = now - LAST_USED_RESOLUTION
    ScimDirectory.objects.filter(
        Q(last_used_at__isnull=True) | Q(last_used_at__lt=stale), pk=directory.pk
    ).update(last_used_at=now)
    directory.last_used_at = now


@transaction.atomic
def directory_revoke(*, directory: ScimDirectory, now: dt.datetime | None = None) -> ScimDirectory:
    """Revoke for good: the next request with the token gets 401. The directory stays
    listed, with its log, for the audit trail; people it provisioned are not touched."""
    directory = ScimDirectory.objects.select_for_update().get(pk=directory.pk)
    if directory.revoked_at:
        raise AlreadyRevoked(directory.token_prefix)
    directory.revoked_at = now or timezone.now()
    directory.save(update_fields=["revoked_at"])
    return directory
