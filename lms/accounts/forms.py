from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from .models import LearnerProfile


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("Work e-mail"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    error_messages = {
        "invalid_login": _("That e-mail and password do not match. Check both and try again."),
        "inactive": _("This account is inactive. Ask HR to reactivate it."),
    }


class ProfileForm(forms.ModelForm):
    class Meta:
        model = LearnerProfile
        fields = ["preferred_language", "show_name_on_certificates", "leaderboard_opt_in"]
        help_texts = {
            "show_name_on_certificates": _(
                "Off: whoever checks one of your certificates sees that it is valid, not who "
                "holds it."
            ),
            "leaderboard_opt_in": _(
                "Off: you still see your own points; nobody else sees you on a leaderboard."
            ),
        }
