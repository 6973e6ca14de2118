"""Builders of HRIS files for the import tests: CSV in any separator or encoding, XLSX."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

HEADER = [
    "Employee ID",
    "Email",
    "First name",
    "Last name",
    "Department",
    "Team",
    "Language",
    "Active",
]


def csv_bytes(rows, *, header=HEADER, delimiter=",", encoding="utf-8", bom=False) -> bytes:
    lines = [delimiter.join(header)] + [delimiter.join(str(c) for c in row) for row in rows]
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xlsx_bytes(rows, *, header=HEADER) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(data: bytes, name="employees.csv"):
    return SimpleUploadedFile(name, data, content_type="text/csv")


def employee(n, *, department="Sales", team="North", language="fr", active="yes", **over):
    row = {
        "id": f"E{n:04d}",
        "email": f"employee{n}@corp.example",
        "first": f"Ann{n}",
        "last": f"Lee{n}",
        "department": department,
        "team": team,
        "language": language,
        "active": active,
    }
    row.update(over)
    return [
        row[k] for k in ("id", "email", "first", "last", "department", "team", "language", "active")
    ]
