"""Tiers, the charter and tier history in the admin.

- Trainers define the tiers (a translatable snippet, ordered by rank).
- HR reads two listings, never writes: the tier history (every step up or down and why)
  and the charter acceptances (who accepted which version, and how many have not accepted
  the version in force). Read-only by policy, whatever the user's other permissions.

Everything sits in one "Advocacy" menu. Other parts of advocacy (the content kit, the
referent) join it with the `register_advocacy_menu_item` hook, or a viewset whose
`menu_hook` is ADVOCACY_MENU_HOOK."""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, LocaleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.accounts import roles

from .models import CharterAcceptance, Tier, TierChange, TierReason
from .selectors import charter_current

ADVOCACY_MENU_HOOK = "register_advocacy_menu_item"


# --- Tiers (trainers) -------------------------------------------------------------------


class TierForm(WagtailAdminModelForm):
    """Rules the database cannot check for a snippet form: the locale is not a form field,
    so the unique (locale, rank) and (locale, slug) constraints are checked here, with a
    message; and the starting tier cannot require anything."""

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        locale_id = instance.locale_id
        if locale_id is None:
            from wagtail.models import Locale

            locale_id = Locale.get_default().pk
        others = Tier.objects.filter(locale_id=locale_id).exclude(pk=instance.pk)
        rank, slug = cleaned.get("rank"), cleaned.get("slug")
        if rank is not None and others.filter(rank=rank).exists():
            self.add_error("rank", _("Another tier in this language already has this rank."))
        if slug and others.filter(slug=slug).exists():
            self.add_error("slug", _("Another tier in this language already has this key."))
        if rank == 0:
            if cleaned.get("requires_charter"):
                self.add_error(
                    "requires_charter",
                    _("The starting tier (rank 0) is everyone's: it cannot require the charter."),
                )
            formset = self.formsets.get("requirements")
            if formset is not None and formset.is_valid():
                kept = [
                    f
                    for f in formset.forms
                    if f.cleaned_data and not f.cleaned_data.get("DELETE", False)
                ]
                if kept:
                    raise ValidationError(
                        _("The starting tier (rank 0) cannot require certificates.")
                    )
        return cleaned


class TierViewSet(SnippetViewSet):
    model = Tier
    icon = "pick"
    menu_label = _("Tiers")
    menu_name = "advocacy_tiers"
    menu_order = 10
    menu_hook = ADVOCACY_MENU_HOOK
    copy_view_enabled = False
    search_fields = ["name", "slug"]
    search_backend_name = None
    ordering = ["rank"]
    edit_handler = ObjectList(Tier.panels, base_form_class=TierForm)
    list_display = [
        "name",
        Column("rank", label=_("Rank"), sort_key="rank"),
        Column("slug", label=_("Key")),
        BooleanColumn("requires_charter", label=_("Charter")),
        Column("requirement_count", label=_("Certificates required")),
        BooleanColumn("may_edit_posts", label=_("May personalise posts")),
        LocaleColumn(),
    ]

    def get_queryset(self, request):
        return (
            Tier.objects.select_related("locale")
            .annotate(requirement_count=Count("requirements"))
            .order_by("rank")
        )


# --- Read-only listings for HR ----------------------------------------------------------


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Only "view": the history and acceptances are records, nobody edits them here."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")


register_permission_policy(TierChange, ReadOnlyPolicy(TierChange))
register_permission_policy(CharterAcceptance, ReadOnlyPolicy(CharterAcceptance))


def _tier_choices():
    return [
        (slug, slug)
        for slug in Tier.objects.order_by("rank").values_list("slug", flat=True).distinct()
    ]


class TierChangeFilterSet(WagtailFilterSet):
    tier = django_filters.ChoiceFilter(
        label=_("Tier reached"), field_name="to_slug", choices=_tier_choices
    )
    reason = django_filters.ChoiceFilter(label=_("Reason"), choices=TierReason.choices)
    at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = TierChange
        fields = ["tier", "reason", "at"]


class ChangeColumn(Column):
    def get_value(self, instance):
        return f"{instance.from_slug or '—'} → {instance.to_slug or '—'}"


class DirectionColumn(Column):
    def get_value(self, instance):
        return _("Up") if instance.is_promotion else _("Down")


class TierChangeViewSet(ModelViewSet):
    model = TierChange
    name = "tier_history"
    url_prefix = "advocacy/tier-history"
    icon = "history"
    menu_label = _("Tier history")
    menu_order = 20
    menu_hook = ADVOCACY_MENU_HOOK
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields: list = []  # never rendered: the policy grants "view" only
    filterset_class = TierChangeFilterSet
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    search_backend_name = None
    list_display = [
        Column("user", label=_("Learner")),
        ChangeColumn("change", label=_("Change")),
        DirectionColumn("direction", label=_("Direction")),
        Column("get_reason_display", label=_("Reason")),
        DateColumn("at", label=_("When"), sort_key="at"),
    ]
    list_export = ["user", "from_slug", "to_slug", "reason", "at"]
    export_filename = "tier-history"
    inspect_view_fields = ["user", "from_slug", "from_rank", "to_slug", "to_rank", "reason", "at"]

    def get_queryset(self, request):
        return TierChange.objects.select_related("user").order_by("-at", "-pk")


def _version_choices():
    versions = CharterAcceptance.objects.values_list("version", flat=True).distinct()
    return [(v, v) for v in sorted(set(versions), reverse=True)]


class CharterAcceptanceFilterSet(WagtailFilterSet):
    version = django_filters.ChoiceFilter(label=_("Version"), choices=_version_choices)
    accepted_at = django_filters.DateFromToRangeFilter(
        label=_("Accepted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = CharterAcceptance
        fields = ["version", "language", "accepted_at"]


def charter_acceptance_summary() -> dict | None:
    """How many learners accepted the version in force, and how many have not."""
    charter = charter_current()
    if charter is None:
        return None
    learners = get_user_model().objects.filter(is_active=True, groups__name=roles.LEARNERS)
    total = learners.count()
    accepted = learners.filter(
        charter_acceptances__charter_key=charter.translation_key,
        charter_acceptances__version=charter.version,
    ).count()
    return {
        "version": charter.version,
        "total": total,
        "accepted": accepted,
        "missing": total - accepted,
    }


class CharterAcceptanceIndexView(IndexView):
    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["charter_summary"] = charter_acceptance_summary()
        return context


class CharterAcceptanceViewSet(ModelViewSet):
    model = CharterAcceptance
    name = "charter_acceptances"
    url_prefix = "advocacy/charter-acceptances"
    icon = "form"
    menu_label = _("Charter acceptances")
    menu_order = 30
    menu_hook = ADVOCACY_MENU_HOOK
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields: list = []  # never rendered: the policy grants "view" only
    index_view_class = CharterAcceptanceIndexView
    index_template_name = "advocacy/admin/charter_acceptances.html"
    filterset_class = CharterAcceptanceFilterSet
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    search_backend_name = None
    list_display = [
        Column("user", label=_("Learner")),
        Column("version", label=_("Version"), sort_key="version"),
        Column("language", label=_("Language")),
        DateColumn("accepted_at", label=_("Accepted"), sort_key="accepted_at"),
    ]
    list_export = ["user", "version", "language", "accepted_at"]
    export_filename = "charter-acceptances"
    inspect_view_fields = ["user", "version", "language", "accepted_at"]

    def get_queryset(self, request):
        return CharterAcceptance.objects.select_related("user").order_by("-accepted_at", "-pk")


class AdvocacyGroup(ViewSetGroup):
    menu_label = _("Advocacy")
    menu_name = "advocacy"
    menu_icon = "pick"
    menu_order = 270
    submenu_hook = ADVOCACY_MENU_HOOK
    items = ()


register_snippet(TierViewSet)


@hooks.register("register_admin_viewset")
def register_ladder_viewsets():
    return [AdvocacyGroup(), TierChangeViewSet(), CharterAcceptanceViewSet()]
