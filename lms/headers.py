"""Security headers on every response: Content-Security-Policy (per path), Permissions-Policy,
and `Cache-Control: private, no-store` on what a signed-in person sees.

- CSP (django-csp 4.0; Django 5.2 has none built in): learner pages get a strict policy,
  scripts and styles only from our origin or carrying the request's nonce, no
  'unsafe-inline' nor 'unsafe-eval'. The Wagtail admin (/admin/) writes `style=""`
  attributes and inline scripts in its own widgets, so its policy allows inline scripts
  and styles, and nothing else more than learner pages. Both policies live in settings
  (CONTENT_SECURITY_POLICY, LMS_ADMIN_CONTENT_SECURITY_POLICY).
- Permissions-Policy: every powerful feature off, except what the site uses (the kit's copy
  button writes to the clipboard; embedded YouTube/Vimeo players may go full screen).
- Cache-Control: a page for a signed-in person shows their records; a shared cache or the
  browser's back-forward cache on a shared computer must not keep it. A response that chose
  its own policy (a verification page, the public issuer profile) keeps it.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

ADMIN_PREFIX = "/admin/"
PRIVATE = "private, no-store"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's policy under /admin/."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and _is_admin(request):
            parts.config = default_config(settings.LMS_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def _is_admin(request) -> bool:
    return request.path_info.startswith(ADMIN_PREFIX)


def _signed_in(request) -> bool:
    # Static files are answered by WhiteNoise before the session is read: no user there.
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class ResponseHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.LMS_PERMISSIONS_POLICY)
        if "Cache-Control" not in response and _signed_in(request):
            response["Cache-Control"] = PRIVATE
        return response
