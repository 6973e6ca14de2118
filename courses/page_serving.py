"""Wagtail's page serving, with the academy's courses, workshops and lessons found in one
query.

Wagtail routes a request from the site's root: `site.root_page.localized.specific.route()`,
which reads the active Locale, the root's translation (in French), the root's specific row,
then AcademyPage.route() finds the page. That was 4–5 queries and a third of a lesson
page's time (issue 12). The cached outline (selectors.site_outline) already knows every
live course, workshop and lesson by `url_path`, so `page_serve` reads only the page's own
specific row and hands Wagtail the route it would have found, through the attribute in
which `Page.route_for_request` keeps its answer for the request
(`request._wagtail_route_for_request`). Everything else (view restrictions, the
`before_serve_page` hooks, `page.serve()`) is Wagtail's, unchanged.

Anything the outline does not hold (the academy's home, the charter page, drafts, a 404) and
any request that must not read the cache (a POST) goes through Wagtail's own walk.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port
from django.urls import re_path
from django.utils.translation import get_language
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.models import Site

from .models import AcademyPage
from .prepared_reads import PreparedRead
from .request_memo import memo_active
from .selectors import locale_for_language, outline_page_at
from .shared_cache import derived

# The page's specific row, live: its SQL built once per connection and page model
# (prepared_reads.py); `pk` is unique, so no ORDER BY is needed to pick the first row.
_LIVE_PAGE = PreparedRead(lambda pk, model: model.objects.filter(pk=pk, live=True)[:1])


def _academy_type_id() -> int:
    return ContentType.objects.get_for_model(AcademyPage).pk  # Django caches it


def _site_for(request):
    """The academy's Site for this request, as `Site.find_for_request` finds it (the same
    host and port), kept per process until a site or a page changes (shared_cache.derived):
    Wagtail's lookup is a query on every request. It is kept on the request too, where
    Wagtail and our templates look first. Another site (no academy at its root) gets
    None, and Wagtail's own lookup as before."""
    if hasattr(request, "_wagtail_site"):
        site = request._wagtail_site
    else:
        hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail reads them
        site = derived(
            ("site_for_request", hostname, request.get_port()),
            lambda: Site.find_for_request(request),
        )
    if site is None or site.root_page.content_type_id != _academy_type_id():
        return None
    request._wagtail_site = site
    return site


def _root_url_path(site, language) -> tuple[str, str]:
    """(`url_path`, `path`) of the site's root in the active language, as Wagtail's
    `root_page.localized` picks it: its live translation, else the root itself."""
    root = site.root_page
    locale = locale_for_language(language)
    if locale is None or locale.pk == root.locale_id:
        return root.url_path, root.path

    def translated():
        page = root.get_translation_or_none(locale)
        if page is None or not page.live:
            return root.url_path, root.path
        return page.url_path, page.path

    return derived(("root_url_path", site.pk, root.pk, locale.pk), translated)


def academy_page_for(request, path: str):
    """The live course, workshop or lesson at `path` (a path below the site's root, as
    Wagtail's serve pattern captures it), read in one query; None when the outline does
    not know it."""
    components = [part for part in path.split("/") if part]
    if not components or not memo_active():
        return None
    site = _site_for(request)
    if site is None:
        return None
    root_url_path, root_path = _root_url_path(site, get_language())
    known = outline_page_at(f"{root_url_path}{'/'.join(components)}/")
    if known is None or not known.path.startswith(root_path):
        return None
    found = _LIVE_PAGE(known.pk, fixed=(type(known),))
    return found[0] if found else None


def page_serve(request, path):
    """`wagtail.views.serve`, with the route found by `academy_page_for` when it can."""
    if not hasattr(request, "_wagtail_route_for_request"):
        page = academy_page_for(request, path)
        if page is not None:
            request._wagtail_route_for_request = page.route(request, [])
    return wagtail_views.serve(request, path)


# Wagtail's front-end URLs, its serving view replaced by ours (same pattern, same name, so
# `reverse("wagtail_serve")` and lms/i18n/paths.py see no difference).
urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, page_serve, name="wagtail_serve"),
]
