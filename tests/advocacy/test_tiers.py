"""Advocacy tiers move with certificates and the charter: up on issuance, down on
revocation, on expiry and on a new charter version; every change is kept and announced."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation
from wagtail.models import Locale

from certificates.services import certificate_revoke, certificates_expire
from lms.advocacy import signals
from lms.advocacy.models import LearnerTier, TierChange, TierReason, TierRequirement
from lms.advocacy.selectors import tier_computed, tier_for_learner
from lms.advocacy.services import charter_accept, tier_recompute, tiers_recompute_all
from tests.factories import build_academy, make_user

from .ladder import (
    T0,
    charter_build,
    charter_new_version,
    expiring_template,
    level_pass,
    tiers_build,
    unlock_all_levels,
    workshop_pass,
)


@pytest.fixture
def built(db):
    return build_academy(courses=2, lessons=1)


@pytest.fixture
def tiers(built):
    return tiers_build(built)


@pytest.fixture
def charter(built):
    return charter_build(built)


@pytest.fixture
def events():
    received = []

    def receiver(sender, **kwargs):
        received.append(kwargs)

    signals.tier_changed.connect(receiver, dispatch_uid="test-tier-events")
    yield received
    signals.tier_changed.disconnect(dispatch_uid="test-tier-events")


def slug_of(user) -> str:
    return LearnerTier.objects.get(user=user).slug


def history(user) -> list[tuple[str, str, str]]:
    return [
        (c.from_slug, c.to_slug, c.reason)
        for c in TierChange.objects.filter(user=user).order_by("at", "pk")
    ]


def relay(built, charter, *, now=T0):
    user = make_user()
    charter_accept(user=user, charter=charter, now=now)
    level_pass(built, user, "beginner", now=now)
    return user


def test_certificates_raise_the_tier_once_every_requirement_is_met(built, tiers, charter, events):
    learner = make_user()
    charter_accept(user=learner, charter=charter, now=T0)
    # Accepting the charter alone unlocks nothing: landing on the starting tier is no change.
    assert slug_of(learner) == "explorer"
    assert history(learner) == []

    workshop_pass(built, learner, course=0, level="beginner")
    assert slug_of(learner) == "explorer"
    workshop_pass(built, learner, course=1, level="beginner")
    assert slug_of(learner) == "relay"
    assert history(learner) == [("explorer", "relay", TierReason.CERTIFICATE_ISSUED)]

    level_pass(built, learner, "intermediate", now=T0 + dt.timedelta(days=1))
    level_pass(built, learner, "expert", now=T0 + dt.timedelta(days=2))
    assert slug_of(learner) == "champion"
    assert [to for _f, to, _r in history(learner)] == ["relay", "ambassador", "champion"]

    assert [(e["old"].slug, e["new"].slug, e["reason"]) for e in events] == [
        ("explorer", "relay", TierReason.CERTIFICATE_ISSUED),
        ("relay", "ambassador", TierReason.CERTIFICATE_ISSUED),
        ("ambassador", "champion", TierReason.CERTIFICATE_ISSUED),
    ]
    assert all(e["change"].is_promotion and e["user"] == learner for e in events)
    assert LearnerTier.objects.get(user=learner).since == T0 + dt.timedelta(days=2)


def test_relay_needs_the_charter(built, tiers, charter):
    learner = make_user()
    level_pass(built, learner, "beginner")
    assert slug_of(learner) == "explorer"
    assert tier_computed(user=learner).slug == "explorer"

    acceptance, created = charter_accept(user=learner, charter=charter, now=T0)
    assert created
    assert slug_of(learner) == "relay"
    assert history(learner) == [("explorer", "relay", TierReason.CHARTER_ACCEPTED)]


def test_revocation_lowers_the_tier_at_once(built, tiers, charter, trainer, events):
    learner = relay(built, charter)
    certificate = learner.certificates.first()

    certificate_revoke(certificate=certificate, by=trainer, reason="Shared a confidential deck")

    assert slug_of(learner) == "explorer"
    assert history(learner)[-1] == ("relay", "explorer", TierReason.CERTIFICATE_REVOKED)
    last = events[-1]
    assert (last["old"].slug, last["new"].slug) == ("relay", "explorer")
    assert not last["change"].is_promotion


def test_expiry_lowers_the_tier_even_before_the_sweep(built, tiers, charter):
    expiring_template(built.workshop(0, "beginner"), months=12)
    learner = relay(built, charter)
    assert slug_of(learner) == "relay"
    after_expiry = T0 + dt.timedelta(days=400)

    # Access follows the computed tier: lower from the expiry date, sweep or not.
    assert tier_computed(user=learner, now=T0 + dt.timedelta(days=300)).slug == "relay"
    assert tier_computed(user=learner, now=after_expiry).slug == "explorer"
    assert slug_of(learner) == "relay"

    assert certificates_expire(now=after_expiry) == 1
    assert slug_of(learner) == "explorer"
    assert history(learner)[-1] == ("relay", "explorer", TierReason.CERTIFICATE_EXPIRED)

    # The sweep announces each expiry once.
    assert certificates_expire(now=after_expiry + dt.timedelta(days=1)) == 0
    assert len(history(learner)) == 2


def test_a_new_charter_version_drops_relays_until_they_accept_again(
    built, tiers, charter, django_capture_on_commit_callbacks
):
    learner = relay(built, charter)
    explorer = make_user()
    charter_accept(user=explorer, charter=charter, now=T0)

    # A correction published under the same version changes nobody's tier.
    with django_capture_on_commit_callbacks(execute=True):
        charter_new_version(charter, "2026-01")
    assert slug_of(learner) == "relay"

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        charter = charter_new_version(charter, "2026-11", summary="Two-factor authentication")
    assert len(callbacks) == 1
    assert slug_of(learner) == "explorer"
    assert history(learner)[-1] == ("relay", "explorer", TierReason.CHARTER_CHANGED)
    assert history(explorer) == []

    acceptance, created = charter_accept(user=learner, charter=charter, now=T0)
    assert created and acceptance.version == "2026-11"
    assert slug_of(learner) == "relay"
    assert learner.charter_acceptances.count() == 2  # both versions are kept


def test_the_ladder_cannot_be_skipped(built, tiers, charter):
    unlock_all_levels()
    learner = make_user()
    charter_accept(user=learner, charter=charter, now=T0)
    level_pass(built, learner, "expert")
    assert slug_of(learner) == "explorer"

    level_pass(built, learner, "beginner")
    assert slug_of(learner) == "relay"  # the intermediate certificates are still missing
    level_pass(built, learner, "intermediate")
    assert slug_of(learner) == "champion"
    assert history(learner)[-1] == ("relay", "champion", TierReason.CERTIFICATE_ISSUED)


def test_editing_the_tiers_recomputes_everyone_once(db, django_capture_on_commit_callbacks):
    built = build_academy(courses=3, lessons=1)
    with django_capture_on_commit_callbacks(execute=True):
        # The trainer's first edit: the tiers, with two courses' beginner certificates.
        tiers = tiers_build(built, courses=2)
        charter = charter_build(built)
    relay_tier = tiers["relay"]
    learner = make_user()
    charter_accept(user=learner, charter=charter, now=T0)
    workshop_pass(built, learner, course=0)
    workshop_pass(built, learner, course=1)
    assert slug_of(learner) == "relay"

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        TierRequirement.objects.create(tier=relay_tier, workshop=built.workshop(2, "beginner"))
        relay_tier.description = "Shares ready-to-use posts as they are."
        relay_tier.save()
    assert len(callbacks) == 1  # one recomputation for the whole edit

    assert slug_of(learner) == "explorer"
    assert history(learner)[-1] == ("relay", "explorer", TierReason.TIERS_CHANGED)


def test_recomputing_everyone_twice_changes_nothing_the_second_time(built, tiers, charter):
    relay(built, charter)
    assert tiers_recompute_all(reason=TierReason.TIERS_CHANGED) == 0
    assert TierChange.objects.count() == 1


def test_a_recompute_without_change_records_nothing(built, tiers, charter):
    learner = make_user()
    assert tier_recompute(user=learner, reason=TierReason.TIERS_CHANGED) is None
    assert slug_of(learner) == "explorer"
    assert TierChange.objects.count() == 0


def test_tier_for_learner_is_in_the_learners_language(built, tiers, charter):
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    for tier in tiers.values():
        copy = tier.copy_for_translation(fr)
        copy.name = {"explorer": "Explorateur", "relay": "Relais"}.get(tier.slug, tier.name)
        copy.save()
    learner = relay(built, charter)
    newcomer = make_user()

    assert tier_for_learner(user=learner).name == "Relay"
    with translation.override("fr"):
        assert tier_for_learner(user=learner).name == "Relais"
        assert tier_for_learner(user=newcomer).name == "Explorateur"
    # The rules are read in the default locale: translations do not double requirements.
    assert tier_computed(user=learner).slug == "relay"


def test_the_recompute_command_catches_up(built, tiers, charter):
    from io import StringIO

    from django.core.management import call_command

    learner = relay(built, charter)
    TierRequirement.objects.create(tier=tiers["relay"], workshop=built.workshop(0, "expert"))
    out = StringIO()
    call_command("tiers_recompute", stdout=out)
    assert "1 tier change(s) recorded." in out.getvalue()
    assert history(learner)[-1] == ("relay", "explorer", TierReason.TIERS_CHANGED)
