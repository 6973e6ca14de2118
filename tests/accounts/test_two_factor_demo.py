"""The demo's staff pass two-factor sign-in without a phone: load_demo gives them the public
demo secret (printed) and `manage.py demo_totp <email>` prints the current code; both only
with DEBUG on, and the command reads no real account's authenticator."""

import base64
import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms.accounts import roles, two_factor_demo
from lms.demo.management.commands.load_demo import Command as LoadDemo
from tests.factories import PASSWORD, make_user

from .twofactor import enrol_authenticator, totp_code

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _enforced(settings):
    settings.LMS_STAFF_2FA_REQUIRED = True


def _demo_totp(email) -> str:
    out = io.StringIO()
    call_command("demo_totp", email, stdout=out)
    return out.getvalue()


@override_settings(DEBUG=True)
def test_a_demo_staff_account_signs_in_with_the_printed_code(client):
    hr = make_user(group=roles.HR)
    learner = make_user(group=roles.LEARNERS)
    assert two_factor_demo.demo_authenticators_ensure([hr, learner]) == [hr.email]
    assert not TOTPDevice.objects.filter(user=learner).exists()  # learners are not forced

    code = re.match(r"(\d{6})  \(valid for (\d+) more second", _demo_totp(hr.email))
    assert code and 1 <= int(code.group(2)) <= 30
    # The code an app holding the printed secret shows is the one the command prints.
    secret = two_factor_demo.demo_totp_secret().replace(" ", "")
    device = TOTPDevice.objects.get(user=hr)
    assert base64.b32decode(secret + "=" * (-len(secret) % 8)) == device.bin_key
    assert code.group(1) == totp_code(device)

    client.post(reverse("accounts:login"), {"username": hr.email, "password": PASSWORD})
    verify = client.get("/admin/")["Location"]
    assert verify.startswith(reverse("accounts:two_factor_verify"))
    signed = client.post(verify, {"code": code.group(1), "next": "/admin/"})
    assert signed.status_code == 302 and signed["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@override_settings(DEBUG=True)
def test_an_account_with_its_own_authenticator_keeps_it_and_gets_no_code(trainer):
    own = enrol_authenticator(trainer)
    assert two_factor_demo.demo_authenticators_ensure([trainer]) == []
    assert list(TOTPDevice.objects.filter(user=trainer)) == [own]
    with pytest.raises(CommandError, match="does not use the demo authenticator"):
        _demo_totp(trainer.email)
    with pytest.raises(CommandError, match="No account"):
        _demo_totp("nobody@example.test")


@override_settings(DEBUG=False)
def test_demo_totp_refuses_to_run_with_debug_off(hr_user):
    two_factor_demo.demo_authenticators_ensure([hr_user])
    with pytest.raises(CommandError, match="DEBUG"):
        _demo_totp(hr_user.email)


@pytest.mark.parametrize("debug", [True, False])
def test_load_demo_prints_the_secret_only_in_the_embedded_mode(hr_user, debug):
    from lms.demo.builder import DemoReport

    report = DemoReport()
    report.logins.append((hr_user.email, roles.HR))
    out = io.StringIO()
    with override_settings(DEBUG=debug):
        LoadDemo(stdout=out)._two_factor(report)
    printed = two_factor_demo.demo_totp_secret() in out.getvalue()
    assert printed is debug
    assert TOTPDevice.objects.filter(user=hr_user).exists() is debug
    if debug:
        assert "manage.py demo_totp" in out.getvalue()
