"""The brand settings of the request's site, from Django's cache instead of two queries
(the site, then its BrandSettings) on every page.

`brand_for_request()` puts the cached instance where Wagtail's own `BrandSettings.for_request`
looks first (an attribute on the request), so `{{ settings.themes.BrandSettings }}` in any
template reads it without a query. The entry is keyed by the request's host and port (what
Wagtail matches a site on) and by a generation token that any save or delete of a brand
setting, a site or an image (the logo) replaces, so a change shows on the next page in every
process. (themes imports no app of ours, hence this small mechanism of its own; the courses
app has the general one, courses/shared_cache.py.)
"""

from __future__ import annotations

import hashlib
import uuid

from django.core.cache import cache
from wagtail.models import Site

from .models import BrandSettings

GENERATION_KEY = "porte_voix:brand:generation"
TIMEOUT = 60 * 60
_NO_SITE = "no-site"


def brand_changed(sender=None, **kwargs) -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _generation() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, token, None):
            token = cache.get(GENERATION_KEY) or token
    return token


def _load(request) -> BrandSettings | str:
    site = Site.find_for_request(request)
    if site is None:
        return _NO_SITE
    brand, created = BrandSettings.base_queryset().get_or_create(site=site)
    if created:
        brand._created = True  # our own write replaced the generation: see brand_for_request
    # Read now, so the cached copy carries them: the logo, and the site (Wagtail's page
    # URLs ask for the request's site; see brand_for_request); the referent's photo, shown
    # beside every lesson (lms/advocacy/selectors_referent.py).
    _ = brand.logo, brand.referent_photo, brand.site
    return brand


def brand_for_request(request) -> BrandSettings | None:
    """The request's BrandSettings (None without a site), cached; also primes Wagtail's
    per-request attribute so the `settings` context processor finds it."""
    attr_name = BrandSettings.get_cache_attr_name()
    if hasattr(request, attr_name):
        return getattr(request, attr_name)
    try:
        host = request.get_host()
    except Exception:  # DisallowedHost: let Wagtail's own path answer as it always did
        return None
    where = hashlib.sha256(f"{host}|{request.get_port()}".encode()).hexdigest()[:32]
    key = f"porte_voix:brand:{_generation()}:{where}"
    brand = cache.get(key)
    if brand is None:
        brand = _load(request)
        if getattr(brand, "_created", False):
            # Creating the row (the site's first page) replaced the generation this key was
            # built on; the row read is the new one, so store it under the new generation.
            del brand._created
            key = f"porte_voix:brand:{_generation()}:{where}"
        cache.set(key, brand, TIMEOUT)
    if isinstance(brand, str):  # _NO_SITE
        return None
    brand._request = request  # as for_request() does: page URLs relative to this request
    if not hasattr(request, "_wagtail_site"):
        # What Site.find_for_request() would find and keep on the request: the same host and
        # port gave this site (the cache is dropped when any site changes).
        request._wagtail_site = brand.site
    setattr(request, attr_name, brand)
    return brand


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.images import get_image_model

    for model in (BrandSettings, Site, get_image_model()):
        label = model._meta.label
        post_save.connect(brand_changed, sender=model, dispatch_uid=f"pv_brand_save_{label}")
        post_delete.connect(brand_changed, sender=model, dispatch_uid=f"pv_brand_del_{label}")
