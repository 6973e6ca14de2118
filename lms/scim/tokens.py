"""A directory's bearer token: create (shown once), verify, touch, revoke.

The token reads `pvscim_<prefix>_<secret>`, kept like the pull API's keys by
lms/bearer_tokens.py (whose docstring says why a SHA-256 of a 256-bit secret, compared in
constant time, with the same cost for an unknown prefix).
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from lms import bearer_tokens
from lms.bearer_tokens import AlreadyRevoked, BearerTokens

from .models import ScimDirectory

__all__ = [
    "AlreadyRevoked",
    "directory_create",
    "directory_for_token",
    "directory_revoke",
    "directory_touch",
]

TOKEN_PREFIX = "pvscim"  # noqa: S105  (the visible start of every token, not a secret)
PREFIX_LENGTH = bearer_tokens.PREFIX_LENGTH
LAST_USED_RESOLUTION = bearer_tokens.LAST_USED_RESOLUTION
_TOKENS = BearerTokens(
    label=TOKEN_PREFIX, model=ScimDirectory, prefix_field="token_prefix", hash_field="token_hash"
)


def directory_create(*, name: str, by, now: dt.datetime | None = None) -> tuple[ScimDirectory, str]:
    """A new directory and its token; returns (directory, token). The token exists only in
    this return value: show it once, never store or log it."""
    name = (name or "").strip()
    if not name:
        raise ValueError("name")
    now = now or timezone.now()
    return _TOKENS.create(
        lambda prefix, digest: ScimDirectory(
            name=name, token_prefix=prefix, token_hash=digest, created_by=by, created_at=now
        )
    )


def directory_for_token(presented: str | None) -> ScimDirectory | None:
    """The directory `presented` belongs to, revoked or not (the caller tells revoked
    apart), or None."""
    return _TOKENS.verify(presented)


def directory_touch(*, directory: ScimDirectory, now: dt.datetime | None = None) -> None:
    """Record the use, at most once per LAST_USED_RESOLUTION (a conditional UPDATE)."""
    _TOKENS.touch(directory, now=now)


def directory_revoke(*, directory: ScimDirectory, now: dt.datetime | None = None) -> ScimDirectory:
    """Revoke for good: the next request with the token gets 401. The directory stays
    listed, with its log, for the audit trail; people it provisioned are not touched."""
    return _TOKENS.revoke(directory, now=now)
