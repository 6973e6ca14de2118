"""OpenID Connect sign-in against a real OpenID Provider (npm oidc-provider) on 127.0.0.1."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment
from lms.accounts import roles
from lms.accounts.models import EnrollmentRule, LearnerProfile, User
from lms.sso.models import ExternalIdentity, RoleMapping
from tests.factories import make_user
from tests.sso.flows import local, oidc_code_url, oidc_provider, oidc_sign_in, sales_rule

pytestmark = pytest.mark.django_db


def test_a_new_employee_signs_in_and_is_created_enrolled_by_the_rules(client, oidc_idp):
    course = sales_rule()
    provider = oidc_provider(oidc_idp)
    response = oidc_sign_in(client, oidc_idp)
    assert response.status_code == 302
    # Jane's IdP says fr-FR: she lands on her dashboard in French.
    assert response["Location"] == "/fr/dashboard/"
    user = User.objects.get(email="jane.doe@corp.example")
    assert (user.first_name, user.last_name, user.is_staff) == ("Jane", "Doe", False)
    profile = user.profile
    assert (profile.employee_id, profile.department, profile.team) == ("E100", "Sales", "North")
    assert profile.manager_email == "boss@corp.example"
    assert profile.preferred_language == "fr"
    assert list(user.groups.values_list("name", flat=True)) == [roles.LEARNERS]
    assert not user.has_usable_password()
    assert ExternalIdentity.objects.get(provider=provider, user=user).subject == "jane"
    assert Enrollment.objects.filter(user=user, course_key=course.translation_key).exists()
    assert client.get("/fr/dashboard/").status_code == 200
    assert int(client.session["_auth_user_id"]) == user.pk


def _refused(response, status, code):
    assert response.status_code == status, response.content[:500]
    assert f"{code}".encode() in response.content
    assert b"Sign-in failed" in response.content
    assert "_auth_user_id" not in response.wsgi_request.session


def test_signing_in_again_updates_the_profile_and_creates_no_second_account(client, oidc_idp):
    provider = oidc_provider(oidc_idp)
    oidc_sign_in(client, oidc_idp)
    user = User.objects.get(email="jane.doe@corp.example")
    LearnerProfile.objects.filter(user=user).update(team="Old team", department="Old")
    User.objects.filter(pk=user.pk).update(first_name="Janet")
    client.logout()
    response = oidc_sign_in(client, oidc_idp)
    assert response.status_code == 302
    assert User.objects.filter(email="jane.doe@corp.example").count() == 1
    assert ExternalIdentity.objects.filter(provider=provider).count() == 1
    user.refresh_from_db()
    assert user.first_name == "Jane"
    assert (user.profile.team, user.profile.department) == ("North", "Sales")
    assert ExternalIdentity.objects.get(provider=provider).last_sign_in_at is not None


def test_an_existing_account_is_linked_by_email_never_duplicated(client, oidc_idp):
    provider = oidc_provider(oidc_idp)
    existing = make_user(email="jane.doe@corp.example", employee_id="")
    response = oidc_sign_in(client, oidc_idp)
    assert response.status_code == 302
    assert User.objects.filter(email="jane.doe@corp.example").count() == 1
    assert ExternalIdentity.objects.get(provider=provider).user_id == existing.pk
    assert int(client.session["_auth_user_id"]) == existing.pk
    # The password they had still works: SSO adds a way in, it takes none away.
    assert User.objects.get(pk=existing.pk).has_usable_password()


def test_an_existing_account_is_linked_by_employee_id_and_gets_the_idp_email(client, oidc_idp):
    oidc_provider(oidc_idp)
    existing = make_user(email="jane.old@corp.example", employee_id="E100")
    oidc_sign_in(client, oidc_idp)
    existing.refresh_from_db()
    assert existing.email == "jane.doe@corp.example"
    assert User.objects.count() == 1


def test_email_and_employee_id_of_two_different_accounts_is_refused(client, oidc_idp):
    oidc_provider(oidc_idp)
    make_user(email="jane.doe@corp.example", employee_id="E999")
    make_user(email="someone@corp.example", employee_id="E100")
    response = oidc_sign_in(client, oidc_idp)
    _refused(response, 409, "conflict")
    assert not ExternalIdentity.objects.exists()


def test_a_deactivated_account_cannot_sign_in_by_sso(client, oidc_idp):
    provider = oidc_provider(oidc_idp)
    oidc_sign_in(client, oidc_idp)
    client.logout()
    User.objects.filter(email="jane.doe@corp.example").update(is_active=False)
    response = oidc_sign_in(client, oidc_idp)
    _refused(response, 403, "inactive")
    assert ExternalIdentity.objects.filter(provider=provider).count() == 1
    # Matched by e-mail, never linked: the same.
    client.logout()
    make_user(email="hr.lead@corp.example", employee_id="").__class__.objects.filter(
        email="hr.lead@corp.example"
    ).update(is_active=False)
    _refused(oidc_sign_in(client, oidc_idp, login="hr-lead"), 403, "inactive")
    assert ExternalIdentity.objects.filter(provider=provider).count() == 1


def test_no_staff_role_from_an_idp_group_unless_an_admin_mapped_it(client, oidc_idp):
    roles.roles_sync()
    provider = oidc_provider(oidc_idp)
    oidc_sign_in(client, oidc_idp, login="hr-lead")
    lead = User.objects.get(email="hr.lead@corp.example")
    assert not lead.is_staff
    assert list(lead.groups.values_list("name", flat=True)) == [roles.LEARNERS]
    client.logout()
    RoleMapping.objects.create(provider=provider, idp_group="academy-hr", role=roles.HR)
    oidc_sign_in(client, oidc_idp, login="hr-lead")
    lead.refresh_from_db()
    assert lead.is_staff
    assert set(lead.groups.values_list("name", flat=True)) == {roles.LEARNERS, roles.HR}
    # Jane is not in the group: mapped or not, she stays a learner.
    client.logout()
    oidc_sign_in(client, oidc_idp, login="jane")
    assert not User.objects.get(email="jane.doe@corp.example").is_staff
    # The admin moves the mapping to another group: the role granted through it goes.
    client.logout()
    RoleMapping.objects.filter(provider=provider).update(idp_group="other-group")
    oidc_sign_in(client, oidc_idp, login="hr-lead")
    lead.refresh_from_db()
    assert not lead.is_staff
    assert not lead.groups.filter(name=roles.HR).exists()
    assert Group.objects.filter(name=roles.HR).exists()


def test_unknown_or_disabled_identity_provider_is_a_clear_404(client, oidc_idp):
    _refused(client.get("/sso/nope/start/"), 404, "unknown_idp")
    _refused(client.get("/sso/oidc/nope/callback/?code=x&state=y"), 404, "unknown_idp")
    provider = oidc_provider(oidc_idp, enabled=False)
    _refused(client.get(f"/sso/{provider.slug}/start/"), 404, "unknown_idp")


def test_a_tampered_state_is_refused_and_creates_no_account(client, oidc_idp):
    oidc_provider(oidc_idp)
    start = client.get("/sso/corp/start/")
    callback = oidc_code_url(oidc_idp, start["Location"])
    tampered = callback.replace("state=", "state=x")
    _refused(client.get(local(tampered)), 400, "oidc_mismatching_state")
    assert not User.objects.exists()


def test_a_code_from_another_browser_is_refused_by_pkce(client, oidc_idp):
    """Someone else's code with my state: the IdP refuses it, as my PKCE verifier and nonce
    are not the ones it was issued for."""
    from django.test import Client

    oidc_provider(oidc_idp)
    mine = client.get("/sso/corp/start/")
    attacker = Client()
    theirs = attacker.get("/sso/corp/start/")
    their_callback = oidc_code_url(oidc_idp, theirs["Location"])
    my_state = dict(part.split("=", 1) for part in mine["Location"].split("?", 1)[1].split("&"))[
        "state"
    ]
    code = dict(part.split("=", 1) for part in their_callback.split("?", 1)[1].split("&"))["code"]
    response = client.get(f"/sso/oidc/corp/callback/?code={code}&state={my_state}")
    _refused(response, 400, "oidc_invalid_grant")
    assert not User.objects.exists()


def test_an_error_answer_from_the_idp_is_a_clear_page(client, oidc_idp):
    oidc_provider(oidc_idp)
    client.get("/sso/corp/start/")
    response = client.get("/sso/oidc/corp/callback/?error=access_denied&state=abc")
    _refused(response, 400, "oidc_access_denied")


def test_no_email_from_the_idp_creates_no_account(client, oidc_idp):
    oidc_provider(oidc_idp)
    _refused(oidc_sign_in(client, oidc_idp, login="no-mail"), 400, "no_email")
    assert not User.objects.exists()
    assert not ExternalIdentity.objects.exists()


def test_a_missing_secret_variable_is_a_clear_page_not_a_500(client, oidc_idp, monkeypatch):
    oidc_provider(oidc_idp, oidc_client_secret_env="PV_TEST_NOT_SET")
    monkeypatch.delenv("PV_TEST_NOT_SET", raising=False)
    _refused(client.get("/sso/corp/start/"), 503, "idp_misconfigured")


def test_an_unreachable_idp_is_a_clear_page_not_a_500(client):
    from lms.sso.models import IdentityProvider, Protocol
    from tests.lrs import free_port

    IdentityProvider.objects.create(
        name="Down",
        slug="down",
        protocol=Protocol.OIDC,
        oidc_issuer=f"http://127.0.0.1:{free_port()}",
        oidc_client_id="x",
    )
    _refused(client.get("/sso/down/start/"), 502, "idp_unavailable")


@pytest.mark.parametrize(
    "trust, mfa, verified", [(False, True, False), (True, False, False), (True, True, True)]
)
def test_staff_skip_the_second_factor_only_when_trusted_and_asserted(
    client, oidc_idp, settings, trust, mfa, verified
):
    settings.LMS_STAFF_2FA_REQUIRED = True
    roles.roles_sync()
    provider = oidc_provider(oidc_idp, trust_idp_mfa=trust)
    RoleMapping.objects.create(provider=provider, idp_group="academy-hr", role=roles.HR)
    oidc_sign_in(client, oidc_idp, login="hr-lead", mfa=mfa)
    response = client.get("/admin/")
    if verified:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert "/two-factor/" in response["Location"]


def test_the_callback_queries_are_constant_as_the_academy_grows(client, oidc_idp):
    """The callback's queries for a returning person, at two sizes of the academy."""
    oidc_provider(oidc_idp)
    course = sales_rule()

    def callback_queries():
        client.logout()
        start = client.get("/sso/corp/start/")
        callback = local(oidc_code_url(oidc_idp, start["Location"]))
        with CaptureQueriesContext(connection) as queries:
            response = client.get(callback)
        assert response.status_code == 302
        return len(queries)

    callback_queries()  # the first sign-in creates Jane
    small = callback_queries()
    for n in range(30):
        make_user(email=f"other{n}@corp.example", department="Sales")
    for n in range(5):
        EnrollmentRule.objects.create(name=f"Rule {n}", department="Sales").courses.add(course)
    large = callback_queries()
    assert small == large
    assert large <= 20, large
