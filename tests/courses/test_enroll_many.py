"""Assigning a course to many people at once (a department from the admin, an HR import):
every live workshop, existing enrollments kept, one xAPI "registered" statement per new
enrollment, a few queries whatever the number of people, and all or nothing on a race."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.errors import EnrollmentConflict, NotOpen
from courses.models import Enrollment, EnrollmentSource
from courses.services import course_enroll_many, workshop_enroll, workshop_enroll_many
from lms.tracking.models import Statement
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def workshops_of(academy, course_index=0):
    return [w for (c, _level), w in academy.workshops.items() if c == course_index]


def test_every_workshop_for_everyone_keeping_what_exists(academy, hr_user):
    course = academy.courses[0]
    people = [make_user(department="Sales") for _ in range(4)]
    first_workshop = academy.workshop()
    kept = workshop_enroll(user=people[0], workshop=first_workshop, source=EnrollmentSource.SELF)

    created = course_enroll_many(
        users=people, course=course, source=EnrollmentSource.HR, enrolled_by=hr_user
    )

    workshops = workshops_of(academy)
    assert len(created) == 4 * len(workshops) - 1
    rows = Enrollment.objects.filter(user__in=people)
    assert rows.count() == 4 * len(workshops)
    assert {(r.user_id, r.workshop_key) for r in rows} == {
        (p.pk, w.translation_key) for p in people for w in workshops
    }
    kept.refresh_from_db()
    assert kept.source == EnrollmentSource.SELF  # left as it was
    assert {r.source for r in created} == {EnrollmentSource.HR}
    assert {r.enrolled_by_id for r in created} == {hr_user.pk}
    # One "registered" statement per new enrollment, with its registration.
    enrolled = Statement.objects.filter(event="enrolled")
    assert enrolled.count() == len(created) + 1  # + the learner's own
    assert set(enrolled.values_list("registration", flat=True)) == {
        e.registration for e in created
    } | {kept.registration}
    # Again: nothing new.
    assert course_enroll_many(users=people, course=course, source=EnrollmentSource.HR) == []


def test_queries_do_not_grow_with_the_people(academy):
    course = academy.courses[0]

    def queries(count):
        people = [make_user() for _ in range(count)]
        with CaptureQueriesContext(connection) as captured:
            course_enroll_many(users=people, course=course, source=EnrollmentSource.HR)
        return len(captured)

    few, many = queries(2), queries(40)
    # One statement INSERT per enrollment is the xAPI outbox's; everything else is fixed.
    per_enrollment = len(workshops_of(academy))
    assert many - few <= (40 - 2) * per_enrollment + 5


def test_a_closed_course_is_refused(academy):
    course = academy.courses[0]
    course.unpublish()
    with pytest.raises(NotOpen):
        course_enroll_many(users=[make_user()], course=course, source=EnrollmentSource.HR)
    assert not Enrollment.objects.exists()


def test_a_learner_enrolling_at_the_same_instant_leaves_nothing_half_done(academy):
    """The learner's own enrollment lands between our read and our INSERT (a real row, put
    in by the database wrapper just before the INSERT runs): the INSERT fails, nothing of
    the bulk assignment is written, and the error says to try again."""
    course = academy.courses[0]
    racer, other = make_user(), make_user()
    workshop = academy.workshop()

    raced = []

    def learner_gets_there_first(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "courses_enrollment"') and not raced:
            raced.append(True)
            Enrollment.objects.create(
                user=racer,
                course_key=course.translation_key,
                workshop_key=workshop.translation_key,
                source=EnrollmentSource.SELF,
            )
        return execute(sql, params, many, context)

    with pytest.raises(EnrollmentConflict), connection.execute_wrapper(learner_gets_there_first):
        course_enroll_many(users=[other, racer], course=course, source=EnrollmentSource.HR)
    assert not other.enrollments.exists()


def test_one_workshop_for_a_department(academy, hr_user):
    people = [make_user(department="Sales") for _ in range(3)]
    workshop = academy.workshop(0, "intermediate")
    created = workshop_enroll_many(
        users=people, workshop=workshop, source=EnrollmentSource.HR, enrolled_by=hr_user
    )
    assert len(created) == 3
    assert {e.workshop_key for e in created} == {workshop.translation_key}
    assert {e.course_key for e in created} == {academy.courses[0].translation_key}
    assert Statement.objects.filter(event="enrolled").count() == 3
