"""The learner's progress pages: my points, my badges, the leaderboards; and HR's CSV export
of a leaderboard. Thin: the reads are in selectors.py, the writes in services.py."""

from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.converters import MAX_ID
from lms.csv_safety import csv_row
from themes.elision import format_elided

from . import selectors, services
from .panel import settings_for

EXPORT_PERMISSION = "gamification.export_leaderboard"


def _profile(user):
    return getattr(user, "profile", None)


@login_required
@require_GET
def progress(request):
    user = request.user
    badges = selectors.badges_for(user=user)
    context = {
        "total": selectors.points_total(user=user),
        "week_points": selectors.own_points_in(user=user, period="week"),
        "entries": selectors.recent_entries(user=user, limit=20),
        "earned": [b for b in badges if b.earned],
        "to_earn": [b for b in badges if not b.earned],
        "streak": selectors.streak_for(user=user),
        "notifications": selectors.notifications_unseen(user=user),
    }
    return render(request, "gamification/progress.html", context)


@login_required
@require_GET
def badges(request):
    views = selectors.badges_for(user=request.user)
    return render(
        request,
        "gamification/badges.html",
        {
            "earned": [b for b in views if b.earned],
            "to_earn": [b for b in views if not b.earned],
        },
    )


def _choice(request, name: str, choices: dict, default: str) -> tuple[str, str | None]:
    value = request.GET.get(name, default)
    if value not in choices:
        # The label people read ("All time"), never the key ("all").
        return default, format_elided(
            _("Unknown choice %(value)s for %(name)s; showing %(default)s."),
            value=value[:40],
            name=name,
            default=choices[default],
        )
    return value, None


DEFAULT_SCOPE, DEFAULT_PERIOD = "company", "all"


@login_required
@require_GET
def leaderboard(request):
    user = request.user
    scope, scope_error = _choice(request, "scope", selectors.SCOPES, DEFAULT_SCOPE)
    # All time by default: the board the dashboard's rank is read from (panel.py), so the
    # header's and the dashboard's links open the same board and the rank agrees (issue 17).
    period, period_error = _choice(request, "period", selectors.PERIODS, DEFAULT_PERIOD)
    errors = [e for e in (scope_error, period_error) if e]
    config = settings_for(request)
    enabled = bool(config and config.leaderboards_enabled)
    profile = _profile(user)
    context = {
        "scope": scope,
        "period": period,
        "scopes": selectors.SCOPES,
        "periods": selectors.PERIODS,
        "scope_label": selectors.SCOPES[scope],
        "period_label": selectors.PERIODS[period],
        "errors": errors,
        "enabled": enabled,
        "opted_in": bool(profile and profile.leaderboard_opt_in),
        "own_points": 0,
        "can_export": enabled and user.has_perm(EXPORT_PERMISSION),
        "board": None,
    }
    if enabled:
        context["board"] = board = selectors.leaderboard(
            viewer=user,
            scope=scope,
            period=period,
            size=config.leaderboard_size,
            initials=config.names_as_initials,
        )
    if enabled and context["opted_in"]:
        context["own_points"] = board.viewer_points
    else:
        # Not on the board (opted out, or boards off): their own points, read on their own.
        context["own_points"] = selectors.own_points_in(user=user, period=period)
    status = 400 if errors else 200
    return render(request, "gamification/leaderboard.html", context, status=status)


class _Echo:
    def write(self, value):
        return value


@login_required
@require_GET
def leaderboard_export(request):
    """A leaderboard as CSV, for HR: opted-in learners only, like the pages."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    config = settings_for(request)
    period, period_error = _choice(request, "period", selectors.PERIODS, "all")
    if period_error:
        return render(
            request,
            "gamification/leaderboard_off.html",
            {"message": period_error},
            status=400,
        )
    if not (config and config.leaderboards_enabled):
        return render(
            request,
            "gamification/leaderboard_off.html",
            {"message": _("Leaderboards are turned off, so there is nothing to export.")},
            status=409,
        )
    department = request.GET.get("department", "").strip()[:120]
    team = request.GET.get("team", "").strip()[:120]
    scope = "team" if department and team else "department" if department else "company"
    rows = selectors.leaderboard_rows_all(
        scope=scope,
        period=period,
        initials=config.names_as_initials,
        department=department,
        team=team,
    )
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow([_("Rank"), _("Name"), _("Department"), _("Team"), _("Points")])
        for row in rows:
            # Names and departments are typed by people: never let one run as a formula.
            yield writer.writerow(
                csv_row((row.rank, row.name, row.department, row.team, row.points))
            )

    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="leaderboard-{period}-{stamp}.csv"'
    return response


@login_required
@require_POST
def notifications_dismiss(request):
    # Ids past 64 bits name no notification (and SQLite could not even look them up).
    ids = [
        int(value)
        for value in request.POST.getlist("id")
        if value.isdecimal() and int(value) <= MAX_ID
    ]
    services.notifications_dismiss(user=request.user, ids=ids or None)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = ""
    return redirect(target or "gamification:progress")
