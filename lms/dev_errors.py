"""The embedded mode (`make run`) shows a prospect the academy's own 404 and 500 pages.

Django answers with its technical pages whenever DEBUG is on, and the embedded mode keeps
DEBUG on (the demo loader refuses to run without it, runserver serves the static files).
This middleware, last in the dev settings' list, renders the project's handlers instead:
`process_exception` for what a view raises (Wagtail's page serving, get_object_or_404…),
`__call__` for an address no URL pattern matches (the resolver fails before any view).
The traceback still goes to the console through the `django.request` logger; a developer
who wants Django's pages back starts with `LMS_DEV_TRACEBACKS=true make run`.

Never in production or test settings: there DEBUG is off and Django calls the handlers.
"""

from __future__ import annotations

import logging

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404
from django.urls import get_resolver

logger = logging.getLogger("django.request")


def _handler(status: int):
    return get_resolver().resolve_error_handler(status)


class BrandedErrorPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # No view ran: the path matched nothing and Django built its technical 404.
        if response.status_code == 404 and getattr(request, "resolver_match", None) is None:
            return _handler(404)(request, Http404(request.path))
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            return _handler(404)(request, exception)
        # Django already answers these with the handlers (403) or a 400 the caller reads.
        if isinstance(exception, PermissionDenied | BadRequest | SuspiciousOperation):
            return None
        logger.error(
            "Internal Server Error: %s",
            request.path,
            exc_info=(type(exception), exception, exception.__traceback__),
            extra={"status_code": 500, "request": request},
        )
        return _handler(500)(request)
