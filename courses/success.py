"""What a learner action earned, as the page after it shows it (issue 17, "the moment of
success"): the certificate, points, badges, a tier reached.

Every write of one action carries the action's time (`ActionOutcome.at`: the attempt's
`submitted_at`, the points' `created_at`, the badges' `awarded_at`, the tier change's
`at`, the certificate's `issued_at`), so what the action produced is read back exactly,
on the result page and on every reload of it: never computed again (a recomputation
could disagree with what was paid).

Courses may not import the apps that pay (DESIGN.md), so each of them registers a reader
here (`register`) from its `receivers.connect()`, the same place it starts listening to the
events whose writes it reads back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Earned:
    """What one action earned, in the viewer's language."""

    at: datetime
    certificate: object | None = None
    points: int = 0
    badges: list = field(default_factory=list)  # Badge, in the viewer's language
    tier: object | None = None  # the Tier reached (a step up), in the viewer's language
    # The certificate's addresses (download, verification page, LinkedIn, Open Badge).
    certificate_links: dict = field(default_factory=dict)

    @property
    def anything(self) -> bool:
        return bool(self.certificate or self.points or self.badges or self.tier)


# reader(earned, *, user, enrollment, request) fills in its part of `earned`.
READERS: dict[str, Callable] = {}


def register(name: str, reader: Callable) -> None:
    READERS[name] = reader


def earned_by(*, user, at: datetime | None, enrollment=None, request=None) -> Earned | None:
    """What the action of `user` at `at` earned (None when there is no such moment)."""
    if at is None:
        return None
    earned = Earned(at=at)
    for reader in READERS.values():
        reader(earned, user=user, enrollment=enrollment, request=request)
    return earned


def in_viewer_language(model, keys) -> dict:
    """translation_key -> the instance of a translatable model in the active language, else
    the default one, else any: one query for all the keys (the pages' rule, selectors)."""
    from .selectors import active_locale, in_best_locale

    keys = list(keys)
    if not keys:
        return {}
    chosen = in_best_locale(model.objects.filter(translation_key__in=keys), active_locale())
    return {item.translation_key: item for item in chosen}
