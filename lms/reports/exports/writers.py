"""Writers that never hold the whole export: CSV and JSON are produced chunk by chunk (a
generator of bytes a StreamingHttpResponse or a file consumes), XLSX with openpyxl's
write-only mode (rows go straight to the zip stream) into a file the caller provides.

Each writer takes an iterable of records already narrowed to the preset's rows and a
callback told of each row written (for the export log's count).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice

from lms.csv_safety import csv_column

from ..records import CompletionRecord
from .presets import Preset

BOM = "\ufeff"
FLUSH_BYTES = 64 * 1024  # send ~64 KB at a time: fewer, larger writes to the socket


# Records written column by column, this many at a time: each column of a chunk is one
# C-level `map` and one formula check (csv_safety.csv_column) instead of a Python call per
# cell. About 60 KB of CSV, so the chunks still go out at FLUSH_BYTES.
CHUNK_RECORDS = 200


def record_chunks(records: Iterable[CompletionRecord], size: int = CHUNK_RECORDS):
    """Lists of up to `size` records, in order."""
    iterator = iter(records)
    while chunk := list(islice(iterator, size)):
        yield chunk


def csv_chunks(preset: Preset, records: Iterable[CompletionRecord]) -> Iterator[bytes]:
    """RFC 4180: comma, double quotes when needed, CRLF line ends, UTF-8 (with a BOM when the
    preset asks for one). A text that would run as a formula is neutralised (csv_safety)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if preset.bom:
        out.write(BOM)
    writer.writerow(preset.headers)
    # Bound once: the loop below runs once per chunk of records.
    writerows, tell, columns = writer.writerows, out.tell, preset.column_functions()
    for chunk in record_chunks(records):
        writerows(zip(*[csv_column(column(chunk)) for column in columns], strict=True))
        if tell() >= FLUSH_BYTES:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    if tell():
        yield out.getvalue().encode("utf-8")


def json_object(cells, record: CompletionRecord) -> dict:
    """Typed values (numbers, booleans); empty text becomes null. `cells`: (header,
    function) pairs, picked once per export."""
    obj = {}
    for header, cell in cells:
        value = cell(record)
        obj[header] = None if value == "" else value
    return obj


def _typed_columns(preset: Preset, chunk: list) -> list[list]:
    """The chunk's typed values column by column, empty text as None (JSON's null, an empty
    XLSX cell)."""
    columns = []
    for column in preset.column_functions(typed=True):
        values = column(chunk)
        if "" in values:
            values = [None if value == "" else value for value in values]
        columns.append(values)
    return columns


def json_chunks(preset: Preset, records: Iterable[CompletionRecord]) -> Iterator[bytes]:
    """A JSON array written one object at a time: `[` ... `]`, one object per line.

    One encoder for the export (json.dumps with options builds one per call), the objects
    of a chunk built column by column (_typed_columns)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    headers = preset.headers
    buffer = "["
    first = True
    for chunk in record_chunks(records):
        objects = ",\n".join(
            [
                encode(dict(zip(headers, row, strict=True)))
                for row in zip(*_typed_columns(preset, chunk), strict=True)
            ]
        )
        buffer += ("\n" if first else ",\n") + objects
        first = False
        if len(buffer) >= FLUSH_BYTES:
            yield buffer.encode("utf-8")
            buffer = ""
    yield (buffer + ("]\n" if first else "\n]\n")).encode("utf-8")


def xlsx_write(preset: Preset, records: Iterable[CompletionRecord], fileobj) -> None:
    """One sheet, a bold frozen header row, typed cells. Datetimes are written as ISO 8601
    text: Excel cannot store a UTC offset, and the offset is part of the record."""
    from django.utils.translation import pgettext
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    # The sheet's name is for the person who opens the file: in their language (a prepared
    # export runs under its asker's language, a download under the request's). The header
    # row stays the canonical column names, which LMS imports and scripts rely on.
    # Translators: an XLSX sheet name, at most 31 characters, none of []:*?/\
    sheet = book.create_sheet(title=pgettext("export sheet", "Completions")[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in preset.headers:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    cells = preset.cell_functions(typed=True)
    for record in records:
        sheet.append([_xlsx_value(cell(record)) for cell in cells])
    book.save(fileobj)


def _xlsx_value(value):
    if value == "":
        return None
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        # Never let a name or title become a formula in HR's spreadsheet (CSV injection).
        return "'" + value
    return value
