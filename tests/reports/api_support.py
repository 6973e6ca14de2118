"""Builders for the pull API tests: keys, and many enrollments (with certificates) fast.

Enrollments and certificates are written with bulk_create under the same rules as the
services (a passed enrollment has a certificate), because the services would take minutes
for thousands of rows; the API only reads them."""

from __future__ import annotations

import datetime as dt
import uuid

from django.utils import timezone

from certificates.codes import code_digest, code_new
from certificates.models import Certificate
from courses.models import CompletionStatus, Enrollment, SuccessStatus
from lms.accounts import roles
from lms.reports.keys import SCOPES, api_key_create
from tests.factories import make_user

ALL_SCOPES = sorted(SCOPES)


def make_key(*, scopes=ALL_SCOPES, by=None, name="LMS"):
    """(key, headers for the test client)."""
    key, plaintext = api_key_create(name=name, scopes=scopes, by=by)
    return key, {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def populate(built, *, learners: int, passed_every: int = 2, departments=("Marketing", "Sales")):
    """`learners` learners, each enrolled in every workshop of `built` (an Academy);
    every `passed_every`-th enrollment passed, with its certificate. Returns the users."""
    users = [
        make_user(group=roles.LEARNERS, department=departments[n % len(departments)])
        for n in range(learners)
    ]
    enrollments_of(built, users, passed_every=passed_every)
    return users


def enrollments_of(built, users, *, passed_every: int = 2):
    now = timezone.now() - dt.timedelta(days=1)
    workshops = list(built.workshops.values())
    rows = []
    n = 0
    for user in users:
        for workshop in workshops:
            n += 1
            passed = passed_every and n % passed_every == 0
            rows.append(
                Enrollment(
                    user=user,
                    course_key=workshop.get_parent().translation_key,
                    workshop_key=workshop.translation_key,
                    enrolled_at=now,
                    started_at=now if passed else None,
                    completion_status=CompletionStatus.COMPLETED
                    if passed
                    else CompletionStatus.NOT_STARTED,
                    completed_at=now if passed else None,
                    success_status=SuccessStatus.PASSED if passed else SuccessStatus.UNKNOWN,
                    passed_at=now if passed else None,
                    score_scaled=0.9 if passed else None,
                )
            )
    Enrollment.objects.bulk_create(rows, batch_size=500)
    created = Enrollment.objects.filter(user__in=users, success_status=SuccessStatus.PASSED)
    certificates_for(
        created.select_related("user"), workshops={w.translation_key: w for w in workshops}
    )


def certificates_for(enrollments, *, workshops):
    certificates = []
    for enrollment in enrollments:
        workshop = workshops[enrollment.workshop_key]
        code = code_new()
        certificates.append(
            Certificate(
                public_id=uuid.uuid4(),
                user=enrollment.user,
                enrollment=enrollment,
                workshop_key=enrollment.workshop_key,
                course_key=enrollment.course_key,
                level=workshop.level,
                language="en",
                holder_name=enrollment.user.get_full_name(),
                title=workshop.title,
                wording="has passed",
                issuer="Porte-voix",
                score_scaled=enrollment.score_scaled,
                issued_at=enrollment.passed_at,
                code=code,
                code_digest=code_digest(code),
            )
        )
    Certificate.objects.bulk_create(certificates, batch_size=500)
