"""Course and workshop titles in the viewer's language, falling back to the default
language's; files (exports) keep the default language's titles whoever downloads them."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from courses import services
from courses.selectors import page_titles_by_key
from lms.accounts import roles
from lms.reports.catalogue import catalogue_load
from tests.factories import build_academy, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def built():
    return build_academy(courses=1, lessons=1, levels=("beginner",), french=True)


def test_catalogue_titles_follow_the_language_asked_and_files_keep_the_default(built):
    key = built.workshop().translation_key
    assert catalogue_load().workshop(key).title == "Course 0 beginner"
    assert catalogue_load(language="fr").workshop(key).title == "Course 0 beginner (FR)"
    assert catalogue_load(language="en").workshop(key).title == "Course 0 beginner"


def test_titles_fall_back_to_the_default_language(built):
    only_english = build_academy(courses=1, lessons=1, levels=("beginner",))
    keys = [built.courses[0].translation_key, only_english.courses[0].translation_key]
    with translation.override("fr"):
        titles = page_titles_by_key(keys)
    assert titles[keys[0]] == "Course 0 (FR)"
    assert titles[keys[1]] == "Course 0"


@pytest.mark.parametrize(("language", "title"), [("en", "Course 0 beginner"), ("fr", "(FR)")])
def test_hr_report_names_workshops_in_the_viewers_language(client, built, language, title):
    learner = make_user()
    services.workshop_enroll(user=learner, workshop=built.workshop())
    hr = make_user(group=roles.HR, language=language)
    UserProfile.objects.update_or_create(user=hr, defaults={"preferred_language": language})
    client.force_login(hr)
    html = client.get(reverse("reports_admin:index")).content.decode()
    assert title in html
    if language == "en":
        assert "(FR)" not in html


def test_dashboard_names_courses_in_the_learners_language(client, built):
    learner = make_user(language="fr")
    services.workshop_enroll(user=learner, workshop=built.workshop())
    client.force_login(learner)
    html = client.get("/fr/dashboard/").content.decode()
    assert "Course 0 (FR)" in html


@pytest.mark.parametrize(("language", "label"), [("en", "Course 0 ·"), ("fr", "Course 0 (FR) ·")])
def test_hr_report_chart_labels_name_courses_in_the_viewers_language(
    client, built, language, label
):
    """The "by course and level" chart: its bar labels (and their table) in HR's language;
    the English title when the French one does not exist."""
    only_english = build_academy(courses=1, lessons=1, levels=("beginner",))
    learner = make_user()
    services.workshop_enroll(user=learner, workshop=built.workshop())
    services.workshop_enroll(user=learner, workshop=only_english.workshop())
    hr = make_user(group=roles.HR, language=language)
    UserProfile.objects.update_or_create(user=hr, defaults={"preferred_language": language})
    client.force_login(hr)
    html = client.get(reverse("reports_admin:index")).content.decode()
    start = html.index('id="course-level-heading"')
    chart = html[start : html.index("</section>", start)]
    assert label in chart
    # The course with no French falls back to its English title; English reads no French.
    assert "Course 0 ·" in chart
    if language == "en":
        assert "(FR)" not in chart
