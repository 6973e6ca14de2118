from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScimConfig(AppConfig):
    name = "lms.scim"
    label = "scim"
    verbose_name = _("Directory provisioning (SCIM)")
    default_auto_field = "django.db.models.BigAutoField"
