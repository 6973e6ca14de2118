"""The courses and workshops an export names, read once per export.

Enrollments point at pages by `translation_key` (language-neutral). An export needs each
key's title, slug, level and course: two small queries (workshops, courses) build the whole
map, instead of one lookup per row. Titles are those of the default language
(settings.LANGUAGE_CODE) when the page exists in it, so a file does not change language with
whoever downloads it; a page only in another language still gets its title.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from wagtail.models import Locale, Page

from courses.levels import LEVEL_RANK
from courses.models import CoursePage, WorkshopPage


@dataclass(frozen=True)
class CourseInfo:
    key: UUID
    title: str
    slug: str


@dataclass(frozen=True)
class WorkshopInfo:
    key: UUID
    title: str
    slug: str
    level: str
    course_key: UUID | None
    estimated_minutes: int

    @property
    def level_rank(self) -> int:
        return LEVEL_RANK.get(self.level, 0)


@dataclass(frozen=True)
class Catalogue:
    courses: dict[UUID, CourseInfo]
    workshops: dict[UUID, WorkshopInfo]

    def course(self, key) -> CourseInfo:
        return self.courses.get(key) or CourseInfo(key=key, title="", slug="")

    def workshop(self, key) -> WorkshopInfo:
        return self.workshops.get(key) or WorkshopInfo(
            key=key, title="", slug="", level="", course_key=None, estimated_minutes=0
        )

    def workshop_keys_of_level(self, level: str) -> list[UUID]:
        return [w.key for w in self.workshops.values() if w.level == level]

    def sorted_courses(self) -> list[CourseInfo]:
        return sorted(self.courses.values(), key=lambda c: (c.title.lower(), str(c.key)))


def _locale_ids(language: str | None) -> list[int]:
    """The locales whose titles win, best first: `language`'s, then the default's."""
    codes = [code for code in (language, settings.LANGUAGE_CODE) if code]
    found = dict(Locale.objects.filter(language_code__in=codes).values_list("language_code", "pk"))
    return [found[code] for code in dict.fromkeys(codes) if code in found]


def _prefer_default(rows, locale_ids):
    """rows: (translation_key, locale_id, ...) -> {key: row}, the first of `locale_ids`
    first, then the next, then any other language."""
    rank = {locale_id: n for n, locale_id in enumerate(locale_ids)}
    worst = len(locale_ids)
    chosen = {}
    for row in rows:
        key = row[0]
        if key not in chosen or rank.get(row[1], worst) < rank.get(chosen[key][1], worst):
            chosen[key] = row
    return chosen


def catalogue_load(*, language: str | None = None) -> Catalogue:
    """Every course and workshop of the academy (live or not: a record outlives an
    unpublished page), in 3 queries (locale, courses, workshops).

    `language`: the titles a person reads on a page (the HR report) in their language,
    falling back to the default's; files leave it out and always use the default's."""
    locale_ids = _locale_ids(language)
    step = Page.steplen
    all_courses = list(
        CoursePage.objects.values_list("translation_key", "locale_id", "title", "slug", "path")
    )
    course_rows = _prefer_default(all_courses, locale_ids)
    # Every language's copy of a course: a workshop's parent may be any of them.
    key_by_path = {path: key for key, _locale, _title, _slug, path in all_courses}
    courses = {
        key: CourseInfo(key=key, title=title, slug=slug)
        for key, (_k, _l, title, slug, _p) in course_rows.items()
    }
    workshop_rows = _prefer_default(
        WorkshopPage.objects.values_list(
            "translation_key", "locale_id", "title", "slug", "level", "estimated_minutes", "path"
        ),
        locale_ids,
    )
    workshops = {
        key: WorkshopInfo(
            key=key,
            title=title,
            slug=slug,
            level=level,
            course_key=key_by_path.get(path[:-step]),
            estimated_minutes=minutes or 0,
        )
        for key, (_k, _l, title, slug, level, minutes, path) in workshop_rows.items()
    }
    return Catalogue(courses=courses, workshops=workshops)
