"""The content kit folds each post into its title and filters by network and by tier (GET,
no JavaScript needed); a value the lists do not offer says so, shows every post, never 500."""

import re

import pytest

from .kit_builders import kit_academy, learner_at, post_create

pytestmark = pytest.mark.django_db

KIT = "/en/advocacy/kit/"


@pytest.fixture
def kit(client):
    built, tiers = kit_academy()
    post_create(tiers["relay"], title="Relay both", text_facebook="Relay on Facebook")
    post_create(tiers["relay"], title="Relay LinkedIn only", text_x="")
    post_create(tiers["ambassador"], title="Ambassador X", text_x="Ambassador on X")
    post_create(tiers["champion"], title="Champion locked")
    client.force_login(learner_at(built, "ambassador"))
    return client


def _open_titles(html: str) -> list[str]:
    return re.findall(r'<h3 id="post-\d+-title">([^<]+)</h3>', html)


def _locked_titles(html: str) -> list[str]:
    return re.findall(r'data-testid="kit-locked">\s*<h3>([^<]+)</h3>', html)


def test_each_post_folds_into_a_disclosure_with_its_title(kit):
    html = kit.get(KIT).content.decode()
    assert html.count('<details class="kit-post__details">') == 3  # closed: more than one post
    assert html.count('<summary class="kit-post__summary">') == 3
    assert _open_titles(html) == ["Relay LinkedIn only", "Relay both", "Ambassador X"]
    assert 'data-testid="kit-filter"' in html


def test_filter_by_network_keeps_the_posts_for_it_and_only_its_text(kit):
    response = kit.get(KIT, {"network": "facebook"})
    html = response.content.decode()
    assert response.status_code == 200
    assert _open_titles(html) == ["Relay both"]
    assert 'data-network="facebook"' in html and 'data-network="linkedin"' not in html
    assert '<details class="kit-post__details" open>' in html  # the one match is unfolded
    assert _locked_titles(html) == ["Champion locked"]  # locked posts: by tier only
    x_only = kit.get(KIT, {"network": "x"}).content.decode()
    assert _open_titles(x_only) == ["Relay both", "Ambassador X"]


def test_filter_by_tier_and_both_together(kit):
    html = kit.get(KIT, {"tier": "ambassador"}).content.decode()
    assert _open_titles(html) == ["Ambassador X"] and _locked_titles(html) == []
    locked = kit.get(KIT, {"tier": "champion"}).content.decode()
    assert _open_titles(locked) == [] and _locked_titles(locked) == ["Champion locked"]
    assert "No post you can share matches this filter." in locked
    both = kit.get(KIT, {"tier": "relay", "network": "linkedin"}).content.decode()
    assert _open_titles(both) == ["Relay LinkedIn only", "Relay both"]
    assert "selected>LinkedIn</option>" in both  # the form shows what is applied
    nothing = kit.get(KIT, {"tier": "", "network": ""})
    assert nothing.status_code == 200 and len(_open_titles(nothing.content.decode())) == 3


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"network": "myspace"}, "This network is not in the list"),
        ({"tier": "pope"}, "This tier is not in the list"),
        ({"tier": "x" * 5000}, "This tier is not in the list"),
        ({"network": "\u202e<script>"}, "This network is not in the list"),
    ],
)
def test_a_bad_filter_says_so_and_shows_every_post(kit, params, message):
    response = kit.get(KIT, params)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html and 'data-testid="kit-filter-error"' in html
    assert len(_open_titles(html)) == 3 and _locked_titles(html) == ["Champion locked"]
    assert "<script>" not in html.split("</header>", 1)[-1].split("<script src")[0]


def test_the_french_filter(client):
    built, tiers = kit_academy()
    post_create(tiers["relay"], title="Un", text_facebook="Facebook")
    post_create(tiers["relay"], title="Deux")
    client.force_login(learner_at(built, "relay", language="fr"))
    html = client.get("/fr/advocacy/kit/", {"network": "myspace"}).content.decode()
    assert "Filtrer les publications" in html
    assert "Ce réseau ne figure pas dans la liste" in html
