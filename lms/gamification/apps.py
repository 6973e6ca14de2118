from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class GamificationConfig(AppConfig):
    name = "lms.gamification"
    label = "gamification"
    verbose_name = _("Gamification")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Domain events -> points and badges, the dashboard panel, and the rules' values
        # table: wired in one visible place.
        from lms.dashboard.panels import Panel, register

        from . import receivers
        from .panel import progress_panel
        from .rules import point_rules_sync_after_migrate, rule_values_connect

        receivers.connect()
        rule_values_connect()
        post_migrate.connect(point_rules_sync_after_migrate, sender=self)
        register(
            Panel(
                name="gamification",
                template="gamification/panel.html",
                provider=progress_panel,
                order=30,
            )
        )
