"""The dashboard panel: points total, last entries, badges, streak, rank if opted in, and
the messages for badges and tiers just reached.

Kept to a fixed, small number of queries because it is on every dashboard: 4 for a learner
who does not take part in leaderboards (last entries, badges earned, weeks of activity,
unseen messages; the total and opt-in come with the tier panel's head query, the badges'
names from the cache, lms/learner_state.py and courses/shared_cache.py), +2 for the company
rank (settings, then one conditional count).
"""

from __future__ import annotations

from wagtail.models import Site

from lms.learner_state import learner_head

from . import selectors
from .models import GamificationSettings


def settings_for(request) -> GamificationSettings | None:
    # for_request caches the settings on the request (the panel and a page may both ask).
    if Site.find_for_request(request) is None:
        return None
    return GamificationSettings.for_request(request)


def progress_panel(request) -> dict | None:
    user = request.user
    if not user.is_authenticated:
        return None
    # Points and opt-in come with the tier panel's facts, in one query (lms/learner_state.py).
    head = learner_head(user=user)
    total, opted_in = head.points, head.leaderboard_opt_in
    earned = selectors.badges_earned(user=user)
    context = {
        "total": total,
        "recent": selectors.recent_entries(user=user, limit=3),
        "badges": earned[:4],
        "badge_count": len(earned),
        "streak": selectors.streak_for(user=user),
        "notifications": selectors.notifications_unseen(user=user),
        "rank": None,
    }
    if opted_in and total > 0:
        config = settings_for(request)
        if config and config.leaderboards_enabled:
            context["rank"], context["participants"] = selectors.company_rank(
                user=user, points=total
            )
    return context
