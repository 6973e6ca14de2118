"""HR's admin: the completion report (with its charts, learner files and exports) and the
log of exports. The pull API's keys register themselves in admin_keys."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import (
    admin_keys,  # noqa: F401 - registers the API keys' admin
    admin_views,
)


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", admin_views.report_index, name="index"),
        path("learners/<id:user_id>/", admin_views.learner_detail, name="learner"),
        path("export/<slug:preset>/", admin_views.export, name="export"),
        path("exports/", admin_views.export_log, name="log"),
        path("exports/<id:pk>/file/", admin_views.export_download, name="download"),
    ]
    return [
        path("reports/completions/", include((urls, "reports_admin"), namespace="reports_admin"))
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permissions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return all(request.user.has_perm(p) for p in self.permissions)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return PermissionMenuItem(
        _("Completion report"),
        reverse("reports_admin:index"),
        icon_name="table",
        order=700,
        permissions=(admin_views.VIEW_PERMISSION,),
    )


@hooks.register("register_admin_menu_item")
def register_export_log_menu_item():
    return PermissionMenuItem(
        _("Export log"),
        reverse("reports_admin:log"),
        icon_name="history",
        order=710,
        permissions=(admin_views.VIEW_PERMISSION, admin_views.LOG_PERMISSION),
    )
