"""Where the content kit and the referent plug into other apps: an "Ask the referent" box
beside every lesson (courses/extensions.py) and a dashboard panel with the referent's
answers (lms/dashboard/panels.py).

`connect()` is idempotent. It runs when wagtail_hooks imports admin_kit, which Wagtail does
as soon as the URLconf loads (wagtail.admin.urls reads the hooks), so before any page is
served; AppConfig.ready() may call it too.
"""

from courses.extensions import lesson_aside_register
from lms.dashboard.panels import Panel, register

LESSON_ASIDE = "advocacy/referent_lesson_aside.html"


def referent_answers_panel(request) -> dict | None:
    """The learner's latest questions and answers; hidden until they have asked one."""
    from .selectors_referent import answers_recent

    if not request.user.is_authenticated:
        return None
    questions = answers_recent(user=request.user)
    if not questions:
        return None
    new_count = sum(1 for q in questions if q.answered_at and not q.answer_seen_at)
    return {"questions": questions, "new_count": new_count}


def connect() -> None:
    lesson_aside_register(LESSON_ASIDE)
    register(
        Panel(
            name="referent_answers",
            template="advocacy/referent_dashboard_panel.html",
            provider=referent_answers_panel,
            order=40,
        )
    )
