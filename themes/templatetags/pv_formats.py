from django import template

from themes.formats import percent as _percent

register = template.Library()


@register.filter
def percent(value, digits=1):
    """{{ attempt.percent|percent }}: "87.5%" in English, "87,5 %" in French."""
    return _percent(value, int(digits))


@register.filter
def count_of(value):
    """`{% blocktrans count n=score|count_of %}`: gettext picks plurals by an integer. A whole
    decimal (11.00) counts as itself; a fractional one (8.5) as 2, which is plural in both
    languages."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0
    return int(number) if number.is_integer() else 2
