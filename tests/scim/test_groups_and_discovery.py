"""SCIM Groups (Okta's group push, Entra's group assignment), the bearer token, discovery."""

import pytest
from django.contrib.auth.models import Group

from lms.accounts import roles
from lms.accounts.models import User
from lms.scim.models import ScimGroup, ScimGroupMember
from lms.scim.tokens import directory_create, directory_revoke
from tests.factories import make_user
from tests.scim.conftest import ENTERPRISE, ERROR, Scim, user_body
from tests.scim.test_users import error_of

pytestmark = pytest.mark.django_db

CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


@pytest.fixture
def people(scim):
    return [
        scim.post(
            "Users", user_body(f"m{n}@corp.example", externalId=f"m{n}", **{ENTERPRISE: {}})
        ).json_body["id"]
        for n in range(3)
    ]


def members_of(group_id):
    return set(
        ScimGroupMember.objects.filter(group__public_id=group_id).values_list(
            "user__email", flat=True
        )
    )


def test_okta_group_push(scim, people):
    # Okta looks the group up by displayName, creates it empty, then pushes members.
    assert scim.get('Groups?filter=displayName eq "Sales EMEA"').json_body["totalResults"] == 0
    response = scim.post(
        "Groups", {"schemas": [CORE_GROUP], "displayName": "Sales EMEA", "members": []}
    )
    assert response.status_code == 201, response.content
    group = response.json_body
    assert group["members"] == [] and response["Location"].endswith(f"/Groups/{group['id']}")
    response = scim.patch(
        f"Groups/{group['id']}",
        [
            {
                "op": "add",
                "path": "members",
                "value": [{"value": people[0], "display": "m0"}, {"value": people[1]}],
            }
        ],
    )
    assert response.status_code == 200, response.content
    assert members_of(group["id"]) == {"m0@corp.example", "m1@corp.example"}
    # Adding someone already in is not an error and adds nobody twice.
    scim.patch(
        f"Groups/{group['id']}",
        [{"op": "add", "path": "members", "value": [{"value": people[1]}, {"value": people[2]}]}],
    )
    assert ScimGroupMember.objects.filter(group__public_id=group["id"]).count() == 3
    # Okta removes with a filtered path.
    response = scim.patch(
        f"Groups/{group['id']}", [{"op": "remove", "path": f'members[value eq "{people[0]}"]'}]
    )
    assert response.status_code == 200, response.content
    assert members_of(group["id"]) == {"m1@corp.example", "m2@corp.example"}
    # Okta renames with a no-path replace.
    scim.patch(
        f"Groups/{group['id']}",
        [{"op": "replace", "value": {"id": group["id"], "displayName": "Sales Europe"}}],
    )
    assert ScimGroup.objects.get(public_id=group["id"]).display_name == "Sales Europe"
    # PUT replaces the member list.
    response = scim.put(
        f"Groups/{group['id']}", {"displayName": "Sales Europe", "members": [{"value": people[0]}]}
    )
    assert response.status_code == 200, response.content
    assert members_of(group["id"]) == {"m0@corp.example"}
    # Paging groups; GET one; excludedAttributes=members (Entra) leaves them out.
    listed = scim.get("Groups?startIndex=1&count=10").json_body
    assert listed["totalResults"] == 1 and listed["Resources"][0]["id"] == group["id"]
    light = scim.get(f"Groups/{group['id']}?excludedAttributes=members").json_body
    assert "members" not in light
    assert scim.delete(f"Groups/{group['id']}").status_code == 204
    error_of(scim.get(f"Groups/{group['id']}"), 404)
    assert User.objects.filter(email="m0@corp.example", is_active=True).exists()


def test_entra_group_ops(scim, people):
    group = scim.post("Groups", {"displayName": "Legal", "externalId": "g-legal"}).json_body
    response = scim.patch(
        f"Groups/{group['id']}",
        [{"op": "Add", "path": "members", "value": [{"value": people[0]}, {"value": people[1]}]}],
    )
    assert response.status_code == 200, response.content
    response = scim.patch(
        f"Groups/{group['id']}",
        [{"op": "Remove", "path": "members", "value": [{"value": people[1]}]}],
    )
    assert members_of(group["id"]) == {"m0@corp.example"}
    assert scim.get('Groups?filter=externalId eq "g-legal"').json_body["totalResults"] == 1
    response = scim.get('Groups?excludedAttributes=members&filter=displayName eq "Legal"').json_body
    assert response["totalResults"] == 1 and "members" not in response["Resources"][0]


def test_groups_never_grant_roles(scim, people):
    """A group named like a staff role is a cohort: nobody becomes HR or staff."""
    before = set(Group.objects.values_list("name", flat=True))
    group = scim.post(
        "Groups", {"displayName": roles.HR, "members": [{"value": p} for p in people]}
    ).json_body
    assert set(Group.objects.values_list("name", flat=True)) == before
    for user in User.objects.filter(public_id__in=people):
        assert not user.is_staff
        assert list(user.groups.values_list("name", flat=True)) == [roles.LEARNERS]
    assert len(members_of(group["id"])) == 3


def test_group_errors_write_nothing(scim, people):
    hr = make_user(group=roles.HR, email="hr@corp.example")
    group = scim.post("Groups", {"displayName": "Team"}).json_body
    error_of(scim.post("Groups", {"displayName": "team"}), 409, "uniqueness")
    error_of(scim.post("Groups", {"members": []}), 400, "invalidValue")
    error_of(scim.call("POST", "Groups", raw="{"), 400, "invalidSyntax")
    for operations, scim_type in [
        (
            [{"op": "add", "path": "members", "value": [{"value": str(hr.public_id)}]}],
            "invalidValue",
        ),
        ([{"op": "add", "path": "members", "value": [{"value": "not-an-id"}]}], "invalidValue"),
        ([{"op": "add", "path": "owners", "value": []}], "invalidPath"),
        (
            [
                {"op": "add", "path": "members", "value": [{"value": people[0]}]},
                {"op": "replace", "path": "displayName", "value": ""},
            ],
            "invalidValue",
        ),
    ]:
        error_of(scim.patch(f"Groups/{group['id']}", operations), 400, scim_type)
        assert members_of(group["id"]) == set()
    error_of(scim.get("Groups/00000000-0000-4000-8000-000000000000"), 404)
    error_of(scim.get('Groups?filter=members eq "x"'), 400, "invalidFilter")


def test_a_directory_sees_only_its_own_groups(client, scim, people):
    scim.post("Groups", {"displayName": "Mine"})
    _other, token = directory_create(name="Okta", by=None)
    other = Scim(client, token)
    assert other.get("Groups").json_body["totalResults"] == 0
    assert other.post("Groups", {"displayName": "Mine"}).status_code == 201  # its own name space


# --- The bearer token -----------------------------------------------------------------------


def test_no_token_wrong_token_revoked_token_are_401(scim, directory):
    stored, token = directory
    for response in (
        scim.get("Users", anonymous=True),
        scim.get("Users", token="pvscim_abcdefgh_" + "x" * 43),
        scim.get("Users", token=token[:-1] + ("A" if token[-1] != "A" else "B")),
        scim.call("GET", "Users", anonymous=True, Authorization="Basic dXNlcjpwYXNz"),
    ):
        body = error_of(response, 401)
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert body["schemas"] == [ERROR]
    assert scim.get("Users").status_code == 200
    stored.refresh_from_db()
    assert stored.last_used_at is not None
    directory_revoke(directory=stored)
    body = error_of(scim.get("Users"), 401)
    assert "revoked" in body["detail"]
    error_of(scim.post("Users", user_body()), 401)
    assert not User.objects.filter(email="jane.doe@corp.example").exists()


def test_a_signed_in_session_is_not_a_credential(client, directory):
    admin = make_user(group=None, email="root@corp.example", is_superuser=True)
    client.force_login(admin)
    assert client.get("/scim/v2/Users").status_code == 401


def test_token_is_stored_only_as_a_digest(directory):
    import hashlib

    stored, token = directory
    secret = token.split("_", 2)[2]
    assert stored.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(stored.__dict__)


# --- Discovery --------------------------------------------------------------------------------


def test_service_provider_config_resource_types_schemas(scim):
    config = scim.get("ServiceProviderConfig")
    assert config["Content-Type"].startswith("application/scim+json")
    body = config.json_body
    assert body["patch"]["supported"] and body["filter"]["supported"] and body["etag"]["supported"]
    assert not body["bulk"]["supported"] and not body["sort"]["supported"]
    assert body["authenticationSchemes"][0]["type"] == "oauthbearertoken"
    types = scim.get("ResourceTypes").json_body
    assert {t["id"] for t in types["Resources"]} == {"User", "Group"}
    user_type = scim.get("ResourceTypes/User").json_body
    assert user_type["schemaExtensions"][0]["schema"] == ENTERPRISE
    schemas = scim.get("Schemas").json_body
    ids = {s["id"] for s in schemas["Resources"]}
    assert ids == {
        "urn:ietf:params:scim:schemas:core:2.0:User",
        ENTERPRISE,
        CORE_GROUP,
    }
    enterprise = scim.get(f"Schemas/{ENTERPRISE}").json_body
    assert {a["name"] for a in enterprise["attributes"]} >= {
        "employeeNumber",
        "department",
        "manager",
    }
    error_of(scim.get("Schemas/urn:nope"), 404)
    error_of(scim.get("ResourceTypes/Printer"), 404)
