"""The Wagtail admin home for HR, trainers and referents: each panel is added only for the
people whose role may open the page it links to (least privilege, lms/accounts/roles.py),
so a panel never shows a figure its reader could not see in full."""

from wagtail import hooks
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page
from wagtail.permissions import policy_registry

from lms.advocacy.admin_kit import VIEW_QUESTIONS
from lms.reports.admin_views import VIEW_PERMISSION as VIEW_REPORT
from lms.tracking.admin_views import VIEW_PERMISSION as VIEW_STATEMENTS

from . import panels


def _can_moderate(user) -> bool:
    # The same test as Wagtail's workflow report, where the panel's link leads.
    return policy_registry.get_by_type(Page).user_has_any_permission(
        user, ["add", "change", "publish"]
    )


@hooks.register("construct_homepage_panels")
def add_academy_panels(request, panel_list):
    user = request.user
    # Wagtail's "Awaiting your review" reads each task's workflow row by row (queries grow
    # with the drafts waiting); ours lists the same drafts with a fixed number of queries.
    panel_list[:] = [p for p in panel_list if not isinstance(p, WorkflowObjectsToModeratePanel)]
    if user.has_perm(VIEW_REPORT):
        panel_list += [panels.CompletionPanel(), panels.OverduePanel()]
    if user.has_perm(VIEW_QUESTIONS):
        panel_list.append(panels.QuestionsPanel())
    if user.has_perm(VIEW_STATEMENTS):
        panel_list.append(panels.ParkedPanel())
    if _can_moderate(user):
        panel_list.append(panels.ModerationPanel())
