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
# A formula start at the beginning of a cell, once the cells are joined with NUL (a
# character no cell of ours holds, and when one does, the exact rule below decides anyway).
_SEPARATOR = "\x00"
# (Searched for in NUL + the joined cells: a pattern that begins with one literal character is
# scanned for in C, an alternation with ^ is tried at every position, 8x slower.)
_ANY_FORMULA_START = re.compile(r"\x00[=+\-@\t\r]")


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
    """`csv_cell` on every value. A row of texts is first tested with one regular-expression
    search over the joined cells: in an export of 100,000 rows × 35 columns, nearly no cell
    begins like a formula, and calling `csv_cell` 3.5 million times was a third of the
    export's time. A row that may hold one (or holds other values) takes the exact rule."""
    row = values if isinstance(values, list) else list(values)
    try:
        joined = _SEPARATOR + _SEPARATOR.join(row)
    except TypeError:  # numbers or None among the cells
        return [csv_cell(value) for value in row]
    if _ANY_FORMULA_START.search(joined) is None:
        return row
    return [csv_cell(value) for value in row]


def csv_column(values: list) -> list:
    """`csv_cell` on every value of one column (a chunk of rows, written column by column):
    the same rule as `csv_row`, tested with one search over the whole column's texts, so a
    column nobody typed a formula into (nearly all of them) costs one C-level join and
    search for a thousand cells."""
    try:
        joined = _SEPARATOR + _SEPARATOR.join(values)
    except TypeError:  # numbers or None among the cells
        return [csv_cell(value) for value in values]
    if _ANY_FORMULA_START.search(joined) is None:
        return values
    return [csv_cell(value) for value in values]
