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
    body = page.body
    # The stored JSON names each block's type and id: a block already rendered is never
    # turned into Python values (for an image block, that is a query for the image).
    raw = body.raw_data
    parts = []
    for index in range(len(body)):
        item = raw[index]
        if keep and item["type"] in SHARED_BLOCKS:
            key = (
                "lesson_block",
                site.pk if site else None,
                language,
                page.pk,
                index,
                item.get("id"),
            )
            parts.append(derived(key, lambda index=index: _render(body[index], context)))
        else:
            parts.append(_render(body[index], context))
    return mark_safe("".join(parts))  # noqa: S308 - each part went through conditional_escape
