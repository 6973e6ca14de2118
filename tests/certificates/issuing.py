"""Certificates issued the way learners earn them: through the course services.

A workshop without a final quiz is passed when its last lesson is completed, which issues
its certificate (certificates.receivers) and, after commit, queues `certificate_deliver`
(immediate backend in tests: it renders the PDF and sends the e-mail there and then).
"""

from __future__ import annotations

import datetime as dt

import pytest

from certificates.models import Certificate
from courses import services as course_services
from tests.factories import build_academy, make_user

ISSUED_AT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def media_root(settings, tmp_path):
    """PDFs go to a directory of this test's own, removed with it."""
    from certificates.rendering import engine

    settings.MEDIA_ROOT = str(tmp_path / "media")
    engine.reset()  # no image decoded for another test's media comes back
    return tmp_path / "media"


@pytest.fixture
def one_workshop_academy(db):
    return build_academy(courses=1, lessons=2, levels=("beginner", "intermediate"))


def certificate_earn(
    built, user, *, level: str = "beginner", now: dt.datetime = ISSUED_AT, deliver=None
) -> Certificate:
    """Complete every lesson of a workshop; returns the certificate that issued.

    `deliver`: pytest-django's `django_capture_on_commit_callbacks` to run the after-commit
    delivery (PDF + e-mail) as a real commit would; None leaves it queued and unrun."""
    if deliver is None:
        for lesson in built.lessons_of(0, level):
            course_services.lesson_complete(user=user, lesson=lesson, now=now)
    else:
        with deliver(execute=True):
            for lesson in built.lessons_of(0, level):
                course_services.lesson_complete(user=user, lesson=lesson, now=now)
    return Certificate.objects.get(user=user, workshop_key=built.workshop(0, level).translation_key)


def learner_named(first: str, last: str, **kwargs):
    return make_user(first_name=first, last_name=last, **kwargs)
