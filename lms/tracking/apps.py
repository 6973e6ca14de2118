from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackingConfig(AppConfig):
    name = "lms.tracking"
    label = "tracking"
    verbose_name = _("xAPI tracking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Wire the domain events to the outbox in one visible place.
        from . import receivers

        receivers.connect()
