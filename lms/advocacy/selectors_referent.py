"""Reads of questions to the referent. A learner reads only their own questions; the inbox
(admin) reads all of them, behind the Referents' permission."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from wagtail.models import Site

from courses.prepared_reads import PreparedRead

from .models import ReferentQuestion


@dataclass
class Referent:
    """Who answers, as learners see them (from the site's brand settings)."""

    name: str
    role: str
    contact: str
    photo: object  # a Wagtail image, or None


def referent_for_request(request) -> Referent | None:
    """The named referent of the request's site, or None when no one is named. Read through
    BrandSettings.for_request, which the page's header already loaded: no extra query."""
    from themes.models import BrandSettings

    if request is None or Site.find_for_request(request) is None:
        return None
    brand = BrandSettings.for_request(request)
    if not brand.referent_name:
        return None
    return Referent(
        name=brand.referent_name,
        role=brand.referent_role,
        contact=brand.referent_contact,
        photo=brand.referent_photo,
    )


def questions_for_learner(*, user) -> QuerySet[ReferentQuestion]:
    return ReferentQuestion.objects.filter(user=user).select_related("answered_by")


def question_for_learner(*, user, pk: int) -> ReferentQuestion | None:
    """The learner's own question, or None (someone else's is as absent as a missing one)."""
    return questions_for_learner(user=user).filter(pk=pk).first()


def answers_recent(*, user, limit: int = 5) -> list[ReferentQuestion]:
    """The learner's latest questions for the dashboard: answered first (newest answer
    first), then those still waiting. One query."""
    return _ANSWERS_RECENT(user.pk, fixed=(limit,))


def _answers_recent_query(user_id, limit):
    from django.db.models import F

    return (
        ReferentQuestion.objects.filter(user_id=user_id)
        .order_by(F("answered_at").desc(nulls_last=True), "-asked_at")
        .only(
            "pk", "question", "page_title", "asked_at", "answer", "answered_at", "answer_seen_at"
        )[:limit]
    )


# On every dashboard: its SQL built once per connection (courses/prepared_reads.py).
_ANSWERS_RECENT = PreparedRead(_answers_recent_query)


def inbox(*, status: str = "") -> QuerySet[ReferentQuestion]:
    """Every question, unanswered first (oldest waiting first), then answered (newest
    first). `status`: "unanswered", "answered" or "" for all."""
    from django.db.models import F

    questions = ReferentQuestion.objects.select_related("user", "answered_by", "site")
    if status == "unanswered":
        questions = questions.filter(answered_at__isnull=True)
    elif status == "answered":
        questions = questions.filter(answered_at__isnull=False)
    return questions.order_by(F("answered_at").desc(nulls_first=True), "asked_at")


def inbox_unanswered_count() -> int:
    return ReferentQuestion.objects.filter(answered_at__isnull=True).count()
