"""Certificates' events -> the learner's tier, in the same transaction: a revocation or an
expiry lowers the tier at once."""

from certificates import signals as certificate_signals

from .models import TierReason
from .services import tier_recompute


def on_certificate_issued(sender, *, user, at, **kwargs):
    tier_recompute(user=user, reason=TierReason.CERTIFICATE_ISSUED, now=at)


def on_certificate_revoked(sender, *, user, at, **kwargs):
    tier_recompute(user=user, reason=TierReason.CERTIFICATE_REVOKED, now=at)


def on_certificate_expired(sender, *, user, at, **kwargs):
    tier_recompute(user=user, reason=TierReason.CERTIFICATE_EXPIRED, now=at)


CONNECTIONS = [
    (certificate_signals.certificate_issued, on_certificate_issued),
    (certificate_signals.certificate_revoked, on_certificate_revoked),
    (certificate_signals.certificate_expired, on_certificate_expired),
]


def connect() -> None:
    for signal, receiver in CONNECTIONS:
        signal.connect(receiver, dispatch_uid=f"lms.advocacy.{receiver.__name__}")
