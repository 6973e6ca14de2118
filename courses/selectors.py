"""Reads for the learner path. Each selector runs a fixed number of queries, however many
courses, workshops and lessons there are (tests/courses/test_query_counts.py holds us to it)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from .levels import LEVEL_RANK
from .models import (
    CompletionStatus,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    WorkshopPage,
    WorkshopPrerequisite,
)
from .prepared_reads import PreparedRead
from .request_memo import in_unsafe_request, memo_active, memoised
from .shared_cache import derived, shared

STEP = Page.steplen


def _parent_path(page) -> str:
    return page.path[:-STEP]


@dataclass
class WorkshopState:
    workshop: WorkshopPage
    lessons: list[LessonPage]
    enrollment: Enrollment | None
    completed_keys: set[UUID]
    missing_prerequisites: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.translation_key in self.completed_keys)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def locked(self) -> bool:
        return bool(self.missing_prerequisites)

    @property
    def lock_reason(self) -> str:
        if not self.locked:
            return ""
        return _("Pass %(workshops)s first.") % {"workshops": ", ".join(self.missing_prerequisites)}

    @property
    def is_passed(self) -> bool:
        return bool(self.enrollment and self.enrollment.is_passed)

    @property
    def is_completed(self) -> bool:
        return bool(self.enrollment and self.enrollment.is_completed)

    @property
    def status(self) -> str:
        """One word for the badge: passed, completed, in_progress, enrolled, available, locked."""
        if self.is_passed:
            return "passed"
        if self.is_completed:
            return "completed"
        if self.locked:
            return "locked"
        if self.enrollment and (
            self.done or self.enrollment.completion_status == CompletionStatus.IN_PROGRESS
        ):
            return "in_progress"
        if self.enrollment:
            return "enrolled"
        return "available"

    @property
    def status_label(self) -> str:
        return {
            "passed": _("Passed"),
            "completed": _("Completed"),
            "in_progress": _("In progress"),
            "enrolled": _("Enrolled"),
            "available": _("Available"),
            "locked": _("Locked"),
        }[self.status]

    @property
    def next_lesson(self) -> LessonPage | None:
        """Where to resume: the last lesson visited if unfinished, else the first not done."""
        if not self.lessons:
            return None
        last_key = self.enrollment.last_lesson_key if self.enrollment else None
        for lesson in self.lessons:
            if lesson.translation_key == last_key and last_key not in self.completed_keys:
                return lesson
        for lesson in self.lessons:
            if lesson.translation_key not in self.completed_keys:
                return lesson
        return None


@dataclass
class CourseState:
    course: CoursePage
    workshops: list[WorkshopState]

    @property
    def total(self) -> int:
        return sum(w.total for w in self.workshops)

    @property
    def done(self) -> int:
        return sum(w.done for w in self.workshops)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def passed_count(self) -> int:
        return sum(1 for w in self.workshops if w.is_passed)

    @property
    def is_enrolled(self) -> bool:
        return any(w.enrollment for w in self.workshops)

    @property
    def next_step(self) -> tuple[WorkshopState, LessonPage] | None:
        """The lesson to open next: in the workshop most recently worked on, else the first
        open workshop not yet passed."""
        candidates = [w for w in self.workshops if not w.locked and not w.is_passed]
        recent = sorted(
            (w for w in candidates if w.enrollment and w.enrollment.last_activity_at),
            key=lambda w: w.enrollment.last_activity_at,
            reverse=True,
        )
        for state in [*recent, *candidates]:
            lesson = state.next_lesson
            if lesson is not None:
                return state, lesson
        return None


def _locales() -> dict[str, Locale]:
    return shared("locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()})


def locale_for_language(language_code: str | None) -> Locale | None:
    """The Locale of a language code (a supported variant of it), from the cache: what
    `Locale.objects.get_for_language` answers, without its query on every page."""
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    return _locales().get(code)


def locales_by_code() -> dict[str, Locale]:
    """Every Locale by language code, from the cache."""
    return _locales()


def locale_by_code(language_code: str) -> Locale | None:
    """The Locale whose code is exactly `language_code`, from the cache."""
    return _locales().get(language_code)


def default_locale() -> Locale:
    """`Locale.get_default()`, cached."""
    return locale_for_language(settings.LANGUAGE_CODE) or Locale.get_default()


def active_locale() -> Locale:
    """`Locale.get_active()`, cached."""
    return locale_for_language(get_language()) or default_locale()


# The learner's rows every learner page reads: their SQL is built once per connection
# (prepared_reads.py), not on every request.
_ENROLLMENTS_OF = PreparedRead(lambda user_id: Enrollment.objects.filter(user_id=user_id))
_COMPLETED_KEYS_OF = PreparedRead(
    lambda user_id: LessonCompletion.objects.filter(user_id=user_id).values_list(
        "lesson_key", flat=True
    )
)


def _user_enrollments(user) -> dict[UUID, Enrollment]:
    if not user.is_authenticated:
        return {}

    def load():
        enrollments = {}
        for enrollment in _ENROLLMENTS_OF(user.pk):
            enrollment.user = user  # saves a query when a service reads enrollment.user
            enrollments[enrollment.workshop_key] = enrollment
        return enrollments

    # Once per request: the dashboard's courses, the lesson page and the visit it records
    # share the same Enrollment objects (request_memo.py).
    return memoised("courses:enrollments", user, load)


def learner_enrollments(*, user) -> dict[UUID, Enrollment]:
    """The learner's enrollments by workshop key: one query, once per request."""
    return _user_enrollments(user)


def learner_completed_keys(*, user) -> frozenset[UUID]:
    """Every lesson the learner has completed, by translation key: one query, once per
    request. Reading them all costs no more than filtering by the page's lessons, and every
    panel of the request can share it."""
    if not user.is_authenticated:
        return frozenset()
    return memoised(
        "courses:completions",
        user,
        lambda: frozenset(_COMPLETED_KEYS_OF(user.pk)),
    )


def _completed_lesson_keys(user, lesson_keys) -> set[UUID]:
    if not user.is_authenticated or not lesson_keys:
        return set()
    return set(learner_completed_keys(user=user) & set(lesson_keys))


# What outlines show of a page: enough for titles, links, levels and locks. Loading whole pages
# (StreamField bodies included) was half the dashboard's time (tests/bench/README.md).
OUTLINE_FIELDS = (
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "live",
    "locale_id",
    "translation_key",
    "content_type_id",
    "latest_revision_id",  # the statements' activity is cached by revision (lms.tracking)
)
MODEL_OUTLINE_FIELDS = {
    LessonPage: ("estimated_minutes",),
    WorkshopPage: ("level", "estimated_minutes", "requires_previous_level", "final_quiz_id"),
    CoursePage: ("summary",),
}


@dataclass
class SiteOutline:
    """Every live course, workshop and lesson (outline fields only) and every prerequisite:
    the same for all learners, cached (shared_cache.py) and rebuilt after any page change.
    Four queries, whatever the size of the academy."""

    children: dict[tuple[type, str], list[Page]]  # (model, parent path) -> live children
    by_path: dict[str, Page]
    prerequisites: dict[int, list[tuple[UUID, str]]]  # workshop id -> (key, title)


def _outline_load() -> SiteOutline:
    children = defaultdict(list)
    by_path = {}
    for model in (CoursePage, WorkshopPage, LessonPage):
        fields = OUTLINE_FIELDS + MODEL_OUTLINE_FIELDS.get(model, ())
        for page in model.objects.live().only(*fields).order_by("path"):
            children[(model, _parent_path(page))].append(page)
            by_path[page.path] = page
    prerequisites = defaultdict(list)
    for page_id, key, title in WorkshopPrerequisite.objects.order_by(
        "sort_order", "pk"
    ).values_list("page_id", "required__translation_key", "required__title"):
        prerequisites[page_id].append((key, title))
    return SiteOutline(dict(children), by_path, dict(prerequisites))


def site_outline() -> SiteOutline:
    return shared("courses:outline", _outline_load)


def outline_page_at(url_path: str) -> Page | None:
    """The live course, workshop or lesson whose `url_path` this is (outline fields only),
    from the cached outline; None in a request that must not read the cache (a POST)."""
    if not memo_active():
        return None
    by_url_path = derived(
        ("outline_by_url_path",),
        lambda: {page.url_path: page for page in site_outline().by_path.values()},
    )
    return by_url_path.get(url_path)


def outline_page_for_write(model, *, pk: int | None = None, path: str | None = None):
    """The live page of `model` with this pk or path from the cached outline (outline
    fields only: enough for a learner's write and its statements), in a request (a POST
    takes a definition read less than WRITE_MAX_AGE ago, shared_cache.py); None outside a
    request, or when the outline does not have it: the caller reads the database then."""
    if not (memo_active() or in_unsafe_request()):
        return None
    outline = site_outline()
    if path is not None:
        page = outline.by_path.get(path)
    else:
        by_pk = derived(
            ("outline_by_pk",), lambda: {page.pk: page for page in outline.by_path.values()}
        )
        page = by_pk.get(pk)
    return page if isinstance(page, model) else None


def _children_of(model, parents):
    """Live children of several parents, in tree order, from the cached outline."""
    if not parents:
        return []
    children = site_outline().children
    pages = [page for p in parents for page in children.get((model, p.path), [])]
    return sorted(pages, key=lambda page: page.path)


def _workshop_states(
    user, workshops, enrollments, lessons_of=None, completed=None
) -> list[WorkshopState]:
    """States for workshops (all of them from the same courses, so the level rule can be
    checked against their siblings). `lessons_of` limits which workshops' lessons are read
    (default: all of them). `completed`: every lesson key the learner has completed, when
    the caller has read them."""
    lessons = _children_of(LessonPage, workshops if lessons_of is None else lessons_of)
    lessons_by_parent = defaultdict(list)
    for lesson in lessons:
        lessons_by_parent[_parent_path(lesson)].append(lesson)
    lesson_keys = [lesson.translation_key for lesson in lessons]
    if completed is None:
        completed = _completed_lesson_keys(user, lesson_keys)
    else:
        completed = set(completed & set(lesson_keys))

    titles = {w.translation_key: w.title for w in workshops}
    explicit = site_outline().prerequisites

    siblings = defaultdict(list)
    for workshop in workshops:
        siblings[_parent_path(workshop)].append(workshop)

    states = []
    for workshop in workshops:
        required = dict(explicit.get(workshop.pk, []))
        if workshop.requires_previous_level:
            for other in siblings[_parent_path(workshop)]:
                if LEVEL_RANK.get(other.level, 0) < LEVEL_RANK.get(workshop.level, 0):
                    required[other.translation_key] = other.title
        missing = [
            titles.get(key, title)
            for key, title in required.items()
            if not (enrollments.get(key) and enrollments[key].is_passed)
        ]
        states.append(
            WorkshopState(
                workshop=workshop,
                lessons=lessons_by_parent.get(workshop.path, []),
                enrollment=enrollments.get(workshop.translation_key),
                completed_keys=completed,
                missing_prerequisites=missing,
            )
        )
    return states


def _sorted_by_level(workshops):
    return sorted(workshops, key=lambda w: (LEVEL_RANK.get(w.level, 0), w.path))


def _course_states(user, courses, enrollments) -> list[CourseState]:
    workshops = _sorted_by_level(_children_of(WorkshopPage, courses))
    states = _workshop_states(user, workshops, enrollments)
    by_course = defaultdict(list)
    for state in states:
        by_course[_parent_path(state.workshop)].append(state)
    return [CourseState(course=c, workshops=by_course.get(c.path, [])) for c in courses]


def _locale_preference(locale) -> dict[int, int]:
    """Lower is better: the viewer's locale, then the default locale, then any other."""
    return {locale.pk: 0, default_locale().pk: 1}


def in_best_locale(pages, locale):
    """One page per translation key: the active locale's version, else the default
    locale's, else any other (a course only written in a third language)."""
    rank = _locale_preference(locale)
    best = {}
    for page in pages:
        current = best.get(page.translation_key)
        if current is None or rank.get(page.locale_id, 2) < rank.get(current.locale_id, 2):
            best[page.translation_key] = page
    return list(best.values())


def dashboard_for_learner(*, user) -> list[CourseState]:
    """The courses a learner is enrolled in, with progress and next steps."""
    enrollments = _user_enrollments(user)
    course_keys = {e.course_key for e in enrollments.values()}
    if not course_keys:
        return []
    locale = active_locale()
    live_courses = site_outline().children
    candidates = [
        page
        for (model, _parent), pages in live_courses.items()
        if model is CoursePage
        for page in pages
        if page.translation_key in course_keys
    ]
    courses = in_best_locale(sorted(candidates, key=lambda c: c.path), locale)
    courses.sort(key=lambda c: c.path)
    return _course_states(user, courses, enrollments)


def catalogue_for_learner(*, academy, user) -> list[CourseState]:
    """Every live course of an academy, with the learner's state in each."""
    courses = list(CoursePage.objects.live().child_of(academy).order_by("path"))
    return _course_states(user, courses, _user_enrollments(user))


def course_outline(*, course, user) -> CourseState:
    return _course_states(user, [course], _user_enrollments(user))[0]


def _workshop_siblings(workshop) -> list[WorkshopPage]:
    """The live workshops of the workshop's course (itself included, even as a draft in
    preview), sorted by level."""
    siblings = list(site_outline().children.get((WorkshopPage, _parent_path(workshop)), []))
    if workshop.pk not in {w.pk for w in siblings}:
        siblings.append(workshop)
    return _sorted_by_level(siblings)


def course_of(*, workshop) -> CoursePage | None:
    """The workshop's course: from the outline when live, else (a draft) from the database."""
    path = _parent_path(workshop)
    course = site_outline().by_path.get(path)
    if isinstance(course, CoursePage):
        return course
    return CoursePage.objects.filter(path=path).first()


def _state_among(user, workshop, siblings, enrollments=None, completed=None) -> WorkshopState:
    if enrollments is None:
        enrollments = _user_enrollments(user)
    states = _workshop_states(
        user, siblings, enrollments, lessons_of=[workshop], completed=completed
    )
    return next(s for s in states if s.workshop.pk == workshop.pk)


def workshop_outline(*, workshop, user, enrollments=None, completed=None) -> WorkshopState:
    """`enrollments`: the learner's enrollments by workshop key, when the caller has
    already read them (a service, under its lock); else they are read (once per request).
    `completed`: every lesson key the learner has completed, likewise."""
    return _state_among(user, workshop, _workshop_siblings(workshop), enrollments, completed)


@dataclass
class LessonViewState:
    course: CoursePage | None
    workshop: WorkshopState
    lesson: LessonPage

    @property
    def is_completed(self) -> bool:
        return self.lesson.translation_key in self.workshop.completed_keys

    @property
    def position(self) -> int:
        keys = [lesson.translation_key for lesson in self.workshop.lessons]
        return (
            keys.index(self.lesson.translation_key) + 1
            if self.lesson.translation_key in keys
            else 0
        )

    @property
    def previous_lesson(self) -> LessonPage | None:
        index = self.position - 1
        return self.workshop.lessons[index - 1] if index > 0 else None

    @property
    def following_lesson(self) -> LessonPage | None:
        index = self.position
        return self.workshop.lessons[index] if 0 < index < len(self.workshop.lessons) else None


def lesson_view_state(*, lesson, user) -> LessonViewState:
    workshop_path = _parent_path(lesson)
    course_path = workshop_path[:-STEP]
    outline = site_outline()
    workshop = outline.by_path.get(workshop_path)
    if isinstance(workshop, WorkshopPage):
        siblings = _sorted_by_level(outline.children.get((WorkshopPage, course_path), []))
    else:
        # A lesson of a draft workshop (a preview): read the drafts too.
        siblings = _sorted_by_level(
            WorkshopPage.objects.filter(path__startswith=course_path, depth=lesson.depth - 1)
        )
        workshop = next(w for w in siblings if w.path == workshop_path)
        siblings = [w for w in siblings if w.live or w.pk == workshop.pk]
    course = outline.by_path.get(course_path)
    if not isinstance(course, CoursePage):
        course = CoursePage.objects.filter(path=course_path).first()
    return LessonViewState(
        course=course, workshop=_state_among(user, workshop, siblings), lesson=lesson
    )


def workshop_for_lesson(*, lesson) -> WorkshopPage:
    return WorkshopPage.objects.get(path=_parent_path(lesson))


def workshop_for_lesson_write(*, lesson) -> WorkshopPage:
    """The lesson's workshop for a learner's write: from the cached outline in a request
    (outline_page_for_write), else the page."""
    found = outline_page_for_write(WorkshopPage, path=_parent_path(lesson))
    return found if found is not None else workshop_for_lesson(lesson=lesson)


def page_titles_by_key(keys) -> dict[UUID, str]:
    """Titles of pages by translation key, in the active locale when it has them, else in
    the default locale, else in any other."""
    rank = _locale_preference(active_locale())
    titles, ranks = {}, {}
    for key, locale_id, title in Page.objects.filter(translation_key__in=set(keys)).values_list(
        "translation_key", "locale_id", "title"
    ):
        if key not in titles or rank.get(locale_id, 2) < ranks[key]:
            titles[key], ranks[key] = title, rank.get(locale_id, 2)
    return titles


def enrollments_recent(*, limit: int = 20) -> list[Enrollment]:
    """The latest enrollments, each with `course_title` and `workshop_title` set."""
    rows = list(
        Enrollment.objects.select_related("user", "enrolled_by").order_by("-enrolled_at")[:limit]
    )
    titles = page_titles_by_key([r.course_key for r in rows] + [r.workshop_key for r in rows])
    for row in rows:
        row.course_title = titles.get(row.course_key, "—")
        row.workshop_title = titles.get(row.workshop_key, "—")
    return rows
