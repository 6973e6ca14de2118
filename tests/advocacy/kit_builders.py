"""Builders for the content kit and referent tests: a small ladder of tiers over a test
academy, learners placed on it through real certificates, and ready-to-use posts."""

from __future__ import annotations

import datetime as dt
import itertools

from django.utils import timezone
from wagtail.models import Locale

from courses import services as course_services
from lms.accounts import roles
from lms.advocacy.models import ContentPost, Tier, TierRequirement
from tests.factories import build_academy, make_user

_n = itertools.count(1)

# slug, rank, level whose certificate opens it, may personalise posts
LADDER = [
    ("explorer", 0, None, False),
    ("relay", 1, "beginner", False),
    ("ambassador", 2, "intermediate", True),
    ("champion", 3, "expert", True),
]
LEVELS_UP_TO = {
    "explorer": (),
    "relay": ("beginner",),
    "ambassador": ("beginner", "intermediate"),
    "champion": ("beginner", "intermediate", "expert"),
}


def kit_academy(*, french: bool = False):
    """An academy with one course of three one-lesson workshops, and the four tiers."""
    built = build_academy(courses=1, lessons=1, french=french)
    tiers = {}
    for slug, rank, level, may_edit in LADDER:
        tier = Tier.objects.create(
            name=slug.title(),
            slug=slug,
            rank=rank,
            description=f"The {slug} tier.",
            may_edit_posts=may_edit,
        )
        if level:
            TierRequirement.objects.create(tier=tier, workshop=built.workshop(0, level))
        tiers[slug] = tier
    return built, tiers


def tiers_in_french(tiers: dict) -> dict:
    fr, _created = Locale.objects.get_or_create(language_code="fr")
    french = {}
    for slug, tier in tiers.items():
        copy = tier.copy_for_translation(fr)
        copy.name = {"explorer": "Explorateur", "relay": "Relais"}.get(slug, slug.title() + " FR")
        copy.save()
        french[slug] = copy
    return french


def learner_at(built, tier_slug: str, *, language: str = "en", group=roles.LEARNERS):
    """A learner holding `tier_slug`: the certificates of every level up to it, earned by
    completing the workshops through the course services."""
    user = make_user(language=language, group=group)
    for level in LEVELS_UP_TO[tier_slug]:
        for lesson in built.lessons_of(0, level):
            course_services.lesson_complete(user=user, lesson=lesson)
    return user


def post_create(tier: Tier, *, title: str | None = None, days_from=None, days_until=None, **fields):
    n = next(_n)
    now = timezone.now()
    defaults = {
        "title": title or f"Post {n} for {tier.slug}",
        "min_tier": tier,
        "text_linkedin": f"LinkedIn text {n} for {tier.slug}: proud of our team.",
        "text_x": f"X text {n} for {tier.slug}",
        "text_facebook": "",
        "hashtags": "#Northwind #Careers",
        "link": "https://www.northwind.example/news/a?b=1&c=d",
        "valid_from": now + dt.timedelta(days=days_from) if days_from is not None else None,
        "valid_until": now + dt.timedelta(days=days_until) if days_until is not None else None,
    }
    defaults.update(fields)
    if "locale" not in defaults:
        defaults["locale"] = tier.locale
    return ContentPost.objects.create(**defaults)
