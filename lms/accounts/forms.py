from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import throttle
from .models import LearnerProfile, User
from .selectors import user_language


class ThrottledLoginMixin:
    """Refuse to check a password while this client is locked out or slowed down after
    repeated failures (lms/accounts/throttle.py). The messages are the same for existing and
    unknown e-mails, so they tell an attacker nothing about which accounts exist."""

    def clean(self):
        email = (self.cleaned_data.get("username") or "").strip()
        checked = bool(email and self.cleaned_data.get("password"))
        if checked:
            held = throttle.login_check(email=email, request=self.request)
            if isinstance(held, throttle.Lock):
                raise ValidationError(
                    ngettext(
                        "Too many failed sign-in attempts. For your security, signing in "
                        "is paused: try again in %(minutes)d minute, or reset your password.",
                        "Too many failed sign-in attempts. For your security, signing in "
                        "is paused: try again in %(minutes)d minutes, or reset your password.",
                        held.minutes,
                    )
                    % {"minutes": held.minutes},
                    code="throttled",
                )
            if isinstance(held, throttle.Slowed):
                raise ValidationError(
                    ngettext(
                        "Many failed sign-in attempts were made on this account from other "
                        "places. For its security, wait %(seconds)d second before you try "
                        "again; from a device you signed in on before, you will not wait.",
                        "Many failed sign-in attempts were made on this account from other "
                        "places. For its security, wait %(seconds)d seconds before you try "
                        "again; from a device you signed in on before, you will not wait.",
                        held.seconds,
                    )
                    % {"seconds": held.seconds},
                    code="slowed",
                )
        try:
            cleaned = super().clean()
        except ValidationError as error:
            if checked and getattr(error, "code", None) in ("invalid_login", "inactive"):
                throttle.login_failed(
                    email=email,
                    request=self.request,
                    user=User.objects.filter(email__iexact=email).first(),
                )
            raise
        if checked:
            throttle.login_succeeded(email=email, request=self.request)
        return cleaned


class EmailAuthenticationForm(ThrottledLoginMixin, AuthenticationForm):
    username = forms.EmailField(
        label=_("Work e-mail"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    error_messages = {
        "invalid_login": _("That e-mail and password do not match. Check both and try again."),
        "inactive": _("This account is inactive. Ask HR to reactivate it."),
    }


class AdminLoginForm(ThrottledLoginMixin, WagtailLoginForm):
    """The Wagtail admin's sign-in form with the same throttling as the site's
    (settings.WAGTAILADMIN_USER_LOGIN_FORM)."""


class TwoFactorCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


class ProfileForm(forms.ModelForm):
    # A checkbox, not Django's yes/no/unknown select for a nullable field: saving the
    # profile records a choice (certificates ask it once, the profile changes it).
    show_name_on_certificates = forms.BooleanField(
        label=_("show my name on my certificates' public verification page"),
        required=False,
        help_text=_(
            "Off: whoever checks one of your certificates sees that it is valid, not who holds it."
        ),
    )

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


class LanguagePasswordResetForm(PasswordResetForm):
    """The reset e-mail (and its link's /fr/ or /en/ prefix) in the person's own language,
    not in the language of whoever filled in the form."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(user_language(context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)
