"""The learner's progress page, badge page, dashboard panel and notifications."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.accounts import roles
from lms.gamification.models import CriterionType, Notification
from tests.factories import build_academy, make_user

from .helpers import T0, badge_make, lessons_do

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(db):
    return build_academy(courses=1, lessons=2, levels=("beginner",))


@pytest.fixture
def active(built):
    badge_make("First step", CriterionType.FIRST_LESSON, order=1)
    badge_make("Ten lessons", CriterionType.LESSONS, threshold=10, order=2)
    user = make_user()
    lessons_do(built, user, start=T0)
    return user


def test_progress_page_shows_points_entries_badges_and_streak(active, client):
    client.force_login(active)
    page = client.get(reverse("gamification:progress"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Lesson completed" in html and "+10" in html
    assert "Certificate earned" in html
    assert "First step" in html and "Ten lessons" in html and "Not earned yet" in html
    assert "week in a row" in html or "weeks in a row" in html


def test_badge_page(active, client):
    client.force_login(active)
    page = client.get(reverse("gamification:badges"))
    assert page.status_code == 200
    assert b"1 badge earned" in page.content
    assert b"Still to earn" in page.content


def test_dashboard_panel_and_notification_shown_until_dismissed(active, client):
    client.force_login(active)
    dashboard = client.get(reverse("dashboard:home"))
    html = dashboard.content.decode()
    assert "Points and badges" in html
    assert "New badge: First step" in html
    response = client.post(
        reverse("gamification:notifications_dismiss"), {"next": reverse("dashboard:home")}
    )
    assert response.status_code == 302 and response["Location"] == reverse("dashboard:home")
    assert not Notification.objects.filter(user=active, seen_at__isnull=True).exists()
    assert "New badge" not in client.get(reverse("dashboard:home")).content.decode()


def test_dismiss_ignores_other_peoples_notifications_and_foreign_redirects(active, client):
    other = make_user()
    client.force_login(other)
    response = client.post(
        reverse("gamification:notifications_dismiss"), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("gamification:progress")
    assert Notification.objects.filter(user=active, seen_at__isnull=True).exists()


def test_tier_reached_gives_a_message(db, client):
    from lms.advocacy.services import charter_accept
    from tests.advocacy.ladder import charter_build, tiers_build

    built = build_academy(courses=1, lessons=1)
    tiers_build(built)
    charter = charter_build(built)
    user = make_user()
    charter_accept(user=user, charter=charter, now=T0)
    lessons_do(built, user, start=T0 + dt.timedelta(hours=1))
    client.force_login(user)
    assert "You reached the Relay tier" in client.get(reverse("dashboard:home")).content.decode()


def test_pages_need_a_signed_in_user(client):
    for name in ("progress", "badges", "leaderboard"):
        response = client.get(reverse(f"gamification:{name}"))
        assert response.status_code == 302


def test_progress_page_query_count_is_fixed(built, client):
    user = make_user()
    client.force_login(user)
    url = reverse("gamification:progress")
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for n in range(8):
        badge_make(f"Badge {n}", CriterionType.LESSONS, threshold=n + 1)
    lessons_do(built, user)
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    # +1 for notifications' badge names once there are notifications to show.
    assert len(large) <= len(small) + 1
    assert len(large) <= 18


def test_trainers_edit_badges_and_rule_values(db, client):
    trainer = make_user(group=roles.TRAINERS)
    client.force_login(trainer)
    assert client.get("/admin/snippets/gamification/badge/").status_code == 200
    assert client.get("/admin/snippets/gamification/badge/add/").status_code == 200
    assert client.get("/admin/snippets/gamification/pointrule/").status_code == 200
    learner = make_user(group=roles.LEARNERS)
    client.force_login(learner)
    assert client.get("/admin/snippets/gamification/badge/").status_code in (302, 403)
