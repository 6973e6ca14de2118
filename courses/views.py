"""Thin views for the learner's actions. Each validates the request, calls one service and
redirects with a message; bad input never changes anything."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .errors import LearningError
from .models import CoursePage, LessonPage, WorkshopPage
from .selectors import outline_page_for_write, workshop_for_lesson, workshop_outline


def _live_page(model, page_id):
    page = model.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404(_("This page does not exist or is not published."))
    return page


@login_required
@require_POST
def workshop_enroll(request, page_id: int):
    workshop = _live_page(WorkshopPage, page_id)
    try:
        services.workshop_enroll(user=request.user, workshop=workshop)
    except LearningError as error:
        messages.error(request, error.message)
        return redirect(workshop.url)
    state = workshop_outline(workshop=workshop, user=request.user)
    messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": workshop.title})
    next_lesson = state.next_lesson
    return redirect(next_lesson.url if next_lesson else workshop.url)


@login_required
@require_POST
def course_enroll(request, page_id: int):
    course = _live_page(CoursePage, page_id)
    try:
        services.course_enroll(user=request.user, course=course)
    except LearningError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": course.title})
    return redirect(course.url)


@login_required
@require_POST
def lesson_complete(request, page_id: int):
    # From the cached outline (a POST takes a recent one), else the page.
    lesson = outline_page_for_write(LessonPage, pk=page_id) or _live_page(LessonPage, page_id)
    try:
        result = services.lesson_complete(user=request.user, lesson=lesson)
    except LearningError as error:
        messages.error(request, error.message)
        return redirect(lesson.url)

    # The service hands back the workshop as it stands after the completion; it is read
    # again only when nothing was completed (a repeated post).
    state = result.state or workshop_outline(
        workshop=workshop_for_lesson(lesson=lesson), user=request.user
    )
    if result.course_completed:
        messages.success(request, _("Course completed. Well done!"))
    elif result.workshop_passed:
        messages.success(request, _("Workshop passed. The next level is open to you."))
    elif result.quiz_ready:
        messages.success(request, _("All lessons done. Take the final quiz to pass the workshop."))
    elif result.newly_completed:
        messages.success(request, _("Lesson completed."))
    following = state.next_lesson
    if following is not None and following.pk != lesson.pk:
        return redirect(following.url)
    return redirect(state.workshop.url)
