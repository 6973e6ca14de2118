"""Gamification in the Wagtail admin, under one "Gamification" menu:

- Badges (snippet, translatable): trainers define them.
- Point rules: trainers change each rule's value, switch it off, set its cheat-guard
  interval. The rules themselves are code (rules.py), so rows are never added or deleted
  here (point_rules_sync creates one per rule).
- Refused payouts: what the cheat guard withheld, read-only, for trainers.

Leaderboard switches are a site setting (Settings > Leaderboards) that HR holds.
Permissions are Django model permissions, granted in lms/accounts/roles.py.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, UpdatedAtColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Badge, PointRule, RefusedAward
from .rules import rule_label


class RuleColumn(Column):
    def get_value(self, instance):
        return rule_label(instance.rule if hasattr(instance, "rule") else instance.key)


class BadgeViewSet(SnippetViewSet):
    model = Badge
    icon = "pick"
    menu_label = _("Badges")
    list_display = ["name", "criterion", "threshold", "level", LocaleColumn(), UpdatedAtColumn()]
    list_filter = ["criterion", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class PointRuleViewSet(SnippetViewSet):
    model = PointRule
    icon = "success"
    menu_label = _("Point rules")
    list_display = [
        RuleColumn("rule", label=_("Rule")),
        "points",
        "enabled",
        "min_interval_seconds",
        UpdatedAtColumn(),
    ]
    copy_view_enabled = False


class RefusedAwardViewSet(ModelViewSet):
    model = RefusedAward
    icon = "warning"
    menu_label = _("Refused payouts")
    name = "refused_payouts"
    url_prefix = "gamification/refused"
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "user",
        RuleColumn("rule", label=_("Rule")),
        "object_key",
        "points",
        "reason",
        DateColumn("at", label=_("When")),
    ]
    list_filter = ["rule"]
    search_fields = ["user__email", "user__last_name", "object_key"]
    ordering = ["-at"]
    form_fields = []  # read-only: there is no add or edit permission to grant


class GamificationGroup(SnippetViewSetGroup):
    menu_label = _("Gamification")
    menu_icon = "pick"
    menu_order = 250
    items = (BadgeViewSet, PointRuleViewSet, RefusedAwardViewSet)


register_snippet(GamificationGroup)
