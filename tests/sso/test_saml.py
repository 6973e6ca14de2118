"""SAML 2.0 sign-in against a real SAML IdP (Auth0's npm samlp, tools/sso/saml-idp.js) on
127.0.0.1: its signed answers go through python3-saml; the refusals are the branded sign-in
error page with a 4xx, no account and no session, never a 500 (the test client re-raises
any exception a view lets out)."""

from __future__ import annotations

import base64
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import etree

from courses.models import Enrollment
from lms.accounts import roles
from lms.accounts.models import EnrollmentRule, LearnerProfile, User
from lms.sso.models import ExternalIdentity, RoleMapping, SeenAssertion
from tests.factories import make_user
from tests.lrs import free_port
from tests.sso.conftest import SP
from tests.sso.flows import (
    sales_rule,
    saml_accounts,
    saml_idp_answer,
    saml_idp_initiated,
    saml_provider,
    saml_sign_in,
)
from tests.sso.idps import SAMLIdP

pytestmark = pytest.mark.django_db

ACS = "/sso/saml/corp-saml/acs/"
ACS_URL = f"{SP}{ACS}"
ENTITY_ID = f"{SP}/sso/saml/corp-saml/metadata/"
MD = "urn:oasis:names:tc:SAML:2.0:metadata"


def _other_idp(tmp_path, **options) -> SAMLIdP:
    """Another real IdP for the academy's SP, configured to misbehave as the test says."""
    return SAMLIdP(
        acs_url=ACS_URL,
        sp_entity_id=ENTITY_ID,
        accounts=saml_accounts(),
        key_dir=tmp_path,
        key_name="other",
        **options,
    )


def _refused(response, status, code, *, language="en"):
    assert response.status_code == status, response.content[:800]
    body = response.content.decode()
    assert f"{code}" in body
    assert ("Sign-in failed" if language == "en" else "Échec de la connexion") in body
    # Branded: the academy's own page (header, brand name), not a bare error.
    assert 'class="brand__name"' in body
    assert "_auth_user_id" not in response.wsgi_request.session
    return body


def _nothing_written():
    assert not User.objects.exists()
    assert not ExternalIdentity.objects.exists()


# --- Signing in ------------------------------------------------------------------------------


def test_sp_initiated_a_new_employee_is_created_with_the_profile_and_enrolled(client, saml_idp):
    course = sales_rule()
    provider = saml_provider(saml_idp)
    response, fields = saml_sign_in(client, saml_idp)
    assert fields["RelayState"], "the academy's request travels with its RelayState"
    assert response.status_code == 302, response.content[:500]
    # preferredlanguage fr-FR: she lands on her dashboard in French.
    assert response["Location"] == "/fr/dashboard/"
    user = User.objects.get(email="jane.doe@corp.example")
    assert (user.first_name, user.last_name, user.is_staff) == ("Jane", "Doe", False)
    profile = user.profile
    assert (profile.employee_id, profile.department, profile.team) == ("E100", "Sales", "North")
    assert (profile.manager_email, profile.preferred_language) == ("boss@corp.example", "fr")
    assert list(user.groups.values_list("name", flat=True)) == [roles.LEARNERS]
    assert not user.has_usable_password()
    # The persistent NameID is who she is at this IdP.
    assert ExternalIdentity.objects.get(provider=provider, user=user).subject == "jane"
    assert Enrollment.objects.filter(user=user, course_key=course.translation_key).exists()
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.get("/fr/dashboard/").status_code == 200


def test_idp_initiated_sign_in_from_the_company_portal(client, saml_idp):
    course = sales_rule()
    saml_provider(saml_idp)
    fields = saml_idp_initiated(saml_idp)
    assert not fields.get("RelayState")
    response = client.post(ACS, fields)
    assert response.status_code == 302, response.content[:500]
    user = User.objects.get(email="jane.doe@corp.example")
    assert int(client.session["_auth_user_id"]) == user.pk
    assert Enrollment.objects.filter(user=user, course_key=course.translation_key).exists()


def test_an_idp_that_signs_the_response_and_the_assertion_is_accepted(client, tmp_path):
    with _other_idp(tmp_path, sign_response=True) as idp:
        saml_provider(idp)
        response, _fields = saml_sign_in(client, idp)
    assert response.status_code == 302, response.content[:500]
    assert User.objects.filter(email="jane.doe@corp.example").exists()


def test_signing_in_again_updates_the_profile_and_creates_no_second_account(client, saml_idp):
    provider = saml_provider(saml_idp)
    saml_sign_in(client, saml_idp)
    user = User.objects.get(email="jane.doe@corp.example")
    LearnerProfile.objects.filter(user=user).update(team="Old team", department="Old")
    User.objects.filter(pk=user.pk).update(first_name="Janet")
    client.logout()
    response, _fields = saml_sign_in(client, saml_idp)
    assert response.status_code == 302
    assert User.objects.count() == 1
    assert ExternalIdentity.objects.filter(provider=provider).count() == 1
    user.refresh_from_db()
    assert user.first_name == "Jane"
    assert (user.profile.team, user.profile.department) == ("North", "Sales")
    # IdP-initiated this time: still the same person.
    client.logout()
    assert client.post(ACS, saml_idp_initiated(saml_idp)).status_code == 302
    assert User.objects.count() == 1
    assert int(client.session["_auth_user_id"]) == user.pk


def test_an_existing_account_is_linked_by_email(client, saml_idp):
    provider = saml_provider(saml_idp)
    existing = make_user(email="jane.doe@corp.example", employee_id="")
    response, _fields = saml_sign_in(client, saml_idp)
    assert response.status_code == 302
    assert User.objects.count() == 1
    assert ExternalIdentity.objects.get(provider=provider).user_id == existing.pk
    assert int(client.session["_auth_user_id"]) == existing.pk
    existing.refresh_from_db()
    assert existing.profile.employee_id == "E100"  # HR had none: the IdP's is taken


def test_an_existing_account_is_linked_by_employee_id(client, saml_idp):
    provider = saml_provider(saml_idp)
    existing = make_user(email="jane.old@corp.example", employee_id="E100")
    response, _fields = saml_sign_in(client, saml_idp)
    assert response.status_code == 302
    assert User.objects.count() == 1
    assert ExternalIdentity.objects.get(provider=provider).user_id == existing.pk
    existing.refresh_from_db()
    assert existing.email == "jane.doe@corp.example"


def test_staff_role_only_by_mapping_and_mfa_trusted_only_when_asserted(client, saml_idp, settings):
    settings.LMS_STAFF_2FA_REQUIRED = True
    roles.roles_sync()
    provider = saml_provider(saml_idp, trust_idp_mfa=True)
    saml_sign_in(client, saml_idp, login="hr-lead", mfa=True)
    lead = User.objects.get(email="hr.lead@corp.example")
    assert not lead.is_staff  # the IdP lists academy-hr, but no admin mapped it
    client.logout()
    RoleMapping.objects.create(provider=provider, idp_group="academy-hr", role=roles.HR)
    saml_sign_in(client, saml_idp, login="hr-lead", mfa=False)
    lead.refresh_from_db()
    assert lead.is_staff and lead.groups.filter(name=roles.HR).exists()
    # A password-only sign-in at the IdP: the academy's own second factor is still asked.
    response = client.get("/admin/")
    assert response.status_code == 302 and "/two-factor/" in response["Location"]
    client.logout()
    # Entra's authnmethodsreferences says multipleauthn: trusted, as the admin allowed.
    saml_sign_in(client, saml_idp, login="hr-lead", mfa=True)
    assert client.get("/admin/").status_code == 200


# --- Our SP metadata -------------------------------------------------------------------------


def test_the_sp_metadata_names_our_entity_id_and_acs_and_wants_signed_assertions(client):
    from lms.sso.models import IdentityProvider, Protocol

    # The IdP need not be reachable: the metadata is what an admin gives it first.
    IdentityProvider.objects.create(
        name="Corp SAML",
        slug="corp-saml",
        protocol=Protocol.SAML,
        saml_metadata_url=f"http://127.0.0.1:{free_port()}/metadata",
    )
    response = client.get("/sso/saml/corp-saml/metadata/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = etree.fromstring(response.content)
    assert root.tag == f"{{{MD}}}EntityDescriptor"
    assert root.get("entityID") == ENTITY_ID
    sp = root.find(f"{{{MD}}}SPSSODescriptor")
    assert sp.get("WantAssertionsSigned") == "true"
    assert "urn:oasis:names:tc:SAML:2.0:protocol" in sp.get("protocolSupportEnumeration")
    acs = sp.find(f"{{{MD}}}AssertionConsumerService")
    assert acs.get("Location") == ACS_URL
    assert acs.get("Binding") == "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"


def test_the_metadata_of_an_unknown_or_oidc_provider_is_a_404(client, oidc_idp):
    from tests.sso.flows import oidc_provider

    _refused(client.get("/sso/saml/nope/metadata/"), 404, "unknown_idp")
    oidc_provider(oidc_idp)
    _refused(client.get("/sso/saml/corp/metadata/"), 404, "unknown_idp")


# --- Refusals ---------------------------------------------------------------------------------


def test_an_unsigned_assertion_is_refused(client, tmp_path):
    with _other_idp(tmp_path, sign_assertion=False) as idp:
        saml_provider(idp)
        fields = saml_idp_initiated(idp)
        assert b"Signature" not in base64.b64decode(fields["SAMLResponse"])
        _refused(client.post(ACS, fields), 400, "saml_invalid")
    _nothing_written()


def test_a_signed_response_with_an_unsigned_assertion_is_refused(client, tmp_path):
    with _other_idp(tmp_path, sign_assertion=False, sign_response=True) as idp:
        saml_provider(idp)
        xml = base64.b64decode(saml_idp_initiated(idp)["SAMLResponse"])
        assert b"Signature" in xml  # the Response is signed, the assertion is not
        _refused(client.post(ACS, {"SAMLResponse": base64.b64encode(xml).decode()}), 400, "saml")
    _nothing_written()


def test_an_assertion_altered_after_signing_is_refused(client, saml_idp):
    saml_provider(saml_idp)
    fields = saml_idp_initiated(saml_idp)
    xml = base64.b64decode(fields["SAMLResponse"])
    assert b"jane.doe@corp.example" in xml
    forged = xml.replace(b"jane.doe@corp.example", b"mallory@corp.example")
    response = client.post(ACS, {"SAMLResponse": base64.b64encode(forged).decode()})
    _refused(response, 400, "saml_invalid")
    _nothing_written()


def test_an_assertion_signed_with_another_key_is_refused(client, saml_idp, tmp_path):
    """An impostor posing as the company's IdP (same issuer), signing with its own key."""
    saml_provider(saml_idp)
    real_issuer = saml_idp.metadata_url
    with _other_idp(tmp_path, issuer=real_issuer) as impostor:
        fields = saml_idp_initiated(impostor)
    _refused(client.post(ACS, fields), 400, "saml_invalid")
    _nothing_written()


def test_an_assertion_for_another_audience_is_refused(client, tmp_path):
    with _other_idp(tmp_path, audience="https://another-app.example/saml") as idp:
        saml_provider(idp)
        fields = saml_idp_initiated(idp)
        _refused(client.post(ACS, fields), 400, "saml_invalid")
    _nothing_written()


def test_an_expired_assertion_is_refused(client, tmp_path):
    # Expired 15 minutes ago: beyond the toolkit's allowed clock drift (300 s).
    with _other_idp(tmp_path, lifetime=-900) as idp:
        saml_provider(idp)
        fields = saml_idp_initiated(idp)
        _refused(client.post(ACS, fields), 400, "saml_invalid")
    _nothing_written()


def test_a_replayed_assertion_is_refused(client, saml_idp):
    """Someone who captured the posted form (a shared computer's history, a proxy log) posts
    it again from their own browser: refused, whoever signed in first stays the only one."""
    saml_provider(saml_idp)
    fields = saml_idp_initiated(saml_idp)
    assert client.post(ACS, fields).status_code == 302
    jane = User.objects.get()
    attacker = Client()
    _refused(attacker.post(ACS, fields), 400, "saml_replayed")
    assert User.objects.count() == 1
    assert SeenAssertion.objects.count() == 1
    # The same goes for an SP-initiated answer, RelayState and all.
    client.logout()
    response, answer = saml_sign_in(client, saml_idp)
    assert response.status_code == 302
    _refused(Client().post(ACS, answer), 400, "saml_replayed")
    assert User.objects.get() == jane


def test_an_answer_to_another_request_is_refused(client, saml_idp):
    """An answer made for one sign-in, posted with the RelayState of another (or none)."""
    saml_provider(saml_idp)
    first = client.get("/sso/corp-saml/start/")
    second = client.get("/sso/corp-saml/start/")
    answer = saml_idp_answer(saml_idp, first["Location"])
    other = saml_idp_answer(saml_idp, second["Location"])
    mixed = {"SAMLResponse": answer["SAMLResponse"], "RelayState": other["RelayState"]}
    _refused(client.post(ACS, mixed), 400, "saml_unsolicited_mismatch")
    bare = {"SAMLResponse": other["SAMLResponse"]}
    _refused(client.post(ACS, bare), 400, "saml_unsolicited_mismatch")
    _nothing_written()


def test_an_answer_for_an_unknown_or_disabled_idp_is_refused(client, saml_idp):
    provider = saml_provider(saml_idp)
    fields = saml_idp_initiated(saml_idp)
    _refused(client.post("/sso/saml/nope/acs/", fields), 404, "unknown_idp")
    _refused(client.get("/sso/nope/start/"), 404, "unknown_idp")
    provider.enabled = False
    provider.save()
    _refused(client.post(ACS, fields), 404, "unknown_idp")
    _refused(client.get("/sso/corp-saml/start/"), 404, "unknown_idp")
    _nothing_written()


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"SAMLResponse": ""},
        {"SAMLResponse": "not base64 at all!"},
        {"SAMLResponse": base64.b64encode(b"<not-closed").decode()},
        {"SAMLResponse": base64.b64encode(b"<Response>hello</Response>").decode()},
    ],
    ids=["nothing", "empty", "not-base64", "broken-xml", "not-saml"],
)
def test_garbage_posted_to_the_acs_is_a_clear_page(client, saml_idp, body):
    saml_provider(saml_idp)
    body = _refused(client.post(ACS, body), 400, "saml_")
    _nothing_written()


@pytest.mark.parametrize(
    "language, title, message",
    [
        ("en", "Sign-in failed", "Your company&#x27;s sign-in answer could not be trusted."),
        ("fr", "Échec de la connexion", "La réponse de connexion de votre entreprise n&#x27;est"),
    ],
)
def test_the_error_page_speaks_the_browser_language(client, saml_idp, language, title, message):
    saml_provider(saml_idp)
    fields = saml_idp_initiated(saml_idp)
    xml = base64.b64decode(fields["SAMLResponse"]).replace(b"Jane", b"Mallory")
    response = client.post(
        ACS, {"SAMLResponse": base64.b64encode(xml).decode()}, HTTP_ACCEPT_LANGUAGE=language
    )
    body = _refused(response, 400, "saml_invalid", language=language)
    assert f'<html lang="{language}">' in body
    assert title in body and message in body
    back = re.search(r'<a class="button" href="([^"]+)">([^<]+)</a>', body)
    assert back.groups() == (
        ("/fr/accounts/login/", "Retour à la connexion")
        if language == "fr"
        else ("/en/accounts/login/", "Back to sign-in")
    )
    _nothing_written()


def test_an_unreachable_idp_is_a_clear_page(client):
    from lms.sso.models import IdentityProvider, Protocol

    IdentityProvider.objects.create(
        name="Down",
        slug="down",
        protocol=Protocol.SAML,
        saml_metadata_url=f"http://127.0.0.1:{free_port()}/metadata",
    )
    _refused(client.get("/sso/down/start/"), 502, "idp_unavailable")
    _refused(client.post("/sso/saml/down/acs/", {"SAMLResponse": "eA=="}), 502, "idp_unavailable")


def test_the_acs_queries_are_constant_as_the_academy_grows(client, saml_idp):
    saml_provider(saml_idp)
    course = sales_rule()

    def acs_queries():
        client.logout()
        fields = saml_idp_initiated(saml_idp)
        with CaptureQueriesContext(connection) as queries:
            response = client.post(ACS, fields)
        assert response.status_code == 302
        return len(queries)

    acs_queries()  # the first sign-in creates Jane
    small = acs_queries()
    for n in range(30):
        make_user(email=f"other{n}@corp.example", department="Sales")
    for n in range(5):
        EnrollmentRule.objects.create(name=f"Rule {n}", department="Sales").courses.add(course)
    large = acs_queries()
    assert small == large
    assert large <= 22, large


def test_a_refusal_answers_in_the_language_of_the_sign_in_page_left_from(client, saml_idp):
    """The ACS is outside the language prefixes: the French sign-in page's button remembers
    French for the way back, whatever the browser's Accept-Language says."""
    saml_provider(saml_idp)
    start = client.get("/sso/corp-saml/start/?lang=fr")
    answer = saml_idp_answer(saml_idp, start["Location"])
    xml = base64.b64decode(answer["SAMLResponse"]).replace(b"Jane", b"Mallory")
    forged = {"SAMLResponse": base64.b64encode(xml).decode(), "RelayState": answer["RelayState"]}
    response = client.post(ACS, forged, HTTP_ACCEPT_LANGUAGE="en")
    body = _refused(response, 400, "saml_invalid", language="fr")
    assert '<html lang="fr">' in body
    _nothing_written()
