"""Numbers people read, in one style per language: Django's localized number (decimal comma
in French) and the language's way of writing a percentage ("87,5 %" with a no-break space
in French, "87.5%" in English)."""

from django.template.defaultfilters import floatformat
from django.utils.translation import pgettext


def percent(value, digits: int = 1) -> str:
    """ "87.5%" / "87,5 %": at most `digits` decimals, none for a whole number; "—" for none."""
    if value is None or value == "":
        return "—"
    number = floatformat(value, -digits)
    if number == "":
        return "—"
    # Translators: a percentage; {number} is already localized ("87,5"). French puts a
    # no-break space before the sign.
    return pgettext("percentage", "{number}%").format(number=number)
