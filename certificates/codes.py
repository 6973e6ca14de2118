"""Verification codes: 16 characters of Crockford base32 (80 random bits), shown as
XXXX-XXXX-XXXX-XXXX. Short enough to type from a paper certificate, too many to guess.

The database is searched by the SHA-256 digest of the normalised code, never by the code
itself: an index lookup on a digest leaks nothing about how close a guess was, and the row
found is confirmed with `hmac.compare_digest` (constant time)."""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
LENGTH = 16  # 16 x 5 bits = 80 bits
GROUP = 4
# What people mistype: Crockford maps them back instead of rejecting them.
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def code_new() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return code_format(raw)


def code_format(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def code_normalise(text: str) -> str | None:
    """The canonical 16 characters, or None when `text` cannot be a code (never raises)."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    raw = "".join(ch for ch in text.upper() if ch not in "- \t").translate(_TYPOS)
    if len(raw) != LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    return raw


def code_digest(text: str) -> str:
    """Digest of a code as typed (normalised first); a fixed dummy for non-codes, so the
    lookup costs the same whatever was typed."""
    raw = code_normalise(text) or "!" * LENGTH
    return hashlib.sha256(raw.encode()).hexdigest()
