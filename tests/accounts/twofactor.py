"""Helpers for tests that go through two-factor sign-in: make the codes an app would show."""

import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def totp_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code the authenticator app shows now (or `steps_ahead` periods later: django-otp
    refuses a code twice, and accepts the next period's, so a second sign-in in the same
    test uses steps_ahead=1)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def enrol_authenticator(user) -> TOTPDevice:
    """A confirmed authenticator for `user`, as if they had scanned the QR code."""
    return TOTPDevice.objects.create(user=user, name="test", confirmed=True)
