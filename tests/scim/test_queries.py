"""Constant queries as the directory grows: the list, a filtered lookup, a create, a
PATCH and a group push cost the same with 3 or 40 learners (and members)."""

import pytest
from django.db import reset_queries

from lms.accounts.models import EnrollmentRule
from tests.factories import build_academy, make_user
from tests.scim.conftest import ENTERPRISE, user_body

pytestmark = pytest.mark.django_db


def measure(call) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        response = call()
    assert response.status_code < 300, response.content
    return len(captured.captured_queries)


def grow(n, start, manager="boss@corp.example"):
    for i in range(start, start + n):
        user = make_user(email=f"learner{i}@corp.example", employee_id=f"Q{i}")
        user.profile.manager_email = manager
        user.profile.save()


@pytest.fixture
def rules():
    built = build_academy(courses=1, lessons=1, levels=("beginner",))
    EnrollmentRule.objects.create(name="Sales", department="Sales").courses.add(built.courses[0])


def test_list_and_lookup_queries_do_not_grow(scim):
    make_user(email="boss@corp.example")
    grow(3, 0)
    scim.get("ServiceProviderConfig")  # the token's first use writes last_used_at, once
    small_list = measure(lambda: scim.get("Users?startIndex=1&count=100"))
    small_lookup = measure(lambda: scim.get('Users?filter=userName eq "learner1@corp.example"'))
    grow(40, 3)
    large = scim.get("Users?startIndex=1&count=100")
    assert large.json_body["totalResults"] == 44
    assert measure(lambda: scim.get("Users?startIndex=1&count=100")) == small_list
    assert (
        measure(lambda: scim.get('Users?filter=userName eq "learner30@corp.example"'))
        == small_lookup
    )
    # Auth (1, the last-use write is once a minute), count, rows, identities, managers, log.
    assert small_list <= 7, small_list


def test_create_and_patch_queries_do_not_grow(scim, rules):
    def create(name):
        body = user_body(
            f"{name}@corp.example",
            externalId=name,
            **{ENTERPRISE: {"employeeNumber": name, "department": "Sales"}},
        )
        return lambda: scim.post("Users", body)

    grow(3, 0)
    create("warm")()  # caches filled once per process (content types, the Learners group)
    first = measure(create("a"))
    grow(40, 3)
    assert measure(create("b")) == first
    # A deactivation: the plan, the write, the sessions ended, the answer.
    patch = [{"op": "Replace", "path": "active", "value": "False"}]
    ids = [
        scim.get(f'Users?filter=userName eq "{n}@corp.example"').json_body["Resources"][0]["id"]
        for n in ("a", "b")
    ]
    assert measure(lambda: scim.patch(f"Users/{ids[1]}", patch)) == measure(
        lambda: scim.patch(f"Users/{ids[0]}", patch)
    )


def test_group_push_queries_do_not_grow_with_members(scim):
    grow(43, 0)
    ids = [r["id"] for r in scim.get("Users?count=100").json_body["Resources"]]
    group = scim.post(
        "Groups", {"displayName": "All", "members": [{"value": i} for i in ids[:3]]}
    ).json_body
    small = measure(
        lambda: scim.patch(
            f"Groups/{group['id']}",
            [{"op": "add", "path": "members", "value": [{"value": ids[3]}]}],
        )
    )
    scim.patch(
        f"Groups/{group['id']}",
        [{"op": "add", "path": "members", "value": [{"value": i} for i in ids[4:40]]}],
    )
    large = measure(
        lambda: scim.patch(
            f"Groups/{group['id']}",
            [{"op": "add", "path": "members", "value": [{"value": ids[40]}]}],
        )
    )
    assert large == small, (small, large)
