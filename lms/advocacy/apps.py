from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvocacyConfig(AppConfig):
    name = "lms.advocacy"
    label = "advocacy"
    verbose_name = _("Advocacy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Certificates, the charter and the tiers' rules move tiers: wired in one visible
        # place (receivers.py).
        from lms.dashboard.panels import Panel, register

        from . import receivers, wiring_kit
        from .panels import tier_panel_data

        receivers.connect()
        wiring_kit.connect()  # the referent's lesson aside and dashboard panel
        register(
            Panel(
                name="advocacy_tier",
                template="advocacy/panel_tier.html",
                provider=tier_panel_data,
                order=20,
            )
        )
