"""OpenID Connect sign-in against a real OpenID Provider (npm oidc-provider) on 127.0.0.1."""

import pytest

from courses.models import Enrollment
from lms.accounts import roles
from lms.accounts.models import EnrollmentRule, User
from lms.sso.models import ExternalIdentity
from tests.factories import build_academy
from tests.sso.flows import oidc_provider, oidc_sign_in

pytestmark = pytest.mark.django_db


def _sales_rule():
    academy = build_academy(courses=1, lessons=1)
    course = academy.courses[0]
    rule = EnrollmentRule.objects.create(name="Sales onboarding", department="sales")
    rule.courses.add(course)
    return course


def test_a_new_employee_signs_in_and_is_created_enrolled_by_the_rules(client, oidc_idp):
    course = _sales_rule()
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
