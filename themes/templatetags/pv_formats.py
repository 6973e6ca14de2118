from django import template

from themes.formats import percent as _percent

register = template.Library()


@register.filter
def percent(value, digits=1):
    """{{ attempt.percent|percent }}: "87.5%" in English, "87,5 %" in French."""
    return _percent(value, int(digits))
