"""HR's employee import in the Wagtail admin: upload → dry run (the plan, every error) →
Apply → result; and the log of past imports. Every view needs `reports.import_employees`."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import importing, services
from .models import ImportMode, ImportRun

PERMISSION = "reports.import_employees"
# The dry-run tables show this many rows each; the counts always cover the whole file.
SHOWN_ROWS = 500


def _require(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Employee file (CSV or XLSX)"),
        help_text=gettext_lazy(
            "Exported from the HR system: one row per employee, the first row naming the "
            "columns. Employee ID and e-mail are required. At most 5 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx,text/csv"}),
    )
    mode = forms.ChoiceField(
        label=gettext_lazy("Mode"),
        choices=ImportMode.choices,
        initial=ImportMode.UPDATE,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Full import: the file lists every employee; active learners missing from it are "
            "deactivated (their records are kept). Staff accounts are never deactivated."
        ),
    )
    send_invitations = forms.BooleanField(
        label=gettext_lazy("E-mail new employees a link to choose their password"),
        required=False,
    )


def _render_plan(request, *, form, run=None, plan=None, status=200):
    context = {
        "page_title": _("Import employees"),
        "form": form,
        "run": run,
        "plan": plan,
        "shown": SHOWN_ROWS,
        "accepted_headers": importing.HEADER_ALIASES,
        "fields": importing.FIELDS,
    }
    return TemplateResponse(request, "accounts/admin/import.html", context, status=status)


def import_upload(request):
    """GET: the form. POST: the dry run, shown on the same page with the Apply button."""
    _require(request)
    if request.method != "POST":
        return _render_plan(request, form=ImportUploadForm())
    form = ImportUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_plan(request, form=form, status=400)
    upload = form.cleaned_data["file"]
    refused = None
    try:
        data = importing.upload_read(upload)
    except importing.ImportFileError as error:
        data, refused = b"", error.reason
    run, plan = services.employees_import_preview(
        data=data,
        file_name=upload.name,
        mode=form.cleaned_data["mode"],
        by=request.user,
        send_invitations=form.cleaned_data["send_invitations"],
        refused=refused,
        file_size=upload.size,
    )
    return _render_plan(
        request, form=form, run=run, plan=plan, status=400 if plan.has_errors else 200
    )


@require_POST
def import_apply(request):
    _require(request)
    try:
        run_id = int(request.POST.get("run", ""))
    except ValueError:
        messages.error(request, _("Upload the file again."))
        return redirect("accounts_import:upload")
    try:
        run, plan = services.employees_import_apply(
            run_id=run_id, plan_hash=request.POST.get("plan_hash", ""), by=request.user
        )
    except services.ImportRefused as error:
        messages.error(request, error.message)
        return redirect("accounts_import:upload")
    if plan.has_changes:
        messages.success(request, _("The import is applied."))
    else:
        messages.success(request, _("The import is applied: nothing needed to change."))
    return redirect("accounts_import:run", pk=run.pk)


def import_runs(request):
    _require(request)
    runs = ImportRun.objects.select_related("started_by").defer("pending_file", "errors")[:100]
    return TemplateResponse(
        request,
        "accounts/admin/import_runs.html",
        {"page_title": _("Employee imports"), "runs": runs},
    )


def import_run(request, pk):
    _require(request)
    run = get_object_or_404(
        ImportRun.objects.select_related("started_by").defer("pending_file"), pk=pk
    )
    return TemplateResponse(
        request,
        "accounts/admin/import_run.html",
        {"page_title": _("Employee import"), "run": run},
    )
