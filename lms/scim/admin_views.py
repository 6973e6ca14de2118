"""Wagtail admin for provisioning: the SCIM directories (tokens) and the request log.

Least privilege (lms/accounts/roles.py):
- a token can create, change and deactivate every learner account, so creating one
  (`scim.add_scimdirectory`) is granted to no group: superusers, or a group an admin
  grants it to explicitly;
- HR sees the directories and their last use (`view_scimdirectory`), may revoke a token
  (`change_scimdirectory`: cutting access off is always safe) and reads the log
  (`view_scimrequest`); trainers, referents and learners see none of it (403).
The new token is rendered only in the response to the creating POST (no-store), as for the
pull API's keys.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.admin_access import requires_permission

from .models import ScimDirectory, ScimOperation, ScimRequest
from .tokens import AlreadyRevoked, directory_create, directory_revoke

PAGE_SIZE = 50


_FORBIDDEN = "scim/admin/forbidden.html"


def _requires(permission: str):
    return requires_permission(permission, template=_FORBIDDEN)


def _tenant_url(request) -> str:
    return request.build_absolute_uri(reverse("scim:root")).rstrip("/")


class DirectoryForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=120,
        help_text=gettext_lazy(
            'Which identity provider provisions with it, e.g. "Entra ID — Contoso".'
        ),
    )

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Give the directory a name."))
        return name


@_requires("scim.view_scimdirectory")
def directory_list(request):
    directories = list(ScimDirectory.objects.select_related("created_by"))
    return TemplateResponse(
        request,
        "scim/admin/directory_list.html",
        {
            "page_title": _("SCIM directories"),
            "directories": directories,
            "tenant_url": _tenant_url(request),
            "can_add": request.user.has_perm("scim.add_scimdirectory"),
            "can_revoke": request.user.has_perm("scim.change_scimdirectory"),
            "can_view_log": request.user.has_perm("scim.view_scimrequest"),
        },
    )


@_requires("scim.add_scimdirectory")
def directory_create_view(request):
    form = DirectoryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        directory, token = directory_create(name=form.cleaned_data["name"], by=request.user)
        response = TemplateResponse(
            request,
            "scim/admin/directory_created.html",
            {
                "page_title": _("SCIM directory created"),
                "directory": directory,
                "token": token,
                "tenant_url": _tenant_url(request),
            },
        )
        add_never_cache_headers(response)
        return response
    return TemplateResponse(
        request,
        "scim/admin/directory_create.html",
        {"page_title": _("New SCIM directory"), "form": form},
    )


@_requires("scim.change_scimdirectory")
def directory_revoke_view(request, pk: int):
    directory = get_object_or_404(ScimDirectory, pk=pk)
    if request.method == "POST":
        try:
            directory_revoke(directory=directory)
        except AlreadyRevoked:
            messages.warning(request, _("This token was already revoked."))
        else:
            messages.success(
                request,
                _("The token of “%(name)s” is revoked: its requests are now refused.")
                % {"name": directory.name},
            )
        return redirect("scim_admin:directories")
    return TemplateResponse(
        request,
        "scim/admin/directory_revoke.html",
        {
            "page_title": _("Revoke the token of “%(name)s”") % {"name": directory.name},
            "directory": directory,
        },
    )


RESULT_CHOICES = [
    ("", gettext_lazy("Any result")),
    ("ok", gettext_lazy("Succeeded")),
    ("error", gettext_lazy("Refused or failed")),
]


class LogFilterForm(forms.Form):
    directory = forms.ModelChoiceField(
        label=gettext_lazy("Directory"),
        queryset=ScimDirectory.objects.all(),
        required=False,
        empty_label=gettext_lazy("Any directory"),
    )
    operation = forms.ChoiceField(
        label=gettext_lazy("Operation"),
        choices=[("", gettext_lazy("Any operation")), *ScimOperation.choices],
        required=False,
    )
    resource_type = forms.ChoiceField(
        label=gettext_lazy("Resource"),
        choices=[
            ("", gettext_lazy("Any resource")),
            ("User", gettext_lazy("Users")),
            ("Group", gettext_lazy("Groups")),
        ],
        required=False,
    )
    result = forms.ChoiceField(label=gettext_lazy("Result"), choices=RESULT_CHOICES, required=False)
    email = forms.CharField(label=gettext_lazy("Person's e-mail"), max_length=254, required=False)
    date_from = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


def requests_filtered(
    *,
    directory=None,
    operation="",
    resource_type="",
    result="",
    email="",
    date_from=None,
    date_to=None,
):
    queryset = ScimRequest.objects.select_related("directory", "user")
    if directory is not None:
        queryset = queryset.filter(directory=directory)
    if operation:
        queryset = queryset.filter(operation=operation)
    if resource_type:
        queryset = queryset.filter(resource_type=resource_type)
    if result == "ok":
        queryset = queryset.filter(status__lt=400)
    elif result == "error":
        queryset = queryset.filter(status__gte=400)
    if email:
        queryset = queryset.filter(user__email__iexact=email.strip())
    if date_from:
        queryset = queryset.filter(at__date__gte=date_from)
    if date_to:
        queryset = queryset.filter(at__date__lte=date_to)
    return queryset


@_requires("scim.view_scimrequest")
def request_log(request):
    form = LogFilterForm(request.GET or None)
    page = None
    status = 200
    if not form.is_bound or form.is_valid():
        filters = form.cleaned_data if form.is_bound else {}
        queryset = requests_filtered(**{k: v for k, v in filters.items() if v not in (None, "")})
        page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("p"))
    else:
        status = 400
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "scim/admin/request_log.html",
        {
            "page_title": _("SCIM request log"),
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "can_see_people": request.user.has_perm("accounts.view_learnerprofile"),
        },
        status=status,
    )
