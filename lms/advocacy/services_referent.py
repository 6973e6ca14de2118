"""Writes of questions to the referent: a learner asks, the referent answers, the learner
reads the answer. One transaction each; e-mails leave after commit (tasks_referent.py), so
a rolled-back question never reaches anyone's inbox."""

from __future__ import annotations

import datetime as dt
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import ReferentQuestion

QUESTION_MAX = 2000
ANSWER_MAX = 4000
# Enough for a learner with real doubts; few enough that nobody floods the referent.
RATE_LIMIT = 10
RATE_WINDOW = timedelta(hours=1)


class RateLimited(ValidationError):
    """Too many questions in the last hour."""


def page_url_clean(value: str) -> str:
    """A path on this site (e.g. /en/academy/lesson/), or "" for anything else. The learner
    is sent back there after asking, so an absolute or protocol-relative address (an open
    redirect) is refused."""
    value = (value or "").strip()
    if (
        not value.startswith("/")
        or value.startswith("//")
        or "\\" in value
        or any(ord(c) < 32 for c in value)
        or len(value) > 500
        or not url_has_allowed_host_and_scheme(value, allowed_hosts=set(), require_https=False)
    ):
        return ""
    return value


def _after_commit(task_name: str, question_id: int) -> None:
    from . import tasks_referent

    task = getattr(tasks_referent, task_name)
    transaction.on_commit(lambda: tasks_referent.enqueue(task, question_id), robust=True)


@transaction.atomic
def referent_question_ask(
    *,
    user,
    site,
    question: str,
    page_title: str = "",
    page_url: str = "",
    language: str = "",
    now: dt.datetime | None = None,
) -> ReferentQuestion:
    """Record a learner's question and, after commit, e-mail it to the site's referent.
    Raises ValidationError (nothing saved) for an empty or too long question, an address
    that is not a path on this site, or too many questions in the last hour."""
    now = now or timezone.now()
    if site is None:
        raise ValidationError(_("This address belongs to no site of the academy."))
    text = (question or "").strip()
    if not text:
        raise ValidationError({"question": _("Write your question.")})
    if len(text) > QUESTION_MAX:
        raise ValidationError(
            {
                "question": _(
                    "Keep your question under %(limit_value)d characters (it has %(show_value)d)."
                )
                % {"limit_value": QUESTION_MAX, "show_value": len(text)}
            }
        )
    clean_url = page_url_clean(page_url)
    if page_url and not clean_url:
        raise ValidationError({"page_url": _("The page this question comes from is not valid.")})
    recent = ReferentQuestion.objects.filter(user=user, asked_at__gt=now - RATE_WINDOW).count()
    if recent >= RATE_LIMIT:
        from themes.models import BrandSettings

        raise RateLimited(
            ngettext(
                "You have asked %(count)d question in the last hour. Please wait a little "
                "before asking another one, or reach your %(referent_title)s directly.",
                "You have asked %(count)d questions in the last hour. Please wait a little "
                "before asking another one, or reach your %(referent_title)s directly.",
                recent,
            )
            % {"count": recent, "referent_title": BrandSettings.for_site(site).referent_title}
        )
    record = ReferentQuestion.objects.create(
        user=user,
        site=site,
        question=text,
        page_title=(page_title or "").strip()[:255] if clean_url else "",
        page_url=clean_url,
        language=(language or "")[:10],
        asked_at=now,
    )
    _after_commit("referent_question_notify", record.pk)
    return record


@transaction.atomic
def referent_question_answer(
    *, question: ReferentQuestion, by, answer: str, now: dt.datetime | None = None
) -> ReferentQuestion:
    """Answer (or correct the answer to) a question; the learner is e-mailed after commit.
    The learner sees it as new until they open it."""
    text = (answer or "").strip()
    if not text:
        raise ValidationError({"answer": _("Write an answer.")})
    if len(text) > ANSWER_MAX:
        raise ValidationError(
            {
                "answer": _(
                    "Keep the answer under %(limit_value)d characters (it has %(show_value)d)."
                )
                % {"limit_value": ANSWER_MAX, "show_value": len(text)}
            }
        )
    now = now or timezone.now()
    question = ReferentQuestion.objects.select_for_update().get(pk=question.pk)
    question.answer = text
    question.answered_by = by
    question.answered_at = now
    question.answer_seen_at = None
    question.save(update_fields=["answer", "answered_by", "answered_at", "answer_seen_at"])
    _after_commit("referent_answer_notify", question.pk)
    return question


def referent_answers_seen(*, user, question_ids=None, now: dt.datetime | None = None) -> int:
    """Mark the learner's answers (all, or those in `question_ids`) as read. Only the
    learner's own questions are touched. Returns how many were new."""
    unseen = ReferentQuestion.objects.filter(
        user=user, answered_at__isnull=False, answer_seen_at__isnull=True
    )
    if question_ids is not None:
        unseen = unseen.filter(pk__in=question_ids)
    return unseen.update(answer_seen_at=now or timezone.now())
