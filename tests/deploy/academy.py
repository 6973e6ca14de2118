"""What an operator does in the admin after the first deploy, as one call for the production
path test (run through `manage.py shell -c`, with production settings): add the LRS
destination, and name a lesson the demo learner can complete, with its xAPI activity id."""

from __future__ import annotations

import json

LEARNER_EMAIL = "sam.taylor@porte-voix.test"


def prepare(endpoint: str) -> None:
    from django.contrib.auth import get_user_model

    from courses.models import LessonCompletion, LessonPage
    from courses.selectors import workshop_for_lesson, workshop_outline
    from lms.tracking import constants
    from lms.tracking.activities import page_activity
    from lms.tracking.models import AuthType, Destination

    # Sent from now on (the default): the demo's own history stays in the outbox, so what
    # reaches the LRS is what the test does over HTTP.
    Destination.objects.create(name="Test LRS", endpoint=endpoint, auth_type=AuthType.NONE)

    learner = get_user_model().objects.get(email=LEARNER_EMAIL)
    done = set(LessonCompletion.objects.filter(user=learner).values_list("lesson_key", flat=True))
    for lesson in LessonPage.objects.live().filter(locale__language_code="en").order_by("path"):
        if lesson.translation_key in done:
            continue
        if workshop_outline(workshop=workshop_for_lesson(lesson=lesson), user=learner).locked:
            continue
        activity, _language = page_activity(lesson, kind="lesson", type_iri=constants.LESSON)
        print(
            json.dumps(
                {
                    "email": LEARNER_EMAIL,
                    "lesson_url": lesson.url,
                    "complete_path": complete_path(lesson),
                    "activity_id": activity["id"],
                    "verb_id": constants.COMPLETED.id,
                }
            )
        )
        return
    raise SystemExit(f"{LEARNER_EMAIL} has no open lesson left in the demo academy")


def complete_path(lesson) -> str:
    from django.urls import reverse
    from django.utils import translation

    with translation.override("en"):
        return reverse("courses:lesson_complete", args=[lesson.pk])
