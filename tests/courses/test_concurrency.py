"""Two posts of the same completion at the same moment, on real concurrent connections."""

import pytest
from django.db import connection

from courses import services
from courses.models import Enrollment, LessonCompletion
from tests.concurrency import run_together
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite serialises writers with a database lock; the race needs PostgreSQL",
)
def test_concurrent_completions_record_once_and_pass_once():
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    user = make_user()
    lesson = built.lessons_of()[0]
    passed = []

    from courses import signals

    def on_pass(**kwargs):
        passed.append(kwargs["enrollment"].pk)

    signals.workshop_passed.connect(on_pass, weak=False, dispatch_uid="concurrency-test")
    try:
        _results, errors = run_together(
            4, lambda: services.lesson_complete(user=user, lesson=lesson)
        )
    finally:
        signals.workshop_passed.disconnect(dispatch_uid="concurrency-test")
    assert errors == []
    assert LessonCompletion.objects.filter(user=user).count() == 1
    assert Enrollment.objects.filter(user=user).count() == 1
    assert len(passed) == 1
