"""The provisioning admin: who may see directories, create and revoke tokens, read the log;
the token shown once; the log's filters and its constant queries."""

import pytest
from django.db import reset_queries
from django.urls import reverse

from lms.accounts import roles
from lms.scim.models import ScimDirectory, ScimRequest
from lms.scim.tokens import directory_create
from tests.factories import make_user
from tests.scim.conftest import Scim, user_body

pytestmark = pytest.mark.django_db

PAGES = ("scim_admin:directories", "scim_admin:log", "scim_admin:create")


@pytest.fixture
def admin_user(db):
    return make_user(group=None, is_superuser=True, email="root@corp.example")


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.REFERENTS])
def test_trainers_and_referents_see_nothing(client, group):
    client.force_login(make_user(group=group))
    directory, _token = directory_create(name="Entra", by=None)
    for name in PAGES:
        assert client.get(reverse(name)).status_code == 403, name
    assert client.post(reverse("scim_admin:revoke", args=[directory.pk])).status_code == 403
    assert client.post(reverse("scim_admin:create"), {"name": "x"}).status_code == 403
    assert ScimDirectory.objects.count() == 1
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("scim_admin:log") not in menu


def test_learners_are_sent_away(client):
    client.force_login(make_user())
    for name in PAGES:
        assert client.get(reverse(name)).status_code in (302, 403), name


def test_hr_sees_directories_and_log_revokes_but_cannot_create(client, hr_user):
    directory, _token = directory_create(name="Entra", by=None)
    client.force_login(hr_user)
    listing = client.get(reverse("scim_admin:directories"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Entra" in html and f"pvscim_{directory.token_prefix}_" in html
    assert "http://testserver/scim/v2" in html  # the tenant URL to give the provider
    assert reverse("scim_admin:create") not in html
    assert client.get(reverse("scim_admin:create")).status_code == 403
    assert client.post(reverse("scim_admin:create"), {"name": "Mine"}).status_code == 403
    assert client.get(reverse("scim_admin:log")).status_code == 200
    # Revoking cuts access off: HR may do it in an emergency.
    assert client.get(reverse("scim_admin:revoke", args=[directory.pk])).status_code == 200
    response = client.post(reverse("scim_admin:revoke", args=[directory.pk]))
    assert response.status_code == 302
    directory.refresh_from_db()
    assert directory.revoked_at is not None


def test_admin_creates_a_directory_and_sees_its_token_once(client, admin_user):
    client.force_login(admin_user)
    assert client.post(reverse("scim_admin:create"), {"name": "  "}).status_code == 200
    assert not ScimDirectory.objects.exists()
    response = client.post(reverse("scim_admin:create"), {"name": "Okta (prod)"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = response.context["token"]
    assert token in response.content.decode()
    directory = ScimDirectory.objects.get()
    assert directory.created_by == admin_user and directory.name == "Okta (prod)"
    # Never again: not in the listing, not in the database.
    assert token not in client.get(reverse("scim_admin:directories")).content.decode()
    assert token.split("_", 2)[2] not in str(directory.__dict__)
    # The token works at once.
    scim = Scim(client, token)
    client.logout()
    assert scim.get("Users").status_code == 200


def test_log_filters(client, hr_user):
    entra, entra_token = directory_create(name="Entra", by=None)
    okta, okta_token = directory_create(name="Okta", by=None)
    Scim(client, entra_token).post("Users", user_body())
    Scim(client, entra_token).post("Users", user_body())  # 409
    Scim(client, okta_token).get("Groups")
    Scim(client, "pvscim_wrong").get("Users")
    client.force_login(hr_user)

    def shown(**params):
        response = client.get(reverse("scim_admin:log"), params)
        assert response.status_code == 200
        return [
            (e.directory.name if e.directory else None, e.status) for e in response.context["page"]
        ]

    assert len(shown()) == 4
    assert shown(directory=entra.pk) == [("Entra", 409), ("Entra", 201)]
    assert shown(result="error") == [(None, 401), ("Entra", 409)]
    assert shown(result="ok", resource_type="Group") == [("Okta", 200)]
    assert shown(operation="create", result="ok") == [("Entra", 201)]
    assert shown(email="jane.doe@corp.example") == [("Entra", 201)]
    html = client.get(reverse("scim_admin:log")).content.decode()
    assert "jane.doe@corp.example" in html and "uniqueness" in html
    assert entra_token not in html
    assert client.get(reverse("scim_admin:log"), {"date_from": "nope"}).status_code == 400


def test_log_page_queries_do_not_grow(client, hr_user, django_assert_max_num_queries):
    _directory, token = directory_create(name="Entra", by=None)
    scim = Scim(client, token)
    client.force_login(hr_user)

    def make(n, start):
        for i in range(start, start + n):
            scim.post(
                "Users",
                user_body(
                    f"u{i}@corp.example",
                    externalId=f"e{i}",
                    **{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {}},
                ),
            )

    make(3, 0)
    client.force_login(hr_user)
    client.get(reverse("scim_admin:log"))  # warm: the admin's menus and site settings
    reset_queries()  # each request resets the log; start the count from an empty one
    with django_assert_max_num_queries(30) as small:
        assert client.get(reverse("scim_admin:log")).status_code == 200
    # Read now: captured_queries is a slice of the connection's log, which the next request resets.
    queries = len(small.captured_queries)
    assert queries > 3
    make(30, 3)
    assert ScimRequest.objects.count() == 33
    client.get(reverse("scim_admin:log"))
    reset_queries()
    with django_assert_max_num_queries(queries):
        assert client.get(reverse("scim_admin:log")).status_code == 200


def test_admin_pages_speak_french_to_a_french_hr_person(client):
    hr = make_user(group=roles.HR, language="fr")
    directory_create(name="Entra", by=None)
    client.force_login(hr)
    html = client.get(reverse("scim_admin:directories")).content.decode()
    assert "Annuaires SCIM" in html and "URL du locataire" in html
    html = client.get(reverse("scim_admin:log")).content.decode()
    assert "Journal des requêtes SCIM" in html and "Toute opération" in html


def test_scim_errors_follow_accept_language(client):
    _directory, token = directory_create(name="Entra", by=None)
    response = client.get(
        "/scim/v2/Users/nope", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response.status_code == 404
    assert "Aucun utilisateur" in response.json()["detail"]
