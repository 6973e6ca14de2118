"""The demo academy's gamification: badges in both languages, rule values, learners with
points, badges and streaks, some on the leaderboard; a second build changes nothing."""

import pytest

from lms.demo import gamification as demo_gamification
from lms.demo.builder import demo_build
from lms.gamification.models import ActivityWeek, Badge, BadgeAward, PointEntry, PointRule
from lms.gamification.selectors import leaderboard, streak_for

pytestmark = pytest.mark.django_db


def test_demo_gamification(db):
    from lms.accounts.models import User

    demo_build()  # calls demo_gamification.build() once the learners' progress is made
    assert Badge.objects.filter(locale__language_code="en").count() == 7
    assert Badge.objects.filter(locale__language_code="fr").count() == 7
    assert PointRule.objects.get(key="lesson_completed").points == 10
    demo = list(User.objects.filter(email__endswith="@porte-voix.test", groups__name="Learners"))
    assert any(PointEntry.objects.filter(user=u, rule="lesson_completed").exists() for u in demo)
    assert BadgeAward.objects.filter(user__in=demo).exists()
    assert max(streak_for(user=u).best for u in demo) >= 2
    viewer = next(u for u in demo if u.profile.leaderboard_opt_in)
    board = leaderboard(viewer=viewer, scope="company", period="all")
    assert board.rows and all(
        User.objects.get(pk=row.user_id).profile.leaderboard_opt_in for row in board.rows
    )
    assert "lea.dubois@porte-voix.test" not in {
        User.objects.get(pk=row.user_id).email for row in board.rows
    }

    counts = (
        PointEntry.objects.count(),
        BadgeAward.objects.count(),
        ActivityWeek.objects.count(),
        Badge.objects.count(),
    )
    again = demo_gamification.build()
    assert again.badges_created == 0
    assert counts == (
        PointEntry.objects.count(),
        BadgeAward.objects.count(),
        ActivityWeek.objects.count(),
        Badge.objects.count(),
    )
