"""No page shows a stored key where a person reads a word: tier slugs ("relay", "explorer"),
status keys ("not_started", "expired"), reasons ("certificate_issued"). Pages are rendered
in English and in French, and their visible text (no tags, attributes or scripts) searched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from lms.accounts import roles
from lms.advocacy.models import Tier
from lms.i18n.labels import tier_name
from tests.factories import make_user
from tests.reports.world import build_world

pytestmark = pytest.mark.django_db

RAW = re.compile(
    r"\b(explorer|relay|not_started|in_progress|certificate_issued|charter_accepted"
    r"|expired|revoked|unknown)\b"
)
NAMES = {
    "en": {"explorer": "Explorer", "relay": "Relay"},
    "fr": {"explorer": "Explorateur", "relay": "Relais"},
}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style", "template")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style", "template") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


@pytest.fixture
def world(settings):
    settings.TIME_ZONE = "Europe/Paris"
    world = build_world()
    fr, _ = Locale.objects.get_or_create(language_code="fr")
    for rank, slug in enumerate(("explorer", "relay")):
        tier = Tier.objects.create(
            name=NAMES["en"][slug], slug=slug, rank=rank, description=f"The {slug} tier."
        )
        french = tier.copy_for_translation(fr)
        french.name = NAMES["fr"][slug]
        french.save()
    return world


def _assert_no_slug(html: str, where: str):
    found = sorted(set(RAW.findall(visible_text(html))))
    assert not found, f"raw keys shown on {where}: {found}"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_hr_report_and_learner_file_show_names_not_slugs(client, world, language):
    hr = make_user(group=roles.HR, language=language)
    UserProfile.get_for_user(hr).__class__.objects.filter(user=hr).update(
        preferred_language=language
    )
    client.force_login(hr)
    pages = {
        "report": (reverse("reports_admin:index"), "relay"),
        "alice's file": (reverse("reports_admin:learner", args=[world.alice.pk]), "relay"),
        "bruno's file": (reverse("reports_admin:learner", args=[world.bruno.pk]), "explorer"),
    }
    for where, (url, held) in pages.items():
        response = client.get(url)
        assert response.status_code == 200, where
        html = response.content.decode()
        _assert_no_slug(html, f"{where} ({language})")
        assert NAMES[language][held] in html, f"{where} ({language}) names no tier"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_learner_pages_show_names_not_slugs(client, world, language):
    alice = world.alice
    alice.profile.preferred_language = language
    alice.profile.save()
    client.force_login(alice)
    with translation.override(language):
        urls = [
            reverse("dashboard:home"),
            reverse("certificates:mine"),
            reverse("gamification:progress"),
            reverse("gamification:leaderboard"),
        ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_no_slug(response.content.decode(), url)


def test_tier_name_falls_back_to_the_default_language_then_the_slug(world):
    Tier.objects.filter(locale__language_code="fr", slug="relay").delete()
    with translation.override("fr"):
        assert tier_name("explorer") == "Explorateur"
        assert tier_name("relay") == "Relay"  # no French: the default language's name
        assert tier_name("") == "Explorateur"  # no tier yet: the starting tier
        assert tier_name("gone") == "gone"  # a tier deleted since: its key, not nothing
