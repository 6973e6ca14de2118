"""The demo's advocacy: the charter in both languages, the four tiers, certificate
templates, and a Relay, an Ambassador and a Champion who earned their tiers through the
services. A second build changes nothing."""

from __future__ import annotations

import io

import pytest
from django.test import override_settings

from certificates.models import Certificate, CertificateTemplate
from courses.models import AcademyPage
from lms.accounts.models import User
from lms.advocacy.models import CharterAcceptance, CharterPage, LearnerTier, Tier, TierChange
from lms.advocacy.selectors import tier_computed
from lms.demo import advocacy
from lms.demo.builder import demo_build

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        CharterPage.objects.count(),
        Tier.objects.count(),
        CertificateTemplate.objects.count(),
        Certificate.objects.count(),
        CharterAcceptance.objects.count(),
        TierChange.objects.count(),
        User.objects.count(),
    )


@override_settings(DEBUG=True)
def test_the_demo_ladder_is_built_once_with_a_learner_on_each_tier(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        demo_build()
    academy = AcademyPage.objects.get(locale__language_code="en", depth=2)
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        summary = advocacy.build(academy=academy, stdout=out)
    first = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        advocacy.build(academy=academy)
    assert snapshot() == first
    assert "charter 2026-11" in out.getvalue()

    charters = CharterPage.objects.filter(live=True)
    assert sorted(charters.values_list("locale__language_code", "version")) == [
        ("en", "2026-11"),
        ("fr", "2026-11"),
    ]
    english = charters.get(locale__language_code="en")
    assert str(english.body).count("<li>") == 10
    assert sorted(Tier.objects.values_list("locale__language_code", "rank", "slug")) == sorted(
        (language, rank, slug)
        for language in ("en", "fr")
        for rank, slug in enumerate(("explorer", "relay", "ambassador", "champion"))
    )
    assert CertificateTemplate.objects.filter(locale__language_code="en").count() == 9
    assert CertificateTemplate.objects.filter(locale__language_code="fr").count() == 9
    assert set(
        CertificateTemplate.objects.filter(validity_months=24).values_list("title", flat=True)
    ) >= {"Social-media skills — Expert"}

    expected = {
        "relay@porte-voix.test": "relay",
        "ambassador@porte-voix.test": "ambassador",
        "champion@porte-voix.test": "champion",
    }
    for email, slug in expected.items():
        user = User.objects.get(email=email)
        assert LearnerTier.objects.get(user=user).slug == slug
        assert tier_computed(user=user).slug == slug
        # Issued through the services, with the demo's templates.
        assert all(c.template_id for c in Certificate.objects.filter(user=user))
    assert summary["learners"] == [
        ("relay@porte-voix.test", "Relay"),
        ("ambassador@porte-voix.test", "Ambassador"),
        ("champion@porte-voix.test", "Champion"),
    ]
