"""Badge criteria, awarded once with the date, a notification and a badge_awarded event."""

from __future__ import annotations

import datetime as dt

import pytest

from lms.gamification import services, signals
from lms.gamification.models import BadgeAward, CriterionType, Notification
from tests.factories import build_academy, make_user

from .helpers import T0, badge_make, final_quiz_add, lessons_do, quiz_take

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(db):
    return build_academy(courses=2, lessons=2, levels=("beginner", "intermediate"))


def held(user) -> set[str]:
    from lms.gamification.models import Badge

    keys = BadgeAward.objects.filter(user=user).values_list("badge_key", flat=True)
    return set(Badge.objects.filter(translation_key__in=keys).values_list("name", flat=True))


def test_lesson_badges(built):
    badge_make("First step", CriterionType.FIRST_LESSON)
    badge_make("Three lessons", CriterionType.LESSONS, threshold=3)
    user = make_user()
    lessons = built.lessons_of(0, "beginner")
    from courses import services as course_services

    course_services.lesson_complete(user=user, lesson=lessons[0], now=T0)
    assert held(user) == {"First step"}
    award = BadgeAward.objects.get(user=user)
    assert award.awarded_at == T0
    course_services.lesson_complete(user=user, lesson=lessons[1], now=T0 + dt.timedelta(minutes=5))
    assert held(user) == {"First step"}
    lessons_do(built, user, course=1, start=T0 + dt.timedelta(hours=1))
    assert held(user) == {"First step", "Three lessons"}
    assert BadgeAward.objects.filter(user=user).count() == 2  # each once


def test_all_beginner_workshops_and_every_course_at_a_level(built):
    badge_make("Beginner all round", CriterionType.ALL_BEGINNER)
    badge_make("Every course, beginner", CriterionType.EVERY_COURSE_AT_LEVEL, level="beginner")
    badge_make(
        "Every course, intermediate", CriterionType.EVERY_COURSE_AT_LEVEL, level="intermediate"
    )
    user = make_user()
    lessons_do(built, user, course=0)
    assert held(user) == set()
    lessons_do(built, user, course=1, start=T0 + dt.timedelta(hours=1))
    assert held(user) == {"Beginner all round", "Every course, beginner"}


def test_first_certificate(built):
    badge_make("Certified", CriterionType.FIRST_CERTIFICATE)
    user = make_user()
    lessons_do(built, user)
    assert held(user) == {"Certified"}


def test_perfect_score_only_on_a_perfect_attempt(built):
    badge_make("Flawless", CriterionType.PERFECT_SCORE)
    workshop = final_quiz_add(built, pass_mark=50)
    imperfect = make_user()
    at = lessons_do(built, imperfect)
    quiz_take(workshop, imperfect, at=at, perfect=False)
    assert held(imperfect) == set()
    perfect = make_user()
    at = lessons_do(built, perfect)
    quiz_take(workshop, perfect, at=at, perfect=True)
    assert held(perfect) == {"Flawless"}


def test_streak_badge(db):
    badge_make("Three weeks", CriterionType.STREAK, threshold=3)
    user = make_user()
    for n in range(2):
        services.activity_record(user=user, at=T0 + dt.timedelta(weeks=n))
    assert held(user) == set()
    services.activity_record(user=user, at=T0 + dt.timedelta(weeks=2))
    assert held(user) == {"Three weeks"}


def test_award_sends_an_event_and_a_notification(built):
    badge = badge_make("First step", CriterionType.FIRST_LESSON)
    seen = []

    def on_award(sender, user, badge, award, **kwargs):
        seen.append((user.pk, badge.translation_key))

    signals.badge_awarded.connect(on_award, dispatch_uid="test-badge")
    try:
        user = make_user()
        lessons_do(built, user)
    finally:
        signals.badge_awarded.disconnect(dispatch_uid="test-badge")
    assert seen == [(user.pk, badge.translation_key)]
    note = Notification.objects.get(user=user)
    assert note.kind == "badge" and note.subject_key == str(badge.translation_key)


def test_a_badge_added_later_is_awarded_on_the_next_check(built):
    user = make_user()
    lessons_do(built, user)
    badge_make("First step", CriterionType.FIRST_LESSON)
    assert held(user) == set()
    services.badges_evaluate(user=user, event="all")
    assert held(user) == {"First step"}


def test_a_translated_badge_is_one_award(built):
    from wagtail.models import Locale

    badge = badge_make("First step", CriterionType.FIRST_LESSON)
    french = Locale.objects.get_or_create(language_code="fr")[0]
    badge.copy_for_translation(french).save()
    user = make_user()
    lessons_do(built, user)
    assert BadgeAward.objects.filter(user=user).count() == 1
