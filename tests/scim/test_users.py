"""SCIM Users as Entra ID and Okta drive them: the request sequences of their published
provisioning docs and test suites, then every error case. Real database, real views."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from certificates.models import Certificate
from courses.models import Enrollment
from lms.accounts import roles
from lms.accounts.models import EnrollmentRule, LearnerProfile, User
from lms.scim.models import ScimIdentity, ScimRequest
from tests.certificates.verifying import certificate_earn
from tests.factories import PASSWORD, build_academy, make_user
from tests.scim.conftest import CORE_USER, ENTERPRISE, ERROR, user_body

pytestmark = pytest.mark.django_db


def error_of(response, status, scim_type=None):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/scim+json")
    body = response.json_body
    assert body["schemas"] == [ERROR]
    assert body["status"] == str(status)
    if scim_type:
        assert body.get("scimType") == scim_type, body
    return body


def db_state():
    """Everything a SCIM write could touch, to prove a refused request wrote nothing."""
    return (
        sorted(User.objects.values_list("email", "first_name", "last_name", "is_active")),
        sorted(
            LearnerProfile.objects.values_list(
                "user__email", "employee_id", "department", "manager_email", "preferred_language"
            )
        ),
        sorted(ScimIdentity.objects.values_list("user__email", "external_id", "deleted_at")),
        Enrollment.objects.count(),
    )


# --- Entra ID: "Tutorial: Develop and plan provisioning for a SCIM endpoint" ---------------


def test_entra_sequence_lookup_create_get_patch_deactivate(scim):
    # 1. Entra looks the user up by userName (and by externalId) before creating them.
    response = scim.get('Users?filter=userName eq "Test_User_ab6490ee@contoso.com"')
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/scim+json")
    assert response.json_body == {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": 0,
        "startIndex": 1,
        "itemsPerPage": 0,
        "Resources": [],
    }
    assert scim.get('Users?filter=externalId eq "0a21f0f2-8d2a"').json_body["totalResults"] == 0

    # 2. Create, as Entra's tutorial sends it.
    body = {
        "schemas": [CORE_USER, ENTERPRISE],
        "externalId": "0a21f0f2-8d2a",
        "userName": "Test_User_ab6490ee@contoso.com",
        "active": True,
        "displayName": "Test User",
        "emails": [{"primary": True, "type": "work", "value": "Test_User_fd0ea19b@contoso.com"}],
        "meta": {"resourceType": "User"},
        "name": {
            "formatted": "givenName familyName",
            "familyName": "familyName",
            "givenName": "givenName",
        },
        "roles": [],
        ENTERPRISE: {"employeeNumber": "E77", "department": "Sales"},
    }
    response = scim.post("Users", body)
    assert response.status_code == 201, response.content
    created = response.json_body
    user = User.objects.get(email="test_user_ab6490ee@contoso.com")
    assert created["id"] == str(user.public_id)
    assert created["userName"] == "test_user_ab6490ee@contoso.com"
    assert created["externalId"] == "0a21f0f2-8d2a"
    assert created["active"] is True
    assert created[ENTERPRISE] == {"employeeNumber": "E77", "department": "Sales"}
    assert response["Location"] == created["meta"]["location"]
    assert response["ETag"] == created["meta"]["version"]
    assert user.groups.filter(name=roles.LEARNERS).exists() and not user.is_staff
    assert user.profile.employee_id == "E77" and user.profile.department == "Sales"
    assert not user.has_usable_password()  # the person signs in with SSO or an invitation

    # 3. The lookups now find them (filters are case-insensitive on userName).
    for query in (
        'userName eq "test_user_AB6490EE@contoso.com"',
        'externalId eq "0a21f0f2-8d2a"',
        f'urn:ietf:params:scim:schemas:core:2.0:User:userName eq "{user.email}"',
    ):
        found = scim.get(f"Users?filter={query}").json_body
        assert found["totalResults"] == 1, query
        assert found["Resources"][0]["id"] == created["id"]

    # 4. A second create of the same userName: 409 uniqueness.
    error_of(scim.post("Users", body), 409, "uniqueness")

    # 5. GET by id.
    assert scim.get(f"Users/{created['id']}").json_body["userName"] == user.email

    # 6. Entra's PATCH: capitalised ops, filtered paths, the enterprise extension, string booleans.
    manager = make_user(email="boss@contoso.com", employee_id="M1")
    response = scim.patch(
        f"Users/{created['id']}",
        [
            {"op": "Replace", "path": "name.givenName", "value": "Jeanne"},
            {"op": "Add", "path": 'emails[type eq "work"].value', "value": "jeanne@contoso.com"},
            {"op": "Replace", "path": f"{ENTERPRISE}:department", "value": "Legal"},
            {"op": "Add", "path": f"{ENTERPRISE}:employeeNumber", "value": "E78"},
            {"op": "Add", "path": f"{ENTERPRISE}:manager", "value": str(manager.public_id)},
            {"op": "Replace", "path": "preferredLanguage", "value": "fr-FR"},
            {"op": "Add", "path": 'phoneNumbers[type eq "mobile"].value', "value": "+33 6 00"},
            {"op": "Replace", "path": "title", "value": "Ambassador"},
        ],
    )
    assert response.status_code == 200, response.content
    patched = response.json_body
    assert patched["name"]["givenName"] == "Jeanne"
    assert patched[ENTERPRISE]["department"] == "Legal"
    assert patched[ENTERPRISE]["employeeNumber"] == "E78"
    assert patched[ENTERPRISE]["manager"]["value"] == str(manager.public_id)
    assert patched["preferredLanguage"] == "fr"
    profile = LearnerProfile.objects.get(user=user)
    assert (profile.department, profile.employee_id, profile.manager_email) == (
        "Legal",
        "E78",
        "boss@contoso.com",
    )
    assert patched["meta"]["version"] != created["meta"]["version"]

    # 7. Deactivate without the compliance flag: "Replace" and the string "False".
    response = scim.patch(
        f"Users/{created['id']}", [{"op": "Replace", "path": "active", "value": "False"}]
    )
    assert response.status_code == 200, response.content
    assert response.json_body["active"] is False
    user.refresh_from_db()
    assert user.is_active is False

    # 8. And back, in the compliant form (no path, a real boolean).
    response = scim.patch(f"Users/{created['id']}", [{"op": "replace", "value": {"active": True}}])
    assert response.json_body["active"] is True


def test_entra_no_path_replace_with_paths_as_keys(scim):
    created = scim.post("Users", user_body()).json_body
    response = scim.patch(
        f"Users/{created['id']}",
        [
            {
                "op": "Replace",
                "value": {
                    "name.familyName": "Martin",
                    f"{ENTERPRISE}:department": "Support",
                    "active": "True",
                    "displayName": "Jane Martin",
                },
            }
        ],
    )
    assert response.status_code == 200, response.content
    assert response.json_body["name"]["familyName"] == "Martin"
    assert response.json_body[ENTERPRISE]["department"] == "Support"


def test_remove_clears_an_attribute(scim):
    created = scim.post("Users", user_body()).json_body
    response = scim.patch(
        f"Users/{created['id']}", [{"op": "Remove", "path": f"{ENTERPRISE}:department"}]
    )
    assert response.status_code == 200, response.content
    assert "department" not in response.json_body[ENTERPRISE]
    assert LearnerProfile.objects.get(user__email="jane.doe@corp.example").department == ""


# --- Okta: "SCIM 2.0 protocol reference" and its SCIM test suite ---------------------------


def test_okta_sequence_create_get_put_toggle_active(scim):
    okta_user = {
        "schemas": [CORE_USER],
        "userName": "isaac.brock@example.com",
        "name": {"givenName": "Isaac", "familyName": "Brock"},
        "emails": [{"primary": True, "value": "isaac.brock@example.com", "type": "work"}],
        "displayName": "Isaac Brock",
        "locale": "en-US",
        "externalId": "00ujl29u0le5T6Aj10h7",
        "groups": [],
        "password": "1mz050nq",
        "active": True,
    }
    # Okta checks the user does not exist, then creates it.
    assert (
        scim.get(
            'Users?filter=userName eq "isaac.brock@example.com"&startIndex=1&count=100'
        ).json_body["totalResults"]
        == 0
    )
    response = scim.post("Users", okta_user)
    assert response.status_code == 201, response.content
    user_id = response.json_body["id"]
    user = User.objects.get(email="isaac.brock@example.com")
    assert not user.has_usable_password()  # Okta's password is never taken: SSO only
    # GET by id, then an unknown id is a SCIM 404.
    assert scim.get(f"Users/{user_id}").status_code == 200
    error_of(scim.get("Users/010101010101"), 404)
    error_of(scim.get("Users/3a1d8c2e-0000-4000-8000-000000000000"), 404)
    # PUT: the whole profile.
    okta_user = {**okta_user, "id": user_id, "name": {"givenName": "Isaac", "familyName": "Brocks"}}
    response = scim.put(f"Users/{user_id}", okta_user)
    assert response.status_code == 200, response.content
    assert response.json_body["name"]["familyName"] == "Brocks"
    assert response.json_body["id"] == user_id  # read-only: never changed by a body
    # Okta toggles active with PATCH (lower-case op, real boolean).
    response = scim.patch(f"Users/{user_id}", [{"op": "replace", "value": {"active": False}}])
    assert response.json_body["active"] is False
    response = scim.patch(f"Users/{user_id}", [{"op": "replace", "value": {"active": True}}])
    assert response.json_body["active"] is True


def test_okta_pagination_is_one_based_and_counts_everyone(scim):
    for n in range(5):
        assert (
            scim.post(
                "Users", user_body(f"p{n}@corp.example", externalId=f"x{n}", **{ENTERPRISE: {}})
            ).status_code
            == 201
        )
    make_user(group=roles.TRAINERS, email="trainer@corp.example")  # staff: never listed
    first = scim.get("Users?startIndex=1&count=2").json_body
    assert (first["totalResults"], first["startIndex"], first["itemsPerPage"]) == (5, 1, 2)
    second = scim.get("Users?startIndex=3&count=2").json_body
    third = scim.get("Users?startIndex=5&count=2").json_body
    names = [r["userName"] for page in (first, second, third) for r in page["Resources"]]
    assert names == [f"p{n}@corp.example" for n in range(5)]
    assert scim.get("Users?startIndex=0&count=1").json_body["startIndex"] == 1  # below 1 is 1
    assert scim.get("Users?count=0").json_body["Resources"] == []
    assert scim.get("Users?startIndex=99").json_body["Resources"] == []
    error_of(scim.get("Users?count=ten"), 400, "invalidValue")


# --- Deprovisioning keeps records and ends sessions -----------------------------------------


def _signed_in_client(user) -> Client:
    client = Client()
    assert client.login(username=user.email, password=PASSWORD)
    return client


@pytest.mark.parametrize("how", ["patch", "delete"])
def test_deactivation_ends_sessions_and_keeps_progress_and_certificates(scim, how):
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    learner = make_user(email="leaver@corp.example", employee_id="E5")
    certificate = certificate_earn(built, learner)
    enrollments = Enrollment.objects.filter(user=learner).count()
    browser = _signed_in_client(learner)
    other = make_user(email="stays@corp.example")
    other_browser = _signed_in_client(other)
    assert browser.get("/en/dashboard/").status_code == 200
    found = scim.get('Users?filter=userName eq "leaver@corp.example"').json_body["Resources"][0]
    if how == "patch":
        response = scim.patch(
            f"Users/{found['id']}", [{"op": "Replace", "path": "active", "value": "False"}]
        )
        assert response.status_code == 200, response.content
    else:
        response = scim.delete(f"Users/{found['id']}")
        assert response.status_code == 204, response.content
        # The resource is gone for the directory (RFC 7644 §3.6), the account is not.
        error_of(scim.get(f"Users/{found['id']}"), 404)
        assert (
            scim.get('Users?filter=userName eq "leaver@corp.example"').json_body["totalResults"]
            == 0
        )
    learner.refresh_from_db()
    assert learner.is_active is False
    # Signed out everywhere: the session row is gone, the page asks to sign in.
    assert browser.get("/en/dashboard/").status_code == 302
    sessions = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(learner.pk) not in sessions and str(other.pk) in sessions
    assert other_browser.get("/en/dashboard/").status_code == 200
    # Records stay, as the full HR import keeps them.
    assert Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).exists()
    assert Enrollment.objects.filter(user=learner).count() == enrollments
    assert LearnerProfile.objects.filter(user=learner, employee_id="E5").exists()
    # Signing in again is refused while deactivated.
    assert not Client().login(username=learner.email, password=PASSWORD)


def test_a_deleted_user_created_again_is_the_same_account_reactivated(scim):
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    created = scim.post("Users", user_body()).json_body
    user = User.objects.get(public_id=created["id"])
    certificate = certificate_earn(built, user)
    assert scim.delete(f"Users/{created['id']}").status_code == 204
    again = scim.post("Users", user_body())
    assert again.status_code == 201, again.content
    assert again.json_body["id"] == created["id"]
    assert again.json_body["active"] is True
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert User.objects.filter(email="jane.doe@corp.example").count() == 1


def test_existing_learner_is_linked_not_duplicated(scim):
    """An employee of the CSV import: the directory finds them and updates that account."""
    learner = make_user(email="camille@corp.example", employee_id="E9", department="Sales")
    found = scim.get('Users?filter=userName eq "camille@corp.example"').json_body
    assert found["totalResults"] == 1
    response = scim.patch(
        f"Users/{found['Resources'][0]['id']}",
        [{"op": "add", "path": "externalId", "value": "camille-ext"}],
    )
    assert response.status_code == 200, response.content
    assert scim.get('Users?filter=externalId eq "camille-ext"').json_body["Resources"][0][
        "id"
    ] == str(learner.public_id)
    assert User.objects.filter(email="camille@corp.example").count() == 1
    assert User.objects.count() == 1


# --- Enrollment rules: the import's own -----------------------------------------------------


def test_new_and_moved_people_get_the_import_enrollment_rules(scim):
    built = build_academy(courses=2, lessons=1, levels=("beginner",))
    sales, legal = built.courses
    EnrollmentRule.objects.create(name="Sales onboarding", department="sales").courses.add(sales)
    EnrollmentRule.objects.create(name="Legal", department="Legal").courses.add(legal)
    created = scim.post("Users", user_body(**{ENTERPRISE: {"department": "Sales"}})).json_body
    user = User.objects.get(public_id=created["id"])
    assert set(Enrollment.objects.filter(user=user).values_list("course_key", flat=True)) == {
        sales.translation_key
    }
    scim.patch(
        f"Users/{created['id']}",
        [{"op": "Replace", "path": f"{ENTERPRISE}:department", "value": "Legal"}],
    )
    assert set(Enrollment.objects.filter(user=user).values_list("course_key", flat=True)) == {
        sales.translation_key,
        legal.translation_key,
    }
    # An update that does not move them enrolls nothing more.
    count = Enrollment.objects.filter(user=user).count()
    scim.patch(
        f"Users/{created['id']}", [{"op": "Replace", "path": "name.givenName", "value": "J"}]
    )
    assert Enrollment.objects.filter(user=user).count() == count


# --- Staff are out of reach -----------------------------------------------------------------


def test_staff_accounts_are_not_resources(scim):
    hr = make_user(group=roles.HR, email="hr@corp.example")
    admin = make_user(group=None, email="root@corp.example", is_superuser=True)
    for person in (hr, admin):
        assert scim.get(f'Users?filter=userName eq "{person.email}"').json_body["totalResults"] == 0
        error_of(scim.get(f"Users/{person.public_id}"), 404)
        error_of(
            scim.patch(
                f"Users/{person.public_id}",
                [{"op": "Replace", "path": "userName", "value": "me@evil.example"}],
            ),
            404,
        )
        error_of(scim.delete(f"Users/{person.public_id}"), 404)
        # Creating their userName is a conflict, never a takeover.
        error_of(
            scim.post("Users", user_body(person.email, externalId="z", **{ENTERPRISE: {}})),
            409,
            "uniqueness",
        )
        person.refresh_from_db()
        assert person.is_active and person.is_staff


# --- ETags -----------------------------------------------------------------------------------


def test_etags_if_match_and_if_none_match(scim):
    created = scim.post("Users", user_body()).json_body
    url = f"Users/{created['id']}"
    version = created["meta"]["version"]
    assert scim.get(url, **{"If-None-Match": version}).status_code == 304
    ok = scim.patch(
        url, [{"op": "replace", "path": "name.givenName", "value": "A"}], **{"If-Match": version}
    )
    assert ok.status_code == 200, ok.content
    before = db_state()
    # The old version no longer matches: 412, nothing written.
    stale = scim.patch(
        url, [{"op": "replace", "path": "name.givenName", "value": "B"}], **{"If-Match": version}
    )
    error_of(stale, 412)
    error_of(scim.put(url, user_body(), **{"If-Match": version}), 412)
    error_of(scim.delete(url, **{"If-Match": version}), 412)
    assert db_state() == before
    fresh = ok.json_body["meta"]["version"]
    assert scim.delete(url, **{"If-Match": fresh}).status_code == 204


# --- Errors: SCIM JSON, the right status, nothing written ------------------------------------


@pytest.fixture
def jane(scim):
    return scim.post("Users", user_body()).json_body


@pytest.mark.parametrize(
    ("operations", "status", "scim_type"),
    [
        ([{"op": "Replace", "path": "favouriteColour", "value": "x"}], 400, "invalidPath"),
        ([{"op": "Replace", "path": "name.nickname", "value": "x"}], 400, "invalidPath"),
        ([{"op": "Replace", "path": "urn:example:custom:attr", "value": "x"}], 400, "invalidPath"),
        ([{"op": "Replace", "path": "emails[type eq ", "value": "x"}], 400, "invalidPath"),
        (
            [{"op": "Replace", "path": 'emails[type co "w"].value', "value": "x"}],
            400,
            "invalidFilter",
        ),
        ([{"op": "Replace", "path": "id", "value": "x"}], 400, "mutability"),
        ([{"op": "Replace", "path": "active", "value": "maybe"}], 400, "invalidValue"),
        ([{"op": "Replace", "path": "userName", "value": "not an e-mail"}], 400, "invalidValue"),
        ([{"op": "Remove", "path": "userName"}], 400, "invalidValue"),
        ([{"op": "Remove"}], 400, "noTarget"),
        ([{"op": "Copy", "path": "active", "value": True}], 400, "invalidSyntax"),
        ([{"op": "Replace", "value": "no object"}], 400, "invalidValue"),
        ([{"op": "Replace", "path": "name.givenName", "value": "x" * 151}], 400, "invalidValue"),
        # The first operation is valid: it must be rolled back with the second.
        (
            [
                {"op": "Replace", "path": "name.givenName", "value": "Changed"},
                {"op": "Replace", "path": "nope", "value": "x"},
            ],
            400,
            "invalidPath",
        ),
    ],
)
def test_bad_patch_is_refused_and_writes_nothing(scim, jane, operations, status, scim_type):
    before = db_state()
    error_of(scim.patch(f"Users/{jane['id']}", operations), status, scim_type)
    assert db_state() == before


@pytest.mark.parametrize(
    "raw",
    ['{"userName": "x@corp.example",', "[1, 2]", "not json", '"a string"', "\xff\xfe"],
)
def test_malformed_bodies_are_invalid_syntax(scim, jane, raw):
    before = db_state()
    error_of(scim.call("POST", "Users", raw=raw), 400, "invalidSyntax")
    error_of(scim.call("PUT", f"Users/{jane['id']}", raw=raw), 400, "invalidSyntax")
    error_of(scim.call("PATCH", f"Users/{jane['id']}", raw=raw), 400, "invalidSyntax")
    assert db_state() == before


def test_patch_without_operations(scim, jane):
    error_of(scim.call("PATCH", f"Users/{jane['id']}", {"schemas": []}), 400, "invalidSyntax")


@pytest.mark.parametrize(
    "query",
    [
        "userName eq",
        'userName eq "unterminated',
        'favouriteColour eq "blue"',
        'userName xx "a@b.c"',
        'userName eq "a@b.c" and',
        "(",
    ],
)
def test_bad_filters_are_invalid_filter(scim, jane, query):
    error_of(scim.get(f"Users?filter={query}"), 400, "invalidFilter")


def test_filters_entra_and_enterprise(scim, jane):
    assert (
        scim.get('Users?filter=emails[type eq "work"].value eq "jane.doe@corp.example"').json_body[
            "totalResults"
        ]
        == 1
    )
    assert (
        scim.get(f'Users?filter={ENTERPRISE}:employeeNumber eq "E1001"').json_body["totalResults"]
        == 1
    )
    assert (
        scim.get('Users?filter=userName eq "jane.doe@corp.example" and active eq true').json_body[
            "totalResults"
        ]
        == 1
    )
    assert (
        scim.get('Users?filter=userName eq "jane.doe@corp.example" and active eq false').json_body[
            "totalResults"
        ]
        == 0
    )


@pytest.mark.parametrize(
    "body",
    [
        {"name": {"givenName": "No userName"}},
        {"userName": ""},
        {"userName": "jane"},
        {"userName": 42},
        {"userName": "ok@corp.example", "active": "perhaps"},
        {"userName": "ok@corp.example", "name": "a string"},
        {"userName": "ok@corp.example", ENTERPRISE: "a string"},
        {"userName": "ok@corp.example", ENTERPRISE: {"employeeNumber": "E" * 65}},
    ],
)
def test_invalid_create_is_refused_and_writes_nothing(scim, body):
    before = db_state()
    error_of(scim.post("Users", body), 400, "invalidValue")
    assert db_state() == before


def test_uniqueness_of_employee_number_and_external_id(scim, jane):
    before = db_state()
    error_of(
        scim.post("Users", user_body("other@corp.example", externalId="other")), 409, "uniqueness"
    )  # E1001
    error_of(
        scim.post("Users", user_body("other@corp.example", **{ENTERPRISE: {}})), 409, "uniqueness"
    )  # jdoe
    assert db_state() == before


def test_wrong_method_and_unknown_endpoint(scim, jane):
    error_of(scim.call("DELETE", "Users"), 405)
    error_of(scim.get("Bulk"), 404)
    error_of(scim.get("Users/a/b"), 404)


def test_every_request_is_logged_without_secrets(scim, jane, directory):
    _directory, token = directory
    scim.get('Users?filter=userName eq "jane.doe@corp.example"')
    scim.patch(f"Users/{jane['id']}", [{"op": "Replace", "path": "active", "value": "False"}])
    scim.patch(f"Users/{jane['id']}", [{"op": "Replace", "path": "nope", "value": "x"}])
    scim.get("Users", token="pvscim_nope")
    entries = list(ScimRequest.objects.order_by("pk"))
    assert [(e.operation, e.status) for e in entries] == [
        ("create", 201),
        ("list", 200),
        ("update", 200),
        ("update", 400),
        ("get", 401),
    ]
    update = entries[2]
    assert update.user.email == "jane.doe@corp.example" and update.summary == "active"
    assert update.directory.name == "Entra ID (Contoso)"
    assert entries[3].scim_type == "invalidPath"
    assert entries[4].directory is None
    dump = str([e.__dict__ for e in entries])
    # The secret is what follows "pvscim_<prefix>_"; it may itself start with "_".
    secret = token.split("_", 2)[2]
    assert token not in dump and secret not in dump


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(lambda m: [{"$ref": None, "value": str(m.public_id)}], id="entra-list"),
        pytest.param(lambda m: {"value": str(m.public_id)}, id="okta-object"),
        pytest.param(lambda m: str(m.public_id), id="entra-string"),
    ],
)
def test_the_manager_in_each_shape_the_directories_send(scim, value):
    manager = make_user(email="boss@contoso.com", employee_id="M1")
    created = scim.post("Users", user_body("ann@contoso.com")).json_body
    response = scim.patch(
        f"Users/{created['id']}",
        [{"op": "Add", "path": f"{ENTERPRISE}:manager", "value": value(manager)}],
    )
    assert response.status_code == 200, response.content
    assert response.json_body[ENTERPRISE]["manager"]["value"] == str(manager.public_id)
    assert LearnerProfile.objects.get(user__email="ann@contoso.com").manager_email == (
        "boss@contoso.com"
    )


def test_two_managers_are_refused_and_nothing_changes(scim):
    one, two = make_user(email="a@contoso.com"), make_user(email="b@contoso.com")
    created = scim.post("Users", user_body("ann@contoso.com")).json_body
    response = scim.patch(
        f"Users/{created['id']}",
        [
            {"op": "Replace", "path": "name.givenName", "value": "Changed"},
            {
                "op": "Add",
                "path": f"{ENTERPRISE}:manager",
                "value": [{"value": str(one.public_id)}, {"value": str(two.public_id)}],
            },
        ],
    )
    error_of(response, 400, "invalidValue")
    profile = LearnerProfile.objects.select_related("user").get(user__email="ann@contoso.com")
    assert profile.manager_email == "" and profile.user.first_name != "Changed"
