"""The "Sign-in throttles" admin page: which accounts and addresses are locked or slowed
right now after failed sign-ins, and a button to lift one (a locked-out owner calling the
help desk). Superusers and holders of `accounts.manage_sign_in_throttles` only: the page
tells who is under attack."""

from django import forms
from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import throttle

KIND_LABELS = {
    "pair": gettext_lazy("E-mail from one address"),
    "address": gettext_lazy("Address"),
    "device": gettext_lazy("E-mail from its known devices"),
    "account": gettext_lazy("E-mail from any address (slowed)"),
}


def _forbidden(request):
    # A plain 403, not Wagtail's redirect to the dashboard with a message: the page is
    # refused, not moved.
    if request.user.has_perm(throttle.PERMISSION):
        return None
    return HttpResponseForbidden(_("You do not have permission to see sign-in throttles."))


class ClearForm(forms.Form):
    kind = forms.ChoiceField(choices=[(kind, kind) for kind in KIND_LABELS])
    account = forms.CharField(max_length=80, required=False)
    address = forms.CharField(max_length=80, required=False)


def throttle_index(request):
    if forbidden := _forbidden(request):
        return forbidden
    rows = throttle.throttles_in_force()
    return TemplateResponse(
        request,
        "accounts/admin/throttles.html",
        {
            "page_title": _("Sign-in throttles"),
            "rows": [(row, str(KIND_LABELS[row.kind])) for row in rows],
        },
    )


@require_POST
def throttle_clear(request):
    if forbidden := _forbidden(request):
        return forbidden
    form = ClearForm(request.POST)
    cleared = throttle.throttle_clear(**form.cleaned_data) if form.is_valid() else 0
    if cleared:
        messages.success(request, _("Throttle lifted: its failed sign-ins are forgotten."))
    else:
        messages.error(request, _("Nothing to lift: that throttle has already ended."))
    return redirect("accounts_throttles:index")
