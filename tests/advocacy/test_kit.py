"""The content kit: posts filtered by tier on the server, read-only for a Relay and editable
for an Ambassador, the share links, dates, languages, and the admin of posts."""

import html
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from certificates.models import Certificate
from certificates.services import certificate_revoke
from lms.accounts import roles
from lms.advocacy.kit_text import compose, share_url, x_length
from lms.advocacy.selectors_kit import kit_for_learner
from tests.factories import make_user

from .kit_builders import kit_academy, learner_at, post_create, tiers_in_french

pytestmark = pytest.mark.django_db

KIT = "/en/advocacy/kit/"


@pytest.fixture
def ladder():
    built, tiers = kit_academy()
    posts = {
        slug: post_create(tiers[slug], title=f"{slug.title()} post", text_x=f"Secret {slug} X")
        for slug in ("relay", "ambassador", "champion")
    }
    return built, tiers, posts


def _page(client, user):
    client.force_login(user)
    response = client.get(KIT)
    assert response.status_code == 200
    return response.content.decode()


def _visible(page: str, post) -> bool:
    return html.escape(post.text_linkedin) in page or post.text_linkedin in page


def test_explorer_sees_every_post_locked_and_no_text(client, ladder):
    built, tiers, posts = ladder
    page = _page(client, learner_at(built, "explorer"))
    for post in posts.values():
        assert post.title in page  # the title says what is coming
        assert not _visible(page, post)
        assert post.text_x not in page
        assert "northwind.example/news" not in page  # nor its link
        assert "#Careers" not in page  # nor its hashtags
    assert 'data-testid="kit-explorer"' in page
    assert "when you reach the Relay tier" in page
    assert page.count('data-testid="kit-locked"') == 3


def test_relay_sees_relay_posts_read_only_and_higher_ones_locked(client, ladder):
    built, tiers, posts = ladder
    page = _page(client, learner_at(built, "relay"))
    assert _visible(page, posts["relay"])
    assert not _visible(page, posts["ambassador"])
    assert not _visible(page, posts["champion"])
    assert "Secret ambassador X" not in page and "Secret champion X" not in page
    assert 'data-testid="kit-readonly"' in page
    assert "share these posts as they are" in page
    textareas = page.count('<textarea id="post-')
    assert textareas == page.count(" readonly aria-describedby") > 0
    assert "Opens at the Ambassador tier." in page
    assert "Opens at the Champion tier." in page


def test_ambassador_sees_ambassador_posts_and_may_edit_them(client, ladder):
    built, tiers, posts = ladder
    page = _page(client, learner_at(built, "ambassador"))
    assert _visible(page, posts["relay"]) and _visible(page, posts["ambassador"])
    assert not _visible(page, posts["champion"])
    assert 'data-testid="kit-editable"' in page
    assert " readonly" not in page
    assert page.count('data-testid="kit-locked"') == 1


def test_a_revoked_certificate_closes_posts_at_once(client, ladder):
    built, tiers, posts = ladder
    user = learner_at(built, "ambassador")
    intermediate = Certificate.objects.get(
        user=user, workshop_key=built.workshop(0, "intermediate").translation_key
    )
    certificate_revoke(certificate=intermediate, by=make_user(group=roles.HR), reason="Mistake")
    page = _page(client, user)
    assert _visible(page, posts["relay"])
    assert not _visible(page, posts["ambassador"])
    assert 'data-testid="kit-readonly"' in page


def test_expired_and_scheduled_posts_are_absent(client, ladder):
    built, tiers, posts = ladder
    expired = post_create(tiers["relay"], title="Old news", days_from=-30, days_until=-1)
    scheduled = post_create(tiers["relay"], title="Next launch", days_from=2)
    current = post_create(tiers["relay"], title="This week", days_from=-1, days_until=3)
    page = _page(client, learner_at(built, "champion"))
    assert "Old news" not in page and not _visible(page, expired)
    assert "Next launch" not in page and not _visible(page, scheduled)
    assert "This week" in page and _visible(page, current)
    assert "share until" in page


def test_posts_follow_the_learners_language_with_fallback(ladder):
    built, tiers, posts = ladder
    french_tiers = tiers_in_french(tiers)
    fr = Locale.objects.get(language_code="fr")
    relay_fr = posts["relay"].copy_for_translation(fr)
    relay_fr.title = "Publication Relais"
    relay_fr.min_tier = french_tiers["relay"]
    relay_fr.text_linkedin = "Texte LinkedIn en français"
    relay_fr.save()
    user = learner_at(built, "relay", language="fr")
    kit = kit_for_learner(user=user, language="fr")
    titles = [card.title for card in kit.open + kit.locked]
    assert "Publication Relais" in titles and "Relay post" not in titles
    assert "Ambassador post" in titles  # no French version: the English one
    locked = {card.title: card for card in kit.locked}
    assert locked["Ambassador post"].tier.name == "Ambassador FR"
    assert kit.tier.name == "Relais"
    assert kit.open[0].networks[0].text.startswith("Texte LinkedIn en français")
    assert locked["Ambassador post"].post is None and locked["Ambassador post"].networks == []


def test_french_page_shows_the_french_post(client, ladder):
    built, tiers, posts = ladder
    tiers_in_french(tiers)
    fr = Locale.objects.get(language_code="fr")
    relay_fr = posts["relay"].copy_for_translation(fr)
    relay_fr.text_linkedin = "Texte LinkedIn en français"
    relay_fr.save()
    client.force_login(learner_at(built, "relay", language="fr"))
    page = client.get("/fr/advocacy/kit/").content.decode()
    assert "Texte LinkedIn en français" in page
    assert posts["relay"].text_linkedin not in page


def test_share_links_are_encoded():
    text = compose(
        "Fiers de l'équipe & du projet",
        hashtags="#Northwind #Tech",
        link="https://n.example/a?b=1&c=2",
    )
    assert (
        text == "Fiers de l'équipe & du projet\n\n#Northwind #Tech\n\nhttps://n.example/a?b=1&c=2"
    )
    x = urlsplit(share_url("x", text=text, link="https://n.example/a?b=1&c=2"))
    assert (x.scheme, x.netloc, x.path) == ("https", "twitter.com", "/intent/tweet")
    assert parse_qs(x.query) == {"text": [text]}  # one parameter, decoded back exactly
    linkedin = share_url("linkedin", text=text, link="https://n.example/a?b=1&c=2")
    assert linkedin == (
        "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fn.example%2Fa%3Fb%3D1%26c%3D2"
    )
    facebook = urlsplit(share_url("facebook", text=text, link="https://n.example/a?b=1&c=2"))
    assert parse_qs(facebook.query) == {"u": ["https://n.example/a?b=1&c=2"]}
    assert share_url("linkedin", text=text, link="") == ""  # nothing to share without a link


def test_compose_does_not_repeat_what_the_text_already_has():
    text = compose(
        "Join us #Northwind https://n.example",
        hashtags="#northwind #Jobs",
        link="https://n.example",
    )
    assert text == "Join us #Northwind https://n.example\n\n#Jobs"


def test_x_counts_links_as_23_characters():
    assert x_length("hello") == 5
    assert x_length("see https://www.northwind.example/a/very/long/path/indeed") == 4 + 23


def test_share_links_in_the_page_are_escaped_and_open_in_a_new_tab(client, ladder):
    built, tiers, posts = ladder
    page = _page(client, learner_at(built, "relay"))
    assert "https://twitter.com/intent/tweet?text=Secret%20relay%20X" in page
    assert (
        'href="https://www.linkedin.com/sharing/share-offsite/?url='
        'https%3A%2F%2Fwww.northwind.example%2Fnews%2Fa%3Fb%3D1%26c%3Dd"'
    ) in page
    assert 'target="_blank" rel="noopener noreferrer"' in page
    assert "(opens in a new tab)" in page
    # No JavaScript needed to copy: the Copy button appears only with it.
    assert "hidden data-kit-copy" in page


def test_only_networks_with_text_are_shown(client, ladder):
    built, tiers, posts = ladder
    post_create(tiers["relay"], title="LinkedIn only", text_x="", text_facebook="", link="")
    client.force_login(learner_at(built, "relay"))
    kit = kit_for_learner(user=learner_at(built, "relay"), language="en")
    card = next(c for c in kit.open if c.title == "LinkedIn only")
    assert [n.key for n in card.networks] == ["linkedin"]
    assert card.networks[0].share_url == ""


def test_x_counter_is_shown(client, ladder):
    built, tiers, posts = ladder
    page = _page(client, learner_at(built, "relay"))
    expected = x_length(
        compose("Secret relay X", hashtags="#Northwind #Careers", link=posts["relay"].link)
    )
    assert f"<span data-kit-count>{expected}</span> / 280" in page


def test_kit_needs_sign_in(client, ladder):
    response = client.get(KIT)
    assert response.status_code == 302
    assert "/accounts/" in response["Location"] or "login" in response["Location"]


def test_kit_query_count_does_not_grow_with_posts(client, ladder):
    built, tiers, posts = ladder
    user = learner_at(built, "ambassador")
    client.force_login(user)
    client.get(KIT)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(KIT).status_code == 200
        return len(ctx.captured_queries)

    few = count()
    for n in range(15):
        post_create(tiers[("relay", "ambassador", "champion")[n % 3]])
    assert count() == few
    assert few <= 20


def test_posts_in_the_admin_list_their_tier_and_status(client, ladder):
    built, tiers, posts = ladder
    post_create(tiers["relay"], title="Old news", days_from=-30, days_until=-1)
    trainer = make_user(group=roles.TRAINERS)
    client.force_login(trainer)
    with translation.override("en"):
        url = reverse("wagtailsnippets_advocacy_contentpost:list")
    page = client.get(url).content.decode()
    assert "Relay post" in page and "Old news" in page
    assert "Expired" in page and "Live" in page
    expired_only = client.get(url, {"status": "expired"}).content.decode()
    assert "Old news" in expired_only and "Relay post" not in expired_only
    by_tier = client.get(url, {"tier": "champion"}).content.decode()
    assert "Champion post" in by_tier and "Relay post" not in by_tier


def test_hr_cannot_edit_posts(client, ladder):
    client.force_login(make_user(group=roles.HR))
    url = reverse("wagtailsnippets_advocacy_contentpost:list")
    response = client.get(url)
    assert response.status_code in (302, 403)


def test_demo_kit_is_complete_and_idempotent(client):
    from lms.advocacy.models import ContentPost, ReferentQuestion
    from lms.demo import kit as demo_kit
    from themes.models import BrandSettings

    built, tiers = kit_academy()
    Locale.objects.get_or_create(language_code="fr")
    first = demo_kit.build()
    assert first.notes == []
    assert first.created_posts == 2 * len(demo_kit.POSTS)  # English and French
    second = demo_kit.build()
    assert second.created_posts == 0 and second.created_users == []
    assert ContentPost.objects.count() == 2 * len(demo_kit.POSTS)
    assert not ReferentQuestion.objects.exists()  # the demo learners do not exist here
    brand = BrandSettings.for_site(built.academy.get_site())
    assert (brand.referent_name, brand.referent_email) == (
        "Inès Garnier",
        "referent@porte-voix.test",
    )
    assert brand.referent_photo is not None
    for post in ContentPost.objects.all():
        post.full_clean()  # within X's limit, dates in order
    champion = learner_at(built, "champion")
    kit = kit_for_learner(user=champion, language="en")
    titles = {card.title for card in kit.open}
    assert "Open day at our Lyon site (past)" not in titles  # expired
    assert len(titles) == len(demo_kit.POSTS) - 1
    assert {c.tier.slug for c in kit.open} == {"relay", "ambassador", "champion"}


def test_demo_kit_without_tiers_creates_no_post(academy):
    from lms.advocacy.models import ContentPost
    from lms.demo import kit as demo_kit

    report = demo_kit.build()
    assert report.created_posts == 0 and "Tiers missing" in report.notes[0]
    assert not ContentPost.objects.exists()


def test_an_x_text_too_long_with_its_link_is_refused(ladder):
    from django.core.exceptions import ValidationError

    built, tiers, posts = ladder
    post = posts["relay"]
    post.text_x = "x" * 250  # + hashtags + a link counted as 23 > 280
    with pytest.raises(ValidationError) as error:
        post.full_clean()
    assert "text_x" in error.value.message_dict


def test_the_kit_note_uses_the_english_article_and_the_ladder_s_names(client, ladder):
    # "As a Ambassador" once; and "once you become an Ambassador" was typed into the
    # template whatever the ladder called its editing tier.
    built, tiers, _posts = ladder
    assert tiers["ambassador"].may_edit_posts
    relay = _page(client, learner_at(built, "relay"))
    assert "As a Relay, share these posts" in relay
    assert "once you become an Ambassador." in relay
    ambassador = _page(client, learner_at(built, "ambassador"))
    assert "As an Ambassador, you may personalise" in ambassador
    assert "As a Ambassador" not in ambassador
    tiers["ambassador"].name = "Envoy"
    tiers["ambassador"].save()
    relay = _page(client, learner_at(built, "relay"))
    note = relay.split('id="kit-edit-note"')[1].split("</p>")[0]
    assert "once you become an Envoy." in note and "Ambassador" not in note
