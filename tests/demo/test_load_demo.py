"""The shipped curriculum: three courses x three levels, in both languages, loaded twice."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage, WorkshopPage
from lms.accounts.models import User

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Page.objects.count(),
        User.objects.count(),
        Enrollment.objects.count(),
        LessonCompletion.objects.count(),
        sorted(Page.objects.values_list("latest_revision_id", flat=True), key=str),
    )


@override_settings(DEBUG=True)
def test_load_demo_builds_the_academy_and_changes_nothing_the_second_time(
    django_capture_on_commit_callbacks,
):
    # What runs at the commit of `load_demo` (certificates rendered and e-mailed) runs here too.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first

    for language in ("en", "fr"):
        courses = CoursePage.objects.filter(locale__language_code=language, live=True)
        assert courses.count() == 3
        for course in courses:
            levels = list(WorkshopPage.objects.child_of(course).values_list("level", flat=True))
            assert sorted(levels) == ["beginner", "expert", "intermediate"]
            for workshop in WorkshopPage.objects.child_of(course):
                lessons = LessonPage.objects.child_of(workshop)
                assert lessons.count() >= 2
                for lesson in lessons:
                    text = str(lesson.body)
                    assert len(text) > 1000 and "lorem" not in text.lower()
    assert {g for u in User.objects.all() for g in u.groups.values_list("name", flat=True)} == {
        "Learners",
        "Trainers",
        "HR",
        "Referents",
    }
    # Learners at each advocacy tier, with their certificates issued and rendered.
    from certificates.models import Certificate
    from lms.advocacy.models import LearnerTier

    tiers = dict(LearnerTier.objects.values_list("user__email", "slug"))
    assert tiers["relay@porte-voix.test"] == "relay"
    assert tiers["ambassador@porte-voix.test"] == "ambassador"
    assert tiers["champion@porte-voix.test"] == "champion"
    champion = Certificate.objects.filter(user__email="champion@porte-voix.test")
    assert champion.count() == 9 and all(c.pdf for c in champion)
    assert Enrollment.objects.filter(success_status="passed").exists()
    assert Enrollment.objects.filter(source="hr", due_date__isnull=False).exists()


@override_settings(DEBUG=False)
def test_load_demo_refuses_to_run_in_production():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("load_demo")
    assert not User.objects.exists()


@override_settings(DEBUG=True)
def test_demo_pages_render_in_both_languages(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    alex = User.objects.get(email="alex.morgan@porte-voix.test")
    client.force_login(alex)
    for lesson in LessonPage.objects.live().select_related("locale").order_by("locale"):
        # A signed-in person sees their profile's language (ADR 0019): Alex reads each lesson
        # with his profile in the lesson's language, as after choosing it in the switcher.
        if alex.profile.preferred_language != lesson.locale.language_code:
            alex.profile.preferred_language = lesson.locale.language_code
            alex.profile.save(update_fields=["preferred_language"])
            client.force_login(alex)
        response = client.get(lesson.url)
        assert response.status_code == 200, lesson.url
