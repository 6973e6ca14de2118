"""E-mails of the referent's inbox, sent after commit by the "lms" task backend (immediate in
the embedded mode, a db_worker in production). Never raises: a mail server that is down must
not turn the learner's question into an error page; the question is already in the Wagtail
inbox, which is where the referent answers anyway."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from lms.accounts.selectors import user_language

logger = logging.getLogger(__name__)


def enqueue(task_obj, question_id: int) -> None:
    try:
        task_obj.enqueue(question_id)
    except Exception:
        logger.exception("Could not queue the referent e-mail for question %s", question_id)


def _admin_base() -> str:
    return (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").rstrip("/")


def _site_base(site) -> str:
    if site is None:
        return _admin_base()
    return site.root_url.rstrip("/")


def referent_recipients(site) -> list[tuple[str, str]]:
    """[(e-mail, language)] who receive a new question for `site`: the referent named in the
    brand settings, else every active member of the Referents group."""
    from lms.accounts.models import User
    from lms.accounts.roles import REFERENTS
    from themes.models import BrandSettings

    email = BrandSettings.for_site(site).referent_email if site else ""
    if email:
        user = User.objects.filter(email__iexact=email).select_related("profile").first()
        return [(email, user_language(user) if user else settings.LANGUAGE_CODE)]
    members = User.objects.filter(groups__name=REFERENTS, is_active=True).exclude(email="")
    return [(u.email, user_language(u)) for u in members.select_related("profile").distinct()]


def _send(*, to: str, language: str, template: str, context: dict) -> None:
    with translation.override(language):
        subject = render_to_string(f"advocacy/emails/{template}_subject.txt", context)
        body = render_to_string(f"advocacy/emails/{template}.txt", context)
    message = EmailMultiAlternatives(subject=" ".join(subject.split())[:200], body=body, to=[to])
    message.send()


@task(backend="lms")
def referent_question_notify(question_id: int) -> dict:
    """Tell the referent a question arrived: who asked, from which page, and where to
    answer."""
    from .models import ReferentQuestion

    try:
        question = ReferentQuestion.objects.select_related("user", "site").get(pk=question_id)
        context = {
            "question": question,
            "learner_name": question.user.get_full_name() or question.user.email,
            "page_link": (_site_base(question.site) + question.page_url)
            if question.page_url
            else "",
            "inbox_link": _admin_base() + reverse("referent_inbox:detail", args=[question.pk]),
        }
        sent = 0
        for email, language in referent_recipients(question.site):
            _send(to=email, language=language, template="question_asked", context=context)
            sent += 1
        return {"question": question_id, "sent": sent}
    except Exception as exc:
        logger.exception("Referent e-mail for question %s failed", question_id)
        return {"question": question_id, "error": repr(exc)}


@task(backend="lms")
def referent_answer_notify(question_id: int) -> dict:
    """Tell the learner, in their language, that the referent answered."""
    from themes.models import BrandSettings

    from .models import ReferentQuestion

    try:
        question = ReferentQuestion.objects.select_related(
            "user__profile", "site", "answered_by"
        ).get(pk=question_id)
        language = user_language(question.user)
        with translation.override(language):
            questions_link = _site_base(question.site) + reverse("advocacy:questions")
        context = {
            "question": question,
            "learner_name": question.user.first_name or question.user.email,
            "referent_name": question.answered_by.get_full_name() if question.answered_by else "",
            "questions_link": questions_link,
            # The referent's title ("votre référente"), in the learner's language.
            "brand": BrandSettings.for_site(question.site) if question.site else None,
        }
        _send(to=question.user.email, language=language, template="answer_given", context=context)
        return {"question": question_id, "sent": 1}
    except Exception as exc:
        logger.exception("Answer e-mail for question %s failed", question_id)
        return {"question": question_id, "error": repr(exc)}
