"""Golden files for the advocacy events, produced by the real flow: passing the workshop
issues the certificate (earned), accepting the charter completes the Relay tier (tier
earned), revoking the certificate voids its earned statement."""

import json

import pytest
from wagtail.models import Locale

from certificates.models import Certificate
from certificates.services import certificate_revoke
from lms.advocacy.models import CharterPage, Tier, TierRequirement
from lms.advocacy.services import charter_accept
from lms.tracking.models import Statement
from tests.factories import make_user

from .journey import academy_with_quiz, at, fixed_ids, placeholders, run_journey, stable
from .test_golden import _check
from .xapi_rules import assert_valid

pytestmark = pytest.mark.django_db


def _ladder(built):
    explorer = Tier.objects.create(
        name="Explorer", slug="explorer", rank=0, description="Everyone starts here."
    )
    relay = Tier.objects.create(
        name="Relay",
        slug="relay",
        rank=1,
        description="Shares ready-to-use posts.",
        requires_charter=True,
    )
    TierRequirement.objects.create(tier=relay, workshop=built.workshop())
    french = relay.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.name = "Relais"
    french.save()
    return explorer, relay


def _charter(built):
    charter = CharterPage(
        title="Social-media charter", slug="charter", version="2026-03", body="<p>Be kind.</p>"
    )
    built.academy.add_child(instance=charter)
    charter.save_revision().publish()
    return charter


def advocacy_journey_run(monkeypatch=None):
    """With `monkeypatch`, statement ids are fixed (golden files); without, they are real
    UUIDs (a strict LRS refuses the fixed ones, which are not version 4)."""
    if monkeypatch is not None:
        fixed_ids(monkeypatch)
    built = academy_with_quiz(french=True)
    _ladder(built)
    charter = _charter(built)
    user, _first, _second = run_journey(built, language="fr")
    charter_accept(user=user, charter=charter, now=at(40))
    certificate = Certificate.objects.get(user=user)
    certificate_revoke(
        certificate=certificate, by=make_user(), reason="Shared a confidential deck", now=at(60)
    )
    return built, user, charter


@pytest.fixture
def advocacy_journey(monkeypatch):
    return advocacy_journey_run(monkeypatch)


def test_advocacy_statements_match_the_golden_files(advocacy_journey):
    built, user, charter = advocacy_journey
    names = placeholders(built, user)
    names[str(charter.translation_key)] = "charter"
    by_event = {}
    for statement in Statement.objects.filter(
        event__in=["certificate_earned", "charter_accepted", "tier_earned", "certificate_revoked"]
    ).order_by("created_at", "id"):
        assert_valid(json.loads(statement.body))
        by_event.setdefault(statement.event, []).append(stable(statement.body, names))
    # One of each: the tier went up once (to Relay), its fall is not an "earned".
    assert {event: len(bodies) for event, bodies in by_event.items()} == {
        "certificate_earned": 1,
        "charter_accepted": 1,
        "tier_earned": 1,
        "certificate_revoked": 1,
    }
    for event, bodies in by_event.items():
        _check(event, bodies[0])


def test_the_voiding_statement_points_at_the_earned_one(advocacy_journey):
    earned = Statement.objects.get(event="certificate_earned")
    voiding = json.loads(Statement.objects.get(event="certificate_revoked").body)
    assert voiding["object"] == {"objectType": "StatementRef", "id": str(earned.id)}
    assert voiding["verb"]["id"] == "http://adlnet.gov/expapi/verbs/voided"
    assert "context" not in voiding  # platform/language only when the object is an Activity
