"""Nobody who knows a colleague's e-mail can lock her out (issue 18): failures lock an
e-mail only from the address they came from; an e-mail attacked from many addresses is
slowed for clients it never signed in from, not for its owner on her known device or at
her usual address; staff see and lift throttles in the admin."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lms.accounts import roles, throttle
from lms.accounts.models import KnownSignIn, LoginFailure
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed sign-in attempts"
SLOWED = "Many failed sign-in attempts were made on this account"


def attempt(client, email, password, ip, path=None):
    return client.post(
        path or reverse("accounts:login"),
        {"username": email, "password": password},
        REMOTE_ADDR=ip,
    )


def sign_out_keeping_the_device_cookie(client):
    # The test client's logout() forgets every cookie; a browser signing out keeps this one.
    device = client.cookies[throttle.DEVICE_COOKIE].value
    client.post(reverse("accounts:logout"))
    client.cookies[throttle.DEVICE_COOKIE] = device
    assert "_auth_user_id" not in client.session


def distributed_attack(rf, email, addresses=12):
    """One wrong password from each of `addresses` different addresses, a second ago."""
    at = timezone.now() - timedelta(seconds=1)
    for n in range(addresses):
        request = rf.post("/", REMOTE_ADDR=f"203.0.113.{n + 1}")
        throttle.login_failed(email=email, request=request, now=at)


@pytest.mark.parametrize("path", [None, "/admin/login/"], ids=["site", "admin"])
def test_a_colleagues_failures_from_one_address_do_not_stop_the_owner_elsewhere(path):
    make_user(email="jane@example.com", group=roles.TRAINERS if path else roles.LEARNERS)
    colleague = Client()
    for _ in range(6):
        attempt(colleague, "jane@example.com", "wrong", ip="10.0.0.1", path=path)
    assert LOCKED in attempt(colleague, "jane@example.com", PASSWORD, "10.0.0.1", path).text
    owner = Client()
    assert attempt(owner, "jane@example.com", PASSWORD, ip="10.0.0.2", path=path).status_code == 302
    assert "_auth_user_id" in owner.session


@pytest.mark.parametrize("path", [None, "/admin/login/"], ids=["site", "admin"])
def test_the_owner_on_her_known_device_signs_in_during_a_distributed_attack(rf, path):
    make_user(email="jane@example.com", group=roles.TRAINERS if path else roles.LEARNERS)
    owner = Client()
    assert attempt(owner, "jane@example.com", PASSWORD, ip="10.0.0.2", path=path).status_code == 302
    cookie = owner.cookies[throttle.DEVICE_COOKIE]
    assert cookie["httponly"] and cookie["max-age"] >= 300 * 24 * 3600
    sign_out_keeping_the_device_cookie(owner)
    distributed_attack(rf, "jane@example.com")
    # From a café she never used: an unknown client would wait, her device does not.
    stranger = attempt(Client(), "jane@example.com", PASSWORD, ip="198.51.100.7", path=path)
    assert SLOWED in stranger.text and "_auth_user_id" not in stranger.client.session
    response = attempt(owner, "jane@example.com", PASSWORD, ip="198.51.100.7", path=path)
    assert response.status_code == 302 and "_auth_user_id" in owner.session


def test_the_owner_at_an_address_she_signed_in_from_is_not_slowed(rf):
    make_user(email="jane@example.com")
    attempt(Client(), "jane@example.com", PASSWORD, ip="10.0.0.2")
    assert KnownSignIn.objects.count() == 1
    distributed_attack(rf, "jane@example.com")
    # A new browser (no device cookie) at her office address.
    assert attempt(Client(), "jane@example.com", PASSWORD, ip="10.0.0.2").status_code == 302


def test_a_forged_device_cookie_is_ignored(rf):
    make_user(email="jane@example.com")
    distributed_attack(rf, "jane@example.com")
    forger = Client()
    forger.cookies[throttle.DEVICE_COOKIE] = '["' + throttle.account_key("jane@example.com") + '"]'
    assert SLOWED in attempt(forger, "jane@example.com", PASSWORD, ip="198.51.100.7").text


def test_the_slowdown_says_how_long_to_wait_and_grows(rf):
    distributed_attack(rf, "ghost@example.com", addresses=10)
    page = attempt(Client(), "ghost@example.com", "guess", ip="198.51.100.7").text
    assert SLOWED in page and "wait 1 second before" in page  # 2 s, one already spent
    assert throttle.slowdown_seconds(9) == 0
    assert [throttle.slowdown_seconds(n) for n in (10, 11, 12, 13)] == [2, 4, 8, 16]
    assert throttle.slowdown_seconds(40) == 120
    # A refused attempt checks no password and records nothing.
    assert LoginFailure.objects.count() == 10
    later = timezone.now() + timedelta(seconds=3)
    request = rf.post("/", REMOTE_ADDR="198.51.100.7")
    assert throttle.login_check(email="ghost@example.com", request=request, now=later) is None


def test_an_account_is_never_locked_across_addresses(rf):
    """Any number of failures from many addresses only slows: once the wait has passed, an
    attempt is checked again."""
    distributed_attack(rf, "jane@example.com", addresses=60)
    request = rf.post("/", REMOTE_ADDR="198.51.100.7")
    later = timezone.now() + timedelta(seconds=throttle.DEFAULTS["SLOW_MAX_SECONDS"] + 1)
    assert throttle.login_check(email="jane@example.com", request=request, now=later) is None


def test_existing_and_unknown_accounts_are_slowed_alike(rf):
    make_user(email="jane@example.com")
    distributed_attack(rf, "jane@example.com")
    distributed_attack(rf, "ghost@example.com")
    pages = [
        attempt(Client(), email, "guess", ip="198.51.100.7").text.replace(email, "EMAIL")
        for email in ("jane@example.com", "ghost@example.com")
    ]
    assert SLOWED in pages[0] and pages[0].count(SLOWED) == pages[1].count(SLOWED)


def test_failures_on_a_known_device_still_lock_it(rf):
    make_user(email="jane@example.com")
    owner = Client()
    attempt(owner, "jane@example.com", PASSWORD, ip="10.0.0.2")
    sign_out_keeping_the_device_cookie(owner)
    for n in range(5):
        attempt(owner, "jane@example.com", "wrong", ip=f"10.0.1.{n}")
    assert LOCKED in attempt(owner, "jane@example.com", PASSWORD, ip="10.0.2.1").text


# -- the admin page ------------------------------------------------------------------------


def throttled_pair(ip="10.0.0.1"):
    make_user(email="jane@example.com")
    for _ in range(5):
        attempt(Client(), "jane@example.com", "wrong", ip=ip)


def test_staff_with_the_permission_see_throttles_and_lift_one(client):
    throttled_pair()
    for n in range(20):
        attempt(Client(), f"guess{n}@example.com", "wrong", ip="10.9.9.9")
    helpdesk = make_user(group=roles.HR)
    helpdesk.user_permissions.add(
        Permission.objects.get(codename="manage_sign_in_throttles"),
        Permission.objects.get(codename="access_admin"),
    )
    client.force_login(helpdesk)
    page = client.get(reverse("accounts_throttles:index"))
    assert page.status_code == 200
    text = page.text
    assert "jane@example.com" in text and "E-mail from one address" in text
    assert "Address" in text and "locked for 15 more minutes" in text
    assert "10.9.9.9" not in text and "10.0.0.1" not in text  # hashes only
    pair = next(r for r in throttle.throttles_in_force() if r.kind == "pair")
    response = client.post(
        reverse("accounts_throttles:clear"),
        {"kind": "pair", "account": pair.account, "address": pair.address},
        follow=True,
    )
    assert "Throttle lifted" in response.text
    assert attempt(Client(), "jane@example.com", PASSWORD, ip="10.0.0.1").status_code == 302


def test_lifting_with_bad_input_changes_nothing(client):
    throttled_pair()
    client.force_login(make_user(group=None, is_superuser=True))
    response = client.post(reverse("accounts_throttles:clear"), {"kind": "everything"}, follow=True)
    assert "Nothing to lift" in response.text
    assert LoginFailure.objects.count() == 5


def test_superusers_see_the_menu_item(client):
    client.force_login(make_user(group=None, is_superuser=True))
    assert reverse("accounts_throttles:index") in client.get("/admin/").text


@pytest.mark.parametrize("group", [roles.LEARNERS, roles.TRAINERS, roles.HR])
def test_the_page_is_forbidden_without_the_permission(client, group):
    throttled_pair()
    user = make_user(group=group)
    client.force_login(user)
    assert client.get(reverse("accounts_throttles:index")).status_code == 403
    pair = throttle.throttles_in_force()[0]
    response = client.post(
        reverse("accounts_throttles:clear"),
        {"kind": "pair", "account": pair.account, "address": pair.address},
    )
    assert response.status_code == 403
    assert LoginFailure.objects.count() == 5
    assert reverse("accounts_throttles:index") not in client.get("/admin/").text


def test_the_slowdown_message_is_translated(rf):
    distributed_attack(rf, "ghost@example.com", addresses=11)
    page = Client().post(
        reverse("accounts:login").replace("/en/", "/fr/"),
        {"username": "ghost@example.com", "password": "guess"},
        REMOTE_ADDR="198.51.100.7",
    )
    assert "attendez 3 secondes avant de réessayer" in page.text


def test_the_device_cookie_is_secure_when_sessions_are(settings):
    settings.SESSION_COOKIE_SECURE = True  # as lms/settings/production.py sets it
    make_user(email="jane@example.com")
    owner = Client()
    attempt(owner, "jane@example.com", PASSWORD, ip="10.0.0.2")
    cookie = owner.cookies[throttle.DEVICE_COOKIE]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"
    # It names the account by its hash, signed: no e-mail in the browser's cookie jar.
    assert "jane" not in cookie.value


def test_a_success_forgets_only_that_addresss_failures(rf):
    make_user(email="jane@example.com")
    for _ in range(4):
        attempt(Client(), "jane@example.com", "wrong", ip="10.0.0.1")
    for _ in range(3):
        attempt(Client(), "jane@example.com", "wrong", ip="10.0.0.9")
    assert attempt(Client(), "jane@example.com", PASSWORD, ip="10.0.0.1").status_code == 302
    assert LoginFailure.objects.count() == 3
    assert set(LoginFailure.objects.values_list("address", flat=True)) == {
        throttle.ip_key(rf.post("/", REMOTE_ADDR="10.0.0.9"))
    }
