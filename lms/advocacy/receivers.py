"""What moves tiers, wired in one place.

- Certificates' events -> the learner's tier, in the same transaction: a revocation or an
  expiry lowers the tier at once.
- A new version of the charter (published in the default locale) or an unpublished
  charter, and any change to the tiers or their requirements -> everyone's tier, in a task
  queued when the trainer's transaction commits (once per transaction and reason)."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished

from certificates import signals as certificate_signals

from .models import CharterPage, Tier, TierChange, TierReason, TierRequirement
from .services import tier_recompute

logger = logging.getLogger(__name__)


def on_certificate_issued(sender, *, user, at, **kwargs):
    tier_recompute(user=user, reason=TierReason.CERTIFICATE_ISSUED, now=at)


def on_certificate_revoked(sender, *, user, at, **kwargs):
    tier_recompute(user=user, reason=TierReason.CERTIFICATE_REVOKED, now=at)


def on_certificate_expired(sender, *, user, at, **kwargs):
    tier_recompute(user=user, reason=TierReason.CERTIFICATE_EXPIRED, now=at)


def _enqueue(reason: str) -> None:
    from .tasks import tiers_recompute

    try:
        tiers_recompute.enqueue(reason)
    except Exception:
        # Never turn a trainer's save into an error; `manage.py tiers_recompute` catches up.
        logger.exception("Tier recomputation could not be queued (%s)", reason)


def recompute_on_commit(reason: str) -> None:
    """Queue one recomputation of everyone's tier when the current transaction commits.
    A tier saved with its five requirements is one recomputation, not six."""
    connection = transaction.get_connection()
    pending = connection.__dict__.setdefault("advocacy_recompute_pending", {})
    queued = pending.get(reason)
    if (
        queued is not None
        and not queued.done
        and any(func is queued for _sids, func, _robust in connection.run_on_commit)
    ):
        return  # already queued in this transaction (a rollback would have dropped it)

    def run():
        run.done = True
        _enqueue(reason)

    run.done = False
    pending[reason] = run
    transaction.on_commit(run, robust=True)


def _is_default_locale(page) -> bool:
    return page.locale_id == Locale.get_default().pk


def on_charter_pre_save(sender, *, instance, update_fields=None, **kwargs):
    """Remember the version that was live before this save, for on_charter_published."""
    if update_fields is not None and not {"version", "live"} & set(update_fields):
        return
    if instance.pk:
        before = CharterPage.objects.filter(pk=instance.pk).values("version", "live").first()
        instance._version_live_before = before["version"] if before and before["live"] else None


_UNKNOWN = object()


def on_charter_published(sender, *, instance, **kwargs):
    """A charter published in the default locale with another version than the live one
    asks everyone to accept again: those whose tier needed it step down."""
    if not _is_default_locale(instance):
        return
    before = getattr(instance, "_version_live_before", _UNKNOWN)
    if before == instance.version:
        return  # a correction, not a new version
    recompute_on_commit(TierReason.CHARTER_CHANGED)


def on_charter_unpublished(sender, *, instance, **kwargs):
    if _is_default_locale(instance):
        recompute_on_commit(TierReason.CHARTER_CHANGED)


def on_tiers_changed(sender, **kwargs):
    if kwargs.get("raw"):
        return  # loaddata: the rows are not final yet
    recompute_on_commit(TierReason.TIERS_CHANGED)


CONNECTIONS = [
    (certificate_signals.certificate_issued, on_certificate_issued, None),
    (certificate_signals.certificate_revoked, on_certificate_revoked, None),
    (certificate_signals.certificate_expired, on_certificate_expired, None),
    (pre_save, on_charter_pre_save, CharterPage),
    (page_published, on_charter_published, CharterPage),
    (page_unpublished, on_charter_unpublished, CharterPage),
    (post_save, on_tiers_changed, Tier),
    (post_delete, on_tiers_changed, Tier),
    (post_save, on_tiers_changed, TierRequirement),
    (post_delete, on_tiers_changed, TierRequirement),
]


def earned_read(earned, *, user, **kwargs) -> None:
    """The tier an action reached (courses.success): its step up, stamped with its time."""
    from courses.success import in_viewer_language

    change = TierChange.objects.filter(user=user, at=earned.at).order_by("-pk").first()
    if change is None or not change.to_key or change.to_rank <= change.from_rank:
        return
    earned.tier = in_viewer_language(Tier, [change.to_key]).get(change.to_key)


def connect() -> None:
    from courses import success, unit_of_work

    success.register("advocacy", earned_read)
    # The stored tier, locked with the action's enrollments (courses.services): what
    # tier_recompute would lock on its own.
    unit_of_work.learner_row("advocacy_tier", lock=True)
    for signal, receiver, sender in CONNECTIONS:
        uid = f"lms.advocacy.{receiver.__name__}.{sender.__name__ if sender else ''}"
        signal.connect(receiver, sender=sender, dispatch_uid=uid)
