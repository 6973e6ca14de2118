from django import template
from django.utils.safestring import mark_safe

from ..colors import HEX_COLOR
from ..models import FONT_STACKS

register = template.Library()

DEFAULTS = {"primary": "#1f4e79", "accent": "#b8461b"}


def _color(value: str, fallback: str) -> str:
    return value if HEX_COLOR.match(value or "") else fallback


@register.simple_tag
def brand_css_variables(brand):
    """The site's brand as CSS custom properties. Colours are re-checked against the hex
    pattern and fonts come from a fixed list, so nothing typed by a user reaches the CSS."""
    primary = _color(getattr(brand, "primary_color", ""), DEFAULTS["primary"])
    accent = _color(getattr(brand, "accent_color", ""), DEFAULTS["accent"])
    font = FONT_STACKS.get(getattr(brand, "font_stack", ""), FONT_STACKS["system"])
    return mark_safe(  # noqa: S308 - every value above is validated or a constant
        f"<style>:root{{--pv-primary:{primary};--pv-accent:{accent};--pv-font:{font};}}</style>"
    )
