from django import template

from lms.i18n.labels import tier_name as _tier_name

register = template.Library()


@register.filter
def tier_name(slug):
    """{{ record.tier|tier_name }}: the tier's name in the viewer's language, never its slug."""
    return _tier_name(slug)
