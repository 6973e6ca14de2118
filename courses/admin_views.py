"""Wagtail admin view for trainers and HR: assign courses and workshops to learners."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import services
from .errors import LearningError
from .forms import StaffEnrollmentForm
from .models import CoursePage, EnrollmentSource
from .selectors import enrollments_recent


def staff_enroll(request):
    if not request.user.has_perm("courses.add_enrollment"):
        raise PermissionDenied
    form = StaffEnrollmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        target = form.cleaned_data["target"].specific
        source = (
            EnrollmentSource.HR
            if request.user.groups.filter(name="HR").exists()
            else EnrollmentSource.TRAINER
        )
        learners = form.selected_learners()
        common = {
            "source": source,
            "enrolled_by": request.user,
            "due_date": form.cleaned_data["due_date"],
        }
        try:
            with transaction.atomic():  # all learners or none
                # A whole department at once: a few queries, not a few per learner.
                if isinstance(target, CoursePage):
                    services.course_enroll_many(users=learners, course=target, **common)
                else:
                    services.workshop_enroll_many(users=learners, workshop=target, **common)
        except LearningError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(count)d learner(s) enrolled in “%(title)s”.")
                % {"count": len(learners), "title": target.title},
            )
            return redirect("courses_admin:enroll")
    recent = enrollments_recent(limit=20)
    return TemplateResponse(
        request,
        "courses/admin/enroll.html",
        {"form": form, "recent": recent, "page_title": _("Enroll learners")},
    )
