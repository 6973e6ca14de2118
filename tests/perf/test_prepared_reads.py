"""courses/prepared_reads.py: a read compiled once per connection gives what the queryset
gives (model instances with select_related, dicts, tuples, flat values), for every learner,
runs one query each time (counted like any other), and refuses what it cannot hold."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment
from courses.prepared_reads import PreparedRead, PreparedReadError
from lms.accounts.models import User
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db


def _enrolled(built, count):
    from courses import services

    users = []
    for index in range(count):
        user = make_user()
        for course in range(index % 3 + 1):
            services.workshop_enroll(user=user, workshop=built.workshop(course, "beginner"))
        users.append(user)
    return users


def test_a_prepared_read_gives_what_the_queryset_gives_for_each_learner():
    built = build_academy(courses=3, lessons=1)
    users = _enrolled(built, 4)

    def build(user_id):
        return Enrollment.objects.filter(user_id=user_id).select_related("user").order_by("pk")

    read = PreparedRead(build)
    values = PreparedRead(
        lambda user_id: (
            Enrollment.objects.filter(user_id=user_id)
            .order_by("pk")
            .values("workshop_key", "enrolled_at")
        )
    )
    flat = PreparedRead(
        lambda user_id: (
            Enrollment.objects.filter(user_id=user_id)
            .order_by("pk")
            .values_list("workshop_key", flat=True)
        )
    )
    for user in [*users, *reversed(users)]:  # compiled once, then run for every learner
        expected = list(build(user.pk))
        with CaptureQueriesContext(connection) as ctx:
            got = read(user.pk)
        assert len(ctx.captured_queries) == 1
        assert [e.pk for e in got] == [e.pk for e in expected] and got
        assert all(e.user == user and e.user.email == user.email for e in got)
        # select_related filled the user: no query to read it.
        with CaptureQueriesContext(connection) as ctx:
            assert [e.user.email for e in got]
        assert not ctx.captured_queries
        assert values(user.pk) == list(build(user.pk).values("workshop_key", "enrolled_at"))
        assert flat(user.pk) == [e.workshop_key for e in expected]
    assert read(10**9) == []


def test_fixed_values_each_get_their_own_sql():
    built = build_academy(courses=3, lessons=1)
    (user,) = [u for u in _enrolled(built, 3) if u.enrollments.count() == 3]
    read = PreparedRead(
        lambda user_id, limit: Enrollment.objects.filter(user_id=user_id).order_by("pk")[:limit]
    )
    assert len(read(user.pk, fixed=(1,))) == 1
    assert len(read(user.pk, fixed=(2,))) == 2
    assert len(read(user.pk, fixed=(1,))) == 1


def test_a_string_parameter():
    user = make_user()
    read = PreparedRead(lambda email: User.objects.filter(email=email).values_list("pk", flat=True))
    assert read(user.email) == [user.pk]
    assert read("nobody@example.test") == []


def test_what_a_prepared_read_refuses():
    with pytest.raises(PreparedReadError):
        PreparedRead(lambda day: Enrollment.objects.filter(enrolled_at__date=day))(object())
    with pytest.raises(PreparedReadError, match="prefetch_related"):
        PreparedRead(
            lambda user_id: User.objects.filter(pk=user_id).prefetch_related("enrollments")
        )(1)
    # A parameter Django writes into the SQL (a slice) cannot be swapped: it must be fixed.
    with pytest.raises(PreparedReadError, match="fixed"):
        PreparedRead(lambda limit: User.objects.all()[:limit])(3)
    # Nothing can match: no query at all.
    empty = PreparedRead(lambda user_id, keys: Enrollment.objects.filter(pk__in=keys))
    with CaptureQueriesContext(connection) as ctx:
        assert empty(1, fixed=((),)) == []
    assert not ctx.captured_queries
