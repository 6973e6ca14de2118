"""Value formats xAPI 1.0.3 is strict about: timestamps, durations, numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def timestamp(moment: dt.datetime) -> str:
    """UTC, millisecond precision, with `Z`: 2026-03-02T09:15:00.000Z."""
    moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def duration(delta: dt.timedelta) -> str:
    """ISO 8601 duration with at most 0.01 s precision: PT1H2M30.5S, PT0S."""
    hundredths = max(0, round(delta.total_seconds() * 100))
    hours, rest = divmod(hundredths, 360000)
    minutes, rest = divmod(rest, 6000)
    seconds, cents = divmod(rest, 100)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or cents or text == "PT":
        text += f"{seconds}.{cents:02d}".rstrip("0").rstrip(".") + "S"
    return text


def number(value) -> int | float:
    """A JSON number: integral values as integers (5, not 5.0), others as floats."""
    value = Decimal(str(value))
    if value == value.to_integral_value():
        return int(value)
    return float(value)
