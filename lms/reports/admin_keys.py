"""Wagtail admin for the pull API's keys (HR): list, create (the key is shown once), revoke.

The new key is rendered in the response to the creating POST and nowhere else: it is not
put in the session, a message or a redirect, so it exists only in that one page (sent with
Cache-Control: no-store). Permissions: reports.view_apikey to see the list,
add_apikey to create, change_apikey to revoke; learners and trainers have none (403)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from lms.admin_access import requires_permission

from .keys import SCOPE_CHOICES, AlreadyRevoked, api_key_create, api_key_revoke
from .models import ApiKey


class ApiKeyForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=120,
        help_text=gettext_lazy('Which system uses it, e.g. "SAP SuccessFactors — production".'),
    )
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("Access"),
        choices=SCOPE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Give only what the system needs."),
        error_messages={"required": gettext_lazy("Choose at least one access.")},
    )

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Give the key a name."))
        return name


def _requires(codename: str):
    # The same 403 page as the reports'.
    return requires_permission(f"reports.{codename}", template="reports/admin/forbidden.html")


def _scope_labels(scopes) -> list[str]:
    labels = dict(SCOPE_CHOICES)
    return [str(labels.get(scope, scope)) for scope in scopes or ()]


@_requires("view_apikey")
def key_list(request):
    keys = list(ApiKey.objects.select_related("created_by").order_by("revoked_at", "-created_at"))
    for key in keys:
        key.scope_labels = _scope_labels(key.scopes)
    return TemplateResponse(
        request,
        "reports/keys/list.html",
        {
            "keys": keys,
            "page_title": _("API keys"),
            "can_add": request.user.has_perm("reports.add_apikey"),
            "can_revoke": request.user.has_perm("reports.change_apikey"),
            "openapi_url": reverse("reports_api:v1:openapi-json"),
        },
    )


@_requires("add_apikey")
def key_create(request):
    form = ApiKeyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        key, plaintext = api_key_create(
            name=form.cleaned_data["name"], scopes=form.cleaned_data["scopes"], by=request.user
        )
        response = TemplateResponse(
            request,
            "reports/keys/created.html",
            {
                "key": key,
                "plaintext": plaintext,
                "scope_labels": _scope_labels(key.scopes),
                "page_title": _("API key created"),
            },
        )
        add_never_cache_headers(response)
        return response
    return TemplateResponse(
        request, "reports/keys/create.html", {"form": form, "page_title": _("New API key")}
    )


@_requires("change_apikey")
def key_revoke(request, pk: int):
    key = get_object_or_404(ApiKey, pk=pk)
    if request.method == "POST":
        try:
            api_key_revoke(key=key, by=request.user)
        except AlreadyRevoked:
            messages.warning(request, _("This key was already revoked."))
        else:
            messages.success(
                request,
                _("The key “%(name)s” is revoked: requests made with it are now refused.")
                % {"name": key.name},
            )
        return redirect("reports_keys:list")
    return TemplateResponse(
        request,
        "reports/keys/revoke.html",
        {"key": key, "page_title": _("Revoke the key “%(name)s”") % {"name": key.name}},
    )


@hooks.register("register_admin_urls")
def register_key_urls():
    urls = [
        path("", key_list, name="list"),
        path("new/", key_create, name="create"),
        path("<id:pk>/revoke/", key_revoke, name="revoke"),
    ]
    return [path("reports/api-keys/", include((urls, "reports_keys"), namespace="reports_keys"))]


class ApiKeyMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("reports.view_apikey")


@hooks.register("register_admin_menu_item")
def register_key_menu_item():
    return ApiKeyMenuItem(
        gettext_lazy("API keys"), reverse("reports_keys:list"), icon_name="key", order=720
    )
