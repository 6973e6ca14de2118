from django.core.exceptions import PermissionDenied
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

# Addresses that never carry a language prefix (lms/urls.py, outside i18n_patterns).
LANGUAGE_FREE_PREFIXES = (
    "/admin/",
    "/sso/",  # corporate sign-in (lms.sso): the addresses given to identity providers
    "/documents/",
    "/i18n/",
    "/verify/",
    "/api/",
    "/scim/",
    "/static/",
    "/media/",
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 under an address that never carries a language (the
    admin, the API, the verification pages) stays a 404. Django redirects a 404 to the same
    address under /en/ when that address would resolve, and Wagtail's page serving, last in
    the learner patterns, resolves everything: a missing export file or API object would
    become a redirect to a page that does not exist either."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(LANGUAGE_FREE_PREFIXES):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class AdminForbiddenMiddleware:
    """A signed-in person without admin access (a learner) gets a plain 403 on every admin
    address, instead of Wagtail's redirect to its sign-in page, which would invite them to
    sign in again with the account they already use. Signed-out visitors still go to the
    sign-in page; the admin's own sign-in and sign-out pages stay open."""

    OPEN = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith("/admin/")
            and not path.startswith(self.OPEN)
            and request.user.is_authenticated
            and not request.user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied
        return self.get_response(request)
