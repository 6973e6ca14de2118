from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GamificationConfig(AppConfig):
    name = "lms.gamification"
    label = "gamification"
    verbose_name = _("Gamification")
    default_auto_field = "django.db.models.BigAutoField"
