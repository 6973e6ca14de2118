from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdminHomeConfig(AppConfig):
    name = "lms.admin_home"
    label = "admin_home"
    verbose_name = _("Admin home")
