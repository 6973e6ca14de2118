"""API keys: the services (hashed, shown once, scoped, revocable, last use) and HR's admin."""

import datetime as dt
import hashlib
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.accounts import roles
from lms.reports.keys import (
    AlreadyRevoked,
    InvalidScopes,
    Scope,
    api_key_create,
    api_key_revoke,
    api_key_touch,
    api_key_verify,
)
from lms.reports.models import ApiKey
from tests.factories import make_user

pytestmark = pytest.mark.django_db


# --- services -------------------------------------------------------------------------------


def test_create_returns_the_key_once_and_stores_only_its_digest(hr_user):
    key, plaintext = api_key_create(name="SAP", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    match = re.fullmatch(r"pv_([a-z0-9]{8})_([A-Za-z0-9_-]{43})", plaintext)
    assert match, plaintext
    assert match.group(1) == key.prefix
    stored = ApiKey.objects.get(pk=key.pk)
    secret = match.group(2)
    assert stored.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(stored.__dict__)
    assert stored.scopes == [Scope.COMPLETIONS_READ]
    assert stored.created_by == hr_user
    assert stored.last_used_at is None and stored.revoked_at is None


def test_every_key_is_different(hr_user):
    made = [
        api_key_create(name=f"k{n}", scopes=[Scope.COMPLETIONS_READ], by=hr_user) for n in range(20)
    ]
    assert len({plaintext for _key, plaintext in made}) == 20
    assert len({key.prefix for key, _plaintext in made}) == 20


@pytest.mark.parametrize("scopes", [[], ["admin:write"], [Scope.COMPLETIONS_READ, "x"]])
def test_unknown_or_missing_scopes_are_refused(hr_user, scopes):
    with pytest.raises(InvalidScopes):
        api_key_create(name="LMS", scopes=scopes, by=hr_user)
    assert not ApiKey.objects.exists()


def test_verify(hr_user):
    key, plaintext = api_key_create(name="LMS", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    assert api_key_verify(presented=plaintext) == key
    assert api_key_verify(presented=f"  {plaintext} ") == key
    wrong_secret = plaintext[:-4] + ("AAAA" if not plaintext.endswith("AAAA") else "BBBB")
    for presented in (
        wrong_secret,
        plaintext.replace(key.prefix, "zzzzzzzz"),
        "pv_short",
        "",
        "x" * 1000,
        plaintext + "\x00",
        None,
    ):
        assert api_key_verify(presented=presented) is None, presented


def test_a_revoked_key_still_verifies_so_that_the_api_can_say_revoked(hr_user):
    key, plaintext = api_key_create(name="LMS", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    api_key_revoke(key=key, by=hr_user)
    found = api_key_verify(presented=plaintext)
    assert found == key and found.revoked_at is not None
    with pytest.raises(AlreadyRevoked):
        api_key_revoke(key=key, by=hr_user)


def test_last_use_is_written_at_most_once_a_minute(hr_user, django_assert_num_queries):
    key, _plaintext = api_key_create(name="LMS", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    t0 = timezone.now()
    with django_assert_num_queries(1):
        api_key_touch(key=key, now=t0)
    with django_assert_num_queries(0):
        api_key_touch(key=key, now=t0 + dt.timedelta(seconds=59))
    assert ApiKey.objects.get(pk=key.pk).last_used_at == t0
    api_key_touch(key=key, now=t0 + dt.timedelta(seconds=61))
    assert ApiKey.objects.get(pk=key.pk).last_used_at == t0 + dt.timedelta(seconds=61)


# --- admin ----------------------------------------------------------------------------------


def test_hr_creates_a_key_and_sees_it_once(client, hr_user):
    client.force_login(hr_user)
    response = client.get(reverse("reports_keys:create"))
    assert response.status_code == 200
    response = client.post(
        reverse("reports_keys:create"),
        {"name": "Cornerstone", "scopes": [Scope.COMPLETIONS_READ, Scope.CERTIFICATES_READ]},
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    plaintext = re.search(r'value="(pv_[a-z0-9]{8}_[A-Za-z0-9_-]+)"', html).group(1)
    key = ApiKey.objects.get()
    assert api_key_verify(presented=plaintext) == key
    assert key.name == "Cornerstone" and key.created_by == hr_user
    assert "never be shown again" in html
    # The list shows the key's prefix, never the secret.
    listing = client.get(reverse("reports_keys:list")).content.decode()
    assert "Cornerstone" in listing and f"pv_{key.prefix}_" in listing
    assert plaintext not in listing
    assert "Never" in listing  # not used yet


def test_a_bad_form_creates_nothing(client, hr_user):
    client.force_login(hr_user)
    response = client.post(reverse("reports_keys:create"), {"name": "  ", "scopes": []})
    assert response.status_code == 200
    assert "Choose at least one access." in response.content.decode()
    response = client.post(
        reverse("reports_keys:create"), {"name": "LMS", "scopes": ["admin:write"]}
    )
    assert response.status_code == 200
    assert not ApiKey.objects.exists()


def test_hr_revokes_a_key_after_confirming(client, hr_user):
    key, plaintext = api_key_create(name="Old LMS", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    client.force_login(hr_user)
    confirm = client.get(reverse("reports_keys:revoke", args=[key.pk]))
    assert confirm.status_code == 200 and "Yes, revoke it" in confirm.content.decode()
    key.refresh_from_db()
    assert key.revoked_at is None  # a GET changes nothing
    response = client.post(reverse("reports_keys:revoke", args=[key.pk]))
    assert response.status_code == 302
    key.refresh_from_db()
    assert key.revoked_at is not None
    listing = client.get(reverse("reports_keys:list")).content.decode()
    assert "Revoked" in listing
    api = client.get("/api/v1/completions", HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert api.status_code == 401


@pytest.mark.parametrize("group", [roles.LEARNERS, roles.TRAINERS, roles.REFERENTS])
def test_only_hr_reaches_the_key_admin(client, group, hr_user):
    """Everyone but HR gets a plain 403 on every key page and action; nothing is shown or
    changed."""
    key, _plaintext = api_key_create(name="LMS", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    client.force_login(make_user(group=group))
    for url in (
        reverse("reports_keys:list"),
        reverse("reports_keys:create"),
        reverse("reports_keys:revoke", args=[key.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "LMS" not in response.content.decode(), url
    response = client.post(
        reverse("reports_keys:create"), {"name": "Mine", "scopes": [Scope.COMPLETIONS_READ]}
    )
    assert response.status_code == 403
    assert client.post(reverse("reports_keys:revoke", args=[key.pk])).status_code == 403
    key.refresh_from_db()
    assert key.revoked_at is None and ApiKey.objects.count() == 1
    # The menu item is not shown to them either.
    if group != roles.LEARNERS:
        home = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("reports_keys:list") not in home


def test_hr_sees_the_menu_item(client, hr_user):
    client.force_login(hr_user)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("reports_keys:list") in home


def test_the_key_admin_has_a_constant_number_of_queries(
    client, hr_user, django_assert_max_num_queries
):
    client.force_login(hr_user)
    client.get(reverse("reports_keys:list"))
    for n in range(3):
        api_key_create(name=f"k{n}", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("reports_keys:list"))
    for n in range(20):
        api_key_create(name=f"m{n}", scopes=[Scope.COMPLETIONS_READ], by=hr_user)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("reports_keys:list"))
