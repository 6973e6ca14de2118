"""Wagtail admin views of xAPI tracking, for HR and superusers: statements and their
delivery state per LRS, "retry parked", and a connection test for each destination."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from . import selectors
from .constants import XAPI_VERSION
from .delivery import destination_retry_now
from .forms import RetryForm, StatementFilterForm
from .models import (
    AuthType,
    Delivery,
    DeliveryStatus,
    Destination,
    DestinationEvent,
    Statement,
    breaker_state,
)

logger = logging.getLogger(__name__)

PAGE_SIZE = 50
VIEW_PERMISSION = "tracking.view_statement"
RETRY_PERMISSION = "tracking.change_delivery"
TEST_PERMISSION = "tracking.change_destination"


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


# --- statements -------------------------------------------------------------------------


def statement_index(request):
    _require(request, VIEW_PERMISSION)
    destinations = selectors.destination_summaries()
    form = StatementFilterForm(request.GET or None, destinations=destinations)
    page = None
    statements = []
    if not form.is_bound or form.is_valid():
        filters = form.cleaned_data if form.is_bound else {}
        qs = selectors.statements_filtered(
            event=filters.get("event") or "",
            email=(filters.get("email") or "").strip(),
            date_from=filters.get("date_from"),
            date_to=filters.get("date_to"),
            destination=filters.get("destination"),
            status=filters.get("status") or "",
        )
        page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("p"))
        statements = selectors.statements_with_cells(page.object_list, destinations)
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "tracking/admin/statement_index.html",
        {
            "page_title": _("xAPI statements"),
            "form": form,
            "page": page,
            "statements": statements,
            "destinations": destinations,
            "query": query.urlencode(),
            "can_retry": request.user.has_perm(RETRY_PERMISSION),
            "can_test": request.user.has_perm(TEST_PERMISSION),
        },
    )


def statement_detail(request, pk):
    _require(request, VIEW_PERMISSION)
    try:
        statement, pretty, cells = selectors.statement_detail(pk)
    except Statement.DoesNotExist:
        raise Http404 from None
    return TemplateResponse(
        request,
        "tracking/admin/statement_detail.html",
        {
            "page_title": _("Statement %(id)s") % {"id": statement.pk},
            "statement": statement,
            "pretty": pretty,
            "cells": cells,
            "can_retry": request.user.has_perm(RETRY_PERMISSION),
        },
    )


def _enqueue_delivery() -> bool:
    """Ask the delivery task to run now; False when the engine is not available (the
    periodic sweep then picks the rows up)."""
    try:
        from lms.tracking import tasks
    except ImportError:
        return False
    enqueue = getattr(tasks, "enqueue_delivery", None)
    if enqueue is None:
        return False
    enqueue()  # coalesced with a run already waiting; never raises
    return True


@require_POST
def retry_parked(request):
    _require(request, RETRY_PERMISSION)
    form = RetryForm(request.POST)
    back = request.POST.get("next") or ""
    if not back.startswith("/") or back.startswith("//"):
        back = reverse("tracking_admin:index")
    if not form.is_valid():
        for error in form.non_field_errors() or [_("Invalid request.")]:
            messages.error(request, error)
        return redirect(back)
    parked = Delivery.objects.filter(status=DeliveryStatus.PARKED)
    if form.cleaned_data["destination"]:
        parked = parked.filter(destination=form.cleaned_data["destination"])
    if form.cleaned_data["statements"]:
        parked = parked.filter(statement_id__in=form.cleaned_data["statements"])
    # Attempts are kept (they are the history); the engine sends them on its next run.
    count = parked.update(status=DeliveryStatus.PENDING, next_attempt_at=timezone.now())
    if count:
        _enqueue_delivery()
        messages.success(
            request,
            ngettext(
                "%(count)d parked delivery queued for sending.",
                "%(count)d parked deliveries queued for sending.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.info(request, _("No parked delivery matched: nothing to retry."))
    return redirect(back)


# --- the circuit breaker of a destination ------------------------------------------------

EVENTS_SHOWN = 20


def destination_delivery(request, pk):
    """The destination's delivery state (healthy / failing until HH:MM / probing), its
    failures in a row, the latest events, and "Retry now"."""
    _require(request, VIEW_PERMISSION)
    destination = get_object_or_404(Destination, pk=pk)
    events = DestinationEvent.objects.filter(destination=destination)[:EVENTS_SHOWN]
    return TemplateResponse(
        request,
        "tracking/admin/destination_delivery.html",
        {
            "page_title": _("Delivery to %(name)s") % {"name": destination.name},
            "destination": destination,
            "state": breaker_state(destination, timezone.now()),
            "events": events,
            "pending": Delivery.objects.filter(
                destination=destination, status=DeliveryStatus.PENDING
            ).count(),
            "can_retry": request.user.has_perm(TEST_PERMISSION),
        },
    )


@require_POST
def destination_retry(request, pk):
    """Make the next try due now and queue a delivery run (the probe goes at once)."""
    _require(request, TEST_PERMISSION)
    destination = get_object_or_404(Destination, pk=pk)
    destination_retry_now(destination=destination, by=request.user)
    _enqueue_delivery()
    messages.success(
        request, _("The next try to %(name)s is due now.") % {"name": destination.name}
    )
    return redirect("tracking_admin:delivery", pk=destination.pk)


# --- connection test --------------------------------------------------------------------


@dataclass
class ConnectionResult:
    ok: bool
    message: str


def connection_check(destination: Destination) -> ConnectionResult:
    """GET <endpoint>about with the version header and the destination's credentials.
    Never raises: every failure becomes a message for a person."""
    headers = {"X-Experience-API-Version": XAPI_VERSION}
    auth = None
    if destination.auth_type in (AuthType.BASIC, AuthType.BEARER):
        name = destination.secret_env_var
        secret = os.environ.get(name, "") if name else ""
        if not name:
            return ConnectionResult(
                False, _("No environment variable is named for the password or token.")
            )
        if not secret:
            return ConnectionResult(
                False,
                _(
                    "The environment variable %(name)s is not set on this server: set it "
                    "(the password or token) and restart the application."
                )
                % {"name": name},
            )
        if destination.auth_type == AuthType.BASIC:
            auth = httpx.BasicAuth(destination.username, secret)
        else:
            headers["Authorization"] = f"Bearer {secret}"
    url = destination.endpoint.rstrip("/") + "/about"
    timeout = destination.timeout_seconds or 10
    try:
        response = httpx.get(url, headers=headers, auth=auth, timeout=timeout)
    except httpx.TimeoutException:
        return ConnectionResult(
            False,
            _("%(url)s did not answer within %(timeout)s seconds.")
            % {"url": url, "timeout": timeout},
        )
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        return ConnectionResult(
            False,
            _("Could not reach %(url)s (%(error)s). Check the address and that the LRS is up.")
            % {"url": url, "error": exc.__class__.__name__},
        )
    if response.status_code in (401, 403):
        return ConnectionResult(
            False,
            _(
                "The LRS refused the credentials (HTTP %(status)s): check the user name and "
                "the secret in %(name)s."
            )
            % {"status": response.status_code, "name": destination.secret_env_var or "—"},
        )
    if response.status_code != 200:
        return ConnectionResult(
            False,
            _("The LRS answered HTTP %(status)s to %(url)s: is this the xAPI endpoint?")
            % {"status": response.status_code, "url": url},
        )
    try:
        versions = response.json().get("version") or []
    except (ValueError, AttributeError):
        versions = []
    if versions and not any(str(v).startswith("1.0") for v in versions):
        return ConnectionResult(
            False,
            _("The LRS answers but does not support xAPI 1.0.x (it announces %(versions)s).")
            % {"versions": ", ".join(map(str, versions))},
        )
    return ConnectionResult(
        True,
        _("Connected to %(url)s (xAPI versions: %(versions)s).")
        % {"url": url, "versions": ", ".join(map(str, versions)) or "?"},
    )


def connection_test(request, pk):
    _require(request, TEST_PERMISSION)
    destination = get_object_or_404(Destination, pk=pk)
    result = None
    if request.method == "POST":
        result = connection_check(destination)
    elif request.method != "GET":
        raise PermissionDenied
    return TemplateResponse(
        request,
        "tracking/admin/test_connection.html",
        {
            "page_title": _("Test the connection to %(name)s") % {"name": destination.name},
            "destination": destination,
            "result": result,
        },
    )
