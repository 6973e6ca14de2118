"""Cursors and the sync horizon of the HR pull API.

Pages are keyset pages ordered by (updated_at, pk): a cursor is the position of the last row
served. Because an update moves a row to the end of that order, paging while records change
loses nothing: a row changed behind the cursor comes back later, with its new state
(at-least-once per change); a row never changed is served exactly once.

A timestamp alone is not enough for "never lost": `updated_at` is taken when a row is saved,
but the row becomes visible when its transaction commits, possibly after a row saved later
has already been served and the cursor has moved past it. So the API serves only rows whose
last change is older than a short settle time (settings.REPORTS_API_SETTLE_SECONDS, 10 s by
default): a change is visible to the API once every transaction that started before it
has committed, provided transactions last less than that.

The cursor is signed (django.core.signing, HMAC with SECRET_KEY): a client can store it but
not forge one, and it carries the id of the export log row of the sync run it belongs to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db.models import Q, QuerySet
from django.utils import timezone

DEFAULT_SETTLE_SECONDS = 10
_SALT = "lms.reports.api.cursor"


class CursorError(ValueError):
    pass


@dataclass(frozen=True)
class Cursor:
    resource: str
    updated_at: dt.datetime
    pk: int
    log_id: int | None = None

    def encode(self) -> str:
        payload = {
            "r": self.resource,
            "t": self.updated_at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "k": self.pk,
        }
        if self.log_id:
            payload["l"] = self.log_id
        return signing.dumps(payload, salt=_SALT, compress=False)

    @classmethod
    def decode(cls, text: str, *, resource: str) -> Cursor:
        if len(text) > 500:
            raise CursorError("too long")
        try:
            payload = signing.loads(text, salt=_SALT)
            cursor = cls(
                resource=str(payload["r"]),
                updated_at=dt.datetime.fromisoformat(payload["t"]),
                pk=int(payload["k"]),
                log_id=int(payload["l"]) if payload.get("l") else None,
            )
        except (signing.BadSignature, KeyError, TypeError, ValueError, OverflowError) as exc:
            raise CursorError("invalid") from exc
        if cursor.resource != resource:
            raise CursorError("resource")
        if cursor.updated_at.tzinfo is None:
            raise CursorError("naive")
        return cursor


def settle_seconds() -> float:
    return float(getattr(settings, "REPORTS_API_SETTLE_SECONDS", DEFAULT_SETTLE_SECONDS))


def horizon(now: dt.datetime | None = None) -> dt.datetime:
    """Rows changed after this moment are not served yet (see the module's docstring)."""
    return (now or timezone.now()) - dt.timedelta(seconds=settle_seconds())


def keyset_page(
    queryset: QuerySet,
    *,
    limit: int,
    since: dt.datetime | None,
    after: Cursor | None,
    now: dt.datetime | None = None,
) -> tuple[list, bool]:
    """(rows, has_more): at most `limit` rows after `after`, in (updated_at, pk) order.
    `updated_at >= t AND (updated_at > t OR pk > k)` is the row comparison
    (updated_at, pk) > (t, k) written so that the updated_at index bounds the scan."""
    queryset = queryset.filter(updated_at__lte=horizon(now))
    if since is not None:
        queryset = queryset.filter(updated_at__gte=since)
    if after is not None:
        queryset = queryset.filter(updated_at__gte=after.updated_at).filter(
            Q(updated_at__gt=after.updated_at) | Q(pk__gt=after.pk)
        )
    rows = list(queryset.order_by("updated_at", "pk")[: limit + 1])
    return rows[:limit], len(rows) > limit


def position(row) -> tuple[dt.datetime, int]:
    """(updated_at, pk) of a model instance or of a values() row."""
    if isinstance(row, dict):
        return row["updated_at"], row["pk"]
    return row.updated_at, row.pk
