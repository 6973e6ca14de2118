"""Reads of the content kit: which ready-to-use posts a learner may share right now.

Filtering happens here, on the server: a locked post becomes a `KitCard` that carries only
its title and the tier that unlocks it, so its text, link, hashtags and image never reach a
template (and so never the browser) for a learner below its tier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from themes.placeholders import brand_for, expand

from .kit_text import compose, share_url, x_length
from .models import ContentPost, Tier
from .models.kit import X_LIMIT
from .selectors import tier_computed

NETWORKS = (
    ("linkedin", "text_linkedin", _("LinkedIn")),
    ("x", "text_x", _("X")),
    ("facebook", "text_facebook", _("Facebook")),
)


@dataclass
class NetworkText:
    key: str  # linkedin, x, facebook
    label: str
    text: str  # composed: text, hashtags, link
    share_url: str
    limit: int | None = None  # X only
    length: int = 0  # as the network counts it

    @property
    def rows(self) -> int:
        """Enough lines to show the whole text without scrolling (up to a point)."""
        lines = sum(1 + len(line) // 90 for line in self.text.split("\n"))
        return max(3, min(lines + 1, 16))


@dataclass
class KitCard:
    """One post as a learner sees it. When `locked`, only `title` and `tier` are set."""

    key: object  # the post's translation_key (stable across languages)
    title: str
    tier: Tier | None  # the tier that opens it, in the learner's language
    locked: bool
    post: ContentPost | None = None  # None when locked: nothing else of it leaves here
    networks: list[NetworkText] = field(default_factory=list)
    valid_until: dt.datetime | None = None


@dataclass
class Kit:
    rank: int  # the learner's tier rank (0: the starting tier, or none)
    tier: Tier | None  # the learner's tier, in their language
    may_edit: bool
    open: list[KitCard]
    locked: list[KitCard]
    next_tier: Tier | None  # the lowest tier above the learner's, in their language
    # The lowest tier above the learner's whose holders may personalise posts ("once you
    # become an Ambassador"): from the ladder, never a name typed into a template.
    editing_tier: Tier | None = None


def _locales(language: str | None) -> tuple[Locale, Locale]:
    default = Locale.get_default()
    code = (language or get_language() or default.language_code).split("-")[0]
    if code == default.language_code:
        return default, default
    return Locale.objects.filter(language_code=code).first() or default, default


def valid_q(now: dt.datetime) -> Q:
    """Posts shareable at `now`: started (or no start) and not ended (or no end)."""
    return (Q(valid_from__isnull=True) | Q(valid_from__lte=now)) & (
        Q(valid_until__isnull=True) | Q(valid_until__gt=now)
    )


def posts_current(*, language: str | None = None, now: dt.datetime | None = None):
    """Posts valid at `now`, each once: in the learner's language when translated, else in
    the default language. A translation's own dates count (an expired French version does
    not fall back to a still-valid English one). One query."""
    now = now or timezone.now()
    locale, default = _locales(language)
    in_language = Q(locale=locale)
    if locale.pk != default.pk:
        translated = ContentPost.objects.filter(locale=locale).values("translation_key")
        in_language |= Q(locale=default) & ~Q(translation_key__in=translated)
    return (
        ContentPost.objects.filter(in_language)
        .filter(valid_q(now))
        .select_related("min_tier", "image")
        .order_by("min_tier__rank", "-valid_from", "title", "pk")
    )


def _networks(post: ContentPost, brand=None) -> list[NetworkText]:
    networks = []
    for key, attribute, label in NETWORKS:
        # {company}, {referent_name}… filled in from the brand settings (themes/placeholders).
        raw = expand(getattr(post, attribute), brand)
        if not (raw or "").strip():
            continue
        text = compose(raw, hashtags=post.hashtags, link=post.link)
        networks.append(
            NetworkText(
                key=key,
                label=str(label),
                text=text,
                share_url=share_url(key, text=text, link=post.link),
                limit=X_LIMIT if key == "x" else None,
                length=x_length(text) if key == "x" else len(text),
            )
        )
    return networks


def kit_for_learner(
    *, user, language: str | None = None, now: dt.datetime | None = None, brand=None
) -> Kit:
    """The learner's content kit at `now`, split into posts they may share and locked ones.

    The tier is computed from valid certificates and the charter at this moment (not the
    stored LearnerTier), so a revoked or expired certificate closes posts at once. Ranks are
    compared through the default-language tier of the same translation, since a post and
    its tier may be in another language than the ladder."""
    now = now or timezone.now()
    language = language or get_language()
    brand = brand_for(brand)
    rung = tier_computed(user=user, now=now)
    rank = rung.rank if rung else 0
    locale, default = _locales(language)
    tiers = list(Tier.objects.filter(locale__in={locale.pk, default.pk}))
    ranks = {t.translation_key: t.rank for t in tiers if t.locale_id == default.pk}
    localized = {t.translation_key: t for t in tiers if t.locale_id == default.pk}
    localized.update({t.translation_key: t for t in tiers if t.locale_id == locale.pk})

    open_cards, locked_cards = [], []
    for post in posts_current(language=language, now=now):
        key = post.min_tier.translation_key
        needed = ranks.get(key, post.min_tier.rank)
        tier = localized.get(key, post.min_tier)
        if needed <= rank:
            open_cards.append(
                KitCard(
                    key=post.translation_key,
                    title=expand(post.title, brand),
                    tier=tier,
                    locked=False,
                    post=post,
                    networks=_networks(post, brand),
                    valid_until=post.valid_until,
                )
            )
        else:
            locked_cards.append(
                KitCard(
                    key=post.translation_key,
                    title=expand(post.title, brand),
                    tier=tier,
                    locked=True,
                )
            )
    above = sorted(
        (t for t in localized.values() if ranks.get(t.translation_key, t.rank) > rank),
        key=lambda t: ranks.get(t.translation_key, t.rank),
    )
    return Kit(
        rank=rank,
        tier=localized.get(rung.key) if rung else None,
        may_edit=bool(rung and rung.may_edit_posts),
        open=open_cards,
        locked=locked_cards,
        next_tier=above[0] if above else None,
        editing_tier=next((t for t in above if t.may_edit_posts), None),
    )


@dataclass(frozen=True)
class KitFilters:
    network: str = ""  # linkedin, x, facebook or "" for every network
    tier: str = ""  # a tier's slug or "" for every tier


def kit_filtered(kit: Kit, filters: KitFilters) -> Kit:
    """The same kit narrowed to one network and/or one tier, without another query.

    A network filter keeps the open posts written for it and shows only that network's
    text; locked posts are narrowed by tier only (which networks a locked post has is part
    of the post, and stays on the server). Tiers match by slug, the same in every language
    (a translated tier keeps its slug)."""
    if not (filters.network or filters.tier):
        return kit

    def tier_matches(card: KitCard) -> bool:
        return not filters.tier or (card.tier is not None and card.tier.slug == filters.tier)

    open_cards = []
    for card in kit.open:
        if not tier_matches(card):
            continue
        if filters.network:
            networks = [n for n in card.networks if n.key == filters.network]
            if not networks:
                continue
            card = replace(card, networks=networks)
        open_cards.append(card)
    locked = [card for card in kit.locked if tier_matches(card)]
    return replace(kit, open=open_cards, locked=locked)


def kit_tiers(kit: Kit) -> list[Tier]:
    """The tiers the kit's posts belong to (open or locked), lowest first, once each: the
    choices of the tier filter."""
    seen = {}
    for card in [*kit.open, *kit.locked]:
        if card.tier is not None:
            seen.setdefault(card.tier.slug, card.tier)
    return sorted(seen.values(), key=lambda t: t.rank)
