from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    name = "themes"
    verbose_name = _("Brand and themes")

    def ready(self):
        # The brand is read from the cache on every page; any change to it drops the cache.
        from . import checks  # noqa: F401 - registers the placeholder check
        from .brand_cache import connect

        connect()
