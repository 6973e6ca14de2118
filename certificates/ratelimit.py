"""A per-client limit on certificate look-ups, so the 80-bit codes cannot be tried in bulk
from one address (codes.py already makes guessing hopeless; this keeps scanners from
hammering the database and the logs).

A fixed window counted in Django's cache: the counter is shared by every web process when
the cache is (Redis in production, see lms.settings.production); with the default
local-memory cache each process counts on its own, which only makes the limit looser.

Settings (optional):
- CERTIFICATES_VERIFY_RATE: "<look-ups>/<seconds>", default "30/300".
- CERTIFICATES_TRUSTED_PROXIES: how many reverse proxies in front of the app append to
  X-Forwarded-For (default 0: REMOTE_ADDR is the client). Never trust the header otherwise:
  anyone can write it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import ipaddress
import math
import time

from django.conf import settings
from django.core.cache import cache

DEFAULT_RATE = "30/300"


@dataclasses.dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int  # seconds until the window ends (0 when allowed)
    remaining: int


def rate() -> tuple[int, int]:
    """(look-ups, seconds) from the setting; a malformed setting falls back to the default."""
    text = str(getattr(settings, "CERTIFICATES_VERIFY_RATE", DEFAULT_RATE))
    try:
        count, seconds = (int(part) for part in text.split("/", 1))
        if count < 1 or seconds < 1:
            raise ValueError(text)
    except ValueError:
        count, seconds = (int(part) for part in DEFAULT_RATE.split("/"))
    return count, seconds


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = int(getattr(settings, "CERTIFICATES_TRUSTED_PROXIES", 0) or 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        # Each trusted proxy appends the address it saw: the client is `proxies` from the end.
        if len(forwarded) >= proxies:
            remote = forwarded[-proxies]
    return remote


def client_key(request) -> str:
    """The client as a cache-key part. IPv6 clients are counted per /64: one machine
    usually owns a whole /64 and could otherwise rotate addresses freely."""
    text = client_ip(request)
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return "unknown"
    if address.version == 6 and not address.ipv4_mapped:
        text = str(ipaddress.ip_network(f"{address}/64", strict=False))
    elif address.version == 6:
        text = str(address.ipv4_mapped)
    # Hashed: cache keys end up in logs and monitoring; an address is personal data.
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def window_hit(key: str, period: int) -> int:
    """Count one hit in a fixed window's cache counter (the key names the window); returns
    the window's count so far. Shared by every rate limit of the academy."""
    cache.add(key, 0, timeout=period + 1)
    try:
        return cache.incr(key)
    except ValueError:  # expired or evicted between add and incr: the window starts again
        cache.set(key, 1, timeout=period + 1)
        return 1


def verification_hit(request, *, count: bool = True, now: float | None = None) -> Verdict:
    """Record one look-up by this client (or, with count=False, only check) and say whether
    it may go ahead."""
    limit, period = rate()
    now = time.time() if now is None else now
    window = int(now // period)
    key = f"certificates:verify:{client_key(request)}:{window}"
    if count:
        used = window_hit(key, period)
        allowed = used <= limit
    else:
        used = cache.get(key, 0)
        allowed = used < limit
    retry_after = 0 if allowed else max(1, math.ceil((window + 1) * period - now))
    return Verdict(allowed=allowed, retry_after=retry_after, remaining=max(0, limit - used))
