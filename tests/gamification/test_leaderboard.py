"""Leaderboards: opted-in learners only (on every page and in the export), scopes and
periods, initials, HR's switch, and a query count that does not grow with the learners."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from lms.accounts import roles
from lms.accounts.models import LearnerProfile
from lms.gamification import services
from lms.gamification.models import GamificationSettings
from lms.gamification.selectors import leaderboard
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db

SCOPES = ("company", "department", "team")
PERIODS = ("week", "month", "all")


def person(points: int, *, opt_in: bool, department="Marketing", team="Brand", at=None, **kw):
    user = make_user(department=department, team=team, **kw)
    LearnerProfile.objects.filter(user=user).update(leaderboard_opt_in=opt_in)
    user.refresh_from_db()
    if points:
        services.points_award(
            user=user,
            rule_key="certificate_earned",
            object_key=f"c{user.pk}",
            now=at or timezone.now(),
        )
        # Adjust to the wanted total with streak weeks (25 each) and a reversal if needed.
        extra = points - 100
        week = 1
        while extra >= 25:
            services.points_award(
                user=user,
                rule_key="streak_kept",
                object_key=f"2020-W{week:02d}",
                now=at or timezone.now(),
            )
            extra -= 25
            week += 1
    return user


@pytest.fixture
def site(db):
    build_academy(courses=1, lessons=1, levels=("beginner",))
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def people(site):
    return {
        "ada": person(200, opt_in=True, first_name="Ada", last_name="Lovelace"),
        "bob": person(150, opt_in=True, first_name="Bob", last_name="Stone", team="Events"),
        "cy": person(300, opt_in=False, first_name="Cyrano", last_name="Hidden"),
        "dee": person(
            125,
            opt_in=True,
            first_name="Dee",
            last_name="Sales",
            department="Sales",
            team="Key accounts",
        ),
        "eve": person(150, opt_in=True, first_name="Eve", last_name="Tie"),
    }


def names(board):
    return [row.name for row in board.rows]


def test_only_opted_in_learners_appear_on_any_board(people, client):
    hidden = people["cy"]
    for scope in SCOPES:
        for period in PERIODS:
            board = leaderboard(viewer=people["ada"], scope=scope, period=period)
            assert hidden.pk not in {row.user_id for row in board.rows}, (scope, period)
    client.force_login(people["ada"])
    for scope in SCOPES:
        for period in PERIODS:
            page = client.get(
                reverse("gamification:leaderboard"), {"scope": scope, "period": period}
            )
            assert page.status_code == 200
            assert b"Cyrano" not in page.content and b"Hidden" not in page.content
            assert b"anonymous" not in page.content.lower()


def test_company_board_order_ties_and_viewer(people):
    board = leaderboard(viewer=people["bob"], scope="company", period="all")
    assert [(r.rank, r.name, r.points) for r in board.rows] == [
        (1, "Ada Lovelace", 200),
        (2, "Eve Tie", 150),  # a tie shares the rank
        (2, "Bob Stone", 150),
        (4, "Dee Sales", 125),
    ]
    assert board.viewer_rank == 2 and board.participants == 4
    assert [r.is_viewer for r in board.rows] == [False, False, True, False]


def test_department_and_team_scopes(people):
    department = leaderboard(viewer=people["ada"], scope="department", period="all")
    assert names(department) == ["Ada Lovelace", "Eve Tie", "Bob Stone"]
    team = leaderboard(viewer=people["ada"], scope="team", period="all")
    assert names(team) == ["Ada Lovelace", "Eve Tie"]
    sales = leaderboard(viewer=people["dee"], scope="department", period="all")
    assert names(sales) == ["Dee Sales"]


def test_periods_count_only_their_entries(site):
    now = timezone.now()
    old = person(
        300, opt_in=True, first_name="Old", last_name="Timer", at=now - dt.timedelta(days=70)
    )
    new = person(100, opt_in=True, first_name="New", last_name="Comer", at=now)
    assert names(leaderboard(viewer=new, scope="company", period="all")) == [
        "Old Timer",
        "New Comer",
    ]
    assert names(leaderboard(viewer=new, scope="company", period="week", now=now)) == ["New Comer"]
    assert names(leaderboard(viewer=new, scope="company", period="month", now=now)) == ["New Comer"]
    assert leaderboard(viewer=old, scope="company", period="week", now=now).viewer_rank is None


def test_a_non_participant_sees_their_points_and_how_to_opt_in(people, client):
    client.force_login(people["cy"])
    page = client.get(reverse("gamification:leaderboard"), {"period": "all"})
    assert page.status_code == 200
    assert b"You do not take part in leaderboards" in page.content
    assert b"300" in page.content  # their own points
    assert reverse("accounts:profile").encode() in page.content
    assert b'aria-current="true"' not in page.content


def test_initials_setting(people, site, client):
    settings = GamificationSettings.for_site(site)
    settings.names_as_initials = True
    settings.save()
    client.force_login(people["ada"])
    page = client.get(reverse("gamification:leaderboard"), {"period": "all"})
    assert b"A. L." in page.content and b"Lovelace" not in page.content


def test_hr_can_turn_leaderboards_off(people, site, client):
    settings = GamificationSettings.for_site(site)
    settings.leaderboards_enabled = False
    settings.save()
    client.force_login(people["ada"])
    page = client.get(reverse("gamification:leaderboard"), {"period": "all"})
    assert page.status_code == 200
    assert b"Leaderboards are turned off" in page.content
    assert b"Bob Stone" not in page.content
    assert b"200" in page.content  # Ada still sees her own points
    dashboard = client.get(reverse("dashboard:home"))
    assert b"in the company" not in dashboard.content  # no rank either


def test_bad_choices_get_a_clear_400(people, client):
    client.force_login(people["ada"])
    page = client.get(reverse("gamification:leaderboard"), {"scope": "world", "period": "ever"})
    assert page.status_code == 400
    assert b"Unknown choice world for scope" in page.content


def test_the_viewer_is_highlighted(people, client):
    client.force_login(people["bob"])
    page = client.get(reverse("gamification:leaderboard"), {"period": "all"})
    assert b'aria-current="true"' in page.content
    assert b"You are number 2 of 4" in page.content
    assert b"<caption>" in page.content


# --- the export ---------------------------------------------------------------------------


def test_hr_export_lists_participants_only(people, client):
    hr = make_user(group=roles.HR)
    client.force_login(hr)
    response = client.get(reverse("gamification:leaderboard_export"), {"period": "all"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    lines = body.strip().splitlines()
    assert lines[0] == "Rank,Name,Department,Team,Points"
    assert "Cyrano" not in body and "Hidden" not in body
    assert len(lines) == 5
    assert lines[1] == "1,Ada Lovelace,Marketing,Brand,200"
    response = client.get(
        reverse("gamification:leaderboard_export"), {"period": "all", "department": "Sales"}
    )
    assert b"".join(response.streaming_content).decode().strip().splitlines()[1:] == [
        "1,Dee Sales,Sales,Key accounts,125"
    ]


def test_export_needs_the_permission_and_leaderboards_on(people, site, client):
    client.force_login(people["ada"])
    assert client.get(reverse("gamification:leaderboard_export")).status_code == 403
    client.force_login(make_user(group=roles.HR))
    assert (
        client.get(reverse("gamification:leaderboard_export"), {"period": "x"}).status_code == 400
    )
    settings = GamificationSettings.for_site(site)
    settings.leaderboards_enabled = False
    settings.save()
    assert client.get(reverse("gamification:leaderboard_export")).status_code == 409


def test_hr_may_edit_the_switches_and_trainers_may_not(site, client):
    hr = make_user(group=roles.HR)
    trainer = make_user(group=roles.TRAINERS)
    url = reverse("wagtailsettings:edit", args=["gamification", "gamificationsettings", site.pk])
    client.force_login(hr)
    assert client.get(url).status_code == 200
    client.force_login(trainer)
    assert client.get(url).status_code in (302, 403)


# --- query counts -----------------------------------------------------------------------


def _count(client, url, params):
    client.get(url, params)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("period", PERIODS)
def test_leaderboard_queries_do_not_grow_with_learners(site, client, period):
    viewer = person(110, opt_in=True, first_name="View", last_name="Er")
    for _ in range(3):
        person(150, opt_in=True)
    client.force_login(viewer)
    url = reverse("gamification:leaderboard")
    params = {"scope": "department", "period": period}
    small = _count(client, url, params)
    for _ in range(30):
        person(175, opt_in=True)
        person(125, opt_in=False)
    large = _count(client, url, params)
    assert small == large
    assert large <= 16
