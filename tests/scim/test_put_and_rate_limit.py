"""PUT replaces the whole resource (RFC 7644 §3.5.1), as Okta's profile updates expect; and
one directory's requests are limited (429, Retry-After, SCIM error JSON)."""

import pytest
from django.core.cache import cache

from lms.accounts.models import User
from lms.scim.models import ScimRequest
from lms.scim.rate_limit import rate_limit_hit
from lms.scim.tokens import directory_create
from tests.factories import make_user
from tests.scim.conftest import CORE_USER, ENTERPRISE, Scim, user_body
from tests.scim.test_users import error_of

pytestmark = pytest.mark.django_db

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def _okta_user(**extra):
    """The body Okta sends (its SCIM 2.0 reference), with the enterprise attributes an admin
    mapped in Okta's profile editor."""
    body = {
        "schemas": [CORE_USER, ENTERPRISE],
        "userName": "isaac.brock@example.com",
        "name": {"givenName": "Isaac", "familyName": "Brock"},
        "emails": [{"primary": True, "value": "isaac.brock@example.com", "type": "work"}],
        "displayName": "Isaac Brock",
        "locale": "fr-FR",
        "externalId": "00ujl29u0le5T6Aj10h7",
        "groups": [],
        "password": "1mz050nq",
        "active": True,
        ENTERPRISE: {
            "employeeNumber": "E-77",
            "department": "Sales",
            "manager": {"value": "boss@example.com"},
        },
    }
    body.update(extra)
    return body


def test_okta_put_replaces_what_it_sends_and_clears_what_it_leaves_out(scim):
    created = scim.post("Users", _okta_user())
    assert created.status_code == 201, created.content
    user_id = created.json_body["id"]
    made = created.json_body["meta"]["created"]
    assert created.json_body[ENTERPRISE]["employeeNumber"] == "E-77"
    assert created.json_body["preferredLanguage"] == "fr"

    # Okta's next PUT, after an admin removed the enterprise mappings and the family name:
    # the whole user, id and meta included (read-only: ignored, never an error).
    body = _okta_user(
        id=user_id,
        name={"givenName": "Isaac"},
        meta={"resourceType": "User", "created": "2001-01-01T00:00:00Z"},
    )
    del body[ENTERPRISE], body["externalId"], body["locale"]
    response = scim.put(f"Users/{user_id}", body)
    assert response.status_code == 200, response.content
    replaced = response.json_body
    assert replaced["id"] == user_id
    assert replaced["meta"]["created"] == made
    assert replaced["name"]["givenName"] == "Isaac"
    assert replaced["name"]["familyName"] == ""
    assert replaced[ENTERPRISE] == {}
    assert "externalId" not in replaced
    assert replaced["preferredLanguage"] == "en"
    assert replaced["active"] is True  # a boolean left out stays as it was

    user = User.objects.get(email="isaac.brock@example.com")
    assert (user.first_name, user.last_name) == ("Isaac", "")
    assert user.profile.employee_id is None
    assert (user.profile.department, user.profile.manager_email) == ("", "")
    # GET agrees with the PUT's answer, and Okta's lookup by externalId no longer finds them.
    assert scim.get(f"Users/{user_id}").json_body == replaced
    found = scim.get('Users?filter=externalId eq "00ujl29u0le5T6Aj10h7"').json_body
    assert found["totalResults"] == 0


def test_a_put_without_user_name_is_refused_and_changes_nothing(scim):
    user_id = scim.post("Users", _okta_user()).json_body["id"]
    body = _okta_user(id=user_id)
    del body["userName"]
    error_of(scim.put(f"Users/{user_id}", body), 400, "invalidValue")
    user = User.objects.get(email="isaac.brock@example.com")
    assert (user.last_name, user.profile.employee_id) == ("Brock", "E-77")


def test_entra_patch_still_changes_only_what_it_names(scim):
    """Entra updates with PATCH: the attributes it does not name stay."""
    user_id = scim.post("Users", user_body()).json_body["id"]
    response = scim.patch(
        f"Users/{user_id}",
        [{"op": "Replace", "path": "name.familyName", "value": "Smith"}],
    )
    assert response.status_code == 200, response.content
    assert response.json_body["name"] == {
        "givenName": "Jane",
        "familyName": "Smith",
        "formatted": "Jane Smith",
    }
    assert response.json_body[ENTERPRISE] == {"employeeNumber": "E1001", "department": "Sales"}
    assert response.json_body["externalId"] == "jdoe"


def test_okta_group_put_replaces_the_members(scim):
    jane = scim.post("Users", user_body()).json_body["id"]
    john = scim.post(
        "Users", user_body("john@corp.example", externalId="john", **{ENTERPRISE: {}})
    ).json_body["id"]
    group = scim.post(
        "Groups",
        {
            "schemas": [GROUP],
            "displayName": "Sales",
            "externalId": "okta-g1",
            "members": [{"value": jane}, {"value": john}],
        },
    ).json_body
    # Okta renames the group with a PUT carrying its members.
    renamed = scim.put(
        f"Groups/{group['id']}",
        {
            "schemas": [GROUP],
            "id": group["id"],
            "displayName": "Sales EMEA",
            "members": [{"value": john}],
        },
    ).json_body
    assert renamed["displayName"] == "Sales EMEA"
    assert [m["value"] for m in renamed["members"]] == [john]
    assert renamed.get("externalId", "") == ""
    # A PUT without members: the group is left with none.
    emptied = scim.put(
        f"Groups/{group['id']}", {"schemas": [GROUP], "displayName": "Sales EMEA"}
    ).json_body
    assert emptied["members"] == []
    # The people themselves are untouched.
    assert User.objects.filter(public_id__in=[jane, john], is_active=True).count() == 2


# --- Rate limit ---------------------------------------------------------------------------


def test_a_directory_over_its_rate_gets_429_with_retry_after(scim, client, directory, settings):
    settings.LMS_SCIM_RATE_LIMIT = (3, 60)
    for _n in range(3):
        assert scim.get("Users").status_code == 200
    refused = scim.get("Users")
    body = error_of(refused, 429)
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "Too many requests" in body["detail"]
    # Nothing is written by a refused request.
    before = User.objects.count()
    error_of(scim.post("Users", user_body()), 429)
    assert User.objects.count() == before
    # The log keeps the first refusal of the window, not one row per request of a flood.
    dir_row = directory[0]
    assert ScimRequest.objects.filter(directory=dir_row, status=429).count() == 1
    # Another directory has its own count.
    _other, token = directory_create(name="Okta", by=make_user(group=None, is_superuser=True))
    assert Scim(client, token).get("Users").status_code == 200


def test_the_window_ends_and_requests_go_through_again(settings):
    settings.LMS_SCIM_RATE_LIMIT = (2, 10)
    start = 1_000_000.0  # the start of a 10-second window
    assert rate_limit_hit(directory_id=7, now=start) is None
    assert rate_limit_hit(directory_id=7, now=start + 1) is None
    assert rate_limit_hit(directory_id=7, now=start + 2) == (1, 8)
    assert rate_limit_hit(directory_id=7, now=start + 9.5) == (2, 1)
    assert rate_limit_hit(directory_id=8, now=start + 9.5) is None
    assert rate_limit_hit(directory_id=7, now=start + 10) is None


def test_an_unauthenticated_flood_is_not_counted_against_the_directory(scim, settings):
    settings.LMS_SCIM_RATE_LIMIT = (2, 60)
    for _n in range(5):
        error_of(scim.get("Users", token="pvscim_aaaaaaaa_" + "x" * 43), 401)
    assert scim.get("Users").status_code == 200
