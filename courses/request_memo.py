"""What one request has already read about its learner, read once.

The dashboard's panels, the lesson page and the services it calls all ask for the same
learner facts (enrollments, lesson completions...). Each selector wraps its read in
`memoised(...)`: the first call in a request runs the query, the others get the same objects.

The memo lives in a context variable that `request_started` opens and `request_finished`
closes (connected in CoursesConfig.ready()), and only for GET and HEAD, the requests that
must not write (DESIGN.md, habit 14): a POST changes the learner's state halfway through, so
its reads are never memoised. Outside a request (services in tasks, commands, tests calling
selectors directly) there is no memo and every call reads the database, exactly as before.
Nothing is shared between requests or learners: the key includes the user's id.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

SAFE_METHODS = frozenset({"GET", "HEAD"})

_memo: ContextVar[dict | None] = ContextVar("porte_voix_request_memo", default=None)
# In a POST (or any unsafe request) each shared definition is taken once per request (from
# the cache when it was read from the database recently enough, shared_cache.WRITE_MAX_AGE):
# a quiz submission asks for the site's outline at every step (passed workshop, course
# completed, tier) and learners' writes never change it. An author's change (a page saved,
# a tier saved) empties it, as it renews the cache.
_fresh_definitions: ContextVar[dict | None] = ContextVar(
    "porte_voix_fresh_definitions", default=None
)


def request_memo_open(sender=None, environ=None, scope=None, **kwargs) -> None:
    """`request_started` receiver: a fresh memo for a safe request, none for the others."""
    method = (environ or {}).get("REQUEST_METHOD") or (scope or {}).get("method")
    _memo.set({} if method in SAFE_METHODS else None)
    _fresh_definitions.set(None if method in SAFE_METHODS else {})


def request_memo_close(sender=None, **kwargs) -> None:
    """`request_finished` receiver: nothing read in one request reaches the next."""
    _memo.set(None)
    _fresh_definitions.set(None)


def request_memo_drop(sender=None, **kwargs) -> None:
    """`post_save` receiver: a write (a first visit in a GET, or code running after a
    response that was never closed, e.g. a streamed download in a test) makes what was read
    before it suspect, so everything memoised is read again."""
    memo = _memo.get()
    if memo:
        memo.clear()


def memoised(name: str, user, loader: Callable[[], T], *parts: Hashable) -> T:
    """`loader()`, run at most once per request for this learner and `parts`."""
    memo = _memo.get()
    if memo is None or not getattr(user, "is_authenticated", False):
        return loader()
    key = (name, user.pk, *parts)
    if key not in memo:
        memo[key] = loader()
    return memo[key]


def memo_active() -> bool:
    """Whether this is a safe (GET/HEAD) request, whose reads may be memoised or cached."""
    return _memo.get() is not None


def request_scoped(name: str, loader: Callable[[], T]) -> T:
    """`loader()`, run at most once per request, whoever the user (e.g. the definitions'
    generation token, read once instead of once per definition)."""
    memo = _memo.get()
    if memo is None:
        return loader()
    key = ("request", name)
    if key not in memo:
        memo[key] = loader()
    return memo[key]


def request_scoped_forget(name: str) -> None:
    memo = _memo.get()
    if memo is not None:
        memo.pop(("request", name), None)


def memo_forget(name: str, user, *parts: Hashable) -> None:
    """Drop one memoised read (a write in the request changed it)."""
    memo = _memo.get()
    if memo is not None and getattr(user, "is_authenticated", False):
        memo.pop((name, user.pk, *parts), None)


def read_once_per_unsafe_request(key: Hashable, loader: Callable[[], T]) -> T:
    """`loader()` (a read from the database), run at most once per POST for this key;
    outside a request, every call runs it."""
    held = _fresh_definitions.get()
    if held is None:
        return loader()
    if key not in held:
        held[key] = loader()
    return held[key]


def in_unsafe_request() -> bool:
    """Whether this is a request that may write (a POST...), as opposed to a GET or HEAD,
    or to no request at all (a task, a command, a test calling a service)."""
    return _fresh_definitions.get() is not None


_CHANGED = object()  # a key of _fresh_definitions: this request changed a definition


def unsafe_request_forget(*, changed: bool = False) -> None:
    """Forget the definitions this request read; `changed`: because it changed one (an
    author's save), so from now on it must neither trust nor fill the shared cache."""
    held = _fresh_definitions.get()
    if held is None:
        return
    was_changed = _CHANGED in held
    held.clear()
    if changed or was_changed:
        held[_CHANGED] = True


def unsafe_request_changed_definitions() -> bool:
    held = _fresh_definitions.get()
    return held is not None and _CHANGED in held
