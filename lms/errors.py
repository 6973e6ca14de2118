"""The 400 and 500 pages in the site's look and the learner's language, with a plain
fallback."""

import logging

from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest, HttpResponseServerError
from django.template import loader

logger = logging.getLogger(__name__)


def bad_request_response(request, reason: str = "") -> HttpResponseBadRequest:
    """The 400 page, saying why when we know (`reason` is shown to the sender)."""
    try:
        body = loader.get_template("400.html").render({"message": reason}, request)
    except Exception:  # the error page must never turn a 400 into a 500
        logger.exception("Rendering the 400 page failed")
        return HttpResponseBadRequest(reason, content_type="text/plain; charset=utf-8")
    return HttpResponseBadRequest(body)


def bad_request(request, exception=None, template_name="400.html"):
    # A BadRequest we raise carries a message written for the sender; other 400s (a
    # SuspiciousOperation: a bad Host header, a tampered session) say nothing about why.
    reason = str(exception) if type(exception) is BadRequest else ""
    return bad_request_response(request, reason)


def server_error(request, template_name="500.html"):
    try:
        body = loader.get_template(template_name).render({"request": request})
    except Exception:  # the error page itself must never fail
        logger.exception("Rendering the 500 page failed")
        body = "<h1>Server error / Erreur du serveur</h1>"
    return HttpResponseServerError(body)
