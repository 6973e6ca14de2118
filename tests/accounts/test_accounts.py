"""Signing in by e-mail, password reset, profile language, roles."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from lms.accounts import roles
from lms.accounts.models import User
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_sign_in_with_the_email_in_any_case(client):
    person = make_user(email="jane.doe@example.com")
    response = client.post(
        reverse("accounts:login"), {"username": "Jane.Doe@Example.com", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_wrong_password_gets_a_clear_message(client):
    make_user(email="jane.doe@example.com")
    response = client.post(
        reverse("accounts:login"), {"username": "jane.doe@example.com", "password": "nope"}
    )
    assert response.status_code == 200
    assert "do not match" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_page_in_french(client):
    html = client.get("/fr/accounts/login/").content.decode()
    assert '<html lang="fr">' in html and "Se connecter" in html


def test_password_reset_sends_a_working_link(client):
    make_user(email="jane.doe@example.com")
    response = client.post(reverse("accounts:password_reset"), {"email": "jane.doe@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/reset/" in line)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    assert "Choose a new password" in form_page.content.decode()
    new = "a long and quiet passphrase"
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert response.status_code == 302
    assert User.objects.get(email="jane.doe@example.com").check_password(new)


def test_unknown_email_for_reset_reveals_nothing(client):
    response = client.post(reverse("accounts:password_reset"), {"email": "ghost@example.com"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_profile_language_change(client):
    person = make_user()
    client.force_login(person)
    response = client.post(reverse("accounts:profile"), {"preferred_language": "fr"})
    assert response.status_code == 302
    person.profile.refresh_from_db()
    assert person.profile.preferred_language == "fr"
    response = client.post(reverse("accounts:profile"), {"preferred_language": "klingon"})
    assert response.status_code == 200
    person.profile.refresh_from_db()
    assert person.profile.preferred_language == "fr"


def test_logout_needs_post(client):
    person = make_user()
    client.force_login(person)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_groups_exist_with_least_privilege():
    learners = Group.objects.get(name=roles.LEARNERS)
    trainers = Group.objects.get(name=roles.TRAINERS)
    hr = Group.objects.get(name=roles.HR)
    assert learners.permissions.count() == 0
    trainer_perms = {p.codename for p in trainers.permissions.all()}
    hr_perms = {p.codename for p in hr.permissions.all()}
    assert {"access_admin", "add_enrollment"} <= trainer_perms
    assert {"access_admin", "add_enrollment"} <= hr_perms
    assert not any(p.startswith(("add_image", "add_document")) for p in hr_perms)
    assert trainers.page_permissions.exists() and not hr.page_permissions.exists()


def test_roles_sync_is_idempotent():
    before = {g.name: g.permissions.count() for g in Group.objects.all()}
    roles.roles_sync()
    roles.roles_sync()
    assert {g.name: g.permissions.count() for g in Group.objects.all()} == before


def test_staff_roles_get_admin_access_learners_do_not():
    assert make_user(group=roles.TRAINERS).is_staff
    assert make_user(group=roles.HR).is_staff
    assert not make_user(group=roles.LEARNERS).is_staff


def test_user_ids_are_opaque_and_stable():
    person = make_user()
    public_id = person.public_id
    person.first_name = "Changed"
    person.save()
    person.refresh_from_db()
    assert person.public_id == public_id
    assert "@" not in str(public_id)
