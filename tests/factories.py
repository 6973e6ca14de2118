"""Builders for tests: an academy tree of any size, and people in each role."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field

from wagtail.models import Locale, Page, Site

from courses.models import AcademyPage, CoursePage, LessonPage, WorkshopPage
from lms.accounts import roles
from lms.accounts.services import user_create

PASSWORD = "correct-horse-battery"
_counter = itertools.count(1)

LEVELS = ("beginner", "intermediate", "expert")


def make_user(*, group: str = roles.LEARNERS, language: str = "en", **kwargs):
    n = next(_counter)
    defaults = {
        "email": f"person{n}@example.com",
        "first_name": f"First{n}",
        "last_name": f"Last{n}",
        "password": PASSWORD,
        "employee_id": f"T{n:05d}",
        "department": "Marketing",
        "team": "Brand",
    }
    defaults.update(kwargs)
    return user_create(preferred_language=language, groups=(group,) if group else (), **defaults)


def lesson_body(text: str = "Share what is public, never what is confidential.") -> str:
    return json.dumps(
        [
            {"type": "rich_text", "value": f"<p>{text}</p>"},
            {"type": "takeaways", "value": {"title": "Key takeaways", "items": ["One", "Two"]}},
        ]
    )


@dataclass
class Academy:
    academy: AcademyPage
    courses: list[CoursePage] = field(default_factory=list)
    workshops: dict[tuple[int, str], WorkshopPage] = field(default_factory=dict)
    lessons: dict[tuple[int, str], list[LessonPage]] = field(default_factory=dict)

    def workshop(self, course_index: int = 0, level: str = "beginner") -> WorkshopPage:
        return self.workshops[(course_index, level)]

    def lessons_of(self, course_index: int = 0, level: str = "beginner") -> list[LessonPage]:
        return self.lessons[(course_index, level)]


def _publish(page):
    # add_child() already stores a live page; a revision is only needed for the admin's
    # history, which these tests do not look at, and it triples the cost of a page.
    return page


def ensure_site_root() -> Page:
    """The tree root (depth 1). Transactional tests flush it away; recreate it then."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code="en")
        root = Page.add_root(
            title="Root", slug="root", locale=Locale.objects.get(language_code="en")
        )
    return root


def build_academy(*, courses: int = 1, lessons: int = 2, levels=LEVELS, french: bool = False):
    """An academy (made the default site's root) with courses x levels x lessons, published."""
    Locale.objects.get_or_create(language_code="en")
    root = ensure_site_root()
    academy = AcademyPage(title="Academy", slug=f"academy-{next(_counter)}")
    root.add_child(instance=academy)
    _publish(academy)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": academy, "site_name": "Test"},
    )
    built = Academy(academy=academy)
    for c in range(courses):
        course = CoursePage(title=f"Course {c}", slug=f"course-{c}", summary=f"Course {c} summary")
        academy.add_child(instance=course)
        _publish(course)
        built.courses.append(course)
        for level in levels:
            workshop = WorkshopPage(
                title=f"Course {c} {level}",
                slug=f"course-{c}-{level}",
                level=level,
                summary=f"The {level} workshop",
                pass_mark=70,
            )
            course.add_child(instance=workshop)
            _publish(workshop)
            built.workshops[(c, level)] = workshop
            built.lessons[(c, level)] = []
            for n in range(lessons):
                lesson = LessonPage(
                    title=f"Lesson {c}.{level}.{n}",
                    slug=f"lesson-{n}",
                    summary="A lesson",
                    body=lesson_body(),
                )
                workshop.add_child(instance=lesson)
                _publish(lesson)
                built.lessons[(c, level)].append(lesson)
    if french:
        translate_academy(built)
    return built


def translate_academy(built: Academy) -> None:
    fr, _created = Locale.objects.get_or_create(language_code="fr")
    pages = [built.academy, *built.courses, *built.workshops.values()]
    pages += [lesson for lessons in built.lessons.values() for lesson in lessons]
    for page in sorted(pages, key=lambda p: p.depth):
        page.refresh_from_db()
        copy = page.specific.copy_for_translation(fr)
        copy.title = f"{page.title} (FR)"
        copy.save()
        # copy_for_translation() makes a draft: publish it, or /fr/ would fall back to English.
        copy.save_revision().publish()
