"""SCIM end to end in a real browser against the live server: an administrator creates a
directory and copies its token; the "directory" (httpx, as Entra would) provisions a new
employee and later deactivates them; the employee's open browser session ends, their
certificate stays; HR reads the log. axe checks our admin pages."""

from __future__ import annotations

import re

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from certificates.models import Certificate
from lms.accounts import roles
from lms.accounts.models import User
from tests.certificates.verifying import certificate_earn
from tests.e2e.test_accessibility import AXE_OPTIONS, BLOCKING, _report
from tests.factories import build_academy, make_user

ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _axe_content(page, axe, url: str) -> None:
    # Our part of the page: Wagtail's own chrome is checked by Wagtail.
    page.wait_for_load_state("load")
    results = axe.run(page, context={"include": [["main"]]}, options=AXE_OPTIONS).response
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    blocking += [
        v for v in results["incomplete"] if v["impact"] in BLOCKING and v["id"] != "color-contrast"
    ]
    assert not blocking, _report(url, blocking)


def test_admin_token_provisions_and_deactivation_ends_the_session(
    page, browser, sign_in, axe, live_server
):
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    admin = make_user(group=None, is_superuser=True, email="ada@example.com")
    sign_in(admin)
    page.goto("/admin/provisioning/")
    _axe_content(page, axe, "/admin/provisioning/")
    page.get_by_role("link", name="New directory").click()
    _axe_content(page, axe, "/admin/provisioning/new/")
    page.get_by_label("Name").fill("Entra ID — Contoso")
    page.get_by_role("button", name="Create the directory and its token").click()
    token = page.get_by_label("Secret token").input_value()
    tenant = page.get_by_label("Tenant URL").input_value()
    assert token.startswith("pvscim_") and tenant == f"{live_server.url}/scim/v2"
    _axe_content(page, axe, "/admin/provisioning/new/ (created)")

    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"}
    with httpx.Client(base_url=tenant, headers=headers, timeout=10) as directory:
        found = directory.get("/Users", params={"filter": 'userName eq "new.hire@contoso.com"'})
        assert found.json()["totalResults"] == 0
        created = directory.post(
            "/Users",
            json={
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
                "userName": "new.hire@contoso.com",
                "externalId": "nhire",
                "name": {"givenName": "Nora", "familyName": "Hire"},
                "active": True,
                ENTERPRISE: {"employeeNumber": "C-1", "department": "Sales"},
            },
        )
        assert created.status_code == 201, created.text
        person = User.objects.get(email="new.hire@contoso.com")
        certificate = certificate_earn(built, person)

        # The employee is signed in in their own browser.
        learner_context = browser.new_context(base_url=live_server.url)
        sign_in(person, context=learner_context)
        learner_page = learner_context.new_page()
        assert learner_page.goto("/en/dashboard/").status == 200
        expect(learner_page).to_have_url(f"{live_server.url}/en/dashboard/")

        deactivated = directory.patch(
            f"/Users/{created.json()['id']}",
            json={
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                "Operations": [{"op": "Replace", "path": "active", "value": "False"}],
            },
        )
        assert deactivated.status_code == 200, deactivated.text
        assert deactivated.json()["active"] is False

    learner_page.goto("/en/dashboard/")
    expect(learner_page).to_have_url(re.compile(r"/accounts/login/"))
    learner_context.close()
    assert Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).exists()

    # HR reads the log, filtered to the deactivation.
    hr_context = browser.new_context(base_url=live_server.url)
    sign_in(make_user(group=roles.HR, email="hana@example.com"), context=hr_context)
    hr_page = hr_context.new_page()
    hr_page.goto("/admin/provisioning/log/")
    hr_page.get_by_label("Operation").select_option("update")
    hr_page.get_by_role("button", name="Filter").click()
    rows = hr_page.locator("main table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("new.hire@contoso.com")
    expect(rows.first).to_contain_text("active")
    _axe_content(hr_page, axe, "/admin/provisioning/log/")
    hr_context.close()
