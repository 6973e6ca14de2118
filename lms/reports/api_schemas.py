"""The shapes of the HR pull API, as published in its OpenAPI schema.

Field names follow the canonical completion record of the exports (records.py), so a
corporate LMS mapping an export's columns maps the API the same way. Datetimes are ISO 8601
with their offset; missing values are null (never an empty string)."""

from __future__ import annotations

import datetime as dt
from typing import Literal
from uuid import UUID

from ninja import Field, Schema

from certificates.models import CertificateStatus
from courses.levels import Level
from courses.models import CompletionStatus, SuccessStatus

CompletionStatusValue = Literal[tuple(CompletionStatus.values)]  # type: ignore[valid-type]
SuccessStatusValue = Literal[tuple(SuccessStatus.values)]  # type: ignore[valid-type]
LevelValue = Literal[tuple(Level.values)]  # type: ignore[valid-type]
CertificateStatusValue = Literal[tuple(CertificateStatus.values)]  # type: ignore[valid-type]


class Learner(Schema):
    public_id: UUID = Field(description="Opaque, stable id of the learner in the academy.")
    employee_id: str | None = Field(description="The employee id HR imported, if any.")
    email: str
    first_name: str
    last_name: str
    department: str | None
    team: str | None
    is_active: bool = Field(description="False once the account is deactivated.")


class CertificateRef(Schema):
    code: str = Field(description="Verification code, as printed on the certificate.")
    url: str = Field(description="Public verification page.")
    issued_at: dt.datetime
    expires_at: dt.datetime | None
    status: CertificateStatusValue


class Completion(Schema):
    """One learner in one workshop."""

    record_uuid: UUID = Field(
        description="Stable for the life of the enrollment: use it as the idempotency key."
    )
    updated_at: dt.datetime = Field(description="Last change of the enrollment.")
    learner: Learner
    course_key: UUID = Field(description="The course's stable id (same in every language).")
    course_title: str
    workshop_key: UUID = Field(
        description="The workshop's stable id (same in every language): the item id."
    )
    workshop_title: str
    level: LevelValue | None
    credit_hours: float = Field(description="The workshop's estimated duration, in hours.")
    enrolled_at: dt.datetime
    started_at: dt.datetime | None
    completed_at: dt.datetime | None
    passed_at: dt.datetime | None
    due_date: dt.date | None
    completion_status: CompletionStatusValue
    success_status: SuccessStatusValue
    score_raw: float | None
    score_max: float | None
    score_scaled: float | None = Field(description="Between 0 and 1.")
    attempts: int = Field(description="Final-quiz attempts started.")
    time_spent_seconds: int = Field(description="Time spent in the final-quiz attempts.")
    overdue: bool
    certificate: CertificateRef | None
    tier: str | None = Field(description="The learner's current advocacy tier (its slug).")


class Certificate(Schema):
    public_id: UUID
    record_uuid: UUID = Field(description="The completion record this certificate belongs to.")
    updated_at: dt.datetime
    code: str = Field(description="Verification code, as printed on the certificate.")
    url: str = Field(description="Public verification page.")
    title: str
    holder_name: str = Field(description="The name printed on the certificate.")
    learner: Learner
    course_key: UUID
    workshop_key: UUID
    level: str
    language: str
    score_scaled: float | None
    issued_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    status: CertificateStatusValue = Field(description="At the time of the response.")


class CompletionPage(Schema):
    items: list[Completion]
    next_cursor: str | None = Field(
        description="Pass it as `cursor` to continue; keep it to resume the next sync. "
        "Null only when nothing has been returned yet."
    )
    has_more: bool = Field(description="True: ask again now with next_cursor.")


class CertificatePage(Schema):
    items: list[Certificate]
    next_cursor: str | None
    has_more: bool


class FieldError(Schema):
    field: str
    message: str


class Error(Schema):
    code: str = Field(description="Machine-readable: see docs/api.md.")
    detail: str = Field(description="Human-readable explanation.")
    errors: list[FieldError] = Field(default_factory=list)
