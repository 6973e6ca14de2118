"""Quizzes in the Wagtail admin: the Quiz snippet (so pages and blocks can choose one) and
the trainer pages of a quiz (questions, preview, item analysis, translation).

Permissions: the snippet views use Wagtail's model permissions on Quiz
(quizzes.add_quiz / change_quiz / delete_quiz / view_quiz); the trainer pages check the
codenames listed in `admin_views.PERMISSIONS`.
"""

from django.db.models import Count
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, LocaleColumn, UpdatedAtColumn
from wagtail.admin.widgets.button import Button, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, EditView, IndexView, SnippetViewSet

from . import admin_views
from .models import Quiz


class QuizIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for priority, (name, label, url, icon) in enumerate(
            admin_views.quiz_links(instance, self.request.user), start=40
        ):
            if name != "questions":
                buttons.append(Button(label, url=url, icon_name=icon, priority=priority))
        return buttons

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        for name, label, url, icon in admin_views.quiz_links(instance, self.request.user):
            if name == "questions":
                buttons.insert(0, ListingButton(label, url=url, icon_name=icon, priority=5))
        return buttons


class QuizEditView(EditView):
    @property
    def header_buttons(self):
        main, _more = admin_views.quiz_header_buttons(self.object, self.request.user)
        return [*super().header_buttons, *main]

    @property
    def header_more_buttons(self):
        _main, more = admin_views.quiz_header_buttons(self.object, self.request.user)
        return [*super().header_more_buttons, *more]


class QuizDeleteView(DeleteView):
    """A quiz learners have attempted cannot be deleted (Attempt.quiz is PROTECT): say so
    instead of failing."""

    def get_attempt_count(self):
        return self.object.attempts.count()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        count = self.get_attempt_count()
        if count:
            context["is_protected"] = True
            context["attempt_count"] = count
        return context

    def form_valid(self, form):
        count = self.get_attempt_count()
        if count:
            messages.error(
                self.request,
                gettext(
                    "“%(title)s” cannot be deleted: learners have made %(count)d attempt(s) "
                    "at it, and those are part of their records."
                )
                % {"title": self.object.title, "count": count},
            )
            return redirect(admin_views.quiz_edit_url(self.object))
        return super().form_valid(form)


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "clipboard-list"
    menu_label = _("Quizzes")
    menu_name = "quizzes"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = QuizIndexView
    edit_view_class = QuizEditView
    delete_view_class = QuizDeleteView
    delete_template_name = "quizzes/admin/quiz_confirm_delete.html"
    # A plain copy would leave the questions behind; translations use the deep copy.
    copy_view_enabled = False
    search_fields = ["title"]
    search_backend_name = None
    list_display = [
        "title",
        LocaleColumn(),
        Column("question_count", label=_("Questions"), sort_key="question_count"),
        Column("pass_mark", label=_("Pass mark (%)"), sort_key="pass_mark"),
        UpdatedAtColumn(),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldRowPanel([FieldPanel("attempts_allowed"), FieldPanel("delay_minutes")]),
                FieldPanel("time_limit_minutes"),
                FieldPanel("grading_method"),
            ],
            heading=_("Passing and attempts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("draw_count"),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
            ],
            heading=_("Questions drawn"),
        ),
        MultiFieldPanel(
            [FieldPanel("review_show"), FieldPanel("review_when")],
            heading=_("Review after an attempt"),
        ),
    ]

    def get_queryset(self, request):
        return Quiz.objects.select_related("locale").annotate(question_count=Count("questions"))


register_snippet(QuizViewSet)


def _translate_redirect(request, pk):
    """Wagtail simple_translation's "Translate" would copy the quiz without its questions:
    send quizzes to the deep copy instead (same permission rules as our own view)."""
    return redirect("quizzes_admin:translate", quiz_id=pk)


@hooks.register("register_admin_urls")
def register_quiz_admin_urls():
    views = admin_views
    urls = [
        path("<id:quiz_id>/questions/", views.QuestionListView.as_view(), name="questions"),
        path(
            "<id:quiz_id>/questions/add/",
            views.QuestionChooseTypeView.as_view(),
            name="question_choose_type",
        ),
        path(
            "<id:quiz_id>/questions/add/<slug:type_slug>/",
            views.QuestionAddView.as_view(),
            name="question_add",
        ),
        path(
            "<id:quiz_id>/questions/<id:question_id>/",
            views.QuestionEditView.as_view(),
            name="question_edit",
        ),
        path(
            "<id:quiz_id>/questions/<id:question_id>/delete/",
            views.QuestionDeleteView.as_view(),
            name="question_delete",
        ),
        path(
            "<id:quiz_id>/questions/<id:question_id>/move/",
            views.QuestionMoveView.as_view(),
            name="question_move",
        ),
        path("<id:quiz_id>/preview/", views.QuizPreviewView.as_view(), name="preview"),
        path("<id:quiz_id>/analysis/", views.QuizAnalysisView.as_view(), name="analysis"),
        path("<id:quiz_id>/translate/", views.QuizTranslateView.as_view(), name="translate"),
    ]
    return [
        path("quizzes/", include((urls, "quizzes_admin"), namespace="quizzes_admin")),
        # Registered before simple_translation's own URLs (app order), so it wins.
        path("translation/submit/snippet/quizzes/quiz/<id:pk>/", _translate_redirect),
    ]


@hooks.register("construct_snippet_listing_buttons")
def hide_shallow_translate(buttons, snippet, user):
    """Our "Translate to …" entries replace simple_translation's "Translate" for quizzes."""
    if isinstance(snippet, Quiz):
        buttons[:] = [b for b in buttons if "/translation/submit/snippet/" not in (b.url or "")]
