"""How many requests one directory may make: a fixed window counted in the shared cache.

Entra ID and Okta provision in bursts (an initial cycle may send thousands of requests);
one directory, or a leaked token, must not take the academy's web processes from
everyone else. The count lives in Django's cache, which every process shares in
production (Redis, or the database cache: lms/settings/production.py), as the sign-in
throttle keeps its counts in shared storage rather than per process (ADR 0013). The
answer is RFC 6585's 429 with Retry-After, in SCIM's error JSON, which a directory retries
later.

`LMS_SCIM_RATE_LIMIT = (requests, seconds)`; the default allows 1,200 requests a minute
per directory (20 a second).
"""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.core.cache import cache

DEFAULT = (1200, 60)


def _limit() -> tuple[int, int]:
    requests, seconds = getattr(settings, "LMS_SCIM_RATE_LIMIT", DEFAULT)
    return int(requests), max(1, int(seconds))


def rate_limit_hit(*, directory_id: int, now: float | None = None) -> tuple[int, int] | None:
    """Count one request of this directory. None while it is within its limit; otherwise
    (requests over the limit in this window, seconds until the window ends)."""
    requests, seconds = _limit()
    now = time.time() if now is None else now
    window = int(now // seconds)
    key = f"scim:rate:{directory_id}:{window}"
    # add() then incr(): atomic in Redis and the database cache; a key that expired in
    # between is counted again from one.
    cache.add(key, 0, timeout=seconds + 1)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.add(key, 1, timeout=seconds + 1)
        count = 1
    if count <= requests:
        return None
    retry_after = max(1, math.ceil((window + 1) * seconds - now))
    return count - requests, retry_after
