"""The "Employees" admin menu (HR): import employees, the import log, auto-enrollment rules."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from . import admin_import, admin_throttle, throttle
from .models import EnrollmentRule


class ImportPermissionPolicy(BasePermissionPolicy):
    """Whoever may import employees manages the enrollment rules the import applies."""

    def user_has_permission(self, user, action):
        return user.has_perm(admin_import.PERMISSION)

    def user_has_any_permission(self, user, actions):
        return user.has_perm(admin_import.PERMISSION)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.none()


# Registered at import time, before any viewset asks for EnrollmentRule's policy.
register_permission_policy(EnrollmentRule, ImportPermissionPolicy(EnrollmentRule))


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_import.PERMISSION)


class EmployeeImportViewSet(ViewSet):
    name = "accounts_import"
    url_prefix = "employees/import"
    icon = "upload"
    menu_label = _("Import employees")
    menu_item_class = ImportMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_import.import_upload, name="upload"),
            path("apply/", admin_import.import_apply, name="apply"),
            path("runs/", admin_import.import_runs, name="runs"),
            path("runs/<id:pk>/", admin_import.import_run, name="run"),
        ]


class ImportLogViewSet(ViewSet):
    """Only a menu entry: the log's pages are the import viewset's."""

    name = "accounts_import_log"
    url_prefix = "employees/imports"
    icon = "list-ul"
    menu_label = _("Import log")
    menu_item_class = ImportMenuItem

    @property
    def menu_url(self):
        from django.urls import reverse

        return reverse("accounts_import:runs")

    def get_urlpatterns(self):
        return []


class EnrollmentRuleForm(forms.ModelForm):
    class Meta:
        model = EnrollmentRule
        fields = ["name", "department", "courses", "due_date", "due_in_days", "active"]
        widgets = {"courses": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)
        from courses.models import CoursePage

        self.fields["courses"].queryset = CoursePage.objects.live().order_by("path")


class EnrollmentRuleViewSet(ModelViewSet):
    model = EnrollmentRule
    name = "enrollment_rules"
    url_prefix = "employees/enrollment-rules"
    icon = "tasks"
    menu_label = _("Enrollment rules")
    add_to_admin_menu = False
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = ["name", "department", "due_date", "due_in_days", "active"]
    form_fields = ["name", "department", "courses", "due_date", "due_in_days", "active"]

    def get_form_class(self, for_update=False):
        return EnrollmentRuleForm


class EmployeesGroup(ViewSetGroup):
    menu_label = _("Employees")
    menu_icon = "group"
    menu_order = 255
    items = (EmployeeImportViewSet, ImportLogViewSet, EnrollmentRuleViewSet)


@hooks.register("register_admin_viewset")
def register_employee_viewsets():
    return EmployeesGroup()


class ThrottleMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(throttle.PERMISSION)


@hooks.register("register_admin_urls")
def register_throttle_urls():
    from django.urls import include

    urls = [
        path("", admin_throttle.throttle_index, name="index"),
        path("clear/", admin_throttle.throttle_clear, name="clear"),
    ]
    return [path("sign-in-throttles/", include((urls, "accounts_throttles")))]


@hooks.register("register_settings_menu_item")
def register_throttle_menu_item():
    from django.urls import reverse

    return ThrottleMenuItem(
        _("Sign-in throttles"), reverse("accounts_throttles:index"), icon_name="lock", order=900
    )
