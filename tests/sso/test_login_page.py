"""The sign-in page with company sign-in configured: one link per enabled provider, and the
"hide the password form for learners" option. No IdP needed: nothing here leaves the page."""

import pytest

from lms.accounts import roles
from lms.sso.models import IdentityProvider, Protocol
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"


def _provider(**fields):
    values = {
        "name": "Contoso",
        "slug": "contoso",
        "protocol": Protocol.OIDC,
        "oidc_issuer": "https://login.contoso.example/v2.0",
        "oidc_client_id": "academy",
        **fields,
    }
    return IdentityProvider.objects.create(**values)


def test_one_link_per_enabled_provider_keeping_where_the_person_was_going(client):
    _provider()
    _provider(name="Fabrikam", slug="fabrikam", protocol=Protocol.SAML, oidc_issuer="")
    _provider(name="Old", slug="old", enabled=False)
    body = client.get(LOGIN + "?next=/en/catalogue/").content.decode()
    assert 'href="/sso/contoso/start/?next=/en/catalogue/&amp;lang=en"' in body
    assert 'href="/sso/fabrikam/start/?next=/en/catalogue/&amp;lang=en"' in body
    assert "Sign in with Contoso" in body and "Sign in with Fabrikam" in body
    assert "Sign in with Old" not in body
    # The password form stays beside them unless an admin hid it.
    assert 'name="password"' in body


def test_no_provider_no_company_section(client):
    body = client.get(LOGIN).content.decode()
    assert "sso-buttons" not in body
    assert 'name="password"' in body


def test_the_french_page_names_the_company_in_french(client):
    _provider()
    body = client.get("/fr/accounts/login/").content.decode()
    assert "Se connecter avec Contoso" in body


def test_hidden_password_form_learners_use_the_button_staff_keep_a_way_in(client):
    roles.roles_sync()
    _provider(hide_password_form=True)
    body = client.get(LOGIN).content.decode()
    assert 'name="password"' not in body
    assert "Staff: sign in with a password" in body
    assert 'name="password"' in client.get(LOGIN + "?password=1").content.decode()

    learner = make_user(email="lea@corp.example")
    refused = client.post(LOGIN + "?password=1", {"username": learner.email, "password": PASSWORD})
    assert refused.status_code == 200
    assert "Sign in with your company account" in refused.content.decode()
    assert "_auth_user_id" not in client.session

    staff = make_user(email="hana@corp.example", group=roles.HR)
    assert staff.is_staff
    signed_in = client.post(LOGIN + "?password=1", {"username": staff.email, "password": PASSWORD})
    assert signed_in.status_code == 302
    assert int(client.session["_auth_user_id"]) == staff.pk
