"""Trainers author in the Wagtail admin; HR and learners cannot edit content."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage, WorkshopPage

pytestmark = pytest.mark.django_db


def lesson_form(title="Spotting a phishing DM"):
    return nested_form_data(
        {
            "title": title,
            "slug": "phishing-dm",
            "summary": "How to recognise a scam in your inbox.",
            "estimated_minutes": 8,
            "body": streamfield(
                [
                    ("rich_text", rich_text("<p>Check the sender before you click.</p>")),
                    (
                        "callout",
                        {"kind": "warning", "title": "Never", "text": rich_text("<p>Pay.</p>")},
                    ),
                    ("takeaways", {"title": "Remember", "items": streamfield([])}),
                ]
            ),
            "action-publish": "publish",
        }
    )


def test_trainer_creates_and_publishes_a_lesson_in_the_admin(client, trainer, academy):
    client.force_login(trainer)
    workshop = academy.workshop()
    url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", workshop.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, lesson_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.child_of(workshop).get(slug="phishing-dm")
    assert lesson.live and lesson.body[0].block_type == "rich_text"
    assert lesson.revisions.count() == 1


def test_trainer_can_edit_a_workshop(client, trainer, academy):
    client.force_login(trainer)
    workshop = academy.workshop()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[workshop.pk]))
    assert response.status_code == 200
    assert "Pass mark" in response.content.decode()


def test_hr_cannot_edit_pages(client, hr_user, academy):
    client.force_login(hr_user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    workshop = academy.workshop()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[workshop.pk]))
    assert response.status_code in (302, 403)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", workshop.pk]),
        lesson_form("HR lesson"),
    )
    assert response.status_code in (302, 403)
    assert not LessonPage.objects.filter(title="HR lesson").exists()


def test_learner_cannot_open_the_admin(client, learner):
    client.force_login(learner)
    # Signed in already: a plain 403, not an invitation to sign in again.
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 403
    client.logout()
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_workshop_form_rejects_a_pass_mark_above_100(client, trainer, academy):
    client.force_login(trainer)
    workshop = academy.workshop()
    data = nested_form_data(
        {
            "title": workshop.title,
            "slug": workshop.slug,
            "level": "beginner",
            "summary": "x",
            "estimated_minutes": 30,
            "objectives": streamfield([]),
            "pass_mark": 150,
            "requires_previous_level": "on",
            "prerequisites": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[workshop.pk]), data)
    assert response.status_code == 200  # the form comes back with the error
    assert WorkshopPage.objects.get(pk=workshop.pk).pass_mark == 70


def test_trainer_previews_a_new_lesson_and_an_existing_workshop(client, trainer, academy):
    client.force_login(trainer)
    workshop = academy.workshop()
    preview_new = reverse(
        "wagtailadmin_pages:preview_on_add", args=["courses", "lessonpage", workshop.pk]
    )
    response = client.post(preview_new, lesson_form("Draft lesson"))
    assert response.status_code == 200 and response.json()["is_valid"]
    html = client.get(preview_new).content.decode()
    assert "Draft lesson" in html and "Check the sender before you click." in html
    assert not LessonPage.objects.filter(title="Draft lesson").exists()

    preview_edit = reverse("wagtailadmin_pages:preview_on_edit", args=[workshop.pk])
    data = nested_form_data(
        {
            "title": "Renamed in preview",
            "slug": workshop.slug,
            "level": "beginner",
            "summary": "x",
            "estimated_minutes": 30,
            "objectives": streamfield([]),
            "pass_mark": 70,
            "requires_previous_level": "on",
            "prerequisites": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )
    assert client.post(preview_edit, data).json()["is_valid"]
    assert "Renamed in preview" in client.get(preview_edit).content.decode()
    workshop.refresh_from_db()
    assert workshop.title != "Renamed in preview"


def test_trainer_previews_a_new_course_and_a_new_workshop(client, trainer, academy):
    client.force_login(trainer)
    course_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["courses", "coursepage", academy.academy.pk]
    )
    data = nested_form_data({"title": "New course", "slug": "new-course", "summary": "Soon"})
    assert client.post(course_url, data).json()["is_valid"]
    assert "New course" in client.get(course_url).content.decode()

    workshop_url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["courses", "workshoppage", academy.courses[0].pk],
    )
    data = nested_form_data(
        {
            "title": "New workshop",
            "slug": "new-workshop",
            "level": "expert",
            "summary": "Soon",
            "estimated_minutes": 20,
            "objectives": streamfield([]),
            "pass_mark": 80,
            "requires_previous_level": "on",
            "prerequisites": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )
    assert client.post(workshop_url, data).json()["is_valid"]
    html = client.get(workshop_url).content.decode()
    assert "New workshop" in html and "Course 0 intermediate" in html  # its lock reason
