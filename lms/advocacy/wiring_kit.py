"""Where the content kit and the referent plug into other apps: an "Ask the referent" box
beside every lesson (courses/extensions.py) and a dashboard panel with the referent's
answers (lms/dashboard/panels.py).

`connect()` is idempotent; AdvocacyConfig.ready() calls it, so the aside and the panel are
there in every process (server, shell, command, test) before any page is rendered.
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
