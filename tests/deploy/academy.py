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


HR_EMAIL = "hr@porte-voix.test"
ADMIN_EMAIL = "admin@porte-voix.test"


def prepare_scale_out() -> None:
    """For the two-app-server test: an authenticator for HR and for the admin (staff sign in
    with a second factor in production; the test computes the codes from the printed keys),
    and a demo learner's certificate to download: the learner has answered the name question
    (a first download asks it), and pages are asked for in their profile's language (a
    signed-in person is redirected to it, ADR 0019)."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from certificates.models import Certificate

    users = get_user_model().objects
    keys = {}
    for email in (HR_EMAIL, ADMIN_EMAIL):
        device = TOTPDevice.objects.create(user=users.get(email=email), name="test", confirmed=True)
        keys[email] = device.key
    certificate = (
        Certificate.objects.filter(revoked_at=None, user__is_staff=False)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    if certificate is None:
        raise SystemExit("The demo academy issued no certificate")
    profile = certificate.user.profile
    profile.show_name_on_certificates = True
    profile.save(update_fields=["show_name_on_certificates"])
    print(
        json.dumps(
            {
                "totp_keys": keys,
                "holder_email": certificate.user.email,
                "certificate_id": str(certificate.public_id),
                "holder_language": profile.preferred_language,
            }
        )
    )
