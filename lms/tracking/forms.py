"""Forms of the tracking admin: an LRS destination, and the statements filter."""

import os
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .builders import REGISTRY
from .models import AuthType, DeliveryStatus, Destination

ENV_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
NOT_TRIED = "not_tried"


def event_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(REGISTRY)]


def env_var_is_set(name: str) -> bool:
    return bool(name) and bool(os.environ.get(name))


class EndpointField(forms.URLField):
    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


class DestinationForm(forms.ModelForm):
    events = forms.MultipleChoiceField(
        label=_("events sent"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick none to send every event."),
    )
    batch_size = forms.IntegerField(label=_("statements per request"), min_value=1, max_value=500)
    timeout_seconds = forms.IntegerField(label=_("timeout (seconds)"), min_value=1, max_value=60)

    class Meta:
        model = Destination
        fields = [
            "name",
            "endpoint",
            "auth_type",
            "username",
            "secret_env_var",
            "enabled",
            "events",
            "deliver_from",
            "batch_size",
            "timeout_seconds",
        ]
        field_classes = {"endpoint": EndpointField}

    def __init__(self, *args, for_user=None, **kwargs):
        # for_user: passed by Wagtail's generic views; unused here.
        super().__init__(*args, **kwargs)
        self.fields["events"].choices = event_choices()
        if self.instance.pk:
            self.initial["events"] = list(self.instance.events or [])
        name = self.instance.secret_env_var if self.instance.pk else ""
        if name:
            state = gettext("set") if env_var_is_set(name) else gettext("not set")
            self.fields["secret_env_var"].help_text = gettext(
                "The secret itself is never stored here. On this server, %(name)s is "
                "currently: %(state)s."
            ) % {"name": name, "state": state}
        self.secret_state = None if not name else ("set" if env_var_is_set(name) else "not set")

    def clean_endpoint(self):
        endpoint = self.cleaned_data["endpoint"].strip()
        if not endpoint.lower().startswith(("http://", "https://")):
            raise ValidationError(gettext("Enter an http:// or https:// address."))
        if not endpoint.endswith("/"):
            endpoint += "/"
        return endpoint

    def clean_secret_env_var(self):
        name = self.cleaned_data["secret_env_var"].strip()
        if name and not ENV_VAR_NAME.match(name):
            raise ValidationError(
                gettext(
                    "Enter the name of an environment variable (letters, digits and _, "
                    "not starting with a digit), not the secret itself."
                )
            )
        return name

    def clean_events(self):
        return list(self.cleaned_data["events"])

    def clean(self):
        cleaned = super().clean()
        auth_type = cleaned.get("auth_type")
        if auth_type in (AuthType.BASIC, AuthType.BEARER) and not cleaned.get("secret_env_var"):
            self.add_error(
                "secret_env_var",
                gettext("Name the environment variable that holds the password or token."),
            )
        if auth_type == AuthType.BASIC and not cleaned.get("username"):
            self.add_error("username", gettext("Basic authentication needs a user name."))
        return cleaned


class StatementFilterForm(forms.Form):
    event = forms.ChoiceField(label=_("Event"), required=False)
    email = forms.CharField(label=_("Learner e-mail contains"), required=False, max_length=200)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    destination = forms.ModelChoiceField(
        label=_("Destination"),
        queryset=Destination.objects.all(),
        required=False,
        empty_label=_("Any destination"),
    )
    status = forms.ChoiceField(label=_("Delivery status"), required=False)

    def __init__(self, *args, destinations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].choices = [("", _("Any event")), *event_choices()]
        self.fields["status"].choices = [
            ("", _("Any status")),
            (DeliveryStatus.PENDING, _("Pending")),
            (DeliveryStatus.DELIVERED, _("Delivered")),
            (DeliveryStatus.PARKED, _("Parked")),
            (NOT_TRIED, _("Not tried")),
        ]
        if destinations is not None:
            # Reuse the list the page already loaded: no extra query.
            self.fields["destination"].queryset = Destination.objects.all()
            self.fields["destination"].choices = [
                ("", _("Any destination")),
                *((d.pk, d.name) for d in destinations),
            ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise ValidationError(gettext("The start date is after the end date."))
        return cleaned


class RetryForm(forms.Form):
    destination = forms.ModelChoiceField(queryset=Destination.objects.all(), required=False)
    statements = forms.TypedMultipleChoiceField(required=False, coerce=str)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["statements"].choices = [
            (value, value) for value in (self.data.getlist("statements") if self.data else [])
        ]

    def clean_statements(self):
        import uuid

        ids = []
        for value in self.cleaned_data["statements"]:
            try:
                ids.append(uuid.UUID(value))
            except ValueError:
                raise ValidationError(gettext("Invalid statement id.")) from None
        return ids

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("destination") and not cleaned.get("statements"):
            raise ValidationError(gettext("Choose a destination or select statements."))
        return cleaned
