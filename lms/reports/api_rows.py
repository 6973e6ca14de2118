"""Light rows for the completions endpoint: what `records_for_enrollments()` reads of an
enrollment, its learner and profile, built from one `values()` query.

A page of 1,000 completions would otherwise build 3,000 model instances (Enrollment, User,
LearnerProfile), which is the largest cost of the page after the query itself. These
slotted rows carry exactly the attributes records.py reads (tests/reports/test_api.py
compares an API record with the export's record of the same enrollment)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ENROLLMENT_VALUES = (
    "pk",
    "registration",
    "updated_at",
    "user_id",
    "course_key",
    "workshop_key",
    "enrolled_at",
    "started_at",
    "completed_at",
    "passed_at",
    "due_date",
    "completion_status",
    "success_status",
    "score_scaled",
    "user__public_id",
    "user__email",
    "user__first_name",
    "user__last_name",
    "user__is_active",
    "user__profile__id",
    "user__profile__employee_id",
    "user__profile__department",
    "user__profile__team",
    "user__profile__manager_email",
)


@dataclass(slots=True)
class ProfileRow:
    employee_id: str | None
    department: str
    team: str
    manager_email: str


@dataclass(slots=True)
class UserRow:
    pk: int
    public_id: Any
    email: str
    first_name: str
    last_name: str
    is_active: bool
    profile: ProfileRow | None


@dataclass(slots=True)
class EnrollmentRow:
    pk: int
    registration: Any
    updated_at: Any
    user_id: int
    course_key: Any
    workshop_key: Any
    enrolled_at: Any
    started_at: Any
    completed_at: Any
    passed_at: Any
    due_date: Any
    completion_status: str
    success_status: str
    score_scaled: Any
    user: UserRow


def enrollment_rows(values: list[dict]) -> list[EnrollmentRow]:
    """Rows from `queryset.values(*ENROLLMENT_VALUES)`; one UserRow per learner."""
    users: dict[int, UserRow] = {}
    rows = []
    for v in values:
        user = users.get(v["user_id"])
        if user is None:
            profile = None
            if v["user__profile__id"] is not None:
                profile = ProfileRow(
                    employee_id=v["user__profile__employee_id"],
                    department=v["user__profile__department"],
                    team=v["user__profile__team"],
                    manager_email=v["user__profile__manager_email"],
                )
            user = users[v["user_id"]] = UserRow(
                pk=v["user_id"],
                public_id=v["user__public_id"],
                email=v["user__email"],
                first_name=v["user__first_name"],
                last_name=v["user__last_name"],
                is_active=v["user__is_active"],
                profile=profile,
            )
        rows.append(
            EnrollmentRow(
                pk=v["pk"],
                registration=v["registration"],
                updated_at=v["updated_at"],
                user_id=v["user_id"],
                course_key=v["course_key"],
                workshop_key=v["workshop_key"],
                enrolled_at=v["enrolled_at"],
                started_at=v["started_at"],
                completed_at=v["completed_at"],
                passed_at=v["passed_at"],
                due_date=v["due_date"],
                completion_status=v["completion_status"],
                success_status=v["success_status"],
                score_scaled=v["score_scaled"],
                user=users[v["user_id"]],
            )
        )
    return rows
