"""The composition root's URLs. Learner pages carry a language prefix (/en/, /fr/); the
Wagtail admin and file downloads do not."""

# First: registers the `<id:...>` converter our URL patterns use, the admin's included (its
# URLs are built from our wagtail_hooks as soon as wagtail.admin.urls is imported).
from lms import converters  # noqa: F401

# isort: split
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms.i18n import views as i18n_views

from . import errors, media_views, wagtail_fixes

urlpatterns = [
    # Before Wagtail's admin URLs: the same address and name, without its 500 (see the module).
    path(
        "admin/choose-external-link/",
        wagtail_fixes.external_link_chooser,
        name="wagtailadmin_choose_page_external_link",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Wagtail's images, from the default storage (disk or bucket) on any app server; the
    # storage's other files have their own permission-checked views (lms/media_views.py).
    path(settings.MEDIA_URL.strip("/") + "/<path:name>", media_views.media_serve, name="media"),
    # Our own switcher: Django's set_language loses the page when the session's language is
    # not the page's (see lms/i18n/paths.py).
    path("i18n/setlang/", i18n_views.language_switch, name="set_language"),
    # Public and machine-facing: the QR code's verification page and the HR pull API keep one
    # address whatever the language.
    path("verify/", include("certificates.public_urls")),
    path("api/", include("lms.reports.api_urls")),
    # SCIM 2.0 provisioning (identity providers): bearer token per directory.
    path("scim/v2/", include("lms.scim.urls")),
    # Corporate sign-in: the fixed addresses given to identity providers (no language).
    path("sso/", include("lms.sso.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += i18n_patterns(
    path("accounts/", include("lms.accounts.urls")),
    path("dashboard/", include("lms.dashboard.urls")),
    path("learn/", include("courses.urls")),
    path("certificates/", include("certificates.urls")),
    path("advocacy/", include("lms.advocacy.urls")),
    path("progress/", include("lms.gamification.urls")),
    # Wagtail's page serving comes last: it matches every remaining path. Its view finds
    # the academy's pages in the cached outline first (courses/page_serving.py).
    path("", include("courses.page_serving")),
    prefix_default_language=True,
)

handler400 = errors.bad_request
handler500 = errors.server_error
