"""The content kit's filter (GET): by network and by tier. Works without JavaScript (a plain
form and a button); a value the lists do not offer gets a clear message, never a 500."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .selectors_kit import NETWORKS, KitFilters


class KitFilterForm(forms.Form):
    network = forms.ChoiceField(
        label=_("Network"),
        required=False,
        error_messages={"invalid_choice": _("This network is not in the list: choose one.")},
    )
    tier = forms.ChoiceField(
        label=_("Tier"),
        required=False,
        error_messages={"invalid_choice": _("This tier is not in the list: choose one.")},
    )

    def __init__(self, *args, tiers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].choices = [
            ("", _("All networks")),
            *((key, label) for key, _attribute, label in NETWORKS),
        ]
        self.fields["tier"].choices = [("", _("All tiers")), *((t.slug, t.name) for t in tiers)]

    def filters(self) -> KitFilters:
        return KitFilters(
            network=self.cleaned_data.get("network") or "", tier=self.cleaned_data.get("tier") or ""
        )
