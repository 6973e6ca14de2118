"""Throttling of failed sign-ins that an attacker cannot turn against the account's owner.

The rules (OWASP authentication cheat sheet, "account lockout" and "device cookies"):

- per account-and-address: 5 failures in 15 minutes lock that e-mail *from that address*
  only, so a colleague typing someone's e-mail at their desk does not lock the owner out
  at hers;
- per address: 20 failures in 15 minutes lock the address (generous: an office NAT);
- per account across addresses: never a lock. Past 10 failures in 15 minutes, clients the
  account has not signed in from before get one attempt per N seconds, N growing with the
  failures ("wait N seconds"). The owner is not slowed on a *known device* (a signed,
  HttpOnly cookie set at a successful sign-in) nor from an address she signed in from;
- a known device skips the address lock and the slowdown; its own failures still lock the
  account on known devices after 5 (a stolen cookie does not buy unlimited guesses).

Stored in the database (LoginFailure, KnownSignIn), not the cache: the embedded mode's cache
is local to one process and production may run several, which would multiply the allowance.
E-mails and addresses are stored only as hashes. Every rule counts what was *typed*, so an
unknown e-mail is throttled exactly like a real one (no account enumeration).

Both sign-in forms (the site's and the Wagtail admin's, lms/accounts/forms.py) call
`login_check` before checking the password, `login_failed` after a wrong one and
`login_succeeded` after a right one; `KnownDeviceMiddleware` writes the cookie.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db.models import Count, Max, Min
from django.utils import timezone

from .models import KnownSignIn, LoginFailure

DEFAULTS = {
    "PAIR_LIMIT": 5,  # one e-mail from one address
    "IP_LIMIT": 20,  # one address, any e-mails
    "DEVICE_LIMIT": 5,  # one e-mail from its known devices
    "SLOW_AFTER": 10,  # one e-mail from any addresses: past this, unknown clients wait
    "SLOW_BASE_SECONDS": 2,  # the first wait; it doubles with each failure past SLOW_AFTER
    "SLOW_MAX_SECONDS": 120,
    "WINDOW_SECONDS": 15 * 60,
}
DEVICE_COOKIE = "pv_known_device"
DEVICE_COOKIE_SALT = "lms.accounts.throttle.known-device"
DEVICE_COOKIE_MAX_AGE = 365 * 24 * 3600
# A browser shared by a few people remembers each of them, not an unbounded list.
DEVICE_COOKIE_ACCOUNTS = 5
PERMISSION = "accounts.manage_sign_in_throttles"


def _config(name: str) -> int:
    return int(getattr(settings, "LMS_LOGIN_THROTTLE", {}).get(name, DEFAULTS[name]))


def _digest(kind: str, value: str) -> str:
    return f"{kind}:" + hashlib.sha256(value.encode()).hexdigest()


def account_key(email: str) -> str:
    return _digest("account", (email or "").strip().lower())


def ip_key(request) -> str:
    # REMOTE_ADDR: behind a proxy, the proxy must set it from X-Forwarded-For (gunicorn
    # --forwarded-allow-ips); a header the client controls is never trusted here.
    address = request.META.get("REMOTE_ADDR") if request is not None else None
    return _digest("ip", address) if address else ""


@dataclass(frozen=True)
class Lock:
    """Sign-in refused for this client for `minutes`."""

    minutes: int


@dataclass(frozen=True)
class Slowed:
    """Sign-in refused for `seconds`: the account is under attack from many addresses."""

    seconds: int


def _window_start(now: datetime) -> datetime:
    return now - timedelta(seconds=_config("WINDOW_SECONDS"))


def _lock_for(failures, limit: int, now: datetime) -> Lock | None:
    times = list(failures.order_by("-at").values_list("at", flat=True)[:limit])
    if len(times) < limit:
        return None
    # Locked until the oldest of the last `limit` failures leaves the window.
    until = times[-1] + timedelta(seconds=_config("WINDOW_SECONDS"))
    return Lock(minutes=max(1, math.ceil((until - now).total_seconds() / 60)))


def slowdown_seconds(failures: int) -> int:
    """The wait between attempts after `failures` from any addresses (0: no wait)."""
    past = failures - _config("SLOW_AFTER")
    if past < 0:
        return 0
    return min(_config("SLOW_MAX_SECONDS"), _config("SLOW_BASE_SECONDS") * 2 ** min(past, 16))


# -- the known-device cookie ---------------------------------------------------------------


def _device_accounts(request) -> list[str]:
    raw = request.COOKIES.get(DEVICE_COOKIE) if request is not None else None
    if not raw:
        return []
    try:
        accounts = signing.loads(raw, salt=DEVICE_COOKIE_SALT, max_age=DEVICE_COOKIE_MAX_AGE)
    except signing.BadSignature:
        return []
    return [a for a in accounts if isinstance(a, str)] if isinstance(accounts, list) else []


def is_known_device(request, email: str) -> bool:
    return account_key(email) in _device_accounts(request)


class KnownDeviceMiddleware:
    """Writes the known-device cookie after a successful sign-in (the forms only know the
    request; `login_succeeded` leaves the account to remember on it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        account = getattr(request, "_pv_remember_device", None)
        if account:
            accounts = [account] + [a for a in _device_accounts(request) if a != account]
            response.set_cookie(
                DEVICE_COOKIE,
                signing.dumps(accounts[:DEVICE_COOKIE_ACCOUNTS], salt=DEVICE_COOKIE_SALT),
                max_age=DEVICE_COOKIE_MAX_AGE,
                httponly=True,
                secure=settings.SESSION_COOKIE_SECURE,
                samesite="Lax",
            )
        return response


# -- the checks the sign-in forms make -----------------------------------------------------


def login_check(*, email: str, request, now: datetime | None = None) -> Lock | Slowed | None:
    """What holds this client back from checking a password for this e-mail, if anything.
    Same answer whether the account exists or not."""
    now = now or timezone.now()
    account, address = account_key(email), ip_key(request)
    recent = LoginFailure.objects.filter(at__gte=_window_start(now))
    if is_known_device(request, email):
        return _lock_for(
            recent.filter(account=account, known_device=True), _config("DEVICE_LIMIT"), now
        )
    if address:
        pair = recent.filter(account=account, address=address, known_device=False)
        lock = _lock_for(pair, _config("PAIR_LIMIT"), now) or _lock_for(
            recent.filter(address=address), _config("IP_LIMIT"), now
        )
        if lock:
            return lock
    seen = recent.filter(account=account).aggregate(count=Count("id"), last=Max("at"))
    wait = slowdown_seconds(seen["count"])
    if not wait or (
        address and KnownSignIn.objects.filter(account=account, address=address).exists()
    ):
        return None
    remaining = math.ceil(wait - (now - seen["last"]).total_seconds())
    return Slowed(seconds=remaining) if remaining > 0 else None


def login_failed(*, email: str, request, user=None, now: datetime | None = None) -> None:
    """Record a wrong password. `user` is the account the e-mail names, if any: kept only so
    staff see whose account is under attack (the rules never look at it)."""
    now = now or timezone.now()
    LoginFailure.objects.create(
        account=account_key(email),
        address=ip_key(request),
        known_device=is_known_device(request, email),
        user=user,
        at=now,
    )
    # Keep the table small: what left the window is of no use any more.
    LoginFailure.objects.filter(at__lt=_window_start(now) - timedelta(hours=1)).delete()


def login_succeeded(*, email: str, request, now: datetime | None = None) -> None:
    """A right password clears this client's failures for the account (not the address's
    nor the other addresses': one person's success must not reset an attacker's count), and
    remembers the address and the device as the owner's."""
    now = now or timezone.now()
    account, address = account_key(email), ip_key(request)
    LoginFailure.objects.filter(account=account, address=address).delete()
    if address:
        KnownSignIn.objects.update_or_create(
            account=account, address=address, defaults={"last_at": now}
        )
    if request is not None:
        request._pv_remember_device = account


# -- what staff see and clear (lms/accounts/admin_throttle.py) -----------------------------


@dataclass(frozen=True)
class ThrottleRow:
    kind: str  # "pair", "address", "account" or "device"
    account: str
    address: str
    email: str
    failures: int
    first_at: datetime
    last_at: datetime
    lock: Lock | None = None
    slowed: Slowed | None = None


def throttles_in_force(*, now: datetime | None = None) -> list[ThrottleRow]:
    """Every lock and slowdown in force now, most recent first. Grouped in the database:
    a handful of queries whatever the number of failures."""
    now = now or timezone.now()
    recent = LoginFailure.objects.filter(at__gte=_window_start(now))
    emails = dict(recent.exclude(user=None).values_list("account", "user__email").distinct())
    rows: list[ThrottleRow] = []

    def grouped(queryset, fields, limit):
        return (
            queryset.values(*fields)
            .annotate(failures=Count("id"), first_at=Min("at"), last_at=Max("at"))
            .filter(failures__gte=limit)
        )

    def add(kind, group, queryset, limit):
        account = group.get("account", "")
        rows.append(
            ThrottleRow(
                kind=kind,
                account=account,
                address=group.get("address", ""),
                email=emails.get(account, ""),
                failures=group["failures"],
                first_at=group["first_at"],
                last_at=group["last_at"],
                lock=_lock_for(queryset, limit, now) if kind != "account" else None,
                slowed=(
                    Slowed(seconds=slowdown_seconds(group["failures"]))
                    if kind == "account"
                    else None
                ),
            )
        )

    pairs = recent.filter(known_device=False).exclude(address="")
    for group in grouped(pairs, ["account", "address"], _config("PAIR_LIMIT")):
        pair = pairs.filter(account=group["account"], address=group["address"])
        add("pair", group, pair, _config("PAIR_LIMIT"))
    addresses = recent.exclude(address="")
    for group in grouped(addresses, ["address"], _config("IP_LIMIT")):
        add("address", group, addresses.filter(address=group["address"]), _config("IP_LIMIT"))
    devices = recent.filter(known_device=True)
    for group in grouped(devices, ["account"], _config("DEVICE_LIMIT")):
        add("device", group, devices.filter(account=group["account"]), _config("DEVICE_LIMIT"))
    for group in grouped(recent, ["account"], _config("SLOW_AFTER")):
        add("account", group, None, 0)
    return sorted(rows, key=lambda row: row.last_at, reverse=True)


def throttle_clear(*, kind: str, account: str = "", address: str = "") -> int:
    """Forget the failures behind one row of `throttles_in_force`; the number deleted."""
    failures = LoginFailure.objects.all()
    if kind == "pair" and account and address:
        failures = failures.filter(account=account, address=address, known_device=False)
    elif kind == "address" and address:
        failures = failures.filter(address=address)
    elif kind == "device" and account:
        failures = failures.filter(account=account, known_device=True)
    elif kind == "account" and account:
        failures = failures.filter(account=account)
    else:
        return 0
    return failures.delete()[0]
