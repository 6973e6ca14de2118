"""Drive the real IdPs' pages as a browser would, without a browser: the sign-in tests
that need no JavaScript go through every redirect with httpx (the IdP side) and Django's
test client (the academy side)."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

import httpx

from lms.sso.models import IdentityProvider, Protocol

OIDC_SECRET_ENV = "PV_TEST_OIDC_CLIENT_SECRET"

# People the test IdPs know. Jane is new to the academy; the others are set up by tests.
JANE = {
    "email": "jane.doe@corp.example",
    "email_verified": True,
    "given_name": "Jane",
    "family_name": "Doe",
    "locale": "fr-FR",
    "employee_id": "E100",
    "department": "Sales",
    "team": "North",
    "manager": "boss@corp.example",
    "groups": ["everyone"],
}
ACCOUNTS = {
    "jane": JANE,
    "hr-lead": {
        "email": "hr.lead@corp.example",
        "given_name": "Harriet",
        "family_name": "Lead",
        "employee_id": "E200",
        "department": "People",
        "groups": ["everyone", "academy-hr"],
    },
    "no-mail": {"given_name": "Nomail"},
}

# The same people as SAML attributes (Entra ID's claim names for the standard ones).
SAML_ATTRS = {
    "email": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    "first_name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
    "last_name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
    "employee_id": "employeeid",
    "department": "department",
    "team": "team",
    "manager": "manager",
    "language": "preferredlanguage",
    "groups": "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
}


def saml_accounts() -> dict[str, dict]:
    out = {}
    for login, person in ACCOUNTS.items():
        attrs = {}
        for ours, theirs in (
            ("email", "email"),
            ("given_name", "first_name"),
            ("family_name", "last_name"),
            ("employee_id", "employee_id"),
            ("department", "department"),
            ("team", "team"),
            ("manager", "manager"),
            ("locale", "language"),
            ("groups", "groups"),
        ):
            if ours in person:
                attrs[SAML_ATTRS[theirs]] = person[ours]
        out[login] = attrs
    return out


def sales_rule():
    """A small academy and the HR import's rule "Sales people take course 0"; the course."""
    from lms.accounts.models import EnrollmentRule
    from tests.factories import build_academy

    course = build_academy(courses=1, lessons=1).courses[0]
    EnrollmentRule.objects.create(name="Sales onboarding", department="sales").courses.add(course)
    return course


def oidc_provider(idp, *, slug="corp", **fields) -> IdentityProvider:
    values = {
        "name": "Corp",
        "slug": slug,
        "protocol": Protocol.OIDC,
        "oidc_issuer": idp.issuer,
        "oidc_client_id": idp.CLIENT_ID,
        "oidc_client_secret_env": OIDC_SECRET_ENV,
        "oidc_scopes": "openid email profile corp",
        "attr_manager": "manager",
        **fields,
    }
    return IdentityProvider.objects.create(**values)


def saml_provider(idp, *, slug="corp-saml", **fields) -> IdentityProvider:
    values = {
        "name": "Corp SAML",
        "slug": slug,
        "protocol": Protocol.SAML,
        "saml_metadata_url": idp.metadata_url,
        "attr_email": SAML_ATTRS["email"],
        "attr_first_name": SAML_ATTRS["first_name"],
        "attr_last_name": SAML_ATTRS["last_name"],
        "attr_employee_id": SAML_ATTRS["employee_id"],
        "attr_department": SAML_ATTRS["department"],
        "attr_team": SAML_ATTRS["team"],
        "attr_manager": SAML_ATTRS["manager"],
        "attr_language": SAML_ATTRS["language"],
        "attr_groups": SAML_ATTRS["groups"],
        **fields,
    }
    return IdentityProvider.objects.create(**values)


def _follow_idp(browser: httpx.Client, response: httpx.Response, idp_base: str) -> httpx.Response:
    """Follow redirects while they stay on the IdP; return the first that leaves it."""
    while response.status_code in (302, 303):
        location = str(response.headers["location"])
        absolute = str(response.url.join(location))
        if not absolute.startswith(idp_base):
            return response
        response = browser.get(absolute)
    return response


def oidc_code_url(idp, authorize_url: str, *, login: str = "jane", mfa: bool = False) -> str:
    """Sign in at the real OpenID Provider; the academy callback URL (code, state) it sends
    the browser to."""
    with httpx.Client(follow_redirects=False, timeout=10) as browser:
        response = _follow_idp(browser, browser.get(authorize_url), idp.base_url)
        assert response.status_code == 200, response.text
        interaction = urlsplit(str(response.url)).path
        response = browser.post(
            idp.base_url + interaction + "/login",
            data={"login": login, "password": "anything", **({"mfa": "1"} if mfa else {})},
        )
        response = _follow_idp(browser, response, idp.base_url)
        assert response.status_code in (302, 303), response.text
        return str(response.headers["location"])


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def oidc_sign_in(client, idp, *, slug="corp", login="jane", mfa=False, next_url=""):
    """The whole OIDC sign-in through the academy's test client; its last response."""
    start = client.get(f"/sso/{slug}/start/", {"next": next_url} if next_url else {})
    assert start.status_code == 302, start.content
    return client.get(local(oidc_code_url(idp, start["Location"], login=login, mfa=mfa)))


_FORM_INPUT = re.compile(r'name="(SAMLResponse|RelayState)"\s+value="([^"]*)"')


def saml_form(html: str) -> dict[str, str]:
    """The SAMLResponse (and RelayState) the IdP's auto-submitting form would post."""
    fields = {name: unescape(value) for name, value in _FORM_INPUT.findall(html)}
    assert "SAMLResponse" in fields, html[:2000]
    return fields


def saml_idp_answer(idp, redirect_url: str, *, login="jane", mfa=False) -> dict[str, str]:
    """SP-initiated: the IdP's answer to the academy's AuthnRequest, signed in as `login`."""
    url = f"{redirect_url}&login={login}" + ("&mfa=1" if mfa else "")
    response = httpx.get(url, timeout=10)
    assert response.status_code == 200, response.text
    return saml_form(response.text)


def saml_idp_initiated(idp, *, login="jane", mfa=False) -> dict[str, str]:
    response = httpx.get(
        idp.base_url + "/idp-init", params={"login": login, "mfa": "1" if mfa else ""}, timeout=10
    )
    assert response.status_code == 200, response.text
    return saml_form(response.text)


def saml_sign_in(client, idp, *, slug="corp-saml", login="jane", mfa=False):
    start = client.get(f"/sso/{slug}/start/")
    assert start.status_code == 302, start.content
    fields = saml_idp_answer(idp, start["Location"], login=login, mfa=mfa)
    return client.post(f"/sso/saml/{slug}/acs/", fields), fields
