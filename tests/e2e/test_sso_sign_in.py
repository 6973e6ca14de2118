"""Corporate sign-in in a real browser, through the real redirects: a new employee the
academy has never heard of clicks "Sign in with <company>", signs in on the identity
provider's own page (npm oidc-provider, or Auth0's samlp), and lands on their own
dashboard, already enrolled by HR's rules. Signing in again makes no second account;
HR's directory deactivating them through SCIM ends their session and keeps their records
and certificate."""

from __future__ import annotations

import re

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from certificates.models import Certificate
from courses.models import Enrollment, LessonCompletion
from lms.accounts.models import EnrollmentRule, User
from lms.scim.tokens import directory_create
from lms.sso.models import ExternalIdentity, IdentityProvider, Protocol
from tests.certificates.issuing import certificate_earn
from tests.e2e.test_accessibility import _axe_check, _check
from tests.factories import build_academy, make_user
from tests.sso.flows import OIDC_SECRET_ENV, SAML_ATTRS
from tests.sso.idps import OIDCIdP, SAMLIdP


@pytest.fixture(scope="module")
def axe():
    return Axe()


# Someone HR's directory knows and the academy does not, yet.
SAM = {
    "email": "sam.newhire@corp.example",
    "email_verified": True,
    "given_name": "Sam",
    "family_name": "Newhire",
    "locale": "en-GB",
    "employee_id": "E300",
    "department": "Sales",
    "team": "South",
}


@pytest.fixture
def academy(transactional_db):
    """One course with one beginner workshop, which HR's rule gives every Sales employee."""
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    rule = EnrollmentRule.objects.create(name="Sales onboarding", department="sales")
    rule.courses.add(built.courses[0])
    return built


def _click_company_button(page, company: str) -> None:
    page.goto("/en/accounts/login/")
    page.get_by_role("link", name=f"Sign in with {company}").click()


def _on_the_dashboard(page, live_server, built) -> None:
    expect(page).to_have_url(f"{live_server.url}/en/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello Sam")
    my_courses = page.get_by_test_id("my-courses")
    expect(
        my_courses.get_by_role("heading", name=built.courses[0].title, exact=True)
    ).to_be_visible()
    expect(page.get_by_test_id("next-step")).to_contain_text(
        built.lessons_of(0, "beginner")[0].title
    )


def _oidc_sign_in(page, live_server, built) -> None:
    _click_company_button(page, "Contoso")
    # The OpenID Provider's own page, on its own origin.
    expect(page.get_by_role("heading", name="Test IdP sign-in")).to_be_visible()
    assert page.url.startswith("http://127.0.0.1:") and not page.url.startswith(live_server.url)
    page.get_by_label("Login").fill("sam")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name="Sign in at the IdP").click()
    _on_the_dashboard(page, live_server, built)


def test_a_new_employee_signs_in_with_openid_connect_and_scim_later_deactivates_them(
    page, browser, live_server, academy, monkeypatch
):
    monkeypatch.setenv(OIDC_SECRET_ENV, OIDCIdP.CLIENT_SECRET)
    redirect_uri = f"{live_server.url}/sso/oidc/contoso/callback/"
    with OIDCIdP(redirect_uri=redirect_uri, accounts={"sam": SAM}) as idp:
        provider = IdentityProvider.objects.create(
            name="Contoso",
            slug="contoso",
            protocol=Protocol.OIDC,
            oidc_issuer=idp.issuer,
            oidc_client_id=idp.CLIENT_ID,
            oidc_client_secret_env=OIDC_SECRET_ENV,
            oidc_scopes="openid email profile corp",
        )
        assert not User.objects.filter(email=SAM["email"]).exists()
        _oidc_sign_in(page, live_server, academy)
        sam = User.objects.get(email=SAM["email"])
        assert (sam.profile.employee_id, sam.profile.department) == ("E300", "Sales")
        assert not sam.is_staff

        # Another day, another browser: the same account.
        again = browser.new_context(base_url=live_server.url)
        second = again.new_page()
        _oidc_sign_in(second, live_server, academy)
        again.close()
        assert User.objects.filter(email=SAM["email"]).count() == 1
        assert ExternalIdentity.objects.filter(provider=provider).count() == 1

        # Sam learns and earns a certificate.
        certificate = certificate_earn(academy, sam)

        # Sam leaves the company: HR's directory deactivates them through SCIM.
        _directory, token = directory_create(
            name="Contoso Entra ID", by=make_user(group=None, is_superuser=True)
        )
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"}
        with httpx.Client(
            base_url=f"{live_server.url}/scim/v2", headers=headers, timeout=10
        ) as scim:
            found = scim.get("/Users", params={"filter": f'userName eq "{SAM["email"]}"'})
            assert found.json()["totalResults"] == 1, found.text
            resource_id = found.json()["Resources"][0]["id"]
            deactivated = scim.patch(
                f"/Users/{resource_id}",
                json={
                    "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                    "Operations": [{"op": "Replace", "path": "active", "value": "False"}],
                },
            )
            assert deactivated.status_code == 200, deactivated.text

        # The session Sam had open ends...
        page.goto("/en/dashboard/")
        expect(page).to_have_url(re.compile(r"/accounts/login/"))
        # ...and the company button no longer lets them in (the IdP, which still knows
        # this browser, answers at once).
        _click_company_button(page, "Contoso")
        expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in failed")
        expect(page.get_by_role("alert")).to_contain_text("deactivated")

    # Their records and certificate stay, as with HR's import.
    sam.refresh_from_db()
    assert not sam.is_active
    assert Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).exists()
    assert Enrollment.objects.filter(user=sam).exists()
    assert LessonCompletion.objects.filter(user=sam).exists()
    assert User.objects.filter(email=SAM["email"]).count() == 1


def _saml_sign_in(page, live_server, built) -> None:
    _click_company_button(page, "Fabrikam")
    expect(page.get_by_role("heading", name="Test SAML IdP sign-in")).to_be_visible()
    assert not page.url.startswith(live_server.url)
    page.get_by_label("Login").fill("sam")
    page.get_by_label("Password").fill("correct horse")
    page.get_by_role("button", name="Sign in at the SAML IdP").click()
    # The IdP's page posts the signed answer to our ACS, which signs Sam in.
    _on_the_dashboard(page, live_server, built)


def test_a_new_employee_signs_in_with_saml(page, browser, live_server, academy, tmp_path):
    attributes = {
        SAML_ATTRS["email"]: SAM["email"],
        SAML_ATTRS["first_name"]: SAM["given_name"],
        SAML_ATTRS["last_name"]: SAM["family_name"],
        SAML_ATTRS["employee_id"]: SAM["employee_id"],
        SAML_ATTRS["department"]: SAM["department"],
        SAML_ATTRS["language"]: SAM["locale"],
    }
    with SAMLIdP(
        acs_url=f"{live_server.url}/sso/saml/fabrikam/acs/",
        sp_entity_id=f"{live_server.url}/sso/saml/fabrikam/metadata/",
        accounts={"sam": attributes},
        key_dir=tmp_path,
    ) as idp:
        provider = IdentityProvider.objects.create(
            name="Fabrikam",
            slug="fabrikam",
            protocol=Protocol.SAML,
            saml_metadata_url=idp.metadata_url,
            attr_email=SAML_ATTRS["email"],
            attr_first_name=SAML_ATTRS["first_name"],
            attr_last_name=SAML_ATTRS["last_name"],
            attr_employee_id=SAML_ATTRS["employee_id"],
            attr_department=SAML_ATTRS["department"],
            attr_language=SAML_ATTRS["language"],
        )
        # The address the admin gave the IdP answers with our SP metadata.
        metadata = page.request.get(f"/sso/saml/{provider.slug}/metadata/")
        assert metadata.ok and f"{live_server.url}/sso/saml/fabrikam/acs/" in metadata.text()

        _saml_sign_in(page, live_server, academy)
        sam = User.objects.get(email=SAM["email"])
        assert (sam.first_name, sam.profile.employee_id) == ("Sam", "E300")

        again = browser.new_context(base_url=live_server.url)
        _saml_sign_in(again.new_page(), live_server, academy)
        again.close()
    assert User.objects.filter(email=SAM["email"]).count() == 1
    assert ExternalIdentity.objects.filter(provider=provider, user=sam).count() == 1
    assert Enrollment.objects.filter(user=sam).count() == 1


# --- The buttons: finished, accessible, at phone width ----------------------------------------


def _two_providers():
    IdentityProvider.objects.create(
        name="Contoso",
        slug="contoso",
        protocol=Protocol.OIDC,
        oidc_issuer="https://login.contoso.example/v2.0",
        oidc_client_id="academy",
    )
    IdentityProvider.objects.create(
        name="Fabrikam Workforce Identity (Europe)",
        slug="fabrikam",
        protocol=Protocol.SAML,
        saml_metadata_url="https://idp.fabrikam.example/metadata",
    )


@pytest.mark.parametrize(
    ("language", "first", "error_title"),
    [
        ("en", "Sign in with Contoso", "Sign-in failed"),
        ("fr", "Se connecter avec Contoso", "Échec de la connexion"),
    ],
)
def test_the_company_buttons_pass_axe_and_fit_a_phone(
    page, transactional_db, axe, language, first, error_title
):
    build_academy(courses=1, lessons=1, levels=("beginner",))
    _two_providers()
    page.set_viewport_size({"width": 390, "height": 844})
    _check(page, axe, f"/{language}/accounts/login/")
    buttons = page.locator(".sso-button")
    expect(buttons).to_have_count(2)
    expect(page.get_by_role("link", name=first)).to_be_visible()
    # Nothing wider than the phone; each button spans the card and is a comfortable target.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    card = page.locator(".form-card").bounding_box()
    for index in range(2):
        box = buttons.nth(index).bounding_box()
        assert box["height"] >= 44, box
        assert box["x"] >= card["x"] and box["x"] + box["width"] <= card["x"] + card["width"] + 1
    # The long name wraps inside its button instead of overflowing it.
    long_one = buttons.nth(1)
    assert long_one.evaluate("el => el.scrollWidth <= el.clientWidth")
    # Keyboard focus shows the site's focus ring.
    long_one.focus()
    outline = long_one.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline == "solid", outline
    # The error page a failed sign-in lands on, in the same language.
    response = page.goto(f"/sso/nope/start/?lang={language}")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text(error_title)
    _axe_check(page, axe, "/sso/nope/start/")
