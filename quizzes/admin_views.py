"""Wagtail admin views for trainers: a quiz's questions (list, add by type, edit, delete,
reorder), the learner preview, item analysis and translation.

Permissions (Django model permissions, granted to the Trainers group in
`lms.accounts.roles`):

| view                          | needs                                          |
|-------------------------------|------------------------------------------------|
| questions list, preview       | quizzes.change_quiz                            |
| add a question                | quizzes.change_quiz + quizzes.add_question     |
| edit, move a question         | quizzes.change_quiz + quizzes.change_question  |
| delete a question             | quizzes.change_quiz + quizzes.delete_question  |
| item analysis                 | quizzes.view_quiz                              |
| translate a quiz              | quizzes.add_quiz                               |

Every URL also sits behind Wagtail's `wagtailadmin.access_admin`.
"""

from __future__ import annotations

import random

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Max, ProtectedError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button, HeaderButton

from . import analysis, translation
from .forms import (
    QUESTION_TYPE_SPECS,
    AnalysisFilterForm,
    QuestionTypeSpec,
    TranslateQuizForm,
    spec_for,
)
from .models import Question, Quiz
from .selectors import OptionView, QuestionView

LEARNER_PARTIAL = "quizzes/includes/question.html"

PERMISSIONS = {
    "questions": ("quizzes.change_quiz",),
    "preview": ("quizzes.change_quiz",),
    "question_add": ("quizzes.change_quiz", "quizzes.add_question"),
    "question_edit": ("quizzes.change_quiz", "quizzes.change_question"),
    "question_move": ("quizzes.change_quiz", "quizzes.change_question"),
    "question_delete": ("quizzes.change_quiz", "quizzes.delete_question"),
    "analysis": ("quizzes.view_quiz",),
    "translate": ("quizzes.add_quiz",),
}


def quiz_edit_url(quiz: Quiz) -> str:
    return reverse("wagtailsnippets_quizzes_quiz:edit", args=[quote(quiz.pk)])


def quiz_list_url() -> str:
    return reverse("wagtailsnippets_quizzes_quiz:list")


def quiz_links(quiz: Quiz, user) -> list[tuple[str, str, str, str]]:
    """(name, label, url, icon) of the trainer pages of a quiz this user may open."""
    links = []
    if user.has_perms(PERMISSIONS["questions"]):
        links.append(
            (
                "questions",
                _("Questions"),
                reverse("quizzes_admin:questions", args=[quiz.pk]),
                "list-ol",
            )
        )
        links.append(
            (
                "preview",
                _("Preview as a learner"),
                reverse("quizzes_admin:preview", args=[quiz.pk]),
                "view",
            )
        )
    if user.has_perms(PERMISSIONS["analysis"]):
        links.append(
            (
                "analysis",
                _("Item analysis"),
                reverse("quizzes_admin:analysis", args=[quiz.pk]),
                "table",
            )
        )
    if user.has_perms(PERMISSIONS["translate"]):
        for locale in translation.missing_locales(quiz):
            links.append(
                (
                    "translate",
                    _("Translate to %(language)s")
                    % {"language": translation.language_name(locale)},
                    reverse("quizzes_admin:translate", args=[quiz.pk])
                    + f"?locale={locale.language_code}",
                    "globe",
                )
            )
    return links


def quiz_header_buttons(quiz: Quiz, user, *, current: str = "") -> tuple[list, list]:
    """Header buttons shared by the quiz's edit page and its trainer pages."""
    main, more = [], []
    for priority, (name, label, url, icon) in enumerate(quiz_links(quiz, user), start=1):
        if name == current:
            continue
        if name == "questions":
            main.append(HeaderButton(label, url=url, icon_name=icon, priority=priority))
        else:
            more.append(Button(label, url=url, icon_name=icon, priority=100 + priority))
    return main, more


class QuizAdminView(WagtailAdminTemplateMixin, TemplateView):
    """A trainer page about one quiz, with Wagtail's header and breadcrumbs."""

    name = ""  # key in PERMISSIONS
    header_icon = "clipboard-list"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(PERMISSIONS[self.name]):
            raise PermissionDenied
        self.quiz = get_object_or_404(Quiz.objects.select_related("locale"), pk=kwargs["quiz_id"])
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs):
        """Fetch what the view needs beyond the quiz (after the permission check)."""

    def question_of_quiz(self, question_id) -> Question:
        return get_object_or_404(Question.objects.filter(quiz=self.quiz), pk=question_id)

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": quiz_list_url(), "label": _("Quizzes")},
            {"url": quiz_edit_url(self.quiz), "label": self.quiz.title},
            {"url": "", "label": self.get_page_title(), "sublabel": self.quiz.title},
        ]

    @cached_property
    def _quiz_buttons(self):
        return quiz_header_buttons(self.quiz, self.request.user, current=self.name)

    @property
    def header_buttons(self):
        return self._quiz_buttons[0]

    @property
    def header_more_buttons(self):
        edit = Button(
            _("Quiz settings"), url=quiz_edit_url(self.quiz), icon_name="edit", priority=0
        )
        return [edit, *self._quiz_buttons[1]]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quiz"] = self.quiz
        context["quiz_edit_url"] = quiz_edit_url(self.quiz)
        return context


# --- questions -----------------------------------------------------------------------------


class QuestionListView(QuizAdminView):
    name = "questions"
    page_title = gettext_lazy("Questions")
    template_name = "quizzes/admin/questions.html"

    @property
    def header_buttons(self):
        buttons = list(self._quiz_buttons[0])
        if self.request.user.has_perms(PERMISSIONS["question_add"]):
            buttons.insert(
                0,
                HeaderButton(
                    _("Add question"),
                    url=reverse("quizzes_admin:question_choose_type", args=[self.quiz.pk]),
                    icon_name="plus",
                    priority=0,
                ),
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        questions = list(
            Question.objects.non_polymorphic()
            .filter(quiz=self.quiz)
            .annotate(answer_count=Count("answers"))
            .order_by("sort_order", "pk")
        )
        for number, question in enumerate(questions, start=1):
            question.number = number
            question.type_label = question.get_real_instance_class().type_label()
        user = self.request.user
        context.update(
            questions=questions,
            can_add=user.has_perms(PERMISSIONS["question_add"]),
            can_edit=user.has_perms(PERMISSIONS["question_edit"]),
            can_delete=user.has_perms(PERMISSIONS["question_delete"]),
            total_points=sum(q.points for q in questions),
        )
        return context


class QuestionChooseTypeView(QuizAdminView):
    name = "question_add"
    page_title = gettext_lazy("Add question")
    template_name = "quizzes/admin/question_choose_type.html"

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        questions = {"url": reverse("quizzes_admin:questions", args=[self.quiz.pk])}
        return [*items[:-1], {**questions, "label": _("Questions")}, items[-1]]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["types"] = [
            (spec, reverse("quizzes_admin:question_add", args=[self.quiz.pk, spec.slug]))
            for spec in QUESTION_TYPE_SPECS.values()
        ]
        return context


class QuestionFormView(QuizAdminView):
    """Add or edit one question of a given type, with its options."""

    template_name = "quizzes/admin/question_form.html"
    header_icon = "list-ol"
    spec: QuestionTypeSpec
    question: Question | None = None

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        questions = {"url": reverse("quizzes_admin:questions", args=[self.quiz.pk])}
        return [*items[:-1], {**questions, "label": _("Questions")}, items[-1]]

    @property
    def header_more_buttons(self):
        return []

    @property
    def header_buttons(self):
        return []

    def build(self, data=None, files=None):
        instance = self.question or self.spec.model(quiz=self.quiz)
        form = self.spec.form_class(data, files, instance=instance)
        formset = None
        if self.spec.formset_class is not None:
            formset = self.spec.formset_class(
                data,
                files,
                instance=instance,
                prefix=self.spec.formset_prefix,
                extra=2 if self.question else None,
            )
        return form, formset

    def get(self, request, *args, **kwargs):
        form, formset = self.build()
        return self.render_to_response(self.get_context_data(form=form, formset=formset))

    def post(self, request, *args, **kwargs):
        form, formset = self.build(request.POST, request.FILES)
        form_ok = form.is_valid()
        formset_ok = formset is None or formset.is_valid()
        if not (form_ok and formset_ok):
            messages.error(request, _("The question could not be saved: fix the errors below."))
            return self.render_to_response(self.get_context_data(form=form, formset=formset))
        with transaction.atomic():
            question = form.save(commit=False)
            question.quiz = self.quiz
            if question.pk is None:
                last = Question.objects.filter(quiz=self.quiz).aggregate(m=Max("sort_order"))["m"]
                question.sort_order = 0 if last is None else last + 1
            question.save()
            if formset is not None:
                formset.save_in_order(question)
        messages.success(request, self.success_message(question))
        if "add_another" in request.POST:
            return redirect("quizzes_admin:question_choose_type", self.quiz.pk)
        return redirect(
            reverse("quizzes_admin:questions", args=[self.quiz.pk]) + f"#q{question.pk}"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs["form"]
        formset = kwargs["formset"]
        media = form.media
        if formset is not None:
            media += formset.media
        context.update(
            spec=self.spec,
            question=self.question,
            media=media,
            action_url=self.request.get_full_path(),
            submit_button_label=_("Save"),
            submit_button_active_label=_("Saving…"),
            questions_url=reverse("quizzes_admin:questions", args=[self.quiz.pk]),
        )
        return context


class QuestionAddView(QuestionFormView):
    name = "question_add"

    def load(self, **kwargs):
        self.spec = QUESTION_TYPE_SPECS.get(kwargs["type_slug"])
        if self.spec is None:
            raise Http404

    def get_page_title(self):
        return _("New question: %(type)s") % {"type": self.spec.label}

    def success_message(self, question):
        return _("Question added: “%(prompt)s”.") % {"prompt": question}


class QuestionEditView(QuestionFormView):
    name = "question_edit"

    def load(self, **kwargs):
        self.question = self.question_of_quiz(kwargs["question_id"])
        self.spec = spec_for(self.question)

    def get_page_title(self):
        return _("Edit question: %(type)s") % {"type": self.spec.label}

    @property
    def header_more_buttons(self):
        if not self.request.user.has_perms(PERMISSIONS["question_delete"]):
            return []
        url = reverse("quizzes_admin:question_delete", args=[self.quiz.pk, self.question.pk])
        return [Button(_("Delete"), url=url, icon_name="bin", priority=10)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["answer_count"] = self.question.answers.count()
        return context

    def success_message(self, question):
        return _("Question saved: “%(prompt)s”.") % {"prompt": question}


class QuestionDeleteView(QuizAdminView):
    """Delete a question nobody has answered. Answered questions stay: their answers are
    part of learners' results (Answer.question is PROTECT)."""

    name = "question_delete"
    page_title = gettext_lazy("Delete question")
    template_name = "quizzes/admin/question_delete.html"
    header_icon = "bin"

    def load(self, **kwargs):
        self.question = self.question_of_quiz(kwargs["question_id"])

    @property
    def header_buttons(self):
        return []

    @property
    def header_more_buttons(self):
        return []

    def refusal(self, count: int) -> str:
        return _(
            "This question cannot be deleted: it has been answered %(count)d time(s), and "
            "those answers are part of learners' results. Edit it instead, or leave it out "
            "of future attempts by building a new quiz."
        ) % {"count": count}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        count = self.question.answers.count()
        context.update(
            question=self.question,
            answer_count=count,
            refusal=self.refusal(count) if count else "",
            questions_url=reverse("quizzes_admin:questions", args=[self.quiz.pk]),
        )
        return context

    def post(self, request, *args, **kwargs):
        questions_url = reverse("quizzes_admin:questions", args=[self.quiz.pk])
        count = self.question.answers.count()
        if count:
            messages.error(request, self.refusal(count))
            return redirect(questions_url)
        prompt = str(self.question)
        try:
            with transaction.atomic():
                self.question.delete()
        except ProtectedError:  # answered between the check and the delete
            messages.error(request, self.refusal(self.question.answers.count()))
            return redirect(questions_url)
        messages.success(request, _("Question deleted: “%(prompt)s”.") % {"prompt": prompt})
        return redirect(questions_url)


class QuestionMoveView(QuizAdminView):
    """Move a question one place up or down (POST only)."""

    name = "question_move"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        questions_url = reverse("quizzes_admin:questions", args=[self.quiz.pk])
        direction = request.POST.get("direction")
        with transaction.atomic():
            questions = list(
                Question.objects.non_polymorphic()
                .select_for_update()
                .filter(quiz=self.quiz)
                .order_by("sort_order", "pk")
            )
            ids = [q.pk for q in questions]
            if kwargs["question_id"] not in ids or direction not in ("up", "down"):
                raise Http404
            index = ids.index(kwargs["question_id"])
            target = index - 1 if direction == "up" else index + 1
            if not 0 <= target < len(questions):
                messages.warning(request, _("That question cannot move further."))
                return redirect(questions_url)
            questions[index], questions[target] = questions[target], questions[index]
            for position, question in enumerate(questions):
                question.sort_order = position
            Question.objects.non_polymorphic().bulk_update(questions, ["sort_order"])
        moved = questions[target]
        messages.success(
            request,
            _("Question “%(prompt)s” is now number %(number)d.")
            % {"prompt": moved, "number": target + 1},
        )
        return redirect(questions_url + f"#q{moved.pk}")


# --- preview -------------------------------------------------------------------------------


def preview_questions(quiz: Quiz) -> list[QuestionView]:
    """The quiz's questions as a learner sees them, in the bank's order. Steps and matches
    come shuffled (as in an attempt) so the preview never shows the answer."""
    questions = (
        quiz.questions.select_related("image")
        .prefetch_related("choices", "steps", "pairs")
        .order_by("sort_order", "pk")
    )
    views = []
    for number, question in enumerate(questions, start=1):
        view = QuestionView(number=number, question=question)
        kind = question.interaction_type
        if kind == "sequencing":
            steps = list(question.steps.all())
            correct = [s.key for s in steps]
            random.Random(question.pk).shuffle(steps)  # stable from one preview to the next
            if [s.key for s in steps] == correct:
                steps.reverse()
            view.options = [OptionView(key=str(s.key), text=s.text) for s in steps]
        elif kind == "matching":
            pairs = list(question.pairs.all())
            view.options = [OptionView(key=str(p.key), text=p.source) for p in pairs]
            view.targets = [OptionView(key=str(p.key), text=p.target) for p in reversed(pairs)]
        elif kind == "choice":
            view.options = [OptionView(key=str(c.key), text=c.text) for c in question.choices.all()]
        views.append(view)
    return views


def _learner_partial() -> str | None:
    try:
        get_template(LEARNER_PARTIAL)
    except TemplateDoesNotExist:
        return None
    return LEARNER_PARTIAL


class QuizPreviewView(QuizAdminView):
    name = "preview"
    page_title = gettext_lazy("Preview as a learner")
    template_name = "quizzes/admin/preview.html"
    header_icon = "view"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["views"] = preview_questions(self.quiz)
        context["learner_partial"] = _learner_partial()
        return context


# --- item analysis -------------------------------------------------------------------------


class QuizAnalysisView(QuizAdminView):
    name = "analysis"
    page_title = gettext_lazy("Item analysis")
    template_name = "quizzes/admin/analysis.html"
    header_icon = "table"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        bound = any(params.get(name) for name in ("from", "to"))
        form = AnalysisFilterForm(params if bound else None)
        result = None
        if not bound:
            result = analysis.quiz_item_analysis(quiz=self.quiz)
        elif form.is_valid():
            result = analysis.quiz_item_analysis(
                quiz=self.quiz,
                date_from=form.cleaned_data.get("from"),
                date_to=form.cleaned_data.get("to"),
            )
        context.update(
            form=form,
            result=result,
            min_attempts=analysis.MIN_ATTEMPTS_FOR_DISCRIMINATION,
            group_percent=analysis.GROUP_PERCENT,
        )
        return context


# --- translation ---------------------------------------------------------------------------


class QuizTranslateView(QuizAdminView):
    """Copy the quiz with its questions into another language, then edit the copy."""

    name = "translate"
    page_title = gettext_lazy("Translate quiz")
    template_name = "quizzes/admin/translate.html"
    header_icon = "globe"

    def form(self):
        locales = translation.missing_locales(self.quiz)
        if self.request.method == "POST":
            return TranslateQuizForm(self.request.POST, locales=locales)
        initial = {}
        code = self.request.GET.get("locale")
        if code:
            initial["locale"] = locales.filter(language_code=code).first()
        return TranslateQuizForm(initial=initial, locales=locales)

    def get(self, request, *args, **kwargs):
        form = self.form()
        if not form.fields["locale"].queryset.exists():
            messages.info(request, _("This quiz already exists in every language."))
            return redirect(quiz_edit_url(self.quiz))
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = self.form()
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        locale = form.cleaned_data["locale"]
        copy = translation.quiz_copy_for_translation(quiz=self.quiz, locale=locale)
        messages.success(
            request,
            _(
                "“%(title)s” now exists in %(language)s with its %(count)d question(s). "
                "Translate its texts here."
            )
            % {
                "title": self.quiz.title,
                "language": translation.language_name(locale),
                "count": copy.questions.count(),
            },
        )
        return redirect(quiz_edit_url(copy))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["question_count"] = self.quiz.questions.count()
        context["source_language"] = translation.language_name(self.quiz.locale)
        return context
