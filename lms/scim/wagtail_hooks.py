"""The admin's "Provisioning (SCIM)" menu: directories and their tokens, the request log."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_views


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_urls")
def register_scim_admin_urls():
    urls = [
        path("", admin_views.directory_list, name="directories"),
        path("new/", admin_views.directory_create_view, name="create"),
        path("<id:pk>/revoke/", admin_views.directory_revoke_view, name="revoke"),
        path("log/", admin_views.request_log, name="log"),
    ]
    return [path("provisioning/", include((urls, "scim_admin"), namespace="scim_admin"))]


class ProvisioningMenu(SubmenuMenuItem):
    def is_shown(self, request):
        return request.user.has_perm("scim.view_scimdirectory") or request.user.has_perm(
            "scim.view_scimrequest"
        )


@hooks.register("register_admin_menu_item")
def register_scim_menu():
    menu = Menu(
        items=[
            PermissionMenuItem(
                _("Directories (SCIM)"),
                reverse("scim_admin:directories"),
                icon_name="key",
                order=10,
                permission="scim.view_scimdirectory",
            ),
            PermissionMenuItem(
                _("Provisioning log"),
                reverse("scim_admin:log"),
                icon_name="list-ul",
                order=20,
                permission="scim.view_scimrequest",
            ),
        ]
    )
    return ProvisioningMenu(_("Provisioning"), menu, icon_name="group", order=260)
