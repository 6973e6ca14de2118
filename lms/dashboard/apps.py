from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    name = "lms.dashboard"
    label = "dashboard"
    verbose_name = _("Dashboard")

    def ready(self):
        # Domain apps never import lms.*: the dashboard (a consumer) registers the panels of
        # the domain apps it shows. Consumer apps (advocacy, gamification) register their own.
        from certificates.views import dashboard_panel

        from .panels import Panel, register

        register(
            Panel(
                name="certificates",
                template="certificates/panel.html",
                provider=dashboard_panel,
                order=15,
            )
        )
