"""Security headers (lms/headers.py): a strict Content-Security-Policy whose nonce is the one
our inline <style> carries, no style="" attribute left on learner pages, the admin's own
policy, Permissions-Policy everywhere, and `Cache-Control: private, no-store` on what a
signed-in person sees. The browser side is tests/e2e/test_csp.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from certificates.models import Certificate
from courses import services
from lms.accounts import roles
from lms.reports.admin_views import PRESETS
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db

NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())


@pytest.fixture
def world(learner):
    built = build_academy(courses=1, lessons=2)
    services.workshop_enroll(user=learner, workshop=built.workshop())
    services.lesson_complete(user=learner, lesson=built.lessons_of()[0])
    return built


def learner_urls(built):
    return [
        reverse("dashboard:home"),
        reverse("dashboard:catalogue"),
        built.courses[0].url,
        built.workshop().url,
        built.lessons_of()[1].url,
        reverse("accounts:profile"),
        reverse("certificates:mine"),
    ]


def test_learner_pages_have_a_strict_policy_and_no_inline_style_attribute(learner_client, world):
    for url in learner_urls(world):
        response = learner_client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        for directive in ("script-src", "style-src"):
            assert policy[directive].startswith("'self' 'nonce-"), (url, policy)
            assert "unsafe" not in policy[directive], (url, policy)
        assert policy["default-src"] == "'self'"
        assert policy["object-src"] == "'none'"
        assert policy["base-uri"] == "'self'" and policy["form-action"] == "'self'"
        assert policy["frame-ancestors"] == "'self'"
        assert policy["img-src"] == "'self' data:"
        html = response.text
        assert not re.search(r"\sstyle=", html), f"a style attribute on {url}"
        # Every inline <style>/<script> carries this response's nonce.
        nonce = NONCE.search(policy["style-src"]).group(1)
        for tag in re.findall(r"<(?:style|script)(?![^>]*\ssrc=)[^>]*>", html):
            assert f'nonce="{nonce}"' in tag, (url, tag)


def test_each_response_has_its_own_nonce(learner_client, world):
    first = NONCE.search(directives(learner_client.get("/en/dashboard/"))["script-src"])
    second = NONCE.search(directives(learner_client.get("/en/dashboard/"))["script-src"])
    assert first.group(1) != second.group(1)


def test_the_progress_bar_width_is_a_class_the_stylesheet_defines(learner_client, world):
    html = learner_client.get(world.workshop().url).text
    percent = re.search(r'class="progress__fill" data-percent="(\d+)"', html).group(1)
    assert percent == "50"
    css = (Path(settings.BASE_DIR) / "themes/static/themes/css/academy.css").read_text()
    assert f'.progress__fill[data-percent="{percent}"] {{ width: {percent}%; }}' in css


def test_the_admin_has_its_own_policy(client):
    client.force_login(make_user(group=None, is_superuser=True))
    response = client.get("/admin/")
    policy = directives(response)
    assert "'unsafe-inline'" in policy["style-src"] and "'unsafe-inline'" in policy["script-src"]
    assert "nonce" not in policy["script-src"]  # a nonce would disable 'unsafe-inline'
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'self'"
    assert "img-src" in policy and "gravatar" not in response.text


@pytest.mark.parametrize("url", ["/en/accounts/login/", "/admin/login/", "/en/no-such-page/"])
def test_permissions_policy_on_every_response(client, url):
    policy = client.get(url)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in policy
    assert "interest-cohort=()" in policy and "clipboard-write=(self)" in policy


def test_signed_in_pages_are_not_cached(learner_client, world):
    for url in learner_urls(world):
        assert learner_client.get(url)["Cache-Control"] == "private, no-store", url


def test_signed_in_exports_are_not_cached(client, world):
    hr = make_user(group=roles.HR)
    client.force_login(hr)
    for preset in PRESETS:
        response = client.get(reverse("reports_admin:export", args=[preset]))
        assert response.status_code == 200, preset
        assert "no-store" in response["Cache-Control"], preset
        assert "private" in response["Cache-Control"], preset
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_anonymous_public_pages_are_left_to_their_own_caching(client, world):
    response = client.get(world.courses[0].url)
    assert "private" not in response.get("Cache-Control", "")
    assert "Content-Security-Policy" in response


def test_the_verification_page_is_never_cached(client, world, learner):
    """It may show the holder's name (when she agreed): no shared cache keeps it, and a
    revocation shows on the next visit."""
    for lesson in world.lessons_of()[1:]:
        services.lesson_complete(user=learner, lesson=lesson)
    certificate = Certificate.objects.get(user=learner)
    response = client.get(reverse("verify:certificate", args=[certificate.code]))
    assert response.status_code == 200
    cache = response["Cache-Control"]
    assert "no-store" in cache and "private" in cache and "public" not in cache
