"""Throttling of failed sign-ins, per account and per client address.

Stored in the database (LoginFailure), not the cache: the embedded mode's cache is local to
one process and production may run several, so a cache would multiply the allowance by the
number of processes. A sign-in costs two small indexed counts.

Both sign-in forms (the site's and the Wagtail admin's) call `login_check` before checking
the password, `login_failed` after a wrong one and `login_succeeded` after a right one.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from .models import LoginFailure

DEFAULTS = {
    # 5 wrong passwords for one e-mail within 15 minutes lock it for 15 minutes.
    "ACCOUNT_LIMIT": 5,
    # An office shares one address: a higher allowance per address, same window.
    "IP_LIMIT": 20,
    "WINDOW_SECONDS": 15 * 60,
}


def _config(name: str) -> int:
    return int(getattr(settings, "LMS_LOGIN_THROTTLE", {}).get(name, DEFAULTS[name]))


def _digest(kind: str, value: str) -> str:
    return f"{kind}:" + hashlib.sha256(value.encode()).hexdigest()


def account_key(email: str) -> str:
    return _digest("account", (email or "").strip().lower())


def ip_key(request) -> str | None:
    # REMOTE_ADDR: behind a proxy, the proxy must set it from X-Forwarded-For (gunicorn
    # --forwarded-allow-ips); a header the client controls is never trusted here.
    address = request.META.get("REMOTE_ADDR") if request is not None else None
    return _digest("ip", address) if address else None


@dataclass(frozen=True)
class Lock:
    minutes: int


def _window_start(now: datetime) -> datetime:
    return now - timedelta(seconds=_config("WINDOW_SECONDS"))


def _lock_for(key: str, limit: int, now: datetime) -> Lock | None:
    times = list(
        LoginFailure.objects.filter(key=key, at__gte=_window_start(now))
        .order_by("-at")
        .values_list("at", flat=True)[:limit]
    )
    if len(times) < limit:
        return None
    # Locked until the oldest of the last `limit` failures leaves the window.
    until = times[-1] + timedelta(seconds=_config("WINDOW_SECONDS"))
    return Lock(minutes=max(1, math.ceil((until - now).total_seconds() / 60)))


def login_check(*, email: str, request, now: datetime | None = None) -> Lock | None:
    """The lock in force for this e-mail or this address, if any. Same answer whether the
    account exists or not."""
    now = now or timezone.now()
    lock = _lock_for(account_key(email), _config("ACCOUNT_LIMIT"), now)
    key = ip_key(request)
    if lock is None and key:
        lock = _lock_for(key, _config("IP_LIMIT"), now)
    return lock


def login_failed(*, email: str, request, now: datetime | None = None) -> None:
    now = now or timezone.now()
    keys = [account_key(email), ip_key(request)]
    LoginFailure.objects.bulk_create(LoginFailure(key=k, at=now) for k in keys if k)
    # Keep the table small: what left the window is of no use any more.
    LoginFailure.objects.filter(at__lt=_window_start(now) - timedelta(hours=1)).delete()


def login_succeeded(*, email: str) -> None:
    """A right password clears the account's failures (not the address's: one person's
    success must not reset an attacker's count from the same network)."""
    LoginFailure.objects.filter(key=account_key(email)).delete()
