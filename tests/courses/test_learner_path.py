"""The learner path: enrollment, prerequisites, completion once, progress arithmetic."""

import pytest

from courses import services
from courses.errors import NotOpen, WorkshopLocked
from courses.models import CompletionStatus, Enrollment, LessonCompletion, SuccessStatus
from courses.selectors import course_outline, dashboard_for_learner, workshop_outline
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def complete_workshop(user, academy, course=0, level="beginner"):
    for lesson in academy.lessons_of(course, level):
        services.lesson_complete(user=user, lesson=lesson)


def test_self_enrollment_is_idempotent_and_gets_a_registration(academy, learner):
    first = services.workshop_enroll(user=learner, workshop=academy.workshop())
    second = services.workshop_enroll(user=learner, workshop=academy.workshop())
    assert first.pk == second.pk
    assert Enrollment.objects.filter(user=learner).count() == 1
    assert first.registration is not None
    assert first.course_key == academy.courses[0].translation_key


def test_intermediate_is_locked_until_beginner_is_passed(academy, learner):
    intermediate = academy.workshop(level="intermediate")
    state = workshop_outline(workshop=intermediate, user=learner)
    assert state.locked
    assert academy.workshop().title in state.lock_reason

    with pytest.raises(WorkshopLocked):
        services.workshop_enroll(user=learner, workshop=intermediate)
    with pytest.raises(WorkshopLocked):
        services.lesson_complete(user=learner, lesson=academy.lessons_of(0, "intermediate")[0])
    assert not Enrollment.objects.filter(workshop_key=intermediate.translation_key).exists()
    assert not LessonCompletion.objects.exists()

    complete_workshop(learner, academy)
    assert not workshop_outline(workshop=intermediate, user=learner).locked
    # The expert level still waits for the intermediate one.
    assert workshop_outline(workshop=academy.workshop(level="expert"), user=learner).locked


def test_explicit_prerequisite_from_another_course(db, learner):
    from tests.factories import build_academy

    built = build_academy(courses=2, lessons=1)
    target = built.workshop(1, "beginner")
    target.prerequisites.create(required=built.workshop(0, "beginner"))
    target.save_revision().publish()
    target.refresh_from_db()
    state = workshop_outline(workshop=target, user=learner)
    assert state.locked and "Course 0 beginner" in state.lock_reason
    services.lesson_complete(user=learner, lesson=built.lessons_of(0, "beginner")[0])
    assert not workshop_outline(workshop=target, user=learner).locked


def test_staff_may_assign_a_locked_workshop_which_stays_locked(academy, learner, hr_user):
    expert = academy.workshop(level="expert")
    enrollment = services.workshop_enroll(
        user=learner, workshop=expert, source="hr", enrolled_by=hr_user
    )
    assert enrollment.source == "hr" and enrollment.enrolled_by == hr_user
    assert workshop_outline(workshop=expert, user=learner).status == "locked"


def test_lesson_completion_is_recorded_once(academy, learner):
    lesson = academy.lessons_of()[0]
    first = services.lesson_complete(user=learner, lesson=lesson)
    second = services.lesson_complete(user=learner, lesson=lesson)
    assert first.newly_completed and not second.newly_completed
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert second.completion.pk == first.completion.pk


def test_completion_and_success_are_separate_facts(academy, learner):
    lessons = academy.lessons_of()
    services.lesson_complete(user=learner, lesson=lessons[0])
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.completion_status == CompletionStatus.IN_PROGRESS
    assert enrollment.success_status == SuccessStatus.UNKNOWN
    assert enrollment.started_at is not None and enrollment.completed_at is None

    result = services.lesson_complete(user=learner, lesson=lessons[1])
    enrollment.refresh_from_db()
    assert result.workshop_completed
    assert enrollment.completion_status == CompletionStatus.COMPLETED
    # No final quiz yet: completing the content is what passes this workshop.
    assert enrollment.success_status == SuccessStatus.PASSED
    assert enrollment.passed_at is not None


def test_assessed_workshop_waits_for_its_quiz(academy, learner, monkeypatch):
    monkeypatch.setattr(services, "workshop_is_assessed", lambda workshop: True)
    lessons = academy.lessons_of()
    services.lesson_complete(user=learner, lesson=lessons[0])
    result = services.lesson_complete(user=learner, lesson=lessons[1])
    assert result.quiz_ready and not result.workshop_passed and not result.workshop_completed
    enrollment = Enrollment.objects.get(user=learner)
    assert not enrollment.is_completed and not enrollment.is_passed
    assert workshop_outline(workshop=academy.workshop(level="intermediate"), user=learner).locked


def test_progress_arithmetic(db):
    from tests.factories import build_academy

    built = build_academy(courses=1, lessons=3)
    user = make_user()
    lessons = built.lessons_of()
    services.lesson_complete(user=user, lesson=lessons[0])
    state = workshop_outline(workshop=built.workshop(), user=user)
    assert (state.done, state.total, state.percent) == (1, 3, 33)
    services.lesson_complete(user=user, lesson=lessons[1])
    assert workshop_outline(workshop=built.workshop(), user=user).percent == 67
    course = course_outline(course=built.courses[0], user=user)
    # 2 of 9 lessons in the course (3 workshops x 3 lessons).
    assert (course.done, course.total, course.percent) == (2, 9, 22)


def test_resume_where_the_learner_left_off(academy, learner):
    built_lessons = academy.lessons_of()
    services.workshop_enroll(user=learner, workshop=academy.workshop())
    services.lesson_visit(user=learner, lesson=built_lessons[1])
    state = workshop_outline(workshop=academy.workshop(), user=learner)
    assert state.next_lesson.pk == built_lessons[1].pk
    services.lesson_complete(user=learner, lesson=built_lessons[1])
    # The visited lesson is done: resume at the first one not done.
    assert workshop_outline(workshop=academy.workshop(), user=learner).next_lesson.pk == (
        built_lessons[0].pk
    )


def test_visit_without_enrollment_records_nothing(academy, learner):
    assert services.lesson_visit(user=learner, lesson=academy.lessons_of()[0]) is None
    assert not Enrollment.objects.exists()


def test_course_completion_event_once(academy, learner):
    from courses import signals

    received = []
    signals.course_completed.connect(lambda **kw: received.append(kw), weak=False, dispatch_uid="t")
    try:
        for level in ("beginner", "intermediate", "expert"):
            complete_workshop(learner, academy, level=level)
        complete_workshop(learner, academy, level="expert")
    finally:
        signals.course_completed.disconnect(dispatch_uid="t")
    assert len(received) == 1


def test_unpublished_workshop_is_not_open(academy, learner):
    workshop = academy.workshop()
    workshop.unpublish()
    workshop.refresh_from_db()
    with pytest.raises(NotOpen):
        services.workshop_enroll(user=learner, workshop=workshop)


def test_dashboard_lists_enrolled_courses_with_progress(academy, learner):
    assert dashboard_for_learner(user=learner) == []
    services.lesson_complete(user=learner, lesson=academy.lessons_of()[0])
    [course] = dashboard_for_learner(user=learner)
    assert course.course.pk == academy.courses[0].pk
    assert course.done == 1 and course.total == 6
    assert course.next_step[1].pk == academy.lessons_of()[1].pk
