"""`{% learner_pageurl page %}`: Wagtail's `{% pageurl page %}`, remembered per page, site
and language until a page or site changes (courses/page_urls.py)."""

from django import template
from wagtail.models import Page

from courses.page_urls import page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def learner_pageurl(context, page):
    if not isinstance(page, Page):
        raise ValueError(f"learner_pageurl expected a Page object, got {page!r}")
    return page_url(page, context.get("request"))
