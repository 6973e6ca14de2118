"""The content kit in a real browser: eight posts fold into their titles (the page was
10,000 px tall), a post opens with a click or the keyboard, the network and tier filter
works with JavaScript off, a bad value says so; axe finds nothing serious in each state."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.advocacy.kit_builders import kit_academy, learner_at, post_create

from .test_accessibility import _axe_check, _check, axe  # noqa: F401 - the axe fixture

KIT = "/en/advocacy/kit/"


def _eight_posts():
    built, tiers = kit_academy()
    for n in range(8):
        post_create(
            tiers[("relay", "ambassador")[n % 2]],
            title=f"Post number {n}",
            text_linkedin=("A long LinkedIn text about our apprentices. " * 12).strip(),
            text_x=f"X text {n}" if n % 2 else "",
            text_facebook="A Facebook text. " * 8,
        )
    post_create(tiers["champion"], title="Champion only")
    return built


def test_eight_posts_fold_and_open(page, sign_in, axe):  # noqa: F811
    built = _eight_posts()
    sign_in(learner_at(built, "ambassador"))
    _check(page, axe, KIT)
    posts = page.get_by_test_id("kit-post")
    expect(posts).to_have_count(8)
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height < 3000, f"the kit is {height} px tall with every post folded"
    unfolded = page.evaluate(
        "() => { document.querySelectorAll('details').forEach(d => d.open = true);"
        " const h = document.documentElement.scrollHeight;"
        " document.querySelectorAll('details').forEach(d => d.open = false); return h; }"
    )
    print(f"kit with 8 posts: {height} px folded, {unfolded} px unfolded")
    assert unfolded > 2 * height
    first = posts.first
    text = first.get_by_role("textbox", name="LinkedIn text of “Post number 0”")
    expect(text).to_be_hidden()
    first.locator("summary").click()
    expect(text).to_be_visible()
    # The keyboard: Tab reaches a summary, Enter opens it.
    second = posts.nth(1)
    second.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(second.get_by_role("textbox").first).to_be_visible()
    _axe_check(page, axe, KIT + " (two posts open)")


def test_the_filter_works_without_javascript(browser, browser_context_args, sign_in):
    built = _eight_posts()
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    try:
        sign_in(learner_at(built, "ambassador"), context=context)
        page = context.new_page()
        page.goto(KIT)
        page.get_by_label("Network").select_option("x")
        page.get_by_role("button", name="Show these posts").click()
        assert "network=x" in page.url
        posts = page.get_by_test_id("kit-post")
        expect(posts).to_have_count(4)  # the odd ones have an X text
        expect(posts.first.locator("[data-network]")).to_have_count(1)
        expect(page.get_by_label("Network")).to_have_value("x")
        page.get_by_label("Tier").select_option(label="Ambassador")
        page.get_by_role("button", name="Show these posts").click()
        expect(posts).to_have_count(4)
        expect(page.get_by_test_id("kit-locked")).to_have_count(0)
        page.get_by_role("link", name="Show every post").click()
        expect(posts).to_have_count(8)
    finally:
        context.close()


def test_a_bad_filter_value_is_explained(page, sign_in, axe):  # noqa: F811
    built = _eight_posts()
    sign_in(learner_at(built, "ambassador"))
    _check(page, axe, KIT + "?network=myspace&tier=pope", status=400)
    expect(page.get_by_test_id("kit-filter-error")).to_be_visible()
    expect(page.get_by_text("This network is not in the list: choose one.")).to_be_visible()
    expect(page.get_by_text("This tier is not in the list: choose one.")).to_be_visible()
    expect(page.get_by_test_id("kit-post")).to_have_count(8)
    _check(page, axe, KIT + "?tier=champion")
    expect(page.get_by_test_id("kit-filter-empty")).to_be_visible()
