"""Learner side of the referent: ask a question (from a lesson, the content kit or its own
page), read one's own questions and answers. Thin: rules live in services_referent."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from themes.models import BrandSettings

from .selectors_referent import question_for_learner, questions_for_learner, referent_for_request
from .services_referent import (
    QUESTION_MAX,
    RateLimited,
    page_url_clean,
    referent_answers_seen,
    referent_question_ask,
)


class AskForm(forms.Form):
    question = forms.CharField(
        label=gettext_lazy("Your question"),
        max_length=QUESTION_MAX,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": QUESTION_MAX}),
        error_messages={
            "required": gettext_lazy("Write your question."),
            "max_length": gettext_lazy(
                "Keep your question under %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
        # The help text names the referent by their title ("votre référente"): written by
        # the template (advocacy/referent_form.html), which knows the request's brand.
    )
    page_title = forms.CharField(required=False, widget=forms.HiddenInput, max_length=255)
    page_url = forms.CharField(required=False, widget=forms.HiddenInput, max_length=500)


def ask_context(request, *, page_title: str | None, page_url: str | None = None, form=None):
    """What the "Ask the referent" panel needs on any learner page."""
    referent = referent_for_request(request)
    if form is None:
        form = AskForm(
            initial={
                "page_title": page_title or "",
                "page_url": page_url if page_url is not None else request.get_full_path(),
            },
            auto_id="ask-%s",
        )
    return {"referent": referent, "ask_form": form}


def _back(url: str) -> str:
    return page_url_clean(url) or reverse("advocacy:questions")


@login_required
@require_http_methods(["GET", "POST"])
def ask(request):
    """GET: the form on its own page. POST: send the question, then back to the page it was
    asked from (PRG). On an error the form is shown again here with the text kept."""
    if request.method == "GET":
        page_url = page_url_clean(request.GET.get("from", ""))
        context = ask_context(
            request, page_title=request.GET.get("title", "")[:255], page_url=page_url
        )
        return render(request, "advocacy/referent_ask.html", {**context, "back": page_url})

    form = AskForm(request.POST, auto_id="ask-%s")
    if form.is_valid():
        data = form.cleaned_data
        try:
            referent_question_ask(
                user=request.user,
                site=Site.find_for_request(request),
                question=data["question"],
                page_title=data["page_title"],
                page_url=data["page_url"],
                language=get_language(),
            )
        except RateLimited as error:
            form.add_error(None, error.messages[0])
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            referent = referent_for_request(request)
            if referent:
                messages.success(
                    request,
                    _(
                        "Your question was sent to %(name)s. You will get the answer by "
                        "e-mail and in “My questions”."
                    )
                    % {"name": referent.name},
                )
            else:
                messages.success(
                    request,
                    _(
                        "Your question was sent to your %(referent_title)s. You will get the "
                        "answer by e-mail and in “My questions”."
                    )
                    % {"referent_title": BrandSettings.for_request(request).referent_title},
                )
            return redirect(_back(data["page_url"]))
    # page_url errors are shown as a general error: the field is hidden.
    if "page_url" in form.errors:
        form.add_error(None, form.errors.pop("page_url"))
    context = ask_context(request, page_title=None, form=form)
    back = page_url_clean(request.POST.get("page_url", ""))
    return render(request, "advocacy/referent_ask.html", {**context, "back": back}, status=400)


@login_required
def questions(request):
    """The learner's own questions and their answers. Opening the page marks answers as
    read; those that were new are highlighted this once."""
    own = list(questions_for_learner(user=request.user).order_by("-asked_at"))
    new_ids = {q.pk for q in own if q.answered_at and not q.answer_seen_at}
    if new_ids:
        referent_answers_seen(user=request.user, question_ids=new_ids)
    context = {"questions": own, "new_ids": new_ids}
    context.update(ask_context(request, page_title=_("My questions")))
    return render(request, "advocacy/referent_questions.html", context)


@login_required
def question_detail(request, pk: int):
    question = question_for_learner(user=request.user, pk=pk)
    if question is None:
        raise Http404
    was_new = bool(question.answered_at and not question.answer_seen_at)
    if was_new:
        referent_answers_seen(user=request.user, question_ids=[question.pk])
    return render(
        request, "advocacy/referent_question.html", {"question": question, "was_new": was_new}
    )
