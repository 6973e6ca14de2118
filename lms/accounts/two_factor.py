"""Two-factor sign-in for staff: who must use it, enrolling an authenticator app (TOTP,
RFC 6238) and the single-use recovery codes.

The academy teaches employees to turn on 2FA; the people who run it practise it. django-otp
does the TOTP maths, its throttling and the "verified" mark in the session; this module
adds the policy (who), the recovery codes (hashed) and the writes, one transaction each.
"""

from __future__ import annotations

import hashlib
import secrets

import segno
from django.conf import settings
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import roles
from .models import RecoveryCode, RecoveryCodeDevice

RECOVERY_CODE_COUNT = 10
# Crockford-like alphabet: no 0/O or 1/I/L to misread on paper.
_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
STAFF_GROUPS = (roles.TRAINERS, roles.HR, roles.REFERENTS)
# Cached per session at sign-in so learner pages pay no query for the policy.
SESSION_REQUIRED_KEY = "pv_2fa_required"


class TooManyAttempts(Exception):
    """Wrong codes in a row: django-otp makes each next try wait longer (1 s, 2 s, 4 s…)."""


def two_factor_enforced() -> bool:
    return getattr(settings, "LMS_STAFF_2FA_REQUIRED", True)


def user_requires_two_factor(user) -> bool:
    """Staff roles and admins must use a second factor; learners may, but are not forced."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff or user.is_superuser:
        return True
    return user.groups.filter(name__in=STAFF_GROUPS).exists()


def user_has_authenticator(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_code_normalize(code: str) -> str:
    return "".join(ch for ch in (code or "").lower() if ch.isalnum())


def recovery_code_hash(code: str) -> str:
    """SHA-256 of the normalized code ("" when it cannot be a code): dashes, spaces and case
    do not matter when the person types it back."""
    normalized = recovery_code_normalize(code)
    if len(normalized) != 10:
        return ""
    return hashlib.sha256(normalized.encode()).hexdigest()


def _new_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def authenticator_pending(*, user) -> TOTPDevice:
    """The not-yet-confirmed device shown on the setup page. Reused across reloads so the
    QR code does not change while the person is scanning it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=str(settings.OTP_TOTP_ISSUER), confirmed=False
        )
    return device


def authenticator_qr_svg(device: TOTPDevice) -> str:
    """The provisioning URI as an inline SVG QR code (no external service sees the key)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=4, border=2)


def authenticator_manual_key(device: TOTPDevice) -> str:
    """The secret in base32, grouped by four, for apps where the camera is not an option."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@transaction.atomic
def recovery_codes_generate(*, user) -> list[str]:
    """Replace the person's recovery codes with ten new ones, returned once in clear."""
    RecoveryCodeDevice.objects.filter(user=user).delete()
    device = RecoveryCodeDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    codes = [_new_code() for _ in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.bulk_create(
        RecoveryCode(device=device, code_hash=recovery_code_hash(code)) for code in codes
    )
    return codes


def recovery_codes_left(*, user) -> int:
    return RecoveryCode.objects.filter(device__user=user, used_at__isnull=True).count()


@transaction.atomic
def authenticator_confirm(*, request, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm a pending device with a code from the app. On success: the device becomes
    the person's authenticator (replacing any older one), the session is verified, and ten
    new recovery codes are returned (to show once). None when the code is wrong."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    allowed, _details = device.verify_is_allowed()
    if not allowed:
        raise TooManyAttempts()
    if not device.verify_token(token.strip().replace(" ", "")):
        return None
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = recovery_codes_generate(user=device.user)
    otp_login(request, device)
    return codes


def two_factor_verify(*, request, token: str) -> str | None:
    """Check a code typed after the password: a TOTP code from the app, else a recovery code.
    Returns "totp" or "recovery" and marks the session verified, or None."""
    user = request.user
    token = (token or "").strip()
    digits = token.replace(" ", "")
    if digits.isdigit():
        throttled = False
        for device in TOTPDevice.objects.filter(user=user, confirmed=True):
            allowed, _details = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            # verify_token counts failures itself (django-otp's growing delay per device).
            if device.verify_token(digits):
                otp_login(request, device)
                return "totp"
        if throttled:
            raise TooManyAttempts()
        return None
    for device in RecoveryCodeDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(token):
            otp_login(request, device)
            return "recovery"
    return None


@transaction.atomic
def two_factor_reset(*, user) -> None:
    """Remove a person's authenticator and recovery codes (lost phone, after an admin has
    checked who they are): they enrol again at their next sign-in."""
    TOTPDevice.objects.filter(user=user).delete()
    RecoveryCodeDevice.objects.filter(user=user).delete()
