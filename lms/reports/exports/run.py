"""One export, from the records to bytes, with its log.

The ExportLog row is written when the export starts (who, channel, preset, filters) and
completed when the last row is written (rows, finished_at). An export that dies half-way
keeps finished_at empty: the log shows it never completed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.utils import timezone

from ..filters import ReportFilters
from ..models import ExportLog
from ..records import DEFAULT_CHUNK_SIZE, CompletionRecord, completion_records
from .presets import Preset
from .writers import csv_chunks, json_chunks, xlsx_write


class ExportRun:
    def __init__(
        self,
        *,
        preset: Preset,
        filters: ReportFilters | None = None,
        since: dt.datetime | None = None,
        user=None,
        channel: str = "admin",
        now: dt.datetime | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        log: bool = True,
    ):
        self.preset = preset
        self.filters = filters or ReportFilters()
        self.since = since
        self.now = now
        self.chunk_size = chunk_size
        self.rows = 0
        self.log = None
        if log:
            logged = self.filters.as_params()
            if since is not None:
                logged["since"] = since.isoformat()
            self.log = ExportLog.objects.create(
                user=user if getattr(user, "is_authenticated", False) else None,
                channel=channel,
                preset=preset.name,
                filters=logged,
                started_at=timezone.now(),
            )

    def records(self) -> Iterator[CompletionRecord]:
        for record in completion_records(
            filters=self.filters,
            since=self.since,
            chunk_size=self.chunk_size,
            now=self.now,
            completed_only=self.preset.completed_only,
        ):
            self.rows += 1
            yield record

    def finish(self) -> None:
        if self.log is not None:
            self.log.rows = self.rows
            self.log.finished_at = timezone.now()
            self.log.save(update_fields=["rows", "finished_at"])

    def chunks(self) -> Iterator[bytes]:
        """CSV or JSON bytes, streamed; the log is completed after the last chunk."""
        yield from self._raw_chunks()
        self.finish()

    def write(self, fileobj) -> int:
        """The whole export into a binary file object; returns the rows written."""
        if self.preset.kind == "xlsx":
            xlsx_write(self.preset, self.records(), fileobj)
        else:
            for chunk in self._raw_chunks():
                fileobj.write(chunk)
        self.finish()
        return self.rows

    def _raw_chunks(self) -> Iterator[bytes]:
        writer = json_chunks if self.preset.kind == "json" else csv_chunks
        return writer(self.preset, self.records())

    @property
    def filename(self) -> str:
        stamp = timezone.localtime(self.now or timezone.now()).strftime("%Y%m%d-%H%M")
        return f"{self.preset.filename}-{stamp}.{self.preset.extension}"
