"""`{% lesson_body page %}`: a lesson's blocks, as `{% include_block %}` renders them, each
block that shows the same thing to every learner rendered once per process, site and
language until the definitions change (courses/shared_cache.derived).

Rendering rich text expands its links (a query and a URL per linked page) and every block
runs its template: the largest part of a lesson page's time (issue 12). A published body
changes only through a page save, which renews the generation; a document or the brand
settings changing renews it too (shared_cache._WATCHED). A knowledge check shows the
learner's own answers, and a preview shows a draft: those are rendered every time.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from courses.shared_cache import derived

register = template.Library()

# The blocks whose HTML depends only on the page's content, the site and the language.
SHARED_BLOCKS = frozenset(
    {"rich_text", "image", "video", "callout", "do_dont", "takeaways", "example_post", "document"}
)


def _render(block, context) -> str:
    # What IncludeBlockNode does with the parent context.
    return conditional_escape(block.render_as_block(context=context.flatten()))


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    request = context.get("request")
    keep = request is not None and page.pk is not None and not getattr(request, "is_preview", False)
    site = Site.find_for_request(request) if keep else None
    language = get_language()
    parts = []
    for index, block in enumerate(page.body):
        if keep and block.block_type in SHARED_BLOCKS:
            key = ("lesson_block", site.pk if site else None, language, page.pk, index, block.id)
            parts.append(derived(key, lambda block=block: _render(block, context)))
        else:
            parts.append(_render(block, context))
    return mark_safe("".join(parts))  # noqa: S308 - each part went through conditional_escape
