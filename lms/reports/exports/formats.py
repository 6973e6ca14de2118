"""Small value formats shared by the presets. Each says which target wants it.

The number formats are pure functions of a value that takes few distinct values in an export
(scores, workshop durations, quiz times), so they are memoised: in 100,000 rows a cache hit
is one C-level lookup where the formatting was a few Decimal operations. `typed=True` keeps
an int, a float and a Decimal that compare equal apart. Bounded, so a wide spread of values
costs memory no more than the cache size.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from ..records import CompletionRecord, local


@lru_cache(maxsize=4096, typed=True)
def percent(scaled: Decimal | None) -> str:
    """0.8500 -> "85", 0.8333 -> "83.33", None -> ""."""
    if scaled is None:
        return ""
    value = (Decimal(scaled) * 100).quantize(Decimal("0.01"))
    return format(value.normalize(), "f") if value else "0"


@lru_cache(maxsize=4096, typed=True)
def decimal_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(Decimal(value).normalize(), "f") if value else "0"


@lru_cache(maxsize=4096, typed=True)
def hours(value: float) -> str:
    """Hours with two decimals: 0.50, 1.25."""
    return f"{value:.2f}"


@lru_cache(maxsize=4096, typed=True)
def iso_duration(seconds: int) -> str:
    """ISO 8601 duration, whole seconds: PT1H2M5S, PT0S."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    hrs, minutes = divmod(minutes, 60)
    text = "PT"
    if hrs:
        text += f"{hrs}H"
    if minutes:
        text += f"{minutes}M"
    if secs or text == "PT":
        text += f"{secs}S"
    return text


def date_only(moment: dt.datetime | None) -> str:
    """YYYY-MM-DD, the day in settings.TIME_ZONE."""
    return local(moment).date().isoformat() if moment else ""


def spaced_offset(moment: dt.datetime | None) -> str:
    """Cornerstone's date-time: 2026-03-02 10:15:00 +01:00."""
    if moment is None:
        return ""
    moment = local(moment)
    offset = moment.strftime("%z")  # +0100
    return f"{moment:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}"


def local_naive(moment: dt.datetime | None) -> str:
    """2026-03-02T10:15:00: wall-clock time, for formats that carry the zone in another
    column (SAP SuccessFactors' CompletionTimezoneId)."""
    return f"{local(moment):%Y-%m-%dT%H:%M:%S}" if moment else ""


def person_key(record: CompletionRecord) -> str:
    """The employee id, or the work e-mail for people HR has not given one."""
    return record.employee_id or record.email


def hr_completion_status(record: CompletionRecord) -> str:
    """The canonical vocabulary of hr-formats: completed / incomplete / withdrawn. A learner
    whose account is deactivated (left the company) and who had not completed is withdrawn."""
    if record.is_completed:
        return "completed"
    return "incomplete" if record.is_active else "withdrawn"
