"""`{% workshop_card ws %}`: the workshop card of the dashboard and the course page
(courses/includes/workshop_card.html), rendered once per process for each state a card
can show and kept until the definitions change (courses/shared_cache.derived).

A card shows the workshop (its title, level, length and links: definitions) and a few facts
of the learner's state in it. Many learners share the same state in a workshop ("in
progress, 2 of 5 done, next lesson X"), so the key is that state, not the learner: the
dashboard renders up to nine cards and each took ~1 ms. The template must only use what
`_card_key()` names; a card with the "Enroll" form holds the request's CSRF token and is
rendered every time.
"""

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from courses.shared_cache import derived

register = template.Library()

CARD_TEMPLATE = "courses/includes/workshop_card.html"


def _card_key(ws, site, language):
    next_lesson = ws.next_lesson
    return (
        "workshop_card",
        site.pk if site else None,
        language,
        ws.workshop.pk,
        ws.status,
        ws.lock_reason,
        ws.total,
        ws.done,
        ws.percent,
        bool(ws.enrollment),
        next_lesson.pk if next_lesson is not None else None,
    )


@register.simple_tag(takes_context=True)
def workshop_card(context, ws):
    card = context.template.engine.get_template(CARD_TEMPLATE)

    def render():
        with context.push(ws=ws):
            return card.render(context)

    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return render()
    if not ws.locked and not ws.enrollment:
        return render()  # the "Enroll" form carries this request's CSRF token
    site = Site.find_for_request(request)
    return derived(_card_key(ws, site, get_language()), render)
