"""The learner's form to accept the charter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.converters import MAX_ID


class CharterAcceptForm(forms.Form):
    charter = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_ID)
    agree = forms.BooleanField(
        label=_("I have read the social-media charter and I accept it."),
        error_messages={"required": _("Tick the box to say you have read and accept the charter.")},
    )
