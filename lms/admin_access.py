"""The admin's refusal for admin users without a permission.

Wagtail turns a raised PermissionDenied into a redirect to the admin's home with a message,
which hides the refusal; these views answer a 403 page in the admin's look instead, each app
with its own explanation (`template`). Users without admin access never get here: Wagtail
sends them to its sign-in page first."""

from __future__ import annotations

from functools import wraps

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _


def forbidden(request, template: str) -> TemplateResponse:
    return TemplateResponse(request, template, {"page_title": _("Access denied")}, status=403)


def requires_permission(permission: str, *, template: str):
    """A view decorator: `permission` ("app.codename") or the 403 page `template`."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(permission):
                return forbidden(request, template)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
