"""The learner's ladder page and dashboard panel, their query counts, and the admin: the
tiers snippet (trainers) and the read-only tier history and charter acceptances (HR)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates.services import certificate_revoke
from lms.advocacy.models import CharterAcceptance, Tier, TierChange, TierRequirement
from lms.advocacy.services import charter_accept
from tests.factories import build_academy, make_user

from .ladder import charter_build, charter_new_version, level_pass, tiers_build, workshop_pass

TIERS_URL = "/en/advocacy/tiers/"
DASHBOARD_URL = "/en/dashboard/"


@pytest.fixture
def built(db):
    return build_academy(courses=3, lessons=1)


@pytest.fixture
def tiers(built):
    return tiers_build(built)


@pytest.fixture
def charter(built):
    return charter_build(built, version="2026-11")


def test_the_tiers_page_shows_every_tier_and_the_learners_state(
    learner_client, learner, built, tiers, charter, trainer
):
    charter_accept(user=learner, charter=charter)
    certificates = level_pass(built, learner, "beginner")
    certificate_revoke(certificate=certificates[0], by=trainer, reason="Posted a client's name")

    response = learner_client.get(TIERS_URL)
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Explorer", "Relay", "Ambassador", "Champion"):
        assert f"<h2>{name}" in html
    assert "relay perk" in html
    assert 'data-tier="explorer" aria-current="step"' in html
    assert "Certificate revoked" in html
    assert html.count("Certificate valid") == 2
    assert "Certificate missing" in html
    assert built.workshop(0, "intermediate").url in html
    assert charter.url in html
    assert "✔ Accepted" in html


def test_the_tiers_page_needs_a_sign_in(client, db):
    response = client.get(TIERS_URL)
    assert response.status_code == 302


def test_the_dashboard_panel_shows_the_tier_and_what_the_next_one_needs(
    learner_client, learner, built, tiers, charter
):
    workshop_pass(built, learner, course=0)
    html = learner_client.get(DASHBOARD_URL).content.decode()
    assert 'data-testid="tier-panel"' in html
    assert "Next: Relay" in html
    assert "1 of 4 requirements met" in html  # 3 certificates + the charter
    assert 'aria-valuenow="25"' in html
    assert "Version 2026-11 of the social-media charter needs your acceptance." in html

    charter_accept(user=learner, charter=charter)
    level_pass(built, learner, "beginner", now=timezone.now())
    html = learner_client.get(DASHBOARD_URL).content.decode()
    assert "Congratulations: you moved up to Relay" in html
    assert "Next: Ambassador" in html
    assert "needs your acceptance" not in html


def test_the_panel_says_when_a_new_charter_version_took_the_tier_away(
    learner_client, learner, built, tiers, charter, django_capture_on_commit_callbacks
):
    charter_accept(user=learner, charter=charter)
    level_pass(built, learner, "beginner", now=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        charter_new_version(charter, "2027-01", summary="Two-factor login is now required.")
    html = learner_client.get(DASHBOARD_URL).content.decode()
    assert "Your tier went down on" in html
    assert "New version of the charter" in html
    assert "Version 2027-01 of the social-media charter needs your acceptance." in html
    assert "Next: Relay" in html


def test_the_panel_is_hidden_without_tiers(learner_client, built):
    html = learner_client.get(DASHBOARD_URL).content.decode()
    assert 'data-testid="tier-panel"' not in html


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [TIERS_URL, DASHBOARD_URL])
def test_query_counts_do_not_grow_with_tiers_and_requirements(
    url, learner_client, learner, charter
):
    small = build_academy(courses=1, lessons=1)
    tiers_build(small)
    charter_accept(user=learner, charter=charter)
    workshop_pass(small, learner, course=0)
    learner_client.get(url)  # warm the site-root cache
    before = _queries(learner_client, url)

    big = build_academy(courses=6, lessons=1)
    for rank in range(4, 12):
        tier = Tier.objects.create(
            name=f"Tier {rank}", slug=f"tier-{rank}", rank=rank, description="More."
        )
        for index in range(6):
            for level in ("beginner", "intermediate", "expert"):
                TierRequirement.objects.create(tier=tier, workshop=big.workshop(index, level))
    workshop_pass(big, learner, course=1)
    learner_client.get(url)
    after = _queries(learner_client, url)
    print(f"{url}: {before} queries with 4 tiers x 1 course, {after} with 12 tiers x 6 courses")
    assert after <= before, (before, after)


# --- Admin ------------------------------------------------------------------------------


def test_hr_reads_the_tier_history_and_filters_it(client, built, tiers, charter, hr_user):
    relay = make_user(first_name="Rita", last_name="Relay")
    charter_accept(user=relay, charter=charter)
    level_pass(built, relay, "beginner")
    other = make_user(first_name="Otto", last_name="Other")
    charter_accept(user=other, charter=charter)
    client.force_login(hr_user)

    url = reverse("tier_history:index")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rita" in html and "explorer → relay" in html
    assert client.get(url, {"q": "Otto"}).content.decode().count("explorer → relay") == 0
    assert "Rita" in client.get(url, {"reason": "certificate_issued"}).content.decode()
    assert "Rita" not in client.get(url, {"reason": "certificate_revoked"}).content.decode()
    assert "Rita" in client.get(url, {"tier": "relay"}).content.decode()
    future = (timezone.now() + dt.timedelta(days=2)).date().isoformat()
    assert "Rita" not in client.get(url, {"at_from": future}).content.decode()

    change = TierChange.objects.get(user=relay)
    assert client.get(reverse("tier_history:inspect", args=[change.pk])).status_code == 200
    # Records: nobody edits or deletes them, not even with a change permission.
    assert client.get(reverse("tier_history:edit", args=[change.pk])).status_code in (302, 403)
    assert client.get(reverse("tier_history:add")).status_code in (302, 403)
    assert TierChange.objects.filter(pk=change.pk).exists()


def test_hr_sees_who_has_not_accepted_the_version_in_force(
    client, built, charter, hr_user, django_capture_on_commit_callbacks
):
    early = make_user(first_name="Early", last_name="Adopter")
    charter_accept(user=early, charter=charter)
    make_user(first_name="Late", last_name="Comer")
    charter = charter_new_version(charter, "2027-01")
    fresh = make_user(first_name="Fresh", last_name="Reader")
    charter_accept(user=fresh, charter=charter)
    client.force_login(hr_user)

    url = reverse("charter_acceptances:index")
    html = client.get(url).content.decode()
    assert "Version in force: 2027-01. 1 of 3 learners have accepted it." in html
    assert "2 learners have not accepted the version in force." in html
    filtered = client.get(url, {"version": "2026-11"}).content.decode()
    assert "Early" in filtered and "Fresh" not in filtered
    assert CharterAcceptance.objects.count() == 2


@pytest.mark.parametrize("name", ["tier_history:index", "charter_acceptances:index"])
def test_learners_and_trainers_cannot_read_hr_listings(client, db, name, learner, trainer):
    client.force_login(learner)
    assert client.get(reverse(name)).status_code in (302, 403)
    client.force_login(trainer)
    response = client.get(reverse(name))
    assert response.status_code in (302, 403)


def _tier_post(**overrides):
    data = {
        "name": "Relay",
        "slug": "relay",
        "rank": "1",
        "description": "Shares ready-to-use posts as they are.",
        "requires_charter": "on",
        "requirements-TOTAL_FORMS": "0",
        "requirements-INITIAL_FORMS": "0",
        "requirements-MIN_NUM_FORMS": "0",
        "requirements-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_trainers_define_tiers_with_clear_rules(client, built, tiers, trainer):
    client.force_login(trainer)
    add_url = reverse("wagtailsnippets_advocacy_tier:add") + "?locale=en"
    index = client.get(reverse("wagtailsnippets_advocacy_tier:list"))
    assert index.status_code == 200
    html = index.content.decode()
    assert html.index("Explorer") < html.index("Relay") < html.index("Champion")

    taken = client.post(add_url, _tier_post(name="Other", slug="other", rank="2"))
    assert taken.status_code == 200
    assert "Another tier in this language already has this rank." in taken.content.decode()

    taken = client.post(add_url, _tier_post(name="Relay 2", slug="relay", rank="7"))
    assert "Another tier in this language already has this key." in taken.content.decode()

    start = client.post(
        add_url,
        _tier_post(
            name="Start",
            slug="start",
            rank="0",
            **{
                "requirements-TOTAL_FORMS": "1",
                "requirements-0-workshop": str(built.workshop(0, "beginner").pk),
                "requirements-0-ORDER": "1",
            },
        ),
    )
    assert "cannot require" in start.content.decode()

    created = client.post(add_url, _tier_post(name="Legend", slug="legend", rank="9"))
    assert created.status_code == 302
    assert Tier.objects.filter(slug="legend", rank=9).exists()
    assert Tier.objects.count() == 5


def test_learners_cannot_reach_the_tier_snippets(client, db, learner):
    client.force_login(learner)
    assert client.get(reverse("wagtailsnippets_advocacy_tier:list")).status_code in (302, 403)
