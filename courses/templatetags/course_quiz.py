"""Template tags for the final quiz: the workshop page's "Final quiz" panel."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def final_quiz_panel(context, workshop, outline=None):
    """`{% final_quiz_panel page outline as panel %}`: where the signed-in learner stands with
    the workshop's final quiz (courses.quiz_views.FinalQuizPanel), or None without one."""
    from courses.quiz_views import final_quiz_panel as panel_for

    request = context.get("request")
    if request is None or not getattr(workshop, "final_quiz_id", None):
        return None
    return panel_for(workshop=workshop, user=request.user, outline=outline)
