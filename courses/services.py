"""Writes for the learner path. Each public function is one transaction that changes the
learner's state and sends the matching domain events (courses/signals.py) inside it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from . import signals, unit_of_work
from .errors import EnrollmentConflict, NotOpen, WorkshopLocked
from .inserts import insert_new
from .models import (
    CompletionStatus,
    CoursePage,
    Enrollment,
    EnrollmentSource,
    LessonCompletion,
    LessonPage,
    SuccessStatus,
    WorkshopPage,
)
from .request_memo import in_unsafe_request, memo_active
from .selectors import (
    WorkshopState,
    learner_completed_keys,
    learner_enrollments,
    site_outline,
    workshop_for_lesson,
    workshop_for_lesson_write,
    workshop_outline,
)


def _live_workshop(workshop) -> WorkshopPage:
    if not isinstance(workshop, WorkshopPage) or not workshop.live:
        raise NotOpen()
    return workshop


def _course_of(workshop: WorkshopPage) -> CoursePage:
    # In a request, from the cached outline (its outline fields: the key, the title, the
    # path, what the enrollment, the statements and the certificate's title use); else the
    # parent page as a CoursePage in one query (get_parent().specific takes two).
    parent_path = workshop.path[: -workshop.steplen]
    if memo_active() or in_unsafe_request():
        course = site_outline().by_path.get(parent_path)
        if isinstance(course, CoursePage):
            return course
    course = CoursePage.objects.filter(path=parent_path).first()
    if course is None:
        raise NotOpen()
    return course


def workshop_is_assessed(workshop: WorkshopPage) -> bool:
    """Whether passing needs a final quiz. Until a workshop has one, completing its lessons
    is what passes it."""
    return bool(getattr(workshop, "final_quiz_id", None))


def _new_enrollment(user, workshop, course, source, enrolled_by, due_date, now) -> Enrollment:
    return Enrollment(
        user=user,
        course_key=course.translation_key,
        workshop_key=workshop.translation_key,
        source=source,
        enrolled_by=enrolled_by,
        enrolled_at=now,
        due_date=due_date,
    )


def _get_or_create_enrollment(*, user, workshop, course, source, enrolled_by, due_date, now):
    existing = Enrollment.objects.filter(user=user, workshop_key=workshop.translation_key).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            enrollment = _new_enrollment(user, workshop, course, source, enrolled_by, due_date, now)
            enrollment.save(force_insert=True)
    except IntegrityError:
        # Two requests enrolled at the same moment: the other one won, use its row.
        return Enrollment.objects.get(user=user, workshop_key=workshop.translation_key), False
    signals.enrollment_created.send(
        sender=Enrollment, user=user, enrollment=enrollment, workshop=workshop
    )
    return enrollment, True


@transaction.atomic
def workshop_enroll(
    *,
    user,
    workshop,
    source: str = EnrollmentSource.SELF,
    enrolled_by=None,
    due_date: date | None = None,
    now: datetime | None = None,
) -> Enrollment:
    """Enroll a learner in a workshop. Idempotent: enrolling twice returns the same row.

    Learners may only enroll themselves in open workshops. Trainers and HR may assign any
    live workshop: it then shows on the learner's dashboard, locked until its prerequisites
    are passed.
    """
    workshop = _live_workshop(workshop)
    if source == EnrollmentSource.SELF:
        state = workshop_outline(workshop=workshop, user=user)
        if state.locked:
            raise WorkshopLocked(state.lock_reason)
    enrollment, _created = _get_or_create_enrollment(
        user=user,
        workshop=workshop,
        course=_course_of(workshop),
        source=source,
        enrolled_by=enrolled_by,
        due_date=due_date,
        now=now or timezone.now(),
    )
    return enrollment


@transaction.atomic
def course_enroll(
    *,
    user,
    course,
    source: str = EnrollmentSource.SELF,
    enrolled_by=None,
    due_date: date | None = None,
    now: datetime | None = None,
) -> list[Enrollment]:
    """Enroll a learner in a course: every workshop when assigned by staff; the open ones
    when the learner enrolls themselves."""
    if not isinstance(course, CoursePage) or not course.live:
        raise NotOpen(_("This course is not open for enrollment."))
    now = now or timezone.now()
    enrollments = []
    for workshop in WorkshopPage.objects.live().child_of(course).order_by("path"):
        if (
            source == EnrollmentSource.SELF
            and workshop_outline(workshop=workshop, user=user).locked
        ):
            continue
        enrollment, _created = _get_or_create_enrollment(
            user=user,
            workshop=workshop,
            course=course,
            source=source,
            enrolled_by=enrolled_by,
            due_date=due_date,
            now=now,
        )
        enrollments.append(enrollment)
    if not enrollments:
        raise NotOpen(_("This course has no workshop open to you yet."))
    return enrollments


@transaction.atomic
def course_enroll_many(
    *,
    users,
    course,
    source: str,
    enrolled_by=None,
    due_date: date | None = None,
    now: datetime | None = None,
    workshop: WorkshopPage | None = None,
) -> list[Enrollment]:
    """Staff assign a course (every live workshop, or just `workshop`) to many people at
    once (a department, an HR import), in a few queries whatever their number. The new
    enrollments go out in one `enrollments_created` event (receivers write in bulk too).
    Existing enrollments are left as they are.

    A learner who enrolls themselves at the same instant makes the INSERT fail: nothing is
    written and EnrollmentConflict says to try again (the caller's all-or-nothing holds)."""
    if source == EnrollmentSource.SELF:
        raise ValueError("course_enroll_many is for staff assignments")
    if not isinstance(course, CoursePage) or not course.live:
        raise NotOpen(_("This course is not open for enrollment."))
    if workshop is not None:
        workshops = [_live_workshop(workshop)]
    else:
        workshops = list(WorkshopPage.objects.live().child_of(course).order_by("path"))
    if not workshops:
        raise NotOpen(_("This course has no workshop open to you yet."))
    now = now or timezone.now()
    users = list(users)
    keys = [w.translation_key for w in workshops]
    existing = set(
        Enrollment.objects.filter(user__in=users, workshop_key__in=keys).values_list(
            "user_id", "workshop_key"
        )
    )
    new = [
        (user, workshop)
        for user in users
        for workshop in workshops
        if (user.pk, workshop.translation_key) not in existing
    ]
    try:
        with transaction.atomic():
            enrollments = Enrollment.objects.bulk_create(
                [
                    _new_enrollment(user, workshop, course, source, enrolled_by, due_date, now)
                    for user, workshop in new
                ],
                batch_size=500,
            )
    except IntegrityError as error:
        raise EnrollmentConflict() from error
    if enrollments:
        signals.enrollments_created.send(
            sender=Enrollment,
            created=[
                (user, enrollment, workshop)
                for enrollment, (user, workshop) in zip(enrollments, new, strict=True)
            ],
        )
    return enrollments


def workshop_enroll_many(*, users, workshop, **kwargs) -> list[Enrollment]:
    """Staff assign one workshop to many people at once (see course_enroll_many)."""
    workshop = _live_workshop(workshop)
    return course_enroll_many(users=users, course=_course_of(workshop), workshop=workshop, **kwargs)


def _started_fields(enrollment: Enrollment, *, lesson, now) -> tuple[list[str], bool]:
    """Set what a visit or a completion of `lesson` changes on the enrollment, in memory.
    Returns (the fields to save, whether the workshop starts now)."""
    first_time = enrollment.started_at is None
    enrollment.last_lesson_key = lesson.translation_key
    enrollment.last_activity_at = now
    fields = ["last_lesson_key", "last_activity_at", "updated_at"]
    if first_time:
        enrollment.started_at = now
        fields.append("started_at")
    if enrollment.completion_status == CompletionStatus.NOT_STARTED:
        enrollment.completion_status = CompletionStatus.IN_PROGRESS
        fields.append("completion_status")
    return fields, first_time


def _started_send(enrollment: Enrollment, *, workshop) -> None:
    signals.workshop_started.send(
        sender=Enrollment, user=enrollment.user, enrollment=enrollment, workshop=workshop
    )


def _mark_started(enrollment: Enrollment, *, workshop, lesson, now) -> None:
    fields, first_time = _started_fields(enrollment, lesson=lesson, now=now)
    enrollment.save(update_fields=fields)
    if first_time:
        _started_send(enrollment, workshop=workshop)


# A lesson page opened again within this window, while it is still the learner's last
# lesson and latest activity, records nothing (docs/decisions/0016-learner-state-per-request.md):
# the resume link and the dashboard's order would be the same, and a reload is not a visit.
VISIT_WINDOW = timedelta(minutes=30)


def _visit_changes_nothing(enrollment: Enrollment, *, user, lesson, now) -> bool:
    """Whether recording this visit would leave everything a learner or HR reads as it is:
    the workshop is started, this lesson is already the resume point, it was visited less
    than VISIT_WINDOW ago, and no other workshop was worked on since (so the dashboard's
    "most recent workshop" stays this one)."""
    last = enrollment.last_activity_at
    if (
        enrollment.started_at is None
        or enrollment.completion_status == CompletionStatus.NOT_STARTED
        or enrollment.last_lesson_key != lesson.translation_key
        or last is None
        or not (timedelta(0) <= now - last < VISIT_WINDOW)
    ):
        return False
    return all(
        other.last_activity_at is None or other.last_activity_at <= last
        for other in learner_enrollments(user=user).values()
        if other.pk != enrollment.pk
    )


def lesson_visit(
    *, user, lesson: LessonPage, state=None, now: datetime | None = None
) -> Enrollment | None:
    """Remember where an enrolled learner is, so the dashboard can resume there.

    A visit by someone not enrolled (or to a locked workshop) records nothing. `state`, the
    WorkshopState the lesson page already computed, saves reading it again. A reload of the
    learner's current lesson within VISIT_WINDOW writes nothing: no UPDATE, no statement
    (a GET never writes what a reload would repeat, DESIGN.md habit 14).
    """
    if state is None:
        state = workshop_outline(workshop=workshop_for_lesson(lesson=lesson), user=user)
    enrollment = state.enrollment
    if enrollment is None or state.locked:
        return None
    now = now or timezone.now()
    if _visit_changes_nothing(enrollment, user=user, lesson=lesson, now=now):
        return enrollment
    with transaction.atomic():
        _mark_started(enrollment, workshop=state.workshop, lesson=lesson, now=now)
        signals.lesson_viewed.send(
            sender=Enrollment, user=user, enrollment=enrollment, lesson=lesson
        )
    return enrollment


@dataclass
class LessonCompletionResult:
    completion: LessonCompletion
    newly_completed: bool
    workshop_completed: bool = False
    workshop_passed: bool = False
    course_completed: bool = False
    quiz_ready: bool = False  # every lesson done; the final quiz is what is left
    # The workshop as it stands after this completion (read under the lock), so the view
    # need not read the outline again; None when nothing was completed.
    state: WorkshopState | None = None
    # What the action earned (courses.unit_of_work.ActionOutcome).
    action: object | None = None


@transaction.atomic
def lesson_complete(*, user, lesson, now: datetime | None = None) -> LessonCompletionResult:
    """Record that a learner completed a lesson: once, however often it is posted.

    Completing the last lesson completes the workshop; a workshop with no final quiz is then
    passed too. Completing the last workshop of a course completes the course.

    The workshop's outline is read once; what the receivers need travels with the events.
    """
    if not isinstance(lesson, LessonPage) or not lesson.live:
        raise NotOpen(_("This lesson is not available."))
    now = now or timezone.now()
    workshop = _live_workshop(workshop_for_lesson_write(lesson=lesson))
    course = _course_of(workshop)
    # One unit of work: the listeners' writes go in bulk when this block ends.
    with unit_of_work.action(user=user, at=now, workshop=workshop, course=course) as action:
        result = _lesson_complete(
            user=user, lesson=lesson, now=now, workshop=workshop, course=course
        )
    result.action = action
    return result


def _enrollments_locked(user) -> dict:
    """Every enrollment of the learner, locked (in pk order), by workshop key, in one query
    that also brings what the action's listeners would each read about the learner
    (ADR 0017, "The action hands the learner's facts along"):

    - the learner's rows the consumer apps asked for (unit_of_work.LEARNER_ROWS: the
      profile for the statements' language, the stored tier), cached on `user` and in
      `action.facts["learner_rows"]`; those asked locked are locked with the enrollments
      (PostgreSQL: FOR UPDATE OF, which an outer join's nullable side cannot take, so they
      are joined inner; a learner without such a row gets a second query, without them);
    - their certificates, `action.facts["certificates"]`: (workshop key, revoked at, expires
      at) of each, for the tier. A certificate belongs to an enrollment (one-to-one, deleted
      with it), so the learner's enrollments hold all their certificates;
    - the registrations whose workshop is neither passed nor completed yet,
      `action.facts["unsettled_registrations"]`: no passed or completed statement can exist
      for them (those statements are written with the pass, and nothing un-passes an
      enrollment), so the outbox need not look them up for the cmi5 rules."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    base = (
        Enrollment.objects.filter(user=user)
        .annotate(
            _certificate_key=F("certificate__workshop_key"),
            _certificate_revoked_at=F("certificate__revoked_at"),
            _certificate_expires_at=F("certificate__expires_at"),
        )
        .order_by("pk")
    )
    wanted = dict(unit_of_work.LEARNER_ROWS)
    locked = [name for name, lock in wanted.items() if lock]
    rows = None
    if locked and connection.features.has_select_for_update:
        rows = list(
            base.filter(**{f"user__{name}__isnull": False for name in locked})
            .select_related(*[f"user__{name}" for name in wanted])
            .select_for_update(of=("self", *[f"user__{name}" for name in locked]))
        )
        if not rows:
            wanted = {name: lock for name, lock in wanted.items() if not lock}
    if not rows:
        query = base.select_for_update(of=("self",))
        if wanted:
            query = query.select_related(*[f"user__{name}" for name in wanted])
        rows = list(query)
    enrollments, certificates, unsettled, learner_rows = {}, [], set(), {}
    for row in rows:
        if not learner_rows:
            for name in wanted:
                value = getattr(row.user, name, None)
                getattr(get_user_model(), name).related.set_cached_value(user, value)
                learner_rows[name] = value
        row.user = user  # the signals read it; saves a query
        enrollments[row.workshop_key] = row
        if row._certificate_key is not None:
            certificates.append(
                (row._certificate_key, row._certificate_revoked_at, row._certificate_expires_at)
            )
        if not row.is_passed and not row.is_completed:
            unsettled.add(row.registration)
    action = unit_of_work.current()
    if action is not None and action.user == user and enrollments:
        action.facts["certificates"] = certificates
        action.facts["unsettled_registrations"] = unsettled
        action.facts["learner_rows"] = learner_rows
    return enrollments


def _lesson_complete(*, user, lesson, now, workshop, course) -> LessonCompletionResult:
    # Serialise the learner's concurrent posts for this workshop on the enrollment row,
    # locked before the outline is read: the lessons it says are done then stay as they are
    # until the commit (completions are only written under this lock), so nothing needs
    # reading again once the lesson is inserted.
    # Every enrollment of the learner is read (and locked) at once: the outline needs them
    # all for the prerequisites, and the badges and the course's completion after it. The
    # learner's own actions already queue behind each other on their points total, so
    # locking their few other rows serialises nothing more; always in the same order.
    enrollments = _enrollments_locked(user)
    enrollment = enrollments.get(workshop.translation_key)
    locked_before_outline = enrollment is not None
    # Every lesson the learner completed (one query): the outline takes this workshop's,
    # the badges the count.
    completed_all = learner_completed_keys(user=user)
    state = workshop_outline(
        workshop=workshop, user=user, enrollments=enrollments, completed=completed_all
    )
    if state.locked:
        raise WorkshopLocked(state.lock_reason)
    if enrollment is None:
        enrollment, _created = _get_or_create_enrollment(
            user=user,
            workshop=workshop,
            course=course,
            source=EnrollmentSource.SELF,
            enrolled_by=None,
            due_date=None,
            now=now,
        )
        enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        enrollment.user = user
        enrollments[enrollment.workshop_key] = enrollment
    action = unit_of_work.current()
    action.enrollment = enrollment
    # The learner's enrollments as they stand (this one is saved below): the badges' and
    # the course's checks read them from here.
    action.facts["enrollments"] = enrollments

    if lesson.translation_key in state.completed_keys:
        completion = LessonCompletion.objects.filter(
            user=user, lesson_key=lesson.translation_key
        ).first()
        if completion is not None:
            return LessonCompletionResult(completion=completion, newly_completed=False)
    # Not completed when the outline was read: insert, and let the unique constraint tell
    # if another tab completed it since (no read before the insert, no savepoint).
    completion = LessonCompletion(
        user=user, enrollment=enrollment, lesson_key=lesson.translation_key, completed_at=now
    )
    if not insert_new([completion], key=("user", "lesson_key")):
        completion = LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key)
        return LessonCompletionResult(completion=completion, newly_completed=False)

    # Completions are written under the enrollment's lock: the count holds (for a new
    # enrollment another tab may have added one since; the lessons badges then count one
    # fewer, as a read before that tab's commit would).
    action.facts["lessons_done"] = len(completed_all | {lesson.translation_key})
    lesson_keys = {lesson.translation_key for lesson in state.lessons}
    if locked_before_outline:
        done = set(state.completed_keys & lesson_keys) | {lesson.translation_key}
    else:
        # A new enrollment, locked after the outline: another tab may have completed a
        # sibling lesson meanwhile, so read them again under the lock.
        done = set(
            LessonCompletion.objects.filter(user=user, lesson_key__in=lesson_keys).values_list(
                "lesson_key", flat=True
            )
        )
    lessons_done = bool(lesson_keys) and lesson_keys <= done
    # One UPDATE of the enrollment for the visit and what the completion settles; the
    # events go out after it, in the order they happened.
    fields, first_time = _started_fields(enrollment, lesson=lesson, now=now)
    passed, completed, settled = _settle_fields(
        enrollment, workshop=workshop, lessons_done=lessons_done, now=now
    )
    enrollment.save(update_fields=list(dict.fromkeys(fields + settled)))
    if first_time:
        _started_send(enrollment, workshop=workshop)
    signals.lesson_completed.send(
        sender=Enrollment, user=user, enrollment=enrollment, lesson=lesson, completion=completion
    )
    _settle_send(enrollment, workshop=workshop, passed=passed, completed=completed)
    result = LessonCompletionResult(completion=completion, newly_completed=True)
    result.workshop_passed, result.workshop_completed = passed, completed
    result.quiz_ready = lessons_done and not enrollment.is_passed
    if completed:
        result.course_completed = _course_completion_check(user=user, course=course, now=now)
    result.state = replace(state, enrollment=enrollment, completed_keys=done)
    return result


def _settle_fields(enrollment: Enrollment, *, workshop, lessons_done: bool, now) -> tuple:
    """Move an enrollment to passed and completed when it has earned them, in memory; each
    at most once. Without a final quiz, doing the lessons passes the workshop. Completion
    needs the lessons done and the workshop passed.
    Returns (passed now, completed now, the fields to save)."""
    passed_now = completed_now = False
    fields = []
    if lessons_done and not workshop_is_assessed(workshop) and not enrollment.is_passed:
        enrollment.success_status = SuccessStatus.PASSED
        enrollment.passed_at = now
        fields += ["success_status", "passed_at"]
        passed_now = True
    if lessons_done and enrollment.is_passed and not enrollment.is_completed:
        enrollment.completion_status = CompletionStatus.COMPLETED
        enrollment.completed_at = now
        fields += ["completion_status", "completed_at"]
        completed_now = True
    if fields:
        fields.append("updated_at")
    return passed_now, completed_now, fields


def _settle_send(enrollment: Enrollment, *, workshop, passed: bool, completed: bool) -> None:
    user = enrollment.user
    if passed:
        signals.workshop_passed.send(
            sender=Enrollment, user=user, enrollment=enrollment, workshop=workshop
        )
    if completed:
        signals.workshop_completed.send(
            sender=Enrollment, user=user, enrollment=enrollment, workshop=workshop
        )


def _learner_enrollments_now(user) -> dict:
    """The learner's enrollments by workshop key, as they stand in this transaction: those
    the open action holds (read under its lock, saved since), else one read, then held by
    the action for its other listeners (the badges)."""
    action = unit_of_work.current()
    held = action.facts.get("enrollments") if action is not None else None
    if held is not None:
        return held
    enrollments = {}
    for enrollment in Enrollment.objects.filter(user=user):
        enrollment.user = user
        enrollments[enrollment.workshop_key] = enrollment
    if action is not None and action.user == user:
        if action.enrollment is not None:
            enrollments[action.enrollment.workshop_key] = action.enrollment
        action.facts["enrollments"] = enrollments
    return enrollments


def _course_completion_check(*, user, course, now) -> bool:
    """Send course_completed when the workshop just completed was the course's last one."""
    # The course's live workshops, from the cached outline (selectors.site_outline).
    workshop_keys = {
        workshop.translation_key
        for workshop in site_outline().children.get((WorkshopPage, course.path), [])
    }
    enrollments = [
        enrollment
        for key, enrollment in _learner_enrollments_now(user).items()
        if key in workshop_keys and enrollment.completion_status == CompletionStatus.COMPLETED
    ]
    if workshop_keys and len(enrollments) == len(workshop_keys):
        signals.course_completed.send(
            sender=Enrollment, user=user, course=course, enrollments=enrollments, at=now
        )
        return True
    return False


# --- the final quiz -------------------------------------------------------------------------


def _final_quiz(workshop: WorkshopPage):
    if not workshop.final_quiz_id:
        raise NotOpen(_("This workshop has no final quiz."))
    # The learner takes the quiz in the page's language when a translation exists.
    return workshop.final_quiz.localized


@transaction.atomic
def workshop_quiz_start(*, user, workshop, now: datetime | None = None):
    """Start (or resume) the final quiz of an open workshop whose lessons are all done."""
    from quizzes import services as quiz_services

    workshop = _live_workshop(workshop)
    quiz = _final_quiz(workshop)
    state = workshop_outline(workshop=workshop, user=user)
    if state.locked:
        raise WorkshopLocked(state.lock_reason)
    if state.done < state.total:
        raise NotOpen(_("Complete every lesson before the final quiz."))
    now = now or timezone.now()
    _get_or_create_enrollment(
        user=user,
        workshop=workshop,
        course=_course_of(workshop),
        source=EnrollmentSource.SELF,
        enrolled_by=None,
        due_date=None,
        now=now,
    )
    return quiz_services.attempt_start(
        user=user,
        quiz=quiz,
        context_key=workshop.translation_key,
        pass_mark=workshop.pass_mark,
        now=now,
    )


@dataclass
class QuizOutcome:
    attempt: object
    newly_graded: bool
    workshop_passed: bool = False
    workshop_completed: bool = False
    course_completed: bool = False
    # What the action earned (courses.unit_of_work.ActionOutcome).
    action: object | None = None


@transaction.atomic
def workshop_quiz_submit(
    *,
    user,
    workshop,
    attempt_id: int,
    answers: dict,
    now: datetime | None = None,
    attempt=None,
    questions=None,
) -> QuizOutcome:
    """Grade the final quiz attempt and record what it means for the workshop: passed (once),
    failed (never after passed), the score that counts, and completion.

    `attempt` (the learner's attempt at this workshop, as the view read it) and `questions`
    (the attempt's questions the view read for its form) spare reading them again."""
    from quizzes.errors import SubmissionRejected
    from quizzes.models import Attempt

    workshop = _live_workshop(workshop)
    known = (
        attempt is not None
        and attempt.pk == attempt_id
        and attempt.user_id == user.pk
        and attempt.context_key == workshop.translation_key
    )
    if (
        not known
        and not Attempt.objects.filter(
            pk=attempt_id, user=user, context_key=workshop.translation_key
        ).exists()
    ):
        raise SubmissionRejected(_("This attempt does not belong to this workshop."))
    now = now or timezone.now()
    with unit_of_work.action(user=user, at=now, workshop=workshop) as action:
        outcome = _quiz_submit(
            user=user,
            workshop=workshop,
            attempt_id=attempt_id,
            answers=answers,
            now=now,
            questions=questions,
            action=action,
            attempt=attempt if known else None,
        )
    outcome.action = action
    return outcome


def _quiz_submit(
    *, user, workshop, attempt_id, answers, now, questions, action, attempt
) -> QuizOutcome:
    from quizzes import services as quiz_services
    from quizzes.selectors import attempts_of, grade_that_counts

    # The enrollment is locked before the attempt is graded, so the listeners of the
    # grading (the answers' statements) have it without reading it again. Serialises the
    # learner's concurrent submissions for this workshop, like lesson_complete.
    # Every enrollment of the learner, locked, with what the listeners need of the
    # learner (_enrollments_locked): the badges and the course's check read them too.
    enrollments = _enrollments_locked(user)
    enrollment = enrollments.get(workshop.translation_key)
    if enrollment is None:
        raise Enrollment.DoesNotExist("No enrollment in this workshop")
    action.enrollment = enrollment
    action.facts["enrollments"] = enrollments
    result = quiz_services.attempt_submit(
        attempt_id=attempt_id,
        user=user,
        answers=answers,
        now=now,
        questions=questions,
        attempt=attempt,
    )
    outcome = QuizOutcome(attempt=result.attempt, newly_graded=result.newly_graded)
    if not result.newly_graded:
        return outcome
    attempt = result.attempt
    action.attempt = attempt
    # A first attempt is the only one there is (numbers follow each other, one in progress
    # at a time): no need to read the others to know which grade counts.
    counted = grade_that_counts(
        attempt.quiz,
        [attempt]
        if attempt.number == 1
        else attempts_of(
            user=user, quiz_key=attempt.quiz_key, context_key=workshop.translation_key
        ),
    )
    enrollment.score_scaled = counted.score_scaled if counted else attempt.score_scaled
    fields = ["score_scaled", "updated_at"]
    if attempt.passed and not enrollment.is_passed:
        enrollment.success_status = SuccessStatus.PASSED
        enrollment.passed_at = now
        fields += ["success_status", "passed_at"]
        outcome.workshop_passed = True
    elif not attempt.passed and not enrollment.is_passed:
        enrollment.success_status = SuccessStatus.FAILED
        fields.append("success_status")
    enrollment.last_activity_at = now
    fields.append("last_activity_at")
    # Only whether every live lesson is done matters here: one aggregate, not the outline.
    # The completion it may settle goes in the same UPDATE.
    _passed, outcome.workshop_completed, settled = _settle_fields(
        enrollment, workshop=workshop, lessons_done=_lessons_done(user, workshop), now=now
    )
    enrollment.save(update_fields=list(dict.fromkeys(fields + settled)))
    if outcome.workshop_passed:
        signals.workshop_passed.send(
            sender=Enrollment, user=user, enrollment=enrollment, workshop=workshop, attempt=attempt
        )
    elif not attempt.passed and not enrollment.is_passed:
        signals.workshop_failed.send(
            sender=Enrollment, user=user, enrollment=enrollment, workshop=workshop, attempt=attempt
        )
    _settle_send(enrollment, workshop=workshop, passed=False, completed=outcome.workshop_completed)
    if outcome.workshop_completed:
        outcome.course_completed = _course_completion_check(
            user=user, course=_course_of(workshop), now=now
        )
    return outcome


def _lessons_done(user, workshop) -> bool:
    """Whether the learner has completed every live lesson of the workshop (and it has
    some): what the outline's `done >= total` says, in one query."""
    completed = LessonCompletion.objects.filter(user=user).values("lesson_key")
    row = (
        LessonPage.objects.live()
        .child_of(workshop)
        .aggregate(
            total=Count("pk"),
            done=Count("pk", filter=Q(translation_key__in=Subquery(completed))),
        )
    )
    return row["total"] > 0 and row["done"] >= row["total"]
