"""CSV cells a spreadsheet will not run (OWASP "CSV injection").

Excel, LibreOffice and Google Sheets read a CSV cell that begins with = + - @ (and, after
trimming, TAB or CR) as a formula: an imported first name `=HYPERLINK("http://x","y")` or a
department `+cmd|' /C calc'!A0` would run in HR's spreadsheet. Every CSV we write passes its
cells through `csv_cell`, which puts a single quote in front of such a text: the quote is
the spreadsheets' own "this is text" mark, it shows the value as typed, and a person or a
program reading the raw file still sees the whole original after it.

Numbers stay numbers: an int or a float we produce is written as is, and so is a text that
is only a plain decimal number ("-3", "-0.5"), which a spreadsheet reads as that number and
cannot run anything. No other text is let through, whoever wrote it.

A plain stdlib module with no app behind it, so every CSV writer can use the one rule
(the certificate archive's manifest included).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FORMULA_STARTS = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def csv_cell(value):
    """`value`, or `'value` when it is a text a spreadsheet would take for a formula."""
    if (
        isinstance(value, str)
        and value[:1] in FORMULA_STARTS
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def csv_row(values: Iterable) -> list:
    return [csv_cell(value) for value in values]
