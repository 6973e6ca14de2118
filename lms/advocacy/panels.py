"""The dashboard's tier panel: the learner's tier, what the next one needs, and the last
change when it is recent."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from .selectors import ladder_for_learner

# How long the dashboard mentions a tier change.
RECENT = dt.timedelta(days=14)


def tier_panel_data(request) -> dict | None:
    user = request.user
    if not user.is_authenticated:
        return None
    ladder = ladder_for_learner(user=user)
    if not ladder.steps:
        return None  # no tiers defined: nothing to show
    data = {"ladder": ladder, "promotion": None, "demotion": None, "promotion_name": ""}
    change = ladder.last_change
    if change is not None and change.at >= timezone.now() - RECENT:
        if change.is_promotion:
            names = {step.rung.key: step.tier.name for step in ladder.steps}
            data["promotion"] = change
            data["promotion_name"] = names.get(change.to_key, change.to_slug)
        else:
            data["demotion"] = change
    return data
