from django import template

from themes import elision
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


@register.filter
def elidable(value):
    """`{% blocktrans asvar label with name=user.get_full_name|elidable %}Question from
    {{ name }}{% endblocktrans %}{{ label|elide }}`: marks where a variable starts, so that
    `elide` can write "Question d’Inès" in French (themes/elision.py)."""
    return elision.mark(value)


@register.filter
def elide(text):
    """The French elision before each `elidable` value ("de Inès" → "d’Inès"), marks
    removed; in English only the marks go."""
    return elision.elide(text)
