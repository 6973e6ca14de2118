"""The admin home's panels: what HR, trainers and referents come to the admin for, each a
Wagtail component with a figure, the first few rows and a link to the full page. Who sees
which is decided in wagtail_hooks (the permissions of lms/accounts/roles.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from lms.reports.filters import ReportFilters

from . import selectors


class HomePanel(Component):
    template_name = "admin_home/panel.html"
    name = ""
    heading = ""
    order = 50
    link_label = ""

    def link(self) -> str:
        raise NotImplementedError

    def figures(self) -> dict:
        raise NotImplementedError

    def get_context_data(self, parent_context=None):
        return {"panel": self, "link": self.link(), **self.figures()}


class CompletionPanel(HomePanel):
    name = "pv-completion"
    heading = _("Completion at a glance")
    order = 10
    template_name = "admin_home/completion.html"
    link_label = _("Open the completion report")

    def link(self):
        return reverse("reports_admin:index")

    def figures(self):
        return {"completion": selectors.completion_at_a_glance()}


class OverduePanel(HomePanel):
    name = "pv-overdue"
    heading = _("Overdue learners")
    order = 20
    template_name = "admin_home/overdue.html"
    link_label = _("See every overdue enrollment")

    def link(self):
        query = "&".join(f"{k}={v}" for k, v in ReportFilters(overdue=True).as_params().items())
        return f"{reverse('reports_admin:index')}?{query}"

    def figures(self):
        count, learners = selectors.overdue_learners()
        return {"count": count, "learners": learners}


class QuestionsPanel(HomePanel):
    name = "pv-questions"
    heading = _("Open questions to the referent")
    order = 30
    template_name = "admin_home/questions.html"
    link_label = _("Open the inbox")

    def link(self):
        return reverse("referent_inbox:index") + "?status=unanswered"

    def figures(self):
        count, questions = selectors.open_questions()
        return {"count": count, "questions": questions}


class ParkedPanel(HomePanel):
    name = "pv-parked"
    heading = _("Parked statements")
    order = 40
    template_name = "admin_home/parked.html"
    link_label = _("See the parked statements")

    def link(self):
        return reverse("tracking_admin:index") + "?status=parked"

    def figures(self):
        return {"parked": selectors.parked_statements()}


class ModerationPanel(HomePanel):
    name = "pv-moderation"
    heading = _("Drafts awaiting moderation")
    order = 5
    template_name = "admin_home/moderation.html"
    link_label = _("Open the workflow report")

    def link(self):
        return reverse("wagtailadmin_reports:workflow")

    def figures(self):
        count, states = selectors.drafts_awaiting_moderation()
        return {"count": count, "states": states}
