"""Learner pages of the ladder: the tiers page, and accepting the charter (the charter
itself is a Wagtail page, CharterPage; its form posts here). Thin: validate, call one
service, redirect with a message."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.converters import MAX_ID

from . import selectors, services
from .forms_ladder import CharterAcceptForm
from .models import CharterPage


@login_required
@require_POST
def charter_accept(request):
    form = CharterAcceptForm(request.POST)
    page_id = request.POST.get("charter", "")
    readable = page_id.isdecimal() and int(page_id) <= MAX_ID  # past 64 bits: no such page
    page = CharterPage.objects.live().filter(pk=int(page_id)).first() if readable else None
    if page is None:
        messages.error(request, _("This charter does not exist or is no longer published."))
        return redirect("dashboard:home")
    if not form.is_valid():
        context = page.get_context(request)
        context["form"] = form
        return TemplateResponse(request, page.get_template(request), context, status=400)
    try:
        acceptance, created = services.charter_accept(user=request.user, charter=page)
    except services.CharterTranslationOutdated as outdated:
        messages.error(
            request,
            _(
                "This translation is of version %(read)s of the charter, but version "
                "%(in_force)s is in force. Read and accept the version in force."
            )
            % {"read": outdated.read, "in_force": outdated.in_force},
        )
        return redirect(page.url)
    when = formats.date_format(acceptance.accepted_at, "DATE_FORMAT")
    if created:
        messages.success(
            request,
            _("Thank you: you accepted version %(version)s of the charter.")
            % {"version": acceptance.version},
        )
    else:
        messages.info(
            request,
            _("You had already accepted version %(version)s of the charter on %(date)s.")
            % {"version": acceptance.version, "date": when},
        )
    return redirect(page.url)


@login_required
def tiers(request):
    state = selectors.ladder_for_learner(user=request.user)
    return render(request, "advocacy/tiers.html", {"ladder": state})
