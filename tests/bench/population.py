"""The benchmark's people: many learners over the demo academy, at every point of the path.

A few learners go through the real services (`lms.accounts.services.user_create`,
`courses.services.workshop_enroll / course_enroll / lesson_complete`), so their rows are
exactly what the application writes. The bulk is written with `bulk_create` following the
same rules (levels climbed in order, a workshop passed when all its lessons are completed,
HR assignments covering a whole course), because 1,000 learners through the services would
take minutes. Everything is drawn from a seeded random generator: two runs build the same
population.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from courses import services as course_services
from courses.levels import LEVEL_RANK
from courses.models import (
    CompletionStatus,
    CoursePage,
    Enrollment,
    EnrollmentSource,
    LessonCompletion,
    LessonPage,
    SuccessStatus,
    WorkshopPage,
)
from lms.accounts import roles
from lms.accounts.models import LearnerProfile, User
from lms.accounts.services import user_create
from lms.demo.builder import final_quiz_take

DEPARTMENTS = {
    "Marketing": ["Brand", "Events", "Content"],
    "Sales": ["Key accounts", "Inside sales", "Partners"],
    "Engineering": ["Cloud", "Mobile", "Data"],
    "Customer success": ["Support", "Onboarding"],
    "Communication": ["Social media", "Press"],
    "HR": ["Learning", "Recruiting"],
    "Finance": ["Accounting", "Procurement"],
    "Legal": ["Compliance"],
    "IT": ["Platform", "Security"],
    "Operations": ["Logistics", "Facilities"],
}
FIRST_NAMES = [
    "Camille", "Alex", "Léa", "Sam", "Hugo", "Chloé", "Noah", "Inès", "Lucas", "Emma",
    "Jules", "Zoé", "Adam", "Lina", "Nathan", "Manon", "Yanis", "Sarah", "Louis", "Jade",
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
    "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Taylor",
    "Morgan", "Nguyen", "Rossi", "Schmidt",
]  # fmt: skip
HR_EMAIL = "hr@porte-voix.test"  # the demo's HR person assigns the "hr" enrollments


@dataclass(frozen=True)
class WorkshopShape:
    workshop: WorkshopPage
    course: CoursePage
    lessons: tuple[LessonPage, ...]  # live English lessons, in tree order


@dataclass(frozen=True)
class CoursePlan:
    """Where one learner is in one course."""

    course: int  # index into the academy shape
    source: str  # EnrollmentSource.SELF or .HR (HR assigns every workshop of the course)
    passed: int  # workshops passed, in level order
    current: float  # share of the lessons done in the next workshop, in [0, 1)
    days_ago: int  # when the learner started the course


@dataclass
class Learner:
    user: User
    plans: list[CoursePlan]
    via_services: bool = False


@dataclass
class Population:
    learners: list[Learner] = field(default_factory=list)
    seconds: float = 0.0

    def open_lessons(self, learner: Learner, shape) -> list[tuple[WorkshopShape, LessonPage]]:
        """Lessons in workshops the learner is enrolled in and that are not locked."""
        found = []
        for plan in learner.plans:
            workshops = shape[plan.course]
            for workshop in workshops[: min(plan.passed + 1, len(workshops))]:
                found.extend((workshop, lesson) for lesson in workshop.lessons)
        return found


def academy_shape() -> list[list[WorkshopShape]]:
    """The English courses of the demo academy, their workshops by level, their lessons."""
    english = Locale.objects.get(language_code="en")
    step = Page.steplen
    courses = list(CoursePage.objects.live().filter(locale=english).order_by("path"))
    lessons = defaultdict(list)
    for lesson in LessonPage.objects.live().filter(locale=english).order_by("path"):
        lessons[lesson.path[:-step]].append(lesson)
    workshops = defaultdict(list)
    for workshop in WorkshopPage.objects.live().filter(locale=english).order_by("path"):
        workshops[workshop.path[:-step]].append(workshop)
    shape = []
    for course in courses:
        ordered = sorted(workshops[course.path], key=lambda w: (LEVEL_RANK.get(w.level, 0), w.path))
        shape.append(
            [WorkshopShape(w, course, tuple(lessons[w.path])) for w in ordered if lessons[w.path]]
        )
    if not any(shape):
        raise SystemExit("The demo academy has no live English lesson: nothing to measure.")
    return shape


def _plans(rng: random.Random, shape) -> list[CoursePlan]:
    count = min(rng.choices([0, 1, 2, 3], weights=[5, 35, 35, 25])[0], len(shape))
    plans = []
    for index in sorted(rng.sample(range(len(shape)), count)):
        plans.append(
            CoursePlan(
                course=index,
                source=EnrollmentSource.HR if rng.random() < 0.15 else EnrollmentSource.SELF,
                passed=min(rng.choices([0, 1, 2, 3], weights=[40, 30, 20, 10])[0], 3),
                current=rng.random(),
                days_ago=rng.randint(45, 180),
            )
        )
    return plans


def _identity(i: int, rng: random.Random) -> dict:
    department = rng.choice(list(DEPARTMENTS))
    return {
        "email": f"learner{i:05d}@bench.porte-voix.test",
        "first_name": rng.choice(FIRST_NAMES),
        "last_name": rng.choice(LAST_NAMES),
        "employee_id": f"B{i:05d}",
        "department": department,
        "team": rng.choice(DEPARTMENTS[department]),
        "preferred_language": "fr" if rng.random() < 0.4 else "en",
    }


def _lessons_done(plan: CoursePlan, level: int, workshop: WorkshopShape) -> int:
    if level < plan.passed:
        return len(workshop.lessons)
    if level == plan.passed:
        return min(int(plan.current * len(workshop.lessons)), len(workshop.lessons) - 1)
    return 0


def _through_services(learner: Learner, identity: dict, shape, hr_user, now) -> None:
    """The learner's whole history written by the application's own services."""
    learner.user = user_create(groups=(roles.LEARNERS,), **identity)
    for plan in learner.plans:
        workshops = shape[plan.course]
        clock = now - timedelta(days=plan.days_ago)
        if plan.source == EnrollmentSource.HR:
            course_services.course_enroll(
                user=learner.user,
                course=workshops[0].course,
                source=EnrollmentSource.HR,
                enrolled_by=hr_user,
                now=clock,
            )
        for level, workshop in enumerate(workshops[: plan.passed + 1]):
            clock += timedelta(days=1)
            course_services.workshop_enroll(
                user=learner.user, workshop=workshop.workshop, source=plan.source, now=clock
            )
            for lesson in workshop.lessons[: _lessons_done(plan, level, workshop)]:
                clock += timedelta(minutes=20)
                course_services.lesson_complete(user=learner.user, lesson=lesson, now=clock)
            if level < plan.passed and workshop.workshop.final_quiz_id:
                # Lessons complete a workshop; its final quiz is what passes it.
                clock += timedelta(minutes=15)
                final_quiz_take(learner.user, workshop.workshop, clock, right=True)


def _enrollment_rows(learner: Learner, shape, hr_user, now, rng):
    """Enrollment objects and, for each, the (lesson key, time) of its completions."""
    rows = []
    for plan in learner.plans:
        workshops = shape[plan.course]
        start = now - timedelta(days=plan.days_ago)
        clock = start
        hr = plan.source == EnrollmentSource.HR
        enrolled = workshops if hr else workshops[: plan.passed + 1]
        for level, workshop in enumerate(enrolled):
            clock += timedelta(days=rng.randint(1, 7))
            enrollment = Enrollment(
                user=learner.user,
                course_key=workshop.course.translation_key,
                workshop_key=workshop.workshop.translation_key,
                source=plan.source,
                enrolled_by=hr_user if hr else None,
                enrolled_at=start if hr else clock,
                due_date=(start + timedelta(days=60)).date() if hr else None,
            )
            done = []
            for lesson in workshop.lessons[: _lessons_done(plan, level, workshop)]:
                clock += timedelta(minutes=rng.randint(5, 90))
                done.append((lesson.translation_key, clock))
            if done:
                enrollment.started_at = done[0][1]
                enrollment.last_activity_at = clock
                enrollment.last_lesson_key = done[-1][0]
                enrollment.completion_status = CompletionStatus.IN_PROGRESS
            if len(done) == len(workshop.lessons):
                # No final quiz yet: completing the lessons passes the workshop (services.py).
                enrollment.completion_status = CompletionStatus.COMPLETED
                enrollment.completed_at = clock
                enrollment.success_status = SuccessStatus.PASSED
                enrollment.passed_at = clock
            rows.append((enrollment, done))
    return rows


@transaction.atomic
def learners_create(*, count: int, via_services: int, seed: int = 20240501) -> Population:
    """`count` learners, the first `via_services` of them through the services."""
    rng = random.Random(seed)
    shape = academy_shape()
    now = timezone.now()
    hr_user = User.objects.get(email=HR_EMAIL)
    population = Population()
    identities = []
    for i in range(count):
        identity = _identity(i, rng)
        identities.append(identity)
        population.learners.append(Learner(user=None, plans=_plans(rng, shape)))

    for learner, identity in zip(
        population.learners[:via_services], identities[:via_services], strict=True
    ):
        learner.via_services = True
        _through_services(learner, identity, shape, hr_user, now)

    bulk = population.learners[via_services:]
    bulk_identities = identities[via_services:]
    unusable = make_password(None)
    users = User.objects.bulk_create(
        [
            User(
                email=identity["email"],
                first_name=identity["first_name"],
                last_name=identity["last_name"],
                password=unusable,
            )
            for identity in bulk_identities
        ],
        batch_size=500,
    )
    for learner, user in zip(bulk, users, strict=True):
        learner.user = user
    learners_group = Group.objects.get(name=roles.LEARNERS)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=learners_group.pk) for u in users],
        batch_size=500,
    )
    LearnerProfile.objects.bulk_create(
        [
            LearnerProfile(
                user=user,
                employee_id=identity["employee_id"],
                department=identity["department"],
                team=identity["team"],
                preferred_language=identity["preferred_language"],
            )
            for user, identity in zip(users, bulk_identities, strict=True)
        ],
        batch_size=500,
    )

    rows = [row for learner in bulk for row in _enrollment_rows(learner, shape, hr_user, now, rng)]
    Enrollment.objects.bulk_create([enrollment for enrollment, _done in rows], batch_size=500)
    if any(enrollment.pk is None for enrollment, _done in rows):  # old SQLite: no RETURNING
        pks = {
            (e.user_id, e.workshop_key): e.pk
            for e in Enrollment.objects.only("pk", "user_id", "workshop_key")
        }
        for enrollment, _done in rows:
            enrollment.pk = pks[(enrollment.user_id, enrollment.workshop_key)]
    LessonCompletion.objects.bulk_create(
        [
            LessonCompletion(
                user_id=enrollment.user_id,
                enrollment_id=enrollment.pk,
                lesson_key=key,
                completed_at=when,
            )
            for enrollment, done in rows
            for key, when in done
        ],
        batch_size=1000,
    )
    return population


FLOOR_HOST = "plain.bench.test"


@transaction.atomic
def floor_pages_create() -> tuple[Page, Page, Page]:
    """Bare Wagtail pages on a Wagtail site of their own (FLOOR_HOST), so that none of our
    code is on their path: no AcademyPage.route, no LearnerPage.serve, no base.html.

    The site's root is a bare Page; the floor is its child (the depth of a course); a
    second bare page sits as deep as a lesson (root > course > workshop > lesson), to show
    what Wagtail's own routing costs at that depth. A third one, beside the floor, renders
    our base.html (see templates/wagtailcore/page.html): the cost of the academy's chrome.
    """
    english = Locale.objects.get(language_code="en")
    parent = Page.get_first_root_node()
    pages = []
    for slug, title in [
        ("plain-root", "Plain site"),
        ("bench-plain", "A plain Wagtail page"),
        ("level-4", "Level 4"),
        ("level-5", "A plain Wagtail page at lesson depth"),
    ]:
        page = Page(title=title, slug=slug, locale=english)
        parent.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
        parent = page
    chrome = Page(title="A plain page in our base.html", slug="bench-chrome", locale=english)
    pages[0].add_child(instance=chrome)
    chrome.save_revision().publish()
    Site.objects.create(hostname=FLOOR_HOST, port=80, root_page=pages[0], site_name="Plain")
    return pages[1], pages[-1], chrome


def path_of(page: Page) -> str:
    """The page's path on its own site ("/en/..."), whichever site that is."""
    _site_id, _root_url, path = page.get_url_parts()
    return path
