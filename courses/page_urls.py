"""Page URLs for learner templates, computed once per page, site and language in each
process and kept until any page or site changes (shared_cache.derived).

Wagtail's `{% pageurl %}` works out the URL of a page from the site's root paths and a
`reverse()` each time it is called: 0.3–0.5 ms a link, and the dashboard and lesson
outlines show dozens of links (issue 12). The URL of a live page only changes when a page
(its slug, its parent) or a site changes, and any such save renews the definitions'
generation, so a URL found once holds until then.
"""

from __future__ import annotations

from django.utils.translation import get_language
from wagtail.models import Page, Site

from .shared_cache import derived


def page_url(page: Page | None, request) -> str | None:
    """`page.get_url(request)`, what `{% pageurl page %}` prints, remembered."""
    if page is None:
        return None
    if request is None or page.pk is None or getattr(request, "is_preview", False):
        # A preview renders drafts (a changed slug has the live page's id): never kept.
        return page.get_url(request=request)
    site = Site.find_for_request(request)
    key = (
        "page_url",
        site.pk if site else None,
        page.pk,
        page.url_path,
        page.locale_id,
        get_language(),
    )
    return derived(key, lambda: page.get_url(request=request))
