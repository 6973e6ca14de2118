"""ZIP archives of certificate PDFs for HR (the admin's "Download ZIP", certificates'
wagtail_hooks.py).

Memory stays flat whatever the count: certificates are read from the database in chunks
(`.iterator()`), each PDF is copied into the archive in 64 KiB pieces and then let go, the
CSV manifest waits in a temporary file, the archive itself is written to a temporary file on
disk, and the response streams that file. What does grow is `zipfile`'s list of entries
(name, offset, CRC: under 1 KiB per file), which every ZIP writer needs for the central
directory at the end of the archive.
A certificate that has no PDF yet is rendered and stored on the way (the next archive finds
it ready).

From an object storage (docs/decisions/0018), each PDF is a request or two to the bucket: a
few ms each in the same data centre, which one after the other would cost a 1,000-PDF
archive tens of seconds. So the next PDFs are read ahead in a few threads (the storage only,
no database), at most READ_AHEAD of them held at once; the archive is still written in
order by this thread. From the disk nothing changes.
"""

from __future__ import annotations

import csv
import io
import logging
import shutil
import tempfile
import zipfile
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

from django.http import FileResponse
from django.utils import timezone

# The one CSV-injection rule every CSV of ours follows (a stdlib-only module, no app).
from lms.csv_safety import csv_cell

from .models import Certificate
from .rendering import BrandResolver, certificate_pdf_open, pdf_filename

logger = logging.getLogger(__name__)

CHUNK_SIZE = 200  # rows read from the database at a time
COPY_BUFFER = 64 * 1024
READ_AHEAD = 8  # PDFs read from an object storage ahead of the one being written
MANIFEST_NAME = "certificates.csv"
MANIFEST_FIELDS = [
    "file",
    "holder",
    "email",
    "employee_id",
    "title",
    "level",
    "language",
    "issued_at",
    "expires_at",
    "status",
    "revoked_at",
    "score_percent",
    "code",
]


def _iso(moment) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else ""


def _zip_info(name: str, certificate: Certificate) -> zipfile.ZipInfo:
    issued = timezone.localtime(certificate.issued_at)
    info = zipfile.ZipInfo(name, date_time=issued.timetuple()[:6])
    # PDFs are compressed already: storing them is as small and several times faster.
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def _is_remote(storage) -> bool:
    try:
        storage.path("x")
    except NotImplementedError:
        return True
    return False


def _stored_pdf(storage, name: str) -> bytes | None:
    """The bytes of a stored PDF, or None: then the archive takes the usual way for that
    certificate (which renders a lost file again, or logs why it is left out)."""
    try:
        with storage.open(name, "rb") as handle:
            return handle.read()
    except Exception:  # noqa: BLE001 - decided again, and logged, on the usual way
        return None


def _with_pdfs_read_ahead(certificates):
    """(certificate, its stored PDF's bytes or None), in order. Reads ahead only from an
    object storage; from the disk every PDF is None and is copied on the usual way."""
    storage = Certificate._meta.get_field("pdf").storage
    if not _is_remote(storage):
        for certificate in certificates:
            yield certificate, None
        return
    with ThreadPoolExecutor(max_workers=READ_AHEAD, thread_name_prefix="zip-read") as pool:
        window: deque[tuple[Certificate, Future | None]] = deque()
        for certificate in certificates:
            name = certificate.pdf.name
            window.append((certificate, pool.submit(_stored_pdf, storage, name) if name else None))
            if len(window) > READ_AHEAD:
                done, future = window.popleft()
                yield done, future.result() if future else None
        while window:
            done, future = window.popleft()
            yield done, future.result() if future else None


def certificates_zip_write(*, certificates, fileobj, now=None) -> int:
    """Write a ZIP of the PDFs of `certificates` (a queryset, any filter) to `fileobj`,
    plus `certificates.csv`, one row per file (holder, title, dates, status, code), for the
    spreadsheet people. Returns the number of PDFs written. A certificate whose PDF cannot be
    produced is logged and listed in the CSV without a file, so one bad row never costs HR
    the whole archive."""
    now = now or timezone.now()
    brands = BrandResolver()
    # The CSV waits on disk (past 16 KiB) until the PDFs are in: it is written last.
    manifest = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed below, after the ZIP
        max_size=16 * 1024, mode="w+", newline=""
    )
    writer = csv.DictWriter(manifest, fieldnames=MANIFEST_FIELDS)
    writer.writeheader()
    written = 0
    queryset = certificates.select_related("user__profile", "template__signature_image")
    if not queryset.query.is_sliced:  # a sliced filter (the first N) keeps its own order
        queryset = queryset.order_by("pk")
    with zipfile.ZipFile(fileobj, mode="w", allowZip64=True) as archive:
        for certificate, content in _with_pdfs_read_ahead(queryset.iterator(chunk_size=CHUNK_SIZE)):
            name = pdf_filename(certificate)
            try:
                if content is not None:
                    archive.writestr(_zip_info(name, certificate), content)
                else:
                    with (
                        certificate_pdf_open(certificate=certificate, brands=brands) as source,
                        archive.open(_zip_info(name, certificate), mode="w") as target,
                    ):
                        shutil.copyfileobj(source, target, COPY_BUFFER)
                written += 1
            except Exception:
                logger.exception("Certificate %s left out of the ZIP", certificate.pk)
                name = ""
            profile = getattr(certificate.user, "profile", None)
            row = {
                "file": name,
                "holder": certificate.holder_name,
                "email": certificate.user.email,
                "employee_id": getattr(profile, "employee_id", "") or "",
                "title": certificate.title,
                "level": certificate.level,
                "language": certificate.language,
                "issued_at": _iso(certificate.issued_at),
                "expires_at": _iso(certificate.expires_at),
                "status": certificate.status_at(now).value,
                "revoked_at": _iso(certificate.revoked_at),
                "score_percent": ""
                if certificate.score_percent is None
                else certificate.score_percent,
                "code": certificate.code,
            }
            # Holder names and titles are typed by people: none may run as a formula.
            writer.writerow({key: csv_cell(value) for key, value in row.items()})
        manifest.seek(0)
        info = zipfile.ZipInfo(MANIFEST_NAME, date_time=timezone.localtime(now).timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with archive.open(info, mode="w") as target:
            # UTF-8 with a BOM: Excel then opens accented names correctly.
            wrapper = io.TextIOWrapper(target, encoding="utf-8-sig", newline="")
            shutil.copyfileobj(manifest, wrapper, COPY_BUFFER)
            wrapper.flush()
            wrapper.detach()
    manifest.close()
    return written


def certificates_zip_response(*, certificates, filename: str | None = None) -> FileResponse:
    """An HTTP response that downloads the ZIP of `certificates`. The archive is built in
    a temporary file on disk (deleted when the response is closed), never in memory."""
    now = timezone.now()
    filename = filename or f"certificates-{timezone.localtime(now):%Y-%m-%d-%H%M}.zip"
    # Not a `with`: FileResponse closes it (and so deletes it) when the response is done.
    spool = tempfile.TemporaryFile(suffix=".zip")  # noqa: SIM115
    try:
        count = certificates_zip_write(certificates=certificates, fileobj=spool, now=now)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    response = FileResponse(
        spool, as_attachment=True, filename=filename, content_type="application/zip"
    )
    response["X-Certificate-Count"] = str(count)
    response["Cache-Control"] = "private, no-store"
    return response
