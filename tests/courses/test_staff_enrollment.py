"""Trainers and HR assign courses and workshops from the Wagtail admin."""

import datetime

import pytest
from django.urls import reverse

from courses.models import Enrollment
from tests.factories import make_user

pytestmark = pytest.mark.django_db

URL = "courses_admin:enroll"


def test_hr_enrolls_a_department_in_a_course_with_a_due_date(client, hr_user, academy):
    sales = [make_user(department="Sales") for _ in range(3)]
    make_user(department="Legal")
    client.force_login(hr_user)
    response = client.post(
        reverse(URL),
        {"target": academy.courses[0].pk, "department": "sales", "due_date": "2027-01-31"},
    )
    assert response.status_code == 302
    rows = Enrollment.objects.filter(user__in=sales)
    assert rows.count() == 3 * 3  # three workshops each
    assert {r.source for r in rows} == {"hr"}
    assert {r.due_date for r in rows} == {datetime.date(2027, 1, 31)}
    assert {r.enrolled_by_id for r in rows} == {hr_user.pk}
    assert Enrollment.objects.count() == 9


def test_trainer_enrolls_chosen_learners_in_a_workshop(client, trainer, learner, academy):
    client.force_login(trainer)
    response = client.post(
        reverse(URL), {"target": academy.workshop().pk, "learners": [learner.pk]}
    )
    assert response.status_code == 302
    enrollment = Enrollment.objects.get()
    assert enrollment.user == learner and enrollment.source == "trainer"


def test_bad_input_explains_and_enrolls_nobody(client, hr_user, learner, academy):
    client.force_login(hr_user)
    cases = [
        {"target": academy.courses[0].pk},  # nobody chosen
        {"target": academy.courses[0].pk, "department": "Nowhere"},
        {"target": 999999, "learners": [learner.pk]},
        {"target": academy.lessons_of()[0].pk, "learners": [learner.pk]},  # not a course
        {"target": academy.courses[0].pk, "learners": ["abc"]},
        {"target": academy.courses[0].pk, "learners": [learner.pk], "due_date": "31/31/2027"},
    ]
    for data in cases:
        response = client.post(reverse(URL), data)
        assert response.status_code == 200, data
        assert "error" in response.content.decode().lower(), data
    assert not Enrollment.objects.exists()


def test_learners_cannot_enroll_others(client, learner, academy):
    other = make_user()
    client.force_login(learner)
    response = client.post(reverse(URL), {"target": academy.courses[0].pk, "learners": [other.pk]})
    assert response.status_code in (302, 403)
    assert not Enrollment.objects.exists()


def test_a_learner_sees_only_their_own_progress(client, academy):
    from courses import services

    alice, bob = make_user(first_name="Alice"), make_user(first_name="Bob")
    services.lesson_complete(user=alice, lesson=academy.lessons_of()[0])
    client.force_login(bob)
    html = client.get(reverse("dashboard:home")).content.decode()
    assert "not enrolled in any course" in html
    html = client.get(academy.workshop().url).content.decode()
    assert 'aria-valuenow="0"' in html


def test_latest_enrollments_show_course_and_workshop_titles(client, trainer, learner, academy):
    client.force_login(trainer)
    client.post(reverse(URL), {"target": academy.workshop().pk, "learners": [learner.pk]})
    html = client.get(reverse(URL)).content.decode()
    assert academy.courses[0].title in html and academy.workshop().title in html
