"""Issue 5's whole advocacy journey in one browser session: a learner passes the three
beginner workshops, accepts the charter, becomes a Relay, downloads a certificate's PDF,
opens its verification page and copies a ready-to-use post from the content kit.

Everything is asserted as the learner sees it (texts, links, the clipboard, the downloaded
file); the database is read only to confirm what the pages claim (the stored tier, nothing
recorded on a refused form).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pypdfium2
from playwright.sync_api import expect
from wagtail.models import Site

from certificates.models import Certificate
from courses import services as course_services
from courses.models import WorkshopPage
from lms.advocacy.models import CharterAcceptance, ContentPost, LearnerTier, Tier, TierRequirement
from tests.advocacy.ladder import charter_build
from tests.e2e.conftest import read_clipboard
from tests.factories import build_academy, make_user

RELAY_TEXT = "Our new apprenticeship programme opens today: proud to see it grow."
RELAY_HASHTAGS = "#Northwind #Careers"
RELAY_LINK = "https://www.northwind.example/news/apprentices?from=kit&lang=en"
# What the kit hands over: the text, then the hashtags, then the link, a blank line apart.
RELAY_SHARED = f"{RELAY_TEXT}\n\n{RELAY_HASHTAGS}\n\n{RELAY_LINK}"
AMBASSADOR_TEXT = "Embargoed until the results call: record quarter for the northern plant."


def advocacy_academy():
    """Three courses with one one-lesson beginner workshop each, the Explorer → Relay →
    Ambassador ladder over them, a published charter and two ready-to-use posts.

    Relay needs the three beginner certificates and the charter; Ambassador needs the
    certificate of an intermediate workshop that has no lesson yet, so no learner here can
    reach it and its post stays locked."""
    built = build_academy(courses=3, lessons=1, levels=("beginner",))
    intermediate = WorkshopPage(
        title="Course 0 intermediate",
        slug="course-0-intermediate",
        level="intermediate",
        summary="The intermediate workshop",
        pass_mark=70,
    )
    built.courses[0].add_child(instance=intermediate)
    intermediate.save_revision().publish()

    explorer = Tier.objects.create(
        name="Explorer", slug="explorer", rank=0, description="Everyone starts here."
    )
    relay = Tier.objects.create(
        name="Relay",
        slug="relay",
        rank=1,
        description="Shares the academy's posts as written.",
        perks="<ul><li>Share the content kit's posts</li></ul>",
        requires_charter=True,
        may_edit_posts=False,
    )
    ambassador = Tier.objects.create(
        name="Ambassador",
        slug="ambassador",
        rank=2,
        description="Personalises posts.",
        may_edit_posts=True,
    )
    for index in range(3):
        TierRequirement.objects.create(tier=relay, workshop=built.workshop(index, "beginner"))
    TierRequirement.objects.create(tier=ambassador, workshop=intermediate)
    charter = charter_build(built, version="2026-11")

    relay_post = ContentPost.objects.create(
        title="Apprenticeships open",
        min_tier=relay,
        text_linkedin=RELAY_TEXT,
        hashtags=RELAY_HASHTAGS,
        link=RELAY_LINK,
        locale=relay.locale,
    )
    ambassador_post = ContentPost.objects.create(
        title="Quarterly results",
        min_tier=ambassador,
        text_linkedin=AMBASSADOR_TEXT,
        hashtags="#Results",
        link="https://www.northwind.example/investors/q3",
        locale=ambassador.locale,
    )
    tiers = {"explorer": explorer, "relay": relay, "ambassador": ambassador}
    return built, tiers, charter, {"relay": relay_post, "ambassador": ambassador_post}


def beginner_titles(built) -> list[str]:
    """The certificate titles the three beginner workshops issue (course — workshop)."""
    return [
        f"{course.title} — {built.workshop(i, 'beginner').title}"
        for i, course in enumerate(built.courses)
    ]


def test_learner_passes_the_beginner_workshops_becomes_a_relay_and_shares_a_post(
    page, browser, browser_context_args, live_server, sign_in, tmp_path
):
    built, _tiers, charter, _posts = advocacy_academy()
    # Certificates give their verification address from the site's root URL: here, the live
    # server's.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = urlsplit(live_server.url).hostname, urlsplit(live_server.url).port
    site.save()
    learner = sign_in(make_user(first_name="Ines", last_name="Vasquez-Lorrain"))
    titles = beginner_titles(built)

    # 1. The dashboard: everyone starts as an Explorer, Relay is next.
    page.goto("/en/dashboard/")
    panel = page.get_by_test_id("tier-panel")
    expect(panel.get_by_test_id("panel-current-tier")).to_have_text(re.compile(r"^\s*Explorer"))
    expect(panel.get_by_role("heading", name="Next: Relay")).to_be_visible()
    expect(page.locator(".certificates-panel")).to_have_count(0)

    # 2. The first beginner workshop, by clicking: enroll, then complete its only lesson.
    workshop = built.workshop(0, "beginner")
    (lesson,) = built.lessons_of(0, "beginner")
    page.goto(workshop.url)
    page.get_by_role("button", name="Enroll and start").click()
    expect(page).to_have_url(re.compile(re.escape(lesson.url) + "$"))
    page.get_by_role("button", name="Mark as completed").click()
    expect(page.locator(".messages .message--success")).to_be_visible()
    expect(page.locator(".badge--passed").first).to_be_visible()
    # The other two through the course services (the same path the button takes).
    for index in (1, 2):
        for other in built.lessons_of(index, "beginner"):
            course_services.lesson_complete(user=learner, lesson=other)

    page.goto("/en/dashboard/")
    certificates_panel = page.locator(".certificates-panel")
    for title in titles:
        expect(certificates_panel).to_contain_text(title)
    expect(certificates_panel.get_by_role("link", name="See all my 3 certificates")).to_be_visible()
    # Certificates alone are not enough: Relay also asks for the charter.
    expect(panel.get_by_test_id("panel-current-tier")).to_have_text(re.compile(r"^\s*Explorer"))
    expect(panel.get_by_test_id("panel-charter")).to_contain_text("2026-11")

    # 3. The charter: refused without the box ticked, accepted with it.
    panel.get_by_test_id("panel-charter").get_by_role("link").click()
    expect(page).to_have_url(re.compile(re.escape(charter.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Social-media charter")
    expect(page.get_by_test_id("charter-state")).to_contain_text("not accepted the charter yet")
    accept = page.get_by_role("button", name="Accept the charter")
    accept.click()
    expect(page.locator("#agree-errors")).to_have_text(
        "Tick the box to say you have read and accept the charter."
    )
    box = page.get_by_label("I have read version 2026-11 of the social-media charter")
    expect(box).to_have_attribute("aria-invalid", "true")
    assert not CharterAcceptance.objects.filter(user=learner).exists()
    assert LearnerTier.objects.filter(user=learner).values_list("slug", flat=True).first() in (
        None,
        "explorer",
    )
    box.check()
    accept.click()
    expect(page.locator(".messages .message--success")).to_have_text(
        "Thank you: you accepted version 2026-11 of the charter."
    )
    expect(page.get_by_test_id("charter-state")).to_contain_text("You accepted version 2026-11")
    expect(page.get_by_role("button", name="Accept the charter")).to_have_count(0)

    # 4. Now a Relay: on the dashboard (with the congratulations) and on the tiers page.
    page.goto("/en/dashboard/")
    expect(panel.get_by_test_id("panel-current-tier")).to_have_text(re.compile(r"^\s*Relay"))
    expect(panel.get_by_role("status")).to_contain_text("you moved up to Relay")
    expect(panel.get_by_role("heading", name="Next: Ambassador")).to_be_visible()
    expect(panel.get_by_test_id("panel-charter")).to_have_count(0)
    panel.get_by_role("link", name="See all tiers").click()
    expect(page.get_by_test_id("current-tier")).to_contain_text("Your tier: Relay")
    current = page.locator(".tier-step[aria-current=step]")
    expect(current).to_have_count(1)
    expect(current.get_by_role("heading", level=2)).to_contain_text("Relay")
    assert LearnerTier.objects.get(user=learner).slug == "relay"

    # 5. My certificates: download one PDF (the name question, asked at a first download, is
    # answered already: tests/e2e/test_certificate_name_choice.py walks through it).
    learner.profile.show_name_on_certificates = False  # she chose to keep it private
    learner.profile.save(update_fields=["show_name_on_certificates"])
    page.goto("/en/certificates/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My certificates")
    card = page.locator(".certificate-card", has=page.get_by_role("heading", name=titles[0]))
    expect(card).to_have_count(1)
    expect(card.locator(".badge")).to_have_text("Valid")
    certificate = Certificate.objects.get(user=learner, workshop_key=workshop.translation_key)
    expect(card.locator("code")).to_have_text(certificate.code)
    with page.expect_download() as download_info:
        card.get_by_role("link", name=re.compile(r"^Download PDF")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf"), download.suggested_filename
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    content = saved.read_bytes()
    assert content.startswith(b"%PDF-"), content[:16]
    assert len(content) > 1024, f"the PDF is only {len(content)} bytes"
    pdf = pypdfium2.PdfDocument(content)
    try:
        text = "".join(page_.get_textpage().get_text_range() for page_ in pdf)
    finally:
        pdf.close()
    assert certificate.code in text, f"the PDF does not show the code {certificate.code}"
    assert learner.get_full_name() in text  # the PDF itself is the holder's document

    # 6. Its verification page: valid, titled, and the holder's name kept private.
    card.get_by_role("link", name=re.compile(r"^Verification page")).click()
    expect(page).to_have_url(re.compile(rf"/verify/{re.escape(certificate.code)}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(titles[0])
    status = page.locator(".verify-status")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_contain_text("Valid certificate")
    expect(page.locator(".verify-facts")).to_contain_text(
        "Not shown: the holder has chosen to keep their name private."
    )
    expect(page.locator("main")).not_to_contain_text("Vasquez-Lorrain")
    expect(page.locator(".verify-code")).to_have_text(certificate.code)
    # Whoever the learner sends the address to (nobody signed in) sees the same.
    verification_url = page.url
    public = browser.new_context(**browser_context_args)
    try:
        visitor = public.new_page()
        visitor.goto(verification_url)
        expect(visitor.locator(".verify-status")).to_contain_text("Valid certificate")
        expect(visitor.get_by_role("heading", level=1)).to_have_text(titles[0])
        expect(visitor.locator("main")).not_to_contain_text("Vasquez-Lorrain")
        expect(visitor.locator("main")).not_to_contain_text("this certificate is yours")
    finally:
        public.close()

    # 7. The content kit: the Relay post to copy as written, the Ambassador post locked.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto("/en/advocacy/kit/")
    expect(page.get_by_test_id("kit-readonly")).to_contain_text("As a Relay")
    post = page.get_by_test_id("kit-post")
    expect(post).to_have_count(1)
    expect(post.get_by_role("heading", level=3)).to_have_text("Apprenticeships open")
    text_area = post.get_by_role("textbox", name="LinkedIn text of “Apprenticeships open”")
    expect(text_area).to_have_value(RELAY_SHARED)
    expect(text_area).to_have_attribute("readonly", "")
    expect(text_area).not_to_be_editable()
    locked = page.get_by_test_id("kit-locked")
    expect(locked).to_have_count(1)
    expect(locked).to_contain_text("Quarterly results")
    expect(locked).to_contain_text("Opens at the Ambassador tier.")
    html = page.content()
    assert RELAY_TEXT in html  # the check below looks at the right thing
    assert AMBASSADOR_TEXT not in html, "a locked post's text reached the browser"
    assert "investors/q3" not in html and "#Results" not in html

    post.get_by_role("button", name="Copy the LinkedIn text").click()
    confirmation = post.get_by_role("status")
    expect(confirmation).to_have_attribute("aria-live", "polite")
    expect(confirmation).to_have_text("Copied to the clipboard.")
    assert read_clipboard(page) == RELAY_SHARED
