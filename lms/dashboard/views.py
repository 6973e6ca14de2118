from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from wagtail.models import Site

from courses.models import AcademyPage
from courses.selectors import catalogue_for_learner, dashboard_for_learner

from .panels import panels_for


@login_required
def home(request):
    courses = dashboard_for_learner(user=request.user)
    next_steps = [(course, course.next_step) for course in courses if course.next_step]
    context = {
        "courses": courses,
        "next_step": next_steps[0] if next_steps else None,
        "lessons_done": sum(c.done for c in courses),
        "workshops_passed": sum(c.passed_count for c in courses),
        "panels": panels_for(request),
    }
    return render(request, "dashboard/home.html", context)


def _academy_for(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page.localized.specific
    return root if isinstance(root, AcademyPage) else None


@login_required
def catalogue(request):
    academy = _academy_for(request)
    courses = catalogue_for_learner(academy=academy, user=request.user) if academy else []
    return render(request, "dashboard/catalogue.html", {"courses": courses, "academy": academy})
