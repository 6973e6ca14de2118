"""Reads of advocacy: the current charter, the ladder of tiers, a learner's tier and what
the next one needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from certificates.selectors import certificates_valid

from .models import CharterAcceptance, CharterPage, LearnerTier, Tier


def _locale_for(language: str | None) -> Locale | None:
    code = (language or get_language() or "en").split("-")[0]
    return Locale.objects.filter(language_code=code).first()


def charter_current() -> CharterPage | None:
    """The live charter in the default locale (its version is the one that counts)."""
    charters = CharterPage.objects.live().select_related("locale")
    default = Locale.get_default()
    chosen = None
    for charter in charters:
        if charter.locale_id == default.pk:
            return charter
        chosen = chosen or charter
    return chosen


def charter_localized(charter: CharterPage | None) -> CharterPage | None:
    if charter is None:
        return None
    return charter.localized if charter.localized.live else charter


def charter_accepted(*, user, charter: CharterPage | None = None) -> bool:
    charter = charter or charter_current()
    if charter is None:
        return False
    return CharterAcceptance.objects.filter(
        user=user, charter_key=charter.translation_key, version=charter.version
    ).exists()


@dataclass
class Rung:
    """One tier of the ladder, language-neutral, with what unlocks it."""

    key: object  # Tier.translation_key
    slug: str
    rank: int
    requires_charter: bool
    may_edit_posts: bool
    workshop_keys: frozenset = field(default_factory=frozenset)


def ladder() -> list[Rung]:
    """The tiers in rank order, from the default locale (ranks and requirements are the same
    in every language; names are translated)."""
    default = Locale.get_default()
    tiers = (
        Tier.objects.filter(locale=default)
        .prefetch_related("requirements__workshop")
        .order_by("rank")
    )
    return [
        Rung(
            key=tier.translation_key,
            slug=tier.slug,
            rank=tier.rank,
            requires_charter=tier.requires_charter,
            may_edit_posts=tier.may_edit_posts,
            workshop_keys=frozenset(r.workshop.translation_key for r in tier.requirements.all()),
        )
        for tier in tiers
    ]


def rung_reached(*, rungs: list[Rung], certificate_keys: set, charter_ok: bool) -> Rung | None:
    """The highest rung such that it and every rung below it are met. Pure."""
    reached = None
    for rung in rungs:
        if rung.requires_charter and not charter_ok:
            break
        if not rung.workshop_keys <= certificate_keys:
            break
        reached = rung
    return reached


def tier_computed(*, user, now: dt.datetime | None = None) -> Rung | None:
    """The tier the learner holds at `now`: valid (not revoked, not expired) certificates and
    the current charter. This, not the stored LearnerTier, is what grants access, so an
    expiry takes effect at its date even before the sweep records it."""
    certificate_keys = set(
        certificates_valid(user=user, now=now or timezone.now()).values_list(
            "workshop_key", flat=True
        )
    )
    return rung_reached(
        rungs=ladder(), certificate_keys=certificate_keys, charter_ok=charter_accepted(user=user)
    )


def tiers_localized(*, language: str | None = None) -> dict:
    """{translation_key: Tier} in the learner's language, falling back to the default."""
    locale = _locale_for(language)
    tiers = {t.translation_key: t for t in Tier.objects.filter(locale=Locale.get_default())}
    if locale is not None:
        tiers.update({t.translation_key: t for t in Tier.objects.filter(locale=locale)})
    return tiers


def learner_tier_stored(*, user) -> LearnerTier | None:
    return LearnerTier.objects.filter(user=user).first()
