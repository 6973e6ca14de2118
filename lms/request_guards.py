"""Requests we cannot read are refused with a 400 and a reason, before any view runs.

Django's forms already refuse a NUL character, but code that reads `request.GET` /
`request.POST` directly (quiz answers, filters, ids) would pass it on to the database, where
PostgreSQL refuses it with a DataError: a 500. A body declared in a character set we do not
decode (`charset=utf-16`, an unknown name) fails inside whichever view reads it first. Both
are refused here, once, for every page: the request changes nothing and the sender reads why.

It sits right after SecurityMiddleware, before sessions and CSRF, so nothing else has read
the body yet. The one error the guard maps after the view: a number in an address too large
for SQLite's driver (OverflowError, in Wagtail's own admin routes too) is a 404, like any
other address that names nothing. Our own patterns never get that far (lms.converters).
"""

from __future__ import annotations

import logging
import re

from django.core.exceptions import BadRequest, RequestDataTooBig, TooManyFieldsSent
from django.core.handlers.exception import response_for_exception
from django.http import Http404, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _

from .errors import bad_request_response

logger = logging.getLogger(__name__)

# Django reads form bodies in UTF-8 only (it refuses any other name for urlencoded ones):
# one rule for every body, said before anything reads it.
READABLE_CHARSET = "utf-8"
FORM_CONTENT_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})
NUL = "\x00"
# The pull API checks every query parameter itself and answers a problem as JSON (422, with
# the field), which its clients read: a NUL in its query is one of those problems.
SELF_VALIDATING_QUERIES = ("/api/",)
NOT_A_NUMBER = re.compile(r"Field '[^']+' expected a number but got ")


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reason = request_refusal(request)
        if reason:
            logger.info("Refused %s %s: %s", request.method, request.path, reason)
            return bad_request_response(request, reason)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError):
            # SQLite's driver cannot take an integer past 64 bits: no row has such an id.
            return response_for_exception(
                request, Http404(_("There is nothing at this address: its number is too large."))
            )
        if isinstance(exception, ValueError) and NOT_A_NUMBER.match(str(exception)):
            # Django's "Field 'id' expected a number but got 'abc'": a lookup by an id that
            # is not one (Wagtail's chooser routes take any text as the id).
            return response_for_exception(
                request, Http404(_("There is nothing at this address: its id is not a number."))
            )
        return None


def request_refusal(request) -> str:
    """Why `request` cannot be read, or "" when it can."""
    if NUL in request.path:
        return _("The address contains a NUL character.")
    charset = request.content_params.get("charset") if request.content_params else None
    if charset and not _readable(charset):
        return _("This request declares the character set “%(charset)s”; send it in UTF-8.") % {
            "charset": charset[:40]
        }
    if _has_nul(request.GET) and not request.path.startswith(SELF_VALIDATING_QUERIES):
        return _("The address contains a NUL character.")
    if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
        try:
            post = request.POST
        except RequestDataTooBig:
            return _("This form sends more data than the academy accepts.")
        except TooManyFieldsSent:
            return _("This form sends more fields than the academy accepts.")
        except (BadRequest, MultiPartParserError, UnreadablePostError, UnicodeDecodeError):
            return _("This form could not be read. Go back and send it again.")
        if _has_nul(post) or any(NUL in name for name in request.FILES):
            return _("The form contains a NUL character, which no field accepts.")
    return ""


def _readable(charset: str) -> bool:
    return charset.strip().strip('"').lower() == READABLE_CHARSET


def _has_nul(query) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in query.lists())
