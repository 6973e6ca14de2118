"""Revoking from the admin (reason required, confirmation) and expiry: both show on the
public page and lower the learner's advocacy tier at once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from lms.advocacy.models import LearnerTier, Tier, TierChange, TierRequirement
from tests.certificates.issuing import ISSUED_AT, one_workshop_academy  # noqa: F401
from tests.certificates.verifying import certificate_earn, learner_named

pytestmark = pytest.mark.django_db


@pytest.fixture
def tiers(one_workshop_academy):  # noqa: F811
    Tier.objects.create(name="Explorer", slug="explorer", rank=0, description="Everyone.")
    relay = Tier.objects.create(
        name="Relay", slug="relay", rank=1, description="Beginner certificate holders."
    )
    TierRequirement.objects.create(tier=relay, workshop=one_workshop_academy.workshop())
    return relay


@pytest.fixture
def holder(one_workshop_academy):  # noqa: F811
    return learner_named("Noé", "Petit")


@pytest.fixture
def certificate(one_workshop_academy, holder, tiers):  # noqa: F811
    return certificate_earn(one_workshop_academy, holder)


def revoke_url(certificate):
    return reverse("certificates_admin:revoke", args=[certificate.pk])


def test_the_certificate_raised_the_tier(certificate, holder):
    assert LearnerTier.objects.get(user=holder).slug == "relay"


def test_revocation_needs_a_reason_and_a_confirmation(client, certificate, hr_user):
    client.force_login(hr_user)
    form = client.get(revoke_url(certificate))
    assert form.status_code == 200
    assert b"Reason for revocation" in form.content

    for data in ({"reason": "", "confirm": "on"}, {"reason": "   ", "confirm": "on"}):
        response = client.post(revoke_url(certificate), data)
        assert response.status_code == 400
        assert b"Say why the certificate is revoked." in response.content
    response = client.post(revoke_url(certificate), {"reason": "Cheated"})
    assert response.status_code == 400
    assert b"Tick the box to confirm the revocation." in response.content
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_revoking_records_who_and_why_and_drops_the_tier_at_once(
    client, certificate, hr_user, holder
):
    client.force_login(hr_user)
    response = client.post(
        revoke_url(certificate), {"reason": "  Shared customer data  ", "confirm": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("certificates_admin:detail", args=[certificate.pk])
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revoked_by == hr_user
    assert certificate.revocation_reason == "Shared customer data"

    tier = LearnerTier.objects.get(user=holder)
    assert (tier.slug, tier.rank) == ("explorer", 0)
    change = TierChange.objects.filter(user=holder).latest("at")
    assert (change.from_slug, change.to_slug, change.reason) == (
        "relay",
        "explorer",
        "certificate_revoked",
    )

    detail = client.get(response["Location"])
    assert b"Shared customer data" in detail.content  # HR sees the reason
    public = client.get(reverse("verify:certificate", args=[certificate.code]))
    assert b"Revoked certificate" in public.content
    assert b"Shared customer data" not in public.content


def test_a_revoked_certificate_cannot_be_revoked_twice(client, certificate, hr_user):
    services.certificate_revoke(certificate=certificate, by=hr_user, reason="First")
    client.force_login(hr_user)
    response = client.post(revoke_url(certificate), {"reason": "Second", "confirm": "on"})
    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert b"already revoked" in follow.content
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "First"


def test_trainers_may_revoke(client, certificate, trainer):
    client.force_login(trainer)
    response = client.post(revoke_url(certificate), {"reason": "Wrong person", "confirm": "on"})
    assert response.status_code == 302
    assert Certificate.objects.get(pk=certificate.pk).revoked_by == trainer


def test_learners_cannot_revoke(client, certificate, holder):
    client.force_login(holder)
    response = client.post(revoke_url(certificate), {"reason": "Mine", "confirm": "on"})
    assert response.status_code in (302, 403)
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is None


def test_expiry_shows_on_its_date_and_the_sweep_drops_the_tier(client, certificate, holder):
    expires = timezone.now() - dt.timedelta(minutes=1)
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=expires)
    public = client.get(reverse("verify:certificate", args=[certificate.code]))
    assert b"Expired certificate" in public.content  # no sweep needed to show it

    assert services.certificates_expire() == 1
    tier = LearnerTier.objects.get(user=holder)
    assert tier.slug == "explorer"
