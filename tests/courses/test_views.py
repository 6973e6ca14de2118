"""The learner's clicks through the site, and what bad input gets back."""

import pytest
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from tests.factories import build_academy

pytestmark = pytest.mark.django_db


def test_pages_need_a_signed_in_user(client, academy):
    response = client.get(academy.lessons_of()[0].url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_learner_enrolls_completes_and_sees_progress(learner_client, academy, learner):
    workshop = academy.workshop()
    page = learner_client.get(workshop.url)
    assert page.status_code == 200
    assert "Enroll and start" in page.content.decode()

    response = learner_client.post(reverse("courses:workshop_enroll", args=[workshop.pk]))
    first, second = academy.lessons_of()
    assert response.status_code == 302 and response["Location"] == first.url

    lesson_page = learner_client.get(first.url)
    html = lesson_page.content.decode()
    assert 'aria-valuenow="0"' in html and "Mark as completed" in html

    response = learner_client.post(reverse("courses:lesson_complete", args=[first.pk]))
    assert response["Location"] == second.url
    html = learner_client.get(second.url).content.decode()
    assert 'aria-valuenow="50"' in html

    dashboard = learner_client.get(reverse("dashboard:home")).content.decode()
    assert academy.courses[0].title in dashboard and second.title in dashboard


def test_completion_posted_twice_is_recorded_once(learner_client, academy):
    lesson = academy.lessons_of()[0]
    url = reverse("courses:lesson_complete", args=[lesson.pk])
    learner_client.post(url)
    learner_client.post(url)
    assert LessonCompletion.objects.count() == 1


def test_enrolling_in_a_missing_workshop_is_a_clear_404(learner_client, academy):
    response = learner_client.post(reverse("courses:workshop_enroll", args=[999999]))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert not Enrollment.objects.exists()


def test_enrolling_in_a_lesson_id_posing_as_a_workshop_is_refused(learner_client, academy):
    lesson = academy.lessons_of()[0]
    response = learner_client.post(reverse("courses:workshop_enroll", args=[lesson.pk]))
    assert response.status_code == 404
    assert not Enrollment.objects.exists()


def test_enrolling_in_a_locked_workshop_explains_and_changes_nothing(learner_client, academy):
    locked = academy.workshop(level="intermediate")
    response = learner_client.post(
        reverse("courses:workshop_enroll", args=[locked.pk]), follow=True
    )
    assert response.status_code == 200
    assert "Pass Course 0 beginner first." in response.content.decode()
    assert not Enrollment.objects.exists()


def test_completing_a_lesson_of_a_locked_workshop_changes_nothing(learner_client, academy):
    lesson = academy.lessons_of(0, "expert")[0]
    response = learner_client.post(
        reverse("courses:lesson_complete", args=[lesson.pk]), follow=True
    )
    assert "first." in response.content.decode()
    assert not LessonCompletion.objects.exists() and not Enrollment.objects.exists()


def test_get_on_an_action_is_refused(learner_client, academy):
    response = learner_client.get(
        reverse("courses:lesson_complete", args=[academy.lessons_of()[0].pk])
    )
    assert response.status_code == 405
    assert not LessonCompletion.objects.exists()


def test_tampered_form_without_csrf_token_is_rejected(client, learner, academy):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(learner)
    response = csrf_client.post(
        reverse("courses:lesson_complete", args=[academy.lessons_of()[0].pk])
    )
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_unknown_language_code_gets_a_message(learner_client, learner, academy):
    response = learner_client.post(
        reverse("set_language"), {"language": "xx", "next": "/en/dashboard/"}, follow=True
    )
    assert "Unknown language" in response.content.decode()
    learner.profile.refresh_from_db()
    assert learner.profile.preferred_language == "en"


def test_language_switch_saves_the_profile_and_lands_on_the_french_page(learner_client, learner):
    built = build_academy(courses=1, lessons=1, french=True)
    lesson = built.lessons_of()[0]
    response = learner_client.post(reverse("set_language"), {"language": "fr", "next": lesson.url})
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/")
    learner.profile.refresh_from_db()
    assert learner.profile.preferred_language == "fr"
    page = learner_client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="fr">' in html and "Marquer comme terminée" in html


def test_progress_made_in_english_shows_in_french(learner_client, learner):
    built = build_academy(courses=1, lessons=2, french=True)
    english = built.lessons_of()[0]
    learner_client.post(reverse("courses:lesson_complete", args=[english.pk]))
    # The learner reads in French from now on (a signed-in person stays in their language).
    learner_client.post(reverse("set_language"), {"language": "fr", "next": english.url})
    french_workshop = built.workshop().get_translation(
        __import__("wagtail.models", fromlist=["Locale"]).Locale.objects.get(language_code="fr")
    )
    html = learner_client.get(french_workshop.url).content.decode()
    assert 'aria-valuenow="50"' in html


def test_root_redirects_to_the_profile_language(client):
    from tests.factories import make_user

    person = make_user(language="fr")
    client.post(
        reverse("accounts:login"), {"username": person.email, "password": "correct-horse-battery"}
    )
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith("/fr/")
