"""Reads of advocacy: the current charter, the ladder of tiers, a learner's tier and what
the next one needs.

The ladder is read in the default locale: ranks, requirements and "requires the charter"
are the rules, the same in every language; translations only give names, descriptions and
perks. So a learner reading in French climbs exactly the same ladder as one reading in
English."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from certificates.models import Certificate, CertificateStatus
from certificates.selectors import certificates_valid, learner_certificates
from courses.models import WorkshopPage
from courses.selectors import default_locale, locale_by_code
from courses.shared_cache import shared, watch

from .models import CharterAcceptance, CharterPage, LearnerTier, Tier, TierChange

# The tiers and their requirements are definitions every learner reads the same: cached,
# and dropped when a trainer changes them (courses/shared_cache.py; pages, the charter
# included, are always watched).
watch("advocacy.Tier", "advocacy.TierRequirement")


def _locale_for(language: str | None) -> Locale | None:
    code = (language or get_language() or "en").split("-")[0]
    return locale_by_code(code)


def charter_current(*, default: Locale | None = None) -> CharterPage | None:
    """The live charter in the default locale (its version is the one that counts); if the
    charter exists only in another language, that one. Cached."""
    default = default or default_locale()
    return shared("advocacy:charter", lambda: _charter_current_read(default), default.pk)


def _charter_current_read(default: Locale) -> CharterPage | None:
    chosen = None
    for charter in CharterPage.objects.live().order_by("path"):
        if charter.locale_id == default.pk:
            return charter
        chosen = chosen or charter
    return chosen


def charter_localized(
    charter: CharterPage | None, *, locale: Locale | None = None
) -> CharterPage | None:
    """The live translation of `charter` in the active language (or `locale`), else
    `charter` itself. One query."""
    if charter is None:
        return None
    locale = locale or _locale_for(None)
    if locale is None or charter.locale_id == locale.pk:
        return charter

    def load():
        localized = (
            CharterPage.objects.live()
            .filter(translation_key=charter.translation_key, locale=locale)
            .first()
        )
        return localized or charter

    return shared("advocacy:charter_localized", load, charter.pk, locale.pk)


def charter_in_force(charter: CharterPage) -> CharterPage:
    """The page whose version counts for `charter` (any translation): the default locale's."""
    current = charter_current()
    if current is not None and current.translation_key == charter.translation_key:
        return current
    return charter


@dataclass
class CharterState:
    """What the charter page says about the learner."""

    in_force: CharterPage
    acceptance: CharterAcceptance | None  # of the version in force
    previous_acceptance: CharterAcceptance | None  # of an older version, when not accepted

    @property
    def version(self) -> str:
        return self.in_force.version


def charter_state(*, user, page: CharterPage) -> CharterState:
    in_force = charter_in_force(page)
    latest = charter_acceptance_latest(user=user, charter=in_force)
    accepted = latest is not None and latest.version == in_force.version
    return CharterState(
        in_force=in_force,
        acceptance=latest if accepted else None,
        previous_acceptance=latest if latest and not accepted else None,
    )


def charter_accepted(*, user, charter: CharterPage | None = None) -> bool:
    """Whether the learner accepted the version of the charter in force. No live charter
    means nothing can be accepted: a tier that requires the charter stays out of reach."""
    charter = charter or charter_current()
    if charter is None or not user.is_authenticated:
        return False
    return CharterAcceptance.objects.filter(
        user=user, charter_key=charter.translation_key, version=charter.version
    ).exists()


def charter_acceptance_latest(*, user, charter: CharterPage | None) -> CharterAcceptance | None:
    """The learner's most recent acceptance of this charter (any version)."""
    if charter is None or not user.is_authenticated:
        return None
    return (
        CharterAcceptance.objects.filter(user=user, charter_key=charter.translation_key)
        .order_by("-accepted_at", "-pk")
        .first()
    )


@dataclass
class Rung:
    """One tier of the ladder, language-neutral, with what unlocks it."""

    key: object  # Tier.translation_key
    slug: str
    rank: int
    requires_charter: bool
    may_edit_posts: bool
    workshop_keys: frozenset = field(default_factory=frozenset)
    # The default-locale workshops behind workshop_keys, in the trainer's order.
    workshops: tuple = ()


def _rungs(tiers) -> list[Rung]:
    rungs = []
    for tier in tiers:
        workshops = tuple(r.workshop for r in tier.requirements.all())
        rungs.append(
            Rung(
                key=tier.translation_key,
                slug=tier.slug,
                rank=tier.rank,
                requires_charter=tier.requires_charter,
                may_edit_posts=tier.may_edit_posts,
                workshop_keys=frozenset(w.translation_key for w in workshops),
                workshops=workshops,
            )
        )
    return rungs


def ladder(*, default: Locale | None = None) -> list[Rung]:
    """The tiers in rank order, from the default locale. Cached; three queries to rebuild,
    whatever the number of tiers and requirements."""
    default = default or default_locale()

    def load():
        tiers = (
            Tier.objects.filter(locale=default)
            .prefetch_related("requirements__workshop")
            .order_by("rank")
        )
        return _rungs(tiers)

    return shared("advocacy:ladder", load, default.pk)


def rung_reached(*, rungs: list[Rung], certificate_keys: set, charter_ok: bool) -> Rung | None:
    """The highest rung such that it and every rung below it are met. Pure.

    A ladder, not a menu: expert certificates without the beginner ones reach nothing above
    the start, because each rung stands on the one below."""
    reached = None
    for rung in rungs:
        if not rung_met(rung=rung, certificate_keys=certificate_keys, charter_ok=charter_ok):
            break
        reached = rung
    return reached


def rung_met(*, rung: Rung, certificate_keys: set, charter_ok: bool) -> bool:
    """Whether the rung's own requirements are met (ignoring the rungs below). Pure."""
    if rung.requires_charter and not charter_ok:
        return False
    return rung.workshop_keys <= set(certificate_keys)


def tier_computed(
    *,
    user,
    now: dt.datetime | None = None,
    rungs: list[Rung] | None = None,
    charter: CharterPage | None = None,
) -> Rung | None:
    """The tier the learner holds at `now`: valid (not revoked, not expired) certificates and
    the current charter. This, not the stored LearnerTier, is what grants access, so an
    expiry takes effect at its date even before the sweep records it.

    `rungs` and `charter` let a caller that recomputes many learners read them once."""
    if rungs is None or charter is None:
        default = default_locale()
        rungs = ladder(default=default) if rungs is None else rungs
        charter = charter or charter_current(default=default)
    certificate_keys = set(
        certificates_valid(user=user, now=now or timezone.now()).values_list(
            "workshop_key", flat=True
        )
    )
    return rung_reached(
        rungs=rungs,
        certificate_keys=certificate_keys,
        charter_ok=charter_accepted(user=user, charter=charter),
    )


def tiers_localized(
    *,
    language: str | None = None,
    default: Locale | None = None,
    locale: Locale | None = None,
) -> dict:
    """{translation_key: Tier} in the learner's language (or `locale`), falling back to the
    default locale."""
    default = default or default_locale()
    locale = locale or _locale_for(language)

    def load():
        locale_ids = {default.pk} | ({locale.pk} if locale else set())
        tiers = {}
        for tier in Tier.objects.filter(locale_id__in=locale_ids).order_by("rank"):
            if tier.translation_key not in tiers or (locale and tier.locale_id == locale.pk):
                tiers[tier.translation_key] = tier
        return tiers

    return shared("advocacy:tiers", load, default.pk, locale.pk if locale else None)


def tier_names(*, translation_key) -> dict[str, str]:
    """{language code: name} of one tier in every language it is written in: cached."""
    return shared(
        "advocacy:tier_names",
        lambda: dict(
            Tier.objects.filter(translation_key=translation_key).values_list(
                "locale__language_code", "name"
            )
        ),
        str(translation_key),
    )


def tier_for_learner(*, user, now: dt.datetime | None = None) -> Tier | None:
    """The learner's tier for display, in the active language: the one they hold now, or
    the starting (rank 0) tier. None only when no tier is defined."""
    rung = tier_computed(user=user, now=now)
    tiers = tiers_localized()
    if rung is not None and rung.key in tiers:
        return tiers[rung.key]
    return next((t for t in tiers.values() if t.rank == 0), None)


def learner_tier_stored(*, user) -> LearnerTier | None:
    return LearnerTier.objects.filter(user=user).first()


# --- What the learner sees: the ladder page and the dashboard panel ---------------------


@dataclass
class RequirementState:
    """A certificate a tier requires, and where the learner stands with it."""

    workshop: WorkshopPage  # in the learner's language when translated
    status: str  # CertificateStatus value, or "missing"
    certificate: Certificate | None = None

    @property
    def is_met(self) -> bool:
        return self.status == CertificateStatus.VALID


@dataclass
class TierStep:
    tier: Tier  # in the learner's language
    rung: Rung
    requirements: list[RequirementState]
    requires_charter: bool
    charter_ok: bool
    is_current: bool = False
    is_reached: bool = False

    @property
    def needs_total(self) -> int:
        return len(self.requirements) + (1 if self.requires_charter else 0)

    @property
    def needs_met(self) -> int:
        met = sum(1 for r in self.requirements if r.is_met)
        return met + (1 if self.requires_charter and self.charter_ok else 0)

    @property
    def percent(self) -> int:
        total = self.needs_total
        return 100 if not total else round(100 * self.needs_met / total)

    @property
    def missing(self) -> list[RequirementState]:
        return [r for r in self.requirements if not r.is_met]


@dataclass
class LadderState:
    steps: list[TierStep]
    current: TierStep | None
    next: TierStep | None
    charter: CharterPage | None  # in the learner's language
    charter_version: str
    charter_ok: bool
    stored: LearnerTier | None
    last_change: TierChange | None

    @property
    def charter_needed(self) -> bool:
        """A tier the learner could hold (or held) waits on the charter: say so."""
        if self.charter is None or self.charter_ok:
            return False
        return any(step.requires_charter for step in self.steps)

    @property
    def since(self) -> dt.datetime | None:
        if self.stored and self.current and self.stored.tier_key == self.current.rung.key:
            return self.stored.since
        return None


_STATUS_PREFERENCE = {
    CertificateStatus.VALID: 0,
    CertificateStatus.EXPIRED: 1,
    CertificateStatus.REVOKED: 2,
}


def _certificates_by_workshop(user, keys, now) -> dict:
    """The learner's best certificate for each workshop key: valid over expired over
    revoked, then the newest."""
    best = {}
    if not keys:
        return best
    keys = set(keys)
    # The learner's certificates, read once per request and shared with the certificates
    # panel (certificates.selectors.learner_certificates).
    for certificate in learner_certificates(user=user):
        if certificate.workshop_key not in keys:
            continue
        status = certificate.status_at(now)
        current = best.get(certificate.workshop_key)
        candidate = (_STATUS_PREFERENCE[status], -certificate.issued_at.timestamp())
        if current is None or candidate < current[0]:
            best[certificate.workshop_key] = (candidate, status, certificate)
    return {key: (status, cert) for key, (_rank, status, cert) in best.items()}


def _workshops_localized(rungs: list[Rung], locale: Locale | None) -> dict:
    """{translation_key: WorkshopPage} in the learner's language when a live translation
    exists, else the workshop the trainer chose. One query."""
    workshops = {w.translation_key: w for rung in rungs for w in rung.workshops}
    if locale is None or not workshops:
        return workshops

    def load():
        localized = dict(workshops)
        for page in WorkshopPage.objects.live().filter(
            translation_key__in=list(workshops), locale=locale
        ):
            localized[page.translation_key] = page
        return localized

    # Keyed by the rungs' workshops too: a caller may pass rungs of its own.
    return shared("advocacy:workshops", load, locale.pk, tuple(sorted(map(str, workshops))))


def ladder_for_learner(*, user, now: dt.datetime | None = None) -> LadderState:
    """Every tier with what unlocks it and the learner's state for each requirement, the
    current tier and the next one. A bounded number of queries, whatever the number of
    tiers, requirements or certificates."""
    from lms.learner_state import learner_head

    now = now or timezone.now()
    default = default_locale()
    rungs = ladder(default=default)
    if not rungs:
        # No tiers defined: nothing to show, and nothing more to read.
        return LadderState([], None, None, None, "", False, None, None)
    charter = charter_current(default=default)
    # The charter's acceptance, the stored tier and the last change: one query shared with
    # the points panel (lms/learner_state.py).
    head = learner_head(user=user)
    charter_ok = head.charter_ok
    locale = _locale_for(None)
    tiers = tiers_localized(default=default, locale=locale)
    workshops = _workshops_localized(rungs, locale)
    certificates = _certificates_by_workshop(user, list(workshops), now)
    valid_keys = {k for k, (status, _c) in certificates.items() if status == "valid"}
    reached = rung_reached(rungs=rungs, certificate_keys=valid_keys, charter_ok=charter_ok)

    steps = []
    for rung in rungs:
        tier = tiers.get(rung.key)
        if tier is None:
            continue
        requirements = []
        for workshop in rung.workshops:
            status, certificate = certificates.get(workshop.translation_key, ("missing", None))
            requirements.append(
                RequirementState(
                    workshop=workshops[workshop.translation_key],
                    status=status,
                    certificate=certificate,
                )
            )
        steps.append(
            TierStep(
                tier=tier,
                rung=rung,
                requirements=requirements,
                requires_charter=rung.requires_charter,
                charter_ok=charter_ok,
                is_current=reached is not None and rung.key == reached.key,
                is_reached=reached is not None and rung.rank <= reached.rank,
            )
        )
    current = next((s for s in steps if s.is_current), None)
    next_step = next((s for s in steps if not s.is_reached), None)
    return LadderState(
        steps=steps,
        current=current,
        next=next_step,
        charter=charter_localized(charter, locale=locale),
        charter_version=charter.version if charter else "",
        charter_ok=charter_ok,
        stored=head.stored_tier,
        last_change=head.last_tier_change,
    )
