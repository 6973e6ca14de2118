"""Forms of the public verification page and of the certificates admin."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.levels import Level

from .codes import code_format, code_normalise
from .models import CertificateStatus


class VerifyCodeForm(forms.Form):
    """A code typed from a paper certificate: any case, with or without dashes or spaces;
    O, I and L are read as 0, 1 and 1 (codes.py)."""

    code = forms.CharField(
        label=_("Verification code"),
        max_length=64,
        help_text=_("16 letters and digits, printed on the certificate, e.g. 7K3M-9QXA-2BRT-H4WZ."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "inputmode": "text",
            }
        ),
    )

    def clean_code(self) -> str:
        raw = code_normalise(self.cleaned_data["code"])
        if raw is None:
            raise forms.ValidationError(
                _(
                    "This is not a verification code: a code has 16 letters and digits, "
                    "e.g. 7K3M-9QXA-2BRT-H4WZ."
                ),
                code="malformed",
            )
        return code_format(raw)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Kept with the certificate for HR and trainers; never shown on the public "
            "verification page."
        ),
        error_messages={"required": _("Say why the certificate is revoked.")},
    )
    confirm = forms.BooleanField(
        label=_("I understand that the certificate stops being valid at once."),
        error_messages={"required": _("Tick the box to confirm the revocation.")},
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Say why the certificate is revoked."), code="required")
        return reason


class CertificateFilterForm(forms.Form):
    """The admin listing's filters. Every field is optional; an invalid value is reported
    and ignored rather than answered with an error page."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("Name, e-mail or verification code"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *CertificateStatus.choices],
    )
    workshop = forms.ChoiceField(label=_("Workshop"), required=False)
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("Any level")), *Level.choices]
    )
    department = forms.ChoiceField(label=_("Department"), required=False)
    issued_from = forms.DateField(
        label=_("Issued from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    issued_to = forms.DateField(
        label=_("Issued until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, workshops=(), departments=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshop"].choices = [("", _("Any workshop")), *workshops]
        self.fields["department"].choices = [
            ("", _("Any department")),
            *((d, d) for d in departments),
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("issued_from"), data.get("issued_to")
        if start and end and start > end:
            self.add_error("issued_to", _("The end date is before the start date."))
        return data


class HolderNameChoiceForm(forms.Form):
    """Asked once, before the learner's first download or share: does the public
    verification page show their name? (LearnerProfile.show_name_on_certificates)"""

    show_name = forms.TypedChoiceField(
        label=_("Show your name on the verification page of your certificates?"),
        choices=[
            ("yes", _("Yes, show my name")),
            ("no", _("No, keep my name private")),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one of the two answers.")},
    )
