"""Ready-to-use posts and the referent's inbox in the admin.

Both sit in the "Advocacy" menu that admin_ladder.py defines.

- "Content kit": the ContentPost snippet (translatable; trainers write it). The list shows
  each post's tier, dates and whether it is live, scheduled or expired.
- "Questions to the referent": the inbox, for the Referents group (and superusers) only.
  HR and trainers do not see learners' questions: every view checks the permission.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from themes.elision import format_elided

from .admin_ladder import ADVOCACY_MENU_HOOK
from .models import ContentPost, ReferentQuestion, Tier
from .selectors_referent import inbox, inbox_unanswered_count
from .services_referent import ANSWER_MAX, referent_question_answer

VIEW_QUESTIONS = "advocacy.view_referentquestion"
ANSWER_QUESTIONS = "advocacy.answer_referentquestion"


# --- the content kit -------------------------------------------------------------------


def post_status(post: ContentPost, now=None) -> str:
    now = now or timezone.now()
    if post.valid_from and post.valid_from > now:
        return "scheduled"
    if post.valid_until and post.valid_until <= now:
        return "expired"
    return "live"


# With a context: "Live" or "Scheduled" alone would also replace Wagtail's own words for
# pages (the project's catalogue wins over Wagtail's).
STATUS_LABELS = {
    "live": pgettext_lazy("ready-to-use post", "Live"),
    "scheduled": pgettext_lazy("ready-to-use post", "Scheduled"),
    "expired": pgettext_lazy("ready-to-use post", "Expired"),
}


class StatusColumn(Column):
    def get_value(self, instance):
        return STATUS_LABELS[post_status(instance)]


class ValidityColumn(Column):
    def get_value(self, instance):
        start = (
            date_format(timezone.localtime(instance.valid_from), "SHORT_DATE_FORMAT")
            if instance.valid_from
            else "…"
        )
        end = (
            date_format(timezone.localtime(instance.valid_until), "SHORT_DATE_FORMAT")
            if instance.valid_until
            else "…"
        )
        if not instance.valid_from and not instance.valid_until:
            return _("Always")
        return f"{start} – {end}"


def _tier_choices():
    return [
        (tier.slug, tier.name)
        for tier in Tier.objects.filter(locale=Locale.get_default()).order_by("rank")
    ]


class ContentPostFilterSet(WagtailFilterSet):
    tier = django_filters.ChoiceFilter(
        label=gettext_lazy("Open from tier"),
        choices=_tier_choices,
        method="filter_tier",
        empty_label=gettext_lazy("Any tier"),
        widget=forms.RadioSelect,
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=list(STATUS_LABELS.items()),
        method="filter_status",
        empty_label=gettext_lazy("Any status"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ContentPost
        fields = []

    def filter_tier(self, queryset, name, value):
        return queryset.filter(min_tier__slug=value) if value else queryset

    def filter_status(self, queryset, name, value):
        now = timezone.now()
        if value == "scheduled":
            return queryset.filter(valid_from__gt=now)
        if value == "expired":
            return queryset.filter(valid_until__lte=now)
        if value == "live":
            from .selectors_kit import valid_q

            return queryset.filter(valid_q(now))
        return queryset


class ContentPostViewSet(SnippetViewSet):
    model = ContentPost
    icon = "clipboard-list"
    menu_label = gettext_lazy("Content kit")
    menu_name = "content_kit"
    menu_order = 40
    menu_hook = ADVOCACY_MENU_HOOK  # inside the "Advocacy" menu (admin_ladder.py)
    url_prefix = "advocacy/posts"
    list_display = [
        "title",
        Column("min_tier", label=gettext_lazy("Open from tier"), accessor="min_tier"),
        ValidityColumn("validity", label=gettext_lazy("Shared")),
        StatusColumn("status", label=gettext_lazy("Status")),
        UpdatedAtColumn(),
    ]
    list_per_page = 50
    filterset_class = ContentPostFilterSet
    copy_view_enabled = True
    inspect_view_enabled = False

    def get_queryset(self, request):
        return ContentPost.objects.select_related("min_tier", "locale")


register_snippet(ContentPostViewSet)


# --- the referent's inbox --------------------------------------------------------------


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=gettext_lazy("Your answer"),
        max_length=ANSWER_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy("The learner receives it by e-mail and sees it in their dashboard."),
    )


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[
            ("", gettext_lazy("All questions")),
            ("unanswered", gettext_lazy("Waiting for an answer")),
            ("answered", gettext_lazy("Answered")),
        ],
    )


def inbox_index(request):
    _require(request, VIEW_QUESTIONS)
    form = InboxFilterForm(request.GET or None)
    status = form.cleaned_data["status"] if form.is_bound and form.is_valid() else ""
    page = Paginator(inbox(status=status), 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "advocacy/admin/referent_inbox.html",
        {
            "page_title": _("Questions to the referent"),
            "form": form,
            "page": page,
            "status": status,
            "unanswered": inbox_unanswered_count(),
        },
    )


def inbox_detail(request, pk: int):
    _require(request, VIEW_QUESTIONS)
    question = get_object_or_404(
        ReferentQuestion.objects.select_related("user__profile", "answered_by", "site"), pk=pk
    )
    can_answer = request.user.has_perm(ANSWER_QUESTIONS)
    form = AnswerForm(initial={"answer": question.answer})
    status = 200
    if request.method == "POST":
        if not can_answer:
            raise PermissionDenied
        form = AnswerForm(request.POST)
        if form.is_valid():
            try:
                referent_question_answer(
                    question=question, by=request.user, answer=form.cleaned_data["answer"]
                )
            except ValidationError as error:
                for messages_ in error.message_dict.values():
                    form.add_error("answer", messages_)
            else:
                messages.success(
                    request,
                    _("Answer sent to %(name)s.")
                    % {"name": question.user.get_full_name() or question.user.email},
                )
                return redirect("referent_inbox:index")
        status = 400
    return TemplateResponse(
        request,
        "advocacy/admin/referent_question.html",
        {
            "page_title": format_elided(
                _("Question from %(name)s"),
                name=question.user.get_full_name() or question.user.email,
            ),
            "question": question,
            "form": form,
            "can_answer": can_answer,
        },
        status=status,
    )


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_QUESTIONS)


class ReferentInboxViewSet(ViewSet):
    name = "referent_inbox"
    url_prefix = "advocacy/questions"
    icon = "help"
    menu_label = gettext_lazy("Questions to the referent")
    menu_order = 50
    menu_hook = ADVOCACY_MENU_HOOK
    menu_item_class = InboxMenuItem

    def get_urlpatterns(self):
        return [
            path("", inbox_index, name="index"),
            path("<id:pk>/", inbox_detail, name="detail"),
        ]


@hooks.register("register_admin_viewset")
def register_referent_inbox():
    return ReferentInboxViewSet()


def inbox_url(question: ReferentQuestion) -> str:
    return reverse("referent_inbox:detail", args=[question.pk])
