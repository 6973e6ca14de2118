from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvocacyConfig(AppConfig):
    name = "lms.advocacy"
    label = "advocacy"
    verbose_name = _("Advocacy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Certificates and the charter move tiers: wired in one visible place.
        from . import receivers

        receivers.connect()
