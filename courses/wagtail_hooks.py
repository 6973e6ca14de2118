from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_enrollment_urls():
    urls = [path("", admin_views.staff_enroll, name="enroll")]
    return [path("enrollments/", include((urls, "courses_admin"), namespace="courses_admin"))]


class EnrollmentMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.add_enrollment")


@hooks.register("register_admin_menu_item")
def register_enrollment_menu_item():
    return EnrollmentMenuItem(
        _("Enroll learners"), reverse("courses_admin:enroll"), icon_name="group", order=250
    )
