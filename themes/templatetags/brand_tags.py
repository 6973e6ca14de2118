from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..brand_cache import brand_for_request
from ..colors import HEX_COLOR
from ..models import FONT_STACKS

register = template.Library()

DEFAULTS = {"primary": "#1f4e79", "accent": "#b8461b"}


def _color(value: str, fallback: str) -> str:
    return value if HEX_COLOR.match(value or "") else fallback


@register.simple_tag(takes_context=True)
def brand_css_variables(context, brand):
    """The site's brand as CSS custom properties. Colours are re-checked against the hex
    pattern and fonts come from a fixed list, so nothing typed by a user reaches the CSS.
    The <style> carries the request's Content-Security-Policy nonce (lms/headers.py), the
    only way an inline style is applied on learner pages."""
    primary = _color(getattr(brand, "primary_color", ""), DEFAULTS["primary"])
    accent = _color(getattr(brand, "accent_color", ""), DEFAULTS["accent"])
    font = FONT_STACKS.get(getattr(brand, "font_stack", ""), FONT_STACKS["system"])
    request = context.get("request")
    # str(): the nonce is lazy (and falsy until read); reading it puts it in the header.
    nonce = str(request.csp_nonce) if hasattr(request, "csp_nonce") else ""
    nonce_attribute = format_html(' nonce="{}"', nonce) if nonce else ""
    return mark_safe(  # noqa: S308 - every value above is validated, escaped or a constant
        f"<style{nonce_attribute}>"
        f":root{{--pv-primary:{primary};--pv-accent:{accent};--pv-font:{font};}}</style>"
    )


@register.simple_tag(takes_context=True)
def brand_settings(context):
    """The site's BrandSettings from the cache (themes/brand_cache.py): the same object as
    `settings.themes.BrandSettings`, without its two queries on every page."""
    request = context.get("request")
    if request is None:
        return None
    return brand_for_request(request)


@register.filter
def brand_text(text, source):
    """`{{ question.prompt|brand_text:request }}`: the text with its placeholders
    ({referent_name}, {company}…, themes/placeholders.py) filled in from the brand settings
    of the request's site. The argument may also be a BrandSettings (e-mails, PDFs). Plain
    text stays plain (escaped by the template as usual); safe HTML stays safe."""
    from ..placeholders import brand_for, expand

    if not text:
        return text
    return expand(text, brand_for(source))


@register.simple_tag(takes_context=True)
def referent_title(context, brand=None):
    """`{% referent_title as referent_title %}`: the referent's title in the active language,
    agreeing with their grammatical gender (BrandSettings.referent_title): "référente",
    "référent" or "personne référente" after "votre". From the request's brand (cached, no
    query) or the given one (e-mails); the neutral title when there is neither. Works in
    inclusion tags' templates too, which keep the request but not the context's variables."""
    from ..models import referent_title as title_for

    if brand is None:
        request = getattr(context, "request", None) or context.get("request")
        brand = brand_for_request(request) if request is not None else None
    return title_for(getattr(brand, "referent_grammar", "") or "neutral")
