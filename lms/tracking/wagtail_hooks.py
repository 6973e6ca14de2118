"""The "Tracking" admin menu: LRS destinations (HR configures them) and the statements
with their delivery state."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from . import admin_views
from .forms import DestinationForm, env_var_is_set
from .models import BreakerState, Destination, breaker_state


class BreakerColumn(Column):
    """Healthy, failing (until the next try) or probing; links to the delivery page."""

    cell_template_name = "tracking/admin/breaker_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        now = timezone.now()
        state = breaker_state(instance, now)
        context["state"] = state
        context["label"] = BreakerState(state).label
        context["retry_at"] = instance.retry_at if state == BreakerState.FAILING else None
        context["failures"] = instance.consecutive_failures
        context["url"] = reverse("tracking_admin:delivery", args=[instance.pk])
        return context


class SecretColumn(Column):
    """Whether the destination's secret environment variable is set (never its value)."""

    def get_value(self, instance):
        if not instance.secret_env_var:
            return "—"
        state = _("set") if env_var_is_set(instance.secret_env_var) else _("not set")
        return f"{instance.secret_env_var}: {state}"


class DestinationViewSet(ModelViewSet):
    model = Destination
    name = "lrs_destinations"
    url_prefix = "tracking/lrs"
    icon = "globe"
    menu_label = _("Learning Record Stores")
    add_to_admin_menu = False
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "name",
        "endpoint",
        BooleanColumn("enabled", label=_("Enabled")),
        SecretColumn("secret", label=_("Secret")),
        BreakerColumn("consecutive_failures", label=_("Delivery state")),
        DateColumn("last_success_at", label=_("Last delivery")),
        "last_error",
    ]

    def get_form_class(self, for_update=False):
        return DestinationForm

    @cached_property
    def edit_view_class(self):
        base = super().edit_view_class

        class EditView(base):
            @cached_property
            def header_buttons(self):
                buttons = list(super().header_buttons)
                buttons.append(
                    HeaderButton(
                        _("Delivery state"),
                        url=reverse("tracking_admin:delivery", args=[self.object.pk]),
                        icon_name="history",
                    )
                )
                if self.request.user.has_perm(admin_views.TEST_PERMISSION):
                    buttons.append(
                        HeaderButton(
                            _("Test connection"),
                            url=reverse("tracking_admin:test", args=[self.object.pk]),
                            icon_name="resubmit",
                        )
                    )
                return buttons

        return EditView


class StatementMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_PERMISSION)


class StatementViewSet(ViewSet):
    name = "tracking_admin"
    url_prefix = "tracking"
    icon = "list-ul"
    menu_label = _("Statements and delivery")
    menu_item_class = StatementMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.statement_index, name="index"),
            path("statements/<uuid:pk>/", admin_views.statement_detail, name="detail"),
            path("retry/", admin_views.retry_parked, name="retry"),
            path("destinations/<id:pk>/test/", admin_views.connection_test, name="test"),
            path(
                "destinations/<id:pk>/delivery/",
                admin_views.destination_delivery,
                name="delivery",
            ),
            path(
                "destinations/<id:pk>/retry-now/",
                admin_views.destination_retry,
                name="retry_now",
            ),
        ]


class TrackingGroup(ViewSetGroup):
    menu_label = _("Tracking")
    menu_icon = "site"
    menu_order = 260
    items = (StatementViewSet, DestinationViewSet)


@hooks.register("register_admin_viewset")
def register_tracking_viewsets():
    return TrackingGroup()
