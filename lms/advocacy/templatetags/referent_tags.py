"""`{% ask_referent %}`: the "Ask the referent" panel, for pages the advocacy views do not
render themselves (every lesson, through courses/extensions.py)."""

from django import template

register = template.Library()


@register.inclusion_tag("advocacy/referent_panel.html", takes_context=True)
def ask_referent(context, page_title: str = "", page_url: str | None = None):
    from ..views_referent import ask_context

    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {"hidden": True}
    data = ask_context(request, page_title=page_title, page_url=page_url)
    data["request"] = request
    data["csrf_token"] = context.get("csrf_token")
    data["is_preview"] = getattr(request, "is_preview", False)
    return data
