"""Definitions every learner reads the same (the site's outline of courses, workshops and
lessons, locales, and what consumer apps register: tiers, badges, the charter), cached in
Django's cache and dropped on every change an author can make.

One *generation* token in the cache names the current state of the definitions; every entry
is stored under it. Any change to a watched model (a page saved, published, unpublished,
moved or deleted; a tier, badge or locale saved or deleted) writes a new token, so every
cached definition is stale at once, in every process: with Redis in production the token is
shared by all app servers. A token is a random UUID, never a counter, so a cleared cache
(tests clear it before each test) can never bring an old generation back.

Each process also keeps the last value it read per name, with its token, so a warm request
reads one small cache key (the token) instead of unpickling the outline again.

Watched models are named by label (`app_label.ModelName`) so that this domain app imports
nothing of the consumer apps; they call `watch()` for the definitions they cache.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.core.cache import cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import DatabaseError, transaction
from wagtail.models import Page

from .request_memo import (
    in_unsafe_request,
    memo_active,
    read_once_per_unsafe_request,
    request_scoped,
    request_scoped_forget,
    unsafe_request_changed_definitions,
    unsafe_request_forget,
)

T = TypeVar("T")

GENERATION_KEY = "porte_voix:definitions:generation"
# Long enough to outlive any burst of reads, short enough that a change made behind the
# signals' back (a raw SQL fix, a queryset.update()) shows within the hour.
TIMEOUT = 60 * 60

_WATCHED: set[str] = {
    "wagtailcore.Locale",
    "wagtailcore.Site",
    "courses.WorkshopPrerequisite",
    # What a lesson's rendered blocks show besides the page itself (derived() below): a
    # document's title and file, and the brand's names (themes has no model of ours to
    # import, so named by label like the consumers' models).
    "wagtaildocs.Document",
    "themes.BrandSettings",
    # A workshop's final quiz as its page shows it (courses/quiz_views.py), and who may see
    # a page (LearnerPage.get_view_restrictions).
    "quizzes.Quiz",
    "wagtailcore.PageViewRestriction",
}
_local: dict[str, tuple[str, object]] = {}
# derived(): values computed in this process from the definitions (page URLs, rendered
# blocks), dropped as a whole when the generation changes.
_derived: dict[Hashable, object] = {}
_derived_token: list[str | None] = [None]
DERIVED_MAX = 20_000


def watch(*labels: str) -> None:
    """Saving or deleting an instance of these models drops every cached definition."""
    _WATCHED.update(labels)
    if _connected:
        _connect_deletes(labels)


_connected = False


def _connect_deletes(labels) -> None:
    # post_delete per model, never for all models: a receiver without a sender would stop
    # Django's fast (single-query) deletes everywhere.
    from django.apps import apps
    from django.db.models.signals import post_delete

    for label in labels:
        post_delete.connect(
            _on_change, sender=apps.get_model(label), dispatch_uid=f"pv_definitions_{label}"
        )


def _generation() -> str:
    if in_unsafe_request():
        return read_once_per_unsafe_request(GENERATION_KEY, _generation_read)
    return request_scoped(GENERATION_KEY, _generation_read)


def _generation_read() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        token = uuid.uuid4().hex
        # add(): two processes starting at once agree on the first token.
        if not cache.add(GENERATION_KEY, token, None):
            token = cache.get(GENERATION_KEY) or token
    return token


def _new_generation() -> None:
    _token_write(uuid.uuid4().hex)
    _local.clear()
    _derived.clear()
    request_scoped_forget(GENERATION_KEY)
    unsafe_request_forget(changed=True)


def _token_write(token: str) -> None:
    if not isinstance(caches["default"], DatabaseCache):
        cache.set(GENERATION_KEY, token, None)
        return
    # The database cache's table is made by `createcachetable`, which the README runs after
    # `migrate`; the migrations themselves save Locales and pages. A savepoint keeps the
    # migration's transaction usable when the table is not there yet; a table made later
    # holds no stale definitions.
    try:
        with transaction.atomic():
            cache.set(GENERATION_KEY, token, None)
    except DatabaseError:
        pass


def definitions_changed() -> None:
    """Every cached definition is stale from now on, and again after the commit: another
    request that read (and cached) the old committed rows while this transaction was open
    must not keep them. One after-commit callback per transaction, however many rows."""
    _new_generation()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(
        callback is _new_generation for _sids, callback, _robust in connection.run_on_commit
    ):
        transaction.on_commit(_new_generation)


# A write may rest on a cached definition only when it was read from the database less than
# this long ago (ADR 0017): the signals renew the generation at once on every save an author
# makes, and this bounds what a change made behind them (raw SQL, a queryset.update()) can
# cost a learner's write, like the badge definitions' and the points rules' five minutes.
# A page (a GET) takes the definition whatever its age, within the entries' hour.
WRITE_MAX_AGE = 5 * 60


def shared(name: str, loader: Callable[[], T], *parts: Hashable) -> T:
    """The cached value of a definition, loaded by `loader()` when the cache has none for
    the current generation. The value must pickle, and callers must not change it.

    - A GET or HEAD request takes the cached value.
    - Any other request (a learner's POST: a quiz submitted, a lesson completed) takes it
      too, once per request, if it was read from the database less than WRITE_MAX_AGE ago;
      an older one is read again (and cached for the others). Once the request itself has
      changed a definition (an author's save), it reads them from its own transaction and
      caches nothing: a rollback must leave nothing behind.
    - Outside a request (a task, a command, a service called by a test) it is read from the
      database, as before: those are the writes of many learners at once or of staff."""
    local_key = repr((name, *parts))
    if memo_active():
        return _cached(local_key, loader, max_age=None)
    if not in_unsafe_request():
        return loader()
    if unsafe_request_changed_definitions():
        return read_once_per_unsafe_request(local_key, loader)
    return read_once_per_unsafe_request(
        local_key, lambda: _cached(local_key, loader, max_age=WRITE_MAX_AGE)
    )


def _cached(local_key: str, loader: Callable[[], T], *, max_age: float | None) -> T:
    token = _generation()
    now = time.time()
    held = _local.get(local_key)
    if held is not None and held[0] == token and _young(held[1], now, max_age):
        return held[2]
    digest = hashlib.sha256(local_key.encode()).hexdigest()[:32]
    key = f"porte_voix:definitions:v2:{token}:{digest}"
    entry = cache.get(key, _MISSING)
    if entry is _MISSING or not _young(entry[0], now, max_age):
        entry = (now, loader())
        cache.set(key, entry, TIMEOUT)
    _local[local_key] = (token, *entry)
    return entry[1]


def _young(loaded_at: float, now: float, max_age: float | None) -> bool:
    return max_age is None or now - loaded_at < max_age


_MISSING = object()


def derived(key: Hashable, compute: Callable[[], T]) -> T:
    """A value this process computes from the definitions alone (a page's URL on a site, the
    HTML of a lesson block), kept in memory until the generation changes: cheaper than the
    shared cache's round trip for values that cost a few hundred microseconds to make.

    `key` must name everything the value depends on besides the definitions (the site, the
    language...). Only GET and HEAD requests keep values; anything else computes."""
    if not memo_active():
        return compute()
    token = _generation()
    if _derived_token[0] != token or len(_derived) >= DERIVED_MAX:
        _derived.clear()
        _derived_token[0] = token
    # Keyed by the token too: in a threaded worker (gunicorn gthread) another thread may see
    # the new generation and clear the dict while this one computes from the old
    # definitions; its value then lands under the old token, where no one reads it.
    held = (token, key)
    value = _derived.get(held, _MISSING)
    if value is _MISSING:
        value = compute()
        _derived[held] = value
    return value


def _on_change(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, Page) or sender._meta.label in _WATCHED:
        definitions_changed()


def _on_page_event(sender=None, **kwargs) -> None:
    definitions_changed()


def connect() -> None:
    """Wired once in CoursesConfig.ready()."""
    global _connected
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import get_page_models
    from wagtail.signals import page_published, page_unpublished, post_page_move

    _connected = True
    post_save.connect(_on_change, dispatch_uid="porte_voix_definitions_save")
    _connect_deletes(_WATCHED)
    for model in {Page, *get_page_models()}:
        post_delete.connect(
            _on_change, sender=model, dispatch_uid=f"pv_definitions_{model._meta.label}"
        )
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_event, dispatch_uid=f"porte_voix_definitions_{id(signal)}")
