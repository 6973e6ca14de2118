from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import receivers, roles  # noqa: F401  (receivers connect on import)

        # Groups and their permissions are data the product relies on: keep them in step
        # with the code after every migrate (and after a test flush).
        post_migrate.connect(roles.roles_sync_after_migrate)
