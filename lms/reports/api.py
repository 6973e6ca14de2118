"""The HR pull API (read-only): completion records and certificates for the corporate LMS.

    GET /api/v1/completions     scope completions:read
    GET /api/v1/certificates    scope certificates:read
    GET /api/v1/openapi.json    any valid key, or an HR session (for reading it in a browser)

Authentication, scopes and the rate limit: api_auth.py. Cursors and why paging never loses
a row: api_cursor.py. Users' guide: docs/api.md.

Each request that returns rows is recorded in ExportLog (channel "api"): one row per sync
run — the first page (no cursor) creates it, the following pages add their rows to it
through the log id carried in the signed cursor — so HR sees "key X pulled N completion
records" once per run, not once per page. A cursor reused more than an hour after its run
started opens a new log row.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated
from uuid import UUID

from django.db.models import F
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import Field as PydanticField

from certificates.models import Certificate, CertificateStatus, certificate_status
from certificates.selectors import valid_q
from certificates.sharing import verification_url_maker
from courses.models import Enrollment

from . import api_schemas as schemas
from .api_auth import (
    HR_PERMISSION,
    ApiError,
    InvalidRequest,
    NotAuthenticated,
    authenticate_key,
    key_auth,
)
from .api_cursor import Cursor, CursorError, keyset_page, position
from .catalogue import catalogue_load
from .filters import ReportFilters, filter_enrollments
from .keys import Scope
from .models import ExportLog
from .records import ROW_FIELDS, iso, records_for_rows, rows_of

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
LOG_RUN_WINDOW = dt.timedelta(hours=1)
ERROR_RESPONSES = {
    400: schemas.Error,
    401: schemas.Error,
    403: schemas.Error,
    422: schemas.Error,
    429: schemas.Error,
}

# Free text filters: printable, no NUL (PostgreSQL refuses NUL in text), bounded.
TextFilter = Annotated[str, PydanticField(max_length=120, pattern=r"^[^\x00-\x1f]*$")]


def _openapi_guard(view):
    """The schema describes HR data: a valid key (any scope) or an HR session may read it;
    a learner or trainer gets 403 like everywhere else in this API."""

    def guarded(request, *args, **kwargs):
        user = getattr(request, "user", None)
        presented = _presented_key(request)
        if presented or not (user and user.is_authenticated and user.has_perm(HR_PERMISSION)):
            try:
                authenticate_key(request, presented, None)
            except ApiError as error:
                return _error_response(error)
        return view(request, *args, **kwargs)

    return guarded


api = NinjaAPI(
    title="Porte-voix HR API",
    version="1",
    description=(
        "Read-only completion records and certificates for a corporate LMS. Keyset "
        "pagination by cursor, incremental sync with updated_since, API keys created by HR "
        "in the admin. See docs/api.md."
    ),
    urls_namespace="reports_api:v1",
    # No docs page: ninja's Swagger UI loads its assets from a CDN. The schema is served
    # as JSON; docs/api.md is the guide.
    docs_url=None,
    docs_decorator=_openapi_guard,
)


def _presented_key(request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _sep, credentials = header.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return request.headers.get("X-API-Key") or None


def _error_response(error: ApiError) -> HttpResponse:
    response = api.create_response(
        None,
        {"code": error.code, "detail": error.detail, "errors": error.errors},
        status=error.status,
    )
    for name, value in error.headers.items():
        response[name] = value
    response["Cache-Control"] = "no-store"
    return response


@api.exception_handler(ApiError)
def _on_api_error(request, exc: ApiError):
    return _error_response(exc)


@api.exception_handler(AuthenticationError)
def _on_authentication_error(request, exc):
    return _error_response(NotAuthenticated(_("An API key is required.")))


@api.exception_handler(NinjaValidationError)
def _on_validation_error(request, exc: NinjaValidationError):
    errors = []
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("query",)]
        errors.append({"field": ".".join(location) or "query", "message": str(error.get("msg"))})
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return _error_response(
        InvalidRequest(_("Invalid query: %(detail)s") % {"detail": detail}, errors=errors)
    )


# --- query parameters -----------------------------------------------------------------------

_SPACE_FOR_PLUS = re.compile(r"^(.*\d) (\d\d(?::?\d\d)?)$")


def parse_updated_since(text: str | None) -> dt.datetime | None:
    """ISO 8601 with an offset. A '+' that arrived as a space (an offset not URL-encoded,
    `…T10:00:00+01:00` in a shell) is read as the '+' it was."""
    if text is None or text == "":
        return None
    candidate = text.strip()
    match = _SPACE_FOR_PLUS.match(candidate)
    if match and "T" in candidate:
        candidate = f"{match.group(1)}+{match.group(2)}"
    error = InvalidRequest(
        _(
            "updated_since must be an ISO 8601 date-time with an offset, such as "
            "2026-01-31T08:00:00Z or 2026-01-31T09:00:00+01:00 (URL-encode the '+')."
        ),
        errors=[
            {"field": "updated_since", "message": _("Not an ISO 8601 date-time with an offset.")}
        ],
    )
    if len(candidate) > 64 or "T" not in candidate.upper():
        raise error
    try:
        moment = dt.datetime.fromisoformat(candidate)
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise error
        return moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise error from None


def _cursor(text: str | None, resource: str) -> Cursor | None:
    if not text:
        return None
    try:
        return Cursor.decode(text, resource=resource)
    except CursorError:
        raise ApiError(
            _(
                "This cursor is not valid here: pass next_cursor exactly as this endpoint "
                "returned it, or start again with updated_since."
            ),
            errors=[{"field": "cursor", "message": _("Invalid cursor.")}],
        ) from None


def _log_page(*, request, resource: str, after: Cursor | None, rows: int, params: dict, now):
    """The log row of this sync run (see the module docstring), or None when nothing
    left the academy."""
    if rows == 0:
        return after.log_id if after else None
    if after and after.log_id:
        updated = ExportLog.objects.filter(
            pk=after.log_id, channel="api", started_at__gte=now - LOG_RUN_WINDOW
        ).update(rows=F("rows") + rows, finished_at=now)
        if updated:
            return after.log_id
    key = request.auth
    log = ExportLog.objects.create(
        user=None,
        channel="api",
        preset=f"api:{resource}",
        filters={"api_key": key.prefix, "api_key_name": key.name, **params},
        rows=rows,
        started_at=now,
        finished_at=now,
    )
    return log.pk


def _page(*, request, resource, rows, has_more, after, items, params) -> HttpResponse:
    """The JSON page. Items are already JSON-ready (strings, numbers, None), so the C JSON
    encoder writes 1,000 of them in a few milliseconds; going through ninja's response
    validation and its Python-level encoder cost ~5x more for the same bytes. The shape is
    still the published schema's: the tests and the schemathesis fuzz check it."""
    now = timezone.now()
    log_id = _log_page(
        request=request, resource=resource, after=after, rows=len(rows), params=params, now=now
    )
    if rows:
        updated_at, pk = position(rows[-1])
        next_cursor = Cursor(resource, updated_at, pk, log_id).encode()
    elif after:
        next_cursor = Cursor(resource, after.updated_at, after.pk, log_id).encode()
    else:
        next_cursor = None
    body = {"items": items, "next_cursor": next_cursor, "has_more": has_more}
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        content_type="application/json; charset=utf-8",
    )
    response["Cache-Control"] = "no-store"
    for name, value in getattr(request, "rate_limit_headers", {}).items():
        response[name] = value
    return response


def _params(**values) -> dict:
    return {k: str(v) for k, v in values.items() if v not in (None, "")}


def _none_if_empty(value):
    return value or None


def _str(value):
    return None if value is None else str(value)


def _iso(moment):
    """ISO 8601 with the offset of settings.TIME_ZONE (as in the exports), or None."""
    return None if moment is None else iso(moment)


def _iso_local(moment):
    """A record's moments are already in settings.TIME_ZONE (records.local): format only."""
    return None if moment is None else moment.isoformat(timespec="seconds")


def _number(value):
    return None if value is None else float(value)


def completion_item(record) -> dict:
    certificate = None
    if record.certificate_code:
        certificate = {
            "code": record.certificate_code,
            "url": record.certificate_url,
            "issued_at": _iso_local(record.certificate_issued_at),
            "expires_at": _iso_local(record.certificate_expires_at),
            "status": record.certificate_status,
        }
    return {
        "record_uuid": str(record.record_uuid),
        "updated_at": _iso_local(record.updated_at),
        "learner": {
            "public_id": str(record.user_public_id),
            "employee_id": _none_if_empty(record.employee_id),
            "email": record.email,
            "first_name": record.first_name,
            "last_name": record.last_name,
            "department": _none_if_empty(record.department),
            "team": _none_if_empty(record.team),
            "is_active": record.is_active,
        },
        "course_key": str(record.course_key),
        "course_title": record.course_title,
        "workshop_key": str(record.workshop_key),
        "workshop_title": record.workshop_title,
        "level": _none_if_empty(record.level),
        "credit_hours": float(record.credit_hours),
        "enrolled_at": _iso_local(record.enrolled_at),
        "started_at": _iso_local(record.started_at),
        "completed_at": _iso_local(record.completed_at),
        "passed_at": _iso_local(record.passed_at),
        "due_date": _iso(record.due_date),
        "completion_status": record.completion_status,
        "success_status": record.success_status,
        "score_raw": _number(record.score_raw),
        "score_max": _number(record.score_max),
        "score_scaled": _number(record.score_scaled),
        "attempts": record.attempts,
        "time_spent_seconds": record.time_spent_seconds,
        "overdue": record.overdue,
        "certificate": certificate,
        "tier": _none_if_empty(record.tier),
    }


# --- endpoints ------------------------------------------------------------------------------

Limit = Annotated[int, PydanticField(ge=1, le=MAX_LIMIT)]
CursorText = Annotated[str, PydanticField(max_length=500)]


@api.get(
    "/completions",
    auth=key_auth(Scope.COMPLETIONS_READ),
    response={200: schemas.CompletionPage, **ERROR_RESPONSES},
    url_name="completions",
    summary="Completion records (one per learner and workshop)",
    tags=["completions"],
)
def completions(
    request,
    updated_since: Annotated[str | None, Query(description="ISO 8601 with offset.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorText | None = None,
    department: TextFilter | None = None,
    team: TextFilter | None = None,
    course: UUID | None = None,
    level: schemas.LevelValue | None = None,
    completion_status: schemas.CompletionStatusValue | None = None,
    success_status: schemas.SuccessStatusValue | None = None,
):
    """Records in the order they last changed. Page with `cursor`; start an incremental
    sync with `updated_since`. A record changed while you page comes again later with its
    new state: never lost, delivered at least once per change."""
    since = parse_updated_since(updated_since)
    after = _cursor(cursor, "completions")
    catalogue = catalogue_load()
    filters = ReportFilters(
        department=department or "",
        team=team or "",
        course=str(course) if course else "",
        level=level or "",
        completion_status=completion_status or "",
        success_status=success_status or "",
    )
    queryset = filter_enrollments(Enrollment.objects.all(), filters, catalogue=catalogue)
    page, has_more = keyset_page(
        queryset.values_list(*ROW_FIELDS), limit=limit, since=since, after=after
    )
    rows = rows_of(page)
    records = records_for_rows(rows, catalogue=catalogue)
    return _page(
        request=request,
        resource="completions",
        rows=rows,
        has_more=has_more,
        after=after,
        items=[completion_item(record) for record in records],
        params=_params(updated_since=updated_since, **filters.as_params()),
    )


CERTIFICATE_FIELDS = (
    "pk",
    "public_id",
    "updated_at",
    "code",
    "title",
    "holder_name",
    "course_key",
    "workshop_key",
    "level",
    "language",
    "score_scaled",
    "issued_at",
    "expires_at",
    "revoked_at",
    "enrollment__registration",
    "user__public_id",
    "user__email",
    "user__first_name",
    "user__last_name",
    "user__is_active",
    "user__profile__employee_id",
    "user__profile__department",
    "user__profile__team",
)


def _certificate_status(row, now) -> str:
    return certificate_status(row["revoked_at"], row["expires_at"], now).value


def certificate_item(row: dict, now, url_of) -> dict:
    return {
        "public_id": str(row["public_id"]),
        "record_uuid": str(row["enrollment__registration"]),
        "updated_at": _iso(row["updated_at"]),
        "code": row["code"],
        "url": url_of(row["code"]),
        "title": row["title"],
        "holder_name": row["holder_name"],
        "learner": {
            "public_id": str(row["user__public_id"]),
            "employee_id": _none_if_empty(row["user__profile__employee_id"]),
            "email": row["user__email"],
            "first_name": row["user__first_name"],
            "last_name": row["user__last_name"],
            "department": _none_if_empty(row["user__profile__department"]),
            "team": _none_if_empty(row["user__profile__team"]),
            "is_active": row["user__is_active"],
        },
        "course_key": str(row["course_key"]),
        "workshop_key": str(row["workshop_key"]),
        "level": row["level"],
        "language": row["language"],
        "score_scaled": _number(row["score_scaled"]),
        "issued_at": _iso(row["issued_at"]),
        "expires_at": _iso(row["expires_at"]),
        "revoked_at": _iso(row["revoked_at"]),
        "status": _certificate_status(row, now),
    }


@api.get(
    "/certificates",
    auth=key_auth(Scope.CERTIFICATES_READ),
    response={200: schemas.CertificatePage, **ERROR_RESPONSES},
    url_name="certificates",
    summary="Certificates issued, with their current status",
    tags=["certificates"],
)
def certificates(
    request,
    updated_since: Annotated[str | None, Query(description="ISO 8601 with offset.")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorText | None = None,
    department: TextFilter | None = None,
    team: TextFilter | None = None,
    course: UUID | None = None,
    workshop: UUID | None = None,
    level: schemas.LevelValue | None = None,
    status: schemas.CertificateStatusValue | None = None,
):
    """Certificates in the order they last changed (issued, revoked, expiry processed).
    `status` is computed at the time of the response: a certificate whose expiry date
    passed reads "expired" even before the nightly expiry sweep touches it."""
    since = parse_updated_since(updated_since)
    after = _cursor(cursor, "certificates")
    now = timezone.now()
    queryset = Certificate.objects.all()
    if department:
        queryset = queryset.filter(user__profile__department=department)
    if team:
        queryset = queryset.filter(user__profile__team=team)
    if course:
        queryset = queryset.filter(course_key=course)
    if workshop:
        queryset = queryset.filter(workshop_key=workshop)
    if level:
        queryset = queryset.filter(level=level)
    if status == CertificateStatus.VALID:
        queryset = queryset.filter(valid_q(now))
    elif status == CertificateStatus.REVOKED:
        queryset = queryset.filter(revoked_at__isnull=False)
    elif status == CertificateStatus.EXPIRED:
        queryset = queryset.filter(revoked_at__isnull=True, expires_at__lte=now)
    rows, has_more = keyset_page(
        queryset.values(*CERTIFICATE_FIELDS), limit=limit, since=since, after=after, now=now
    )
    url_of = verification_url_maker()
    return _page(
        request=request,
        resource="certificates",
        rows=rows,
        has_more=has_more,
        after=after,
        items=[certificate_item(c, now, url_of) for c in rows],
        params=_params(
            updated_since=updated_since,
            department=department,
            team=team,
            course=course,
            workshop=workshop,
            level=level,
            status=status,
        ),
    )
