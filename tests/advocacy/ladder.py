"""Builders for the advocacy ladder tests: the four tiers of the curriculum over a test
academy, a published charter, and certificates earned through the course services."""

from __future__ import annotations

import datetime as dt

from certificates.models import Certificate, CertificateTemplate
from courses import services as course_services
from courses.models import WorkshopPage
from lms.advocacy.models import CharterPage, Tier, TierRequirement

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

TIERS = [
    # slug, rank, level whose certificates it requires, requires the charter, may edit
    ("explorer", 0, None, False, False),
    ("relay", 1, "beginner", True, False),
    ("ambassador", 2, "intermediate", False, True),
    ("champion", 3, "expert", False, True),
]


def tiers_build(built, *, courses: int | None = None) -> dict[str, Tier]:
    """Explorer, Relay, Ambassador and Champion, each requiring the certificates of its
    level in every course of `built`."""
    courses = len(built.courses) if courses is None else courses
    tiers = {}
    for slug, rank, level, charter, may_edit in TIERS:
        tier = Tier.objects.create(
            name=slug.title(),
            slug=slug,
            rank=rank,
            description=f"The {slug} tier.",
            perks=f"<ul><li>{slug} perk</li></ul>",
            requires_charter=charter,
            may_edit_posts=may_edit,
        )
        if level:
            for index in range(courses):
                TierRequirement.objects.create(tier=tier, workshop=built.workshop(index, level))
        tiers[slug] = tier
    return tiers


def charter_build(built, *, version: str = "2026-01", summary: str = "") -> CharterPage:
    charter = CharterPage(
        title="Social-media charter",
        slug="charter",
        version=version,
        summary=summary,
        body="<p>Share what is public. Never share what is confidential.</p>",
    )
    built.academy.add_child(instance=charter)
    charter.save_revision().publish()
    return charter


def charter_new_version(charter: CharterPage, version: str, summary: str = "") -> CharterPage:
    charter = CharterPage.objects.get(pk=charter.pk)
    charter.version = version
    charter.summary = summary
    charter.save_revision().publish()
    return CharterPage.objects.get(pk=charter.pk)


def workshop_pass(built, user, *, course: int = 0, level: str = "beginner", now=T0):
    """Complete every lesson of a workshop (no final quiz: that passes it and issues its
    certificate, which moves the tier)."""
    for lesson in built.lessons_of(course, level):
        course_services.lesson_complete(user=user, lesson=lesson, now=now)
    return Certificate.objects.get(
        user=user, workshop_key=built.workshop(course, level).translation_key
    )


def level_pass(built, user, level: str, *, now=T0) -> list[Certificate]:
    return [
        workshop_pass(built, user, course=index, level=level, now=now)
        for index in range(len(built.courses))
    ]


def unlock_all_levels() -> None:
    WorkshopPage.objects.update(requires_previous_level=False)


def expiring_template(workshop, *, months: int = 12) -> CertificateTemplate:
    return CertificateTemplate.objects.create(
        workshop=workshop,
        title=f"{workshop.title} certificate",
        wording="passed",
        validity_months=months,
    )
