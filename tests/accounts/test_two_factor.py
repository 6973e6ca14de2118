"""Staff sign in with two factors: enrol an authenticator (QR + key + first code), ten
single-use recovery codes shown once and stored hashed, the code after every password
sign-in (site or admin). Learners are not forced."""

import re

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.accounts import roles, two_factor
from lms.accounts.models import RecoveryCode
from tests.factories import PASSWORD, make_user

from .twofactor import enrol_authenticator, totp_code

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _enforced(settings):
    settings.LMS_STAFF_2FA_REQUIRED = True


def sign_in(client, user, path=None):
    response = client.post(
        path or reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def shown_codes(html):
    return re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", html)


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.HR, roles.REFERENTS])
def test_staff_must_enrol_before_using_the_admin(client, group):
    person = make_user(group=group)
    sign_in(client, person)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two_factor_setup"))
    assert "next=%2Fadmin%2F" in response["Location"]


def test_superuser_and_plain_is_staff_are_forced_too(client):
    admin = make_user(group=None, is_superuser=True)
    client.force_login(admin)
    assert client.get("/admin/")["Location"].startswith(reverse("accounts:two_factor_setup"))


def test_learners_are_not_forced(client, learner, academy):
    sign_in(client, learner)
    assert client.get(reverse("dashboard:home")).status_code == 200
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_enrolment_with_qr_key_and_code_then_recovery_codes_shown_once(client, trainer):
    sign_in(client, trainer)
    setup_url = reverse("accounts:two_factor_setup") + "?next=/admin/"
    page = client.get(setup_url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and "Set up two-factor authentication" in html
    device = TOTPDevice.objects.get(user=trainer, confirmed=False)
    key = re.search(r'class="two-factor-key">([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    import base64

    assert base64.b32decode(key + "=" * (-len(key) % 8)) == device.bin_key
    # The QR code does not change on reload.
    client.get(setup_url)
    assert TOTPDevice.objects.filter(user=trainer).count() == 1

    wrong = client.post(
        setup_url,
        {"code": "000000" if totp_code(device) != "000000" else "111111", "next": "/admin/"},
    )
    assert wrong.status_code == 400 and "not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    device.throttle_reset()  # django-otp makes the next try wait a second after a wrong one

    done = client.post(setup_url, {"code": totp_code(device), "next": "/admin/"})
    assert done.status_code == 302
    codes_page = client.get(done["Location"])
    codes = shown_codes(codes_page.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    # Stored hashed, never in clear.
    stored = list(
        RecoveryCode.objects.filter(device__user=trainer).values_list("code_hash", flat=True)
    )
    assert len(stored) == 10 and not set(codes) & set(stored)
    assert all(len(h) == 64 for h in stored)
    # Shown once.
    assert shown_codes(client.get(done["Location"]).content.decode()) == []
    assert client.get("/admin/").status_code == 200


def test_code_after_password_on_the_site_login(client, trainer):
    device = enrol_authenticator(trainer)
    sign_in(client, trainer)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith(reverse("accounts:two_factor_verify"))
    verify_url = response["Location"]
    assert client.post(verify_url, {"code": "12345"}).status_code == 400
    # Right after a wrong code, even the right one must wait (django-otp's growing delay).
    throttled = client.post(verify_url, {"code": totp_code(device)})
    assert "Too many wrong codes" in throttled.content.decode()
    device.refresh_from_db()
    device.throttle_reset()
    ok = client.post(verify_url, {"code": totp_code(device), "next": "/admin/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_code_after_password_on_the_wagtail_admin_login(client, hr_user):
    device = enrol_authenticator(hr_user)
    response = client.post("/admin/login/", {"username": hr_user.email, "password": PASSWORD})
    assert response.status_code == 302
    follow = client.get("/admin/")
    assert follow["Location"].startswith(reverse("accounts:two_factor_verify"))
    client.post(follow["Location"], {"code": totp_code(device)})
    assert client.get("/admin/").status_code == 200


def test_a_code_cannot_be_replayed(client, trainer):
    device = enrol_authenticator(trainer)
    code = totp_code(device)
    sign_in(client, trainer)
    client.post(reverse("accounts:two_factor_verify"), {"code": code})
    client.logout()
    sign_in(client, trainer)
    again = client.post(reverse("accounts:two_factor_verify"), {"code": code})
    assert again.status_code == 400
    assert client.get("/admin/").status_code == 302


def test_recovery_code_works_once(client, trainer):
    enrol_authenticator(trainer)
    codes = two_factor.recovery_codes_generate(user=trainer)
    sign_in(client, trainer)
    response = client.post(
        reverse("accounts:two_factor_verify"), {"code": codes[0].upper().replace("-", " ")}
    )
    assert response.status_code == 302
    left_page = client.get(response["Location"]).content.decode()
    assert (
        "9 unused recovery codes" in left_page
        or "9 is left" in left_page
        or "9 are left" in left_page
    )
    assert client.get("/admin/").status_code == 200
    client.logout()
    sign_in(client, trainer)
    assert client.post(reverse("accounts:two_factor_verify"), {"code": codes[0]}).status_code == 400
    assert client.post(reverse("accounts:two_factor_verify"), {"code": codes[1]}).status_code == 302


def test_new_recovery_codes_replace_the_old_ones(client, trainer):
    device = enrol_authenticator(trainer)
    old = two_factor.recovery_codes_generate(user=trainer)
    sign_in(client, trainer)
    client.post(reverse("accounts:two_factor_verify"), {"code": totp_code(device)})
    response = client.post(reverse("accounts:two_factor_recovery_codes_regenerate"))
    new = shown_codes(client.get(response["Location"]).content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert two_factor.recovery_codes_left(user=trainer) == 10
    assert not any(
        RecoveryCode.objects.filter(code_hash=two_factor.recovery_code_hash(c)).exists()
        for c in old
    )


def test_enrolled_staff_cannot_replace_the_authenticator_without_a_code(client, trainer):
    enrol_authenticator(trainer)
    sign_in(client, trainer)
    response = client.get(reverse("accounts:two_factor_setup"))
    assert response["Location"].startswith(reverse("accounts:two_factor_verify"))
    assert TOTPDevice.objects.filter(user=trainer).count() == 1


def test_half_signed_in_staff_can_still_sign_out(client, trainer):
    sign_in(client, trainer)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_next_is_never_an_outside_address(client, trainer):
    device = enrol_authenticator(trainer)
    sign_in(client, trainer)
    response = client.post(
        reverse("accounts:two_factor_verify"),
        {"code": totp_code(device), "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"


def test_off_switch_for_tests_is_honoured(client, trainer, settings):
    settings.LMS_STAFF_2FA_REQUIRED = False
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200


def test_reset_command_for_a_lost_phone(trainer):
    from django.core.management import call_command

    enrol_authenticator(trainer)
    two_factor.recovery_codes_generate(user=trainer)
    call_command("two_factor_reset", trainer.email.upper())
    assert not two_factor.user_has_authenticator(trainer)
    assert two_factor.recovery_codes_left(user=trainer) == 0
