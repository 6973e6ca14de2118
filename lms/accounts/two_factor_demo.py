"""Two-factor sign-in for the demo's staff accounts, so an evaluator is not stuck at the
admin's door without a phone.

The demo's staff share one authenticator secret that is public on purpose (it is printed by
`load_demo` and written in the README, like the demo password): add it to any authenticator
app once, or ask `manage.py demo_totp <email>` for the current code. Only devices holding
this very secret are ever read back, so the command tells nothing about a real account, and
it refuses to run outside DEBUG (the embedded mode).
"""

from __future__ import annotations

import time
from base64 import b32encode

from django.db import transaction
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import two_factor

# 20 bytes (160 bits, RFC 4226's recommended size): b"porte-voix-demo-2fa!".
DEMO_TOTP_KEY = "706f7274652d766f69782d64656d6f2d32666121"
DEMO_DEVICE_NAME = "Porte-voix demo"


def demo_totp_secret() -> str:
    """The secret in base32, grouped by four, as authenticator apps ask for it."""
    key = b32encode(bytes.fromhex(DEMO_TOTP_KEY)).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@transaction.atomic
def demo_authenticators_ensure(users) -> list[str]:
    """Give each staff account without an authenticator the demo one (confirmed). A person
    who enrolled their own app keeps it. Returns the e-mails given the demo secret."""
    given = []
    for user in users:
        if not two_factor.user_requires_two_factor(user):
            continue
        if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
            continue
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        TOTPDevice.objects.create(
            user=user, name=DEMO_DEVICE_NAME, key=DEMO_TOTP_KEY, confirmed=True
        )
        given.append(user.email)
    return given


def demo_device(user) -> TOTPDevice | None:
    """The person's authenticator if it holds the public demo secret, else None."""
    return TOTPDevice.objects.filter(user=user, confirmed=True, key=DEMO_TOTP_KEY).first()


def demo_totp_code(device: TOTPDevice, *, now: float | None = None) -> tuple[str, int]:
    """The code an app with the demo secret shows now, and the seconds it stays valid."""
    moment = time.time() if now is None else now
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = moment
    left = device.step - int(moment - device.t0) % device.step
    return f"{totp.token():0{device.digits}d}", left
