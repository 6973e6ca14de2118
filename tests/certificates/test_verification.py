"""The public verification page /verify/<code>/, its form and the unknown-code answer."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services
from tests.certificates.issuing import ISSUED_AT, one_workshop_academy  # noqa: F401
from tests.certificates.verifying import (
    body_without_csrf,
    certificate_earn,
    learner_named,
    show_name,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder(one_workshop_academy):  # noqa: F811
    return learner_named("Camille", "Durand")


@pytest.fixture
def certificate(one_workshop_academy, holder):  # noqa: F811
    return certificate_earn(one_workshop_academy, holder)


def page(client, code, **headers):
    return client.get(reverse("verify:certificate", args=[code]), **headers)


def test_valid_certificate_page_shows_title_issuer_date_and_status(client, certificate):
    response = page(client, certificate.code)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Valid certificate" in text
    assert certificate.title in text
    assert certificate.issuer in text
    assert "March 2, 2026" in text
    assert certificate.code in text
    assert "noindex" in response["X-Robots-Tag"]
    assert '<meta name="robots" content="noindex' in text
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_holder_name_is_hidden_unless_the_learner_allows_it(client, certificate, holder):
    # Not asked yet: hidden, and the page does not pretend the holder chose it.
    assert holder.profile.show_name_on_certificates is None
    not_asked = page(client, certificate.code).content.decode()
    assert "Camille" not in not_asked and "Durand" not in not_asked
    assert "keep their name private" not in not_asked
    assert "The holder's name is not shown on this page." in not_asked

    show_name(holder, False)
    hidden = page(client, certificate.code).content.decode()
    assert "Camille" not in hidden and "Durand" not in hidden
    assert "keep their name private" in hidden

    show_name(holder)
    shown = page(client, certificate.code).content.decode()
    assert "Camille Durand" in shown


def test_expired_certificate_shows_its_expiry_date(client, certificate):
    certificate.expires_at = timezone.now() - dt.timedelta(days=3)
    certificate.save()
    text = page(client, certificate.code).content.decode()
    assert "Expired certificate" in text
    assert "Valid certificate" not in text
    assert (
        certificate.expires_at.astimezone(timezone.get_current_timezone()).strftime("%Y-%m-%d")
        in text
    )  # the <time datetime> attribute


def test_revoked_certificate_shows_its_date_but_never_the_reason(client, certificate, hr_user):
    services.certificate_revoke(
        certificate=certificate,
        by=hr_user,
        reason="Shared confidential slides after the quiz",
        now=dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC),
    )
    response = page(client, certificate.code)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Revoked certificate" in text
    assert "May 4, 2026" in text
    assert "confidential" not in text


def test_page_speaks_the_visitors_language(client, certificate):
    response = page(client, certificate.code, HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    text = response.content.decode()
    assert '<html lang="fr">' in text
    assert "Certificat valide" in text
    assert "2 mars 2026" in text


def test_code_typed_by_hand_redirects_to_the_canonical_page(client, certificate):
    typed = certificate.code.replace("-", "").lower().replace("0", "o")
    response = page(client, typed)
    assert response.status_code == 302
    assert response["Location"] == reverse("verify:certificate", args=[certificate.code])


def test_unknown_codes_get_identical_answers_whatever_was_typed(client, certificate):
    flipped = ("Z" if certificate.code[0] != "Z" else "Y") + certificate.code[1:]
    answers = [
        page(client, code)
        for code in (flipped, "0000-0000-0000-0000", "hello", "'; DROP TABLE--", "x" * 60)
    ]
    assert {a.status_code for a in answers} == {404}
    bodies = {body_without_csrf(a) for a in answers}
    assert len(bodies) == 1
    assert b"Certificate not found" in bodies.pop()
    assert {a["X-Robots-Tag"] for a in answers} == {"noindex, nofollow, noarchive"}


def test_unknown_page_does_not_echo_the_code(client, db):
    response = page(client, "ABCD-EFGH-JKMN-PQRS")
    assert b"ABCD" not in response.content


def test_form_normalises_the_typed_code_and_redirects(client, certificate):
    typed = " " + certificate.code.lower().replace("-", " ") + " "
    response = client.get(reverse("verify:form"), {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == reverse("verify:certificate", args=[certificate.code])
    assert page(client, certificate.code).status_code == 200


def test_form_explains_a_malformed_code(client, db):
    blank = client.get(reverse("verify:form"))
    assert blank.status_code == 200
    assert b"Verify a certificate" in blank.content
    response = client.get(reverse("verify:form"), {"code": "12-34"})
    assert response.status_code == 400
    assert b"16 letters and digits" in response.content
    assert b'aria-invalid="true"' in response.content


def test_well_formed_unknown_code_from_the_form_lands_on_the_same_404(client, db):
    response = client.get(reverse("verify:form"), {"code": "0000000000000000"}, follow=True)
    assert response.status_code == 404
    direct = page(client, "not-a-code")
    assert body_without_csrf(response) == body_without_csrf(direct)


def test_verification_page_needs_no_login_and_costs_few_queries(
    client, certificate, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        assert page(client, certificate.code).status_code == 200


def test_holder_sees_sharing_actions_others_do_not(client, certificate, holder):
    anonymous = page(client, certificate.code).content.decode()
    assert "linkedin.com" not in anonymous
    client.force_login(holder)
    own = page(client, certificate.code).content.decode()
    assert "https://www.linkedin.com/profile/add?" in own


def test_rate_limit_answers_429_with_retry_after_and_recovers(client, certificate, settings):
    from certificates import ratelimit

    settings.CERTIFICATES_VERIFY_RATE = "3/60"
    for _ in range(3):
        assert page(client, certificate.code).status_code == 200
    blocked = page(client, certificate.code)
    assert blocked.status_code == 429
    assert 1 <= int(blocked["Retry-After"]) <= 60
    assert b"Too many verifications" in blocked.content
    assert b"Camille" not in blocked.content
    # The form and the JSON are limited too, for the same client.
    assert client.get(reverse("verify:form")).status_code == 429
    assert client.get(reverse("verify:form"), {"code": certificate.code}).status_code == 429
    json_blocked = client.get(reverse("verify:credential", args=[certificate.code]))
    assert json_blocked.status_code == 429
    assert json_blocked["Retry-After"]
    # Another client is not affected.
    assert page(client, certificate.code, REMOTE_ADDR="203.0.113.9").status_code == 200
    # The next window starts afresh.
    request = type("R", (), {"META": {"REMOTE_ADDR": "127.0.0.1"}})()
    import time

    later = time.time() + 61
    assert ratelimit.verification_hit(request, now=later).allowed


def test_unknown_codes_count_against_the_limit_too(client, db, settings):
    settings.CERTIFICATES_VERIFY_RATE = "2/300"
    assert page(client, "0000-0000-0000-0000").status_code == 404
    assert page(client, "junk").status_code == 404
    assert page(client, "1111-1111-1111-1111").status_code == 429


def test_ipv6_clients_are_counted_per_64_network(rf):
    from certificates import ratelimit

    one = rf.get("/", REMOTE_ADDR="2001:db8:1:2::1")
    two = rf.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    other = rf.get("/", REMOTE_ADDR="2001:db8:1:3::1")
    assert ratelimit.client_key(one) == ratelimit.client_key(two) != ratelimit.client_key(other)


def test_forwarded_for_is_trusted_only_behind_a_configured_proxy(rf, settings):
    from certificates import ratelimit

    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7, 10.0.0.1")
    assert ratelimit.client_ip(request) == "10.0.0.2"
    settings.CERTIFICATES_TRUSTED_PROXIES = 1
    assert ratelimit.client_ip(request) == "10.0.0.1"
    settings.CERTIFICATES_TRUSTED_PROXIES = 2
    assert ratelimit.client_ip(request) == "198.51.100.7"
