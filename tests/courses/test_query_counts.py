"""Learner pages run a fixed number of queries, however many courses and lessons exist."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db

# Wagtail serving a page to a signed-in user costs 10 queries here (session, site, locale,
# root page, the page itself in 2, alias check, view restrictions, user, brand settings).
# On top of that:
# - dashboard and catalogue: enrollments, courses, workshops, lessons, completions, prerequisites;
# - workshop: its course, sibling workshops, enrollments, lessons, completions, prerequisites;
# - lesson: the same reads plus one UPDATE (resume point), inside a savepoint (2 statements
#   that exist only because the test runs inside a transaction);
# - lesson, for xAPI (lms.tracking): +2 for the "experienced" statement written in the same
#   transaction: one SELECT of the lesson's translations (the activity's name in each language
#   and the page's language) and the INSERT into the outbox.
# - dashboard, its panels (each a fixed number, whatever the learner has done): certificates
#   (latest + total), tier (locale, tiers; more when tiers are defined, see
#   tests/advocacy/test_ladder_views.py), points (total, badges, entries, streak weeks,
#   notifications), questions to the referent (answers), the site and brand for the referent.
DASHBOARD_MAX = 22
CATALOGUE_MAX = 12
WORKSHOP_MAX = 16
LESSON_MAX = 21


def _queries(client, url):
    client.get(url)  # warm caches (site root paths, templates)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), ctx


def _learner_in(built, client):
    user = make_user()
    for course_index in range(len(built.courses)):
        for lesson in built.lessons_of(course_index, "beginner"):
            services.lesson_complete(user=user, lesson=lesson)
        services.workshop_enroll(user=user, workshop=built.workshop(course_index, "intermediate"))
    client.force_login(user)
    return user


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    """Query counts with 3 and with 30 courses (each 3 workshops x 3 lessons)."""
    from django.core.cache import cache
    from django.test import Client

    results = {}
    with django_db_blocker.unblock():
        from django.db import transaction

        for size in (3, 30):
            # Module-scoped data lives outside the per-test transactions: roll it back here.
            with transaction.atomic():
                cache.clear()
                built = build_academy(courses=size, lessons=3)
                client = Client()
                _learner_in(built, client)
                lesson = built.lessons_of(size - 1, "intermediate")[1]
                results[size] = {
                    "dashboard": _queries(client, reverse("dashboard:home")),
                    "catalogue": _queries(client, reverse("dashboard:catalogue")),
                    "lesson": _queries(client, lesson.url),
                    "workshop": _queries(client, built.workshop(size - 1, "intermediate").url),
                }
                transaction.set_rollback(True)
    return results


@pytest.mark.parametrize(
    ("view", "ceiling"),
    [
        ("dashboard", DASHBOARD_MAX),
        ("catalogue", CATALOGUE_MAX),
        ("lesson", LESSON_MAX),
        ("workshop", WORKSHOP_MAX),
    ],
)
def test_query_count_does_not_grow_with_courses(counts, view, ceiling):
    small, small_ctx = counts[3][view]
    large, large_ctx = counts[30][view]
    detail = "\n".join(q["sql"][:160] for q in large_ctx.captured_queries)
    assert small == large, f"{view}: {small} queries with 3 courses, {large} with 30\n{detail}"
    assert large <= ceiling, f"{view}: {large} queries (ceiling {ceiling})\n{detail}"
