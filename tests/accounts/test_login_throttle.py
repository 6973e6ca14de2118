"""Repeated failed sign-ins are throttled per account-and-address and per address, on the
site's and the admin's sign-in forms, without revealing which accounts exist."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.accounts import throttle
from lms.accounts.models import LoginFailure
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed sign-in attempts"


def attempt(client, email, password, path=None, ip="10.0.0.1"):
    return client.post(
        path or reverse("accounts:login"),
        {"username": email, "password": password},
        REMOTE_ADDR=ip,
    )


@pytest.mark.parametrize("path", [None, "/admin/login/"], ids=["site", "admin"])
def test_five_failures_lock_the_account_from_that_address_even_with_the_right_password(
    client, path
):
    person = make_user(email="jane@example.com")
    for _ in range(5):
        response = attempt(client, "jane@example.com", "wrong", path)
        assert LOCKED not in response.content.decode()
    response = attempt(client, "jane@example.com", PASSWORD, path)
    assert response.status_code == 200
    assert LOCKED in response.content.decode() and "15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert person.is_active


def test_unknown_accounts_are_throttled_the_same_way(client):
    make_user(email="jane@example.com")
    known = [attempt(client, "jane@example.com", "wrong").content.decode() for _ in range(6)]
    unknown = [attempt(client, "ghost@example.com", "wrong").content.decode() for _ in range(6)]
    assert [LOCKED in page for page in known] == [LOCKED in page for page in unknown]
    assert [LOCKED in page for page in unknown] == [False] * 5 + [True]


def test_the_lock_is_per_account_and_case_insensitive(client):
    make_user(email="jane@example.com")
    other = make_user(email="john@example.com")
    for _ in range(5):
        attempt(client, "JANE@example.com", "wrong")
    assert LOCKED in attempt(client, "jane@example.com", PASSWORD).content.decode()
    response = attempt(client, other.email, PASSWORD, ip="10.0.0.2")
    assert response.status_code == 302


def test_the_lock_ends_after_the_window(client):
    make_user(email="jane@example.com")
    for _ in range(5):
        attempt(client, "jane@example.com", "wrong")
    LoginFailure.objects.update(at=timezone.now() - timedelta(minutes=16))
    assert attempt(client, "jane@example.com", PASSWORD).status_code == 302


def test_a_success_resets_the_account_count(client):
    make_user(email="jane@example.com")
    for _ in range(4):
        attempt(client, "jane@example.com", "wrong")
    assert attempt(client, "jane@example.com", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        attempt(client, "jane@example.com", "wrong")
    assert attempt(client, "jane@example.com", PASSWORD).status_code == 302


def test_one_address_trying_many_accounts_is_throttled(client):
    make_user(email="jane@example.com")
    for n in range(20):
        attempt(client, f"guess{n}@example.com", "wrong", ip="10.9.9.9")
    assert LOCKED in attempt(client, "jane@example.com", PASSWORD, ip="10.9.9.9").content.decode()
    assert attempt(client, "jane@example.com", PASSWORD, ip="10.0.0.7").status_code == 302


def test_nothing_in_clear_is_stored(rf):
    request = rf.post("/", REMOTE_ADDR="192.0.2.1")
    throttle.login_failed(email="jane@example.com", request=request)
    failure = LoginFailure.objects.get()
    assert "jane" not in failure.account and "192.0.2.1" not in failure.address
    assert failure.account.startswith("account:") and failure.address.startswith("ip:")


def test_lock_minutes_count_down(rf):
    request = rf.post("/", REMOTE_ADDR="192.0.2.1")
    now = timezone.now()
    for minutes_ago in (10, 9, 8, 7, 6):
        throttle.login_failed(
            email="a@example.com", request=request, now=now - timedelta(minutes=minutes_ago)
        )
    assert throttle.login_check(email="a@example.com", request=request, now=now).minutes == 5
