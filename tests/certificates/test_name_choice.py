"""The learner is asked, at their first download or share, whether the verification page
shows their name; the choice is recorded and the question is not asked again."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from django.urls import reverse

from . import issuing
from .issuing import certificate_earn, learner_named

media_root = issuing.media_root
one_workshop_academy = issuing.one_workshop_academy


def _setup(one_workshop_academy, client):
    user = learner_named("Inès", "Moreau")
    certificate = certificate_earn(one_workshop_academy, user)
    client.force_login(user)
    return user, certificate


def test_every_way_out_of_the_list_asks_first_until_chosen(
    one_workshop_academy, media_root, client
):
    user, certificate = _setup(one_workshop_academy, client)
    assert user.profile.show_name_on_certificates is None

    page = client.get("/en/certificates/").content.decode()
    choice = reverse("certificates:name_choice")
    assert page.count(f'href="{choice}?next=') == 3  # download, verification page, LinkedIn
    assert " download>" not in page  # the question is a page, not a file

    # The PDF's own address (e.g. the e-mail's link) asks too.
    response = client.get(reverse("certificates:pdf", args=[certificate.public_id]))
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == choice
    assert parse_qs(target.query)["next"] == [
        f"/en/certificates/#certificate-{certificate.public_id}"
    ]


def test_the_question_explains_and_records_the_answer(one_workshop_academy, media_root, client):
    user, certificate = _setup(one_workshop_academy, client)
    form = client.get(reverse("certificates:name_choice")).content.decode()
    assert "public verification page" in form and "Inès Moreau" in form
    assert 'type="radio"' in form

    verify = reverse("verify:certificate", args=[certificate.code])
    response = client.post(
        reverse("certificates:name_choice"), {"show_name": "yes", "next": verify}
    )
    assert response.status_code == 302 and response["Location"] == verify
    user.profile.refresh_from_db()
    assert user.profile.show_name_on_certificates is True
    assert "Inès Moreau" in client.get(verify).content.decode()

    # Chosen: downloads are downloads again.
    page = client.get("/en/certificates/").content.decode()
    assert reverse("certificates:name_choice") not in page
    response = client.get(reverse("certificates:pdf", args=[certificate.public_id]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_no_answer_or_a_foreign_next_changes_nothing_or_goes_nowhere(
    one_workshop_academy, media_root, client
):
    user, _certificate = _setup(one_workshop_academy, client)
    url = reverse("certificates:name_choice")

    response = client.post(url, {"next": "/en/certificates/"})
    assert response.status_code == 400
    assert "Choose one of the two answers." in response.content.decode()
    user.profile.refresh_from_db()
    assert user.profile.show_name_on_certificates is None

    response = client.post(url, {"show_name": "no", "next": "https://evil.example/"})
    assert response["Location"] == reverse("certificates:mine")
    user.profile.refresh_from_db()
    assert user.profile.show_name_on_certificates is False
    assert (
        "keep their name private"
        in client.get(reverse("verify:certificate", args=[_certificate.code])).content.decode()
    )


def test_linkedin_goes_on_to_linkedin_after_the_answer(one_workshop_academy, media_root, client):
    _user, certificate = _setup(one_workshop_academy, client)
    linkedin = "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&certId=X"
    response = client.post(
        reverse("certificates:name_choice"), {"show_name": "no", "next": linkedin}
    )
    assert response["Location"] == linkedin
