"""Bearer tokens kept as a digest: the pull API's keys (lms/reports/keys.py, `pv_…`) and the
SCIM directories' tokens (lms/scim/tokens.py, `pvscim_…`) are both `<label>_<prefix>_<secret>`.

- The prefix (8 characters, stored in clear, unique) finds the row with one index lookup and
  lets people tell tokens apart in the admin and the logs.
- The secret (32 bytes from `secrets`, 256 bits) is never stored, only its SHA-256. Password
  hashers are slow on purpose (PBKDF2, ~100 ms) because people choose guessable passwords; a
  256-bit random secret cannot be guessed or brute-forced from its digest, so a slow hash
  would only add ~100 ms to every request without adding safety (GitHub's and Stripe's
  tokens reason the same way).
- The digest is compared with `hmac.compare_digest` (constant time); an unknown prefix still
  costs one digest and one comparison, so timing says nothing about which prefixes exist.
- `last_used_at` is written at most once per LAST_USED_RESOLUTION, by a conditional UPDATE
  (two processes racing write once at most), not on every request.
- Revoking is for good; the row stays listed for the audit trail.

One `BearerTokens` per kind of token names the model and its fields; the callers keep their
own small functions (`api_key_create`, `directory_for_token`, ...) on top of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone

PREFIX_LENGTH = 8
SECRET_BYTES = 32
# The prefix alphabet: lower-case letters and digits without look-alikes (l, o, 0, 1).
PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)
MAX_PRESENTED_LENGTH = 200
_DUMMY_DIGEST = hashlib.sha256(b"no such token").hexdigest()


class AlreadyRevoked(ValueError):
    pass


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_prefix() -> str:
    return "".join(secrets.choice(PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))


@dataclass(frozen=True)
class BearerTokens:
    """`label`: the visible start of every token ("pv", "pvscim"); `model` stores one row
    per token in `prefix_field` (unique) and `hash_field`, with `last_used_at` and
    `revoked_at` columns."""

    label: str
    model: type[models.Model]
    prefix_field: str
    hash_field: str

    @property
    def _pattern(self) -> re.Pattern:
        return re.compile(rf"^{re.escape(self.label)}_([a-z0-9]{{8}})_([A-Za-z0-9_-]{{20,100}})$")

    def create(self, build: Callable[[str, str], models.Model]) -> tuple[models.Model, str]:
        """A new row made by `build(prefix, digest)` and saved; returns (row, token). The
        token exists only in this return value: show it once, never store or log it."""
        secret = secrets.token_urlsafe(SECRET_BYTES)
        for _attempt in range(5):
            prefix = new_prefix()
            row = build(prefix, digest(secret))
            try:
                with transaction.atomic():
                    row.save(force_insert=True)
            except IntegrityError:
                # 32^8 prefixes: a clash is rare, but a retry is cheaper than an error.
                continue
            return row, f"{self.label}_{prefix}_{secret}"
        raise RuntimeError(f"could not draw a unique {self.label} token prefix")

    def parse(self, presented) -> tuple[str, str] | None:
        """(prefix, secret) of a well-formed token, else None (never raises)."""
        if not isinstance(presented, str) or len(presented) > MAX_PRESENTED_LENGTH:
            return None
        match = self._pattern.match(presented.strip())
        return (match.group(1), match.group(2)) if match else None

    def verify(self, presented) -> models.Model | None:
        """The row `presented` stands for, revoked or not (the caller tells 'revoked'
        apart), or None when it matches none."""
        parsed = self.parse(presented)
        prefix, secret = parsed if parsed else ("", "")
        row = self.model.objects.filter(**{self.prefix_field: prefix}).first() if prefix else None
        expected = getattr(row, self.hash_field) if row is not None else _DUMMY_DIGEST
        matches = hmac.compare_digest(expected, digest(secret))
        return row if row is not None and matches else None

    def touch(self, row: models.Model, *, now: dt.datetime | None = None) -> None:
        """Record that `row` was used, at most once per LAST_USED_RESOLUTION."""
        now = now or timezone.now()
        if row.last_used_at and now - row.last_used_at < LAST_USED_RESOLUTION:
            return
        stale = now - LAST_USED_RESOLUTION
        self.model.objects.filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=stale), pk=row.pk
        ).update(last_used_at=now)
        row.last_used_at = now

    def revoke(self, row: models.Model, *, now: dt.datetime | None = None) -> models.Model:
        """Revoke for good (AlreadyRevoked if it was): the next request with it gets 401."""
        with transaction.atomic():
            row = self.model.objects.select_for_update().get(pk=row.pk)
            if row.revoked_at:
                raise AlreadyRevoked(getattr(row, self.prefix_field))
            row.revoked_at = now or timezone.now()
            row.save(update_fields=["revoked_at"])
        return row
