"""The HR completion report in the Wagtail admin: filters, a page of records, charts, a
learner's file, the exports and their log. Thin views: reads are in selectors.py, files are
written by exports/.

Permissions: `reports.view_completion_report` to see, `reports.export_completions` to
export (the HR group has both). Anyone else gets a 403 page, never data. (Wagtail itself
sends people without admin access at all — learners — to the admin's sign-in page.)
"""

from __future__ import annotations

import tempfile
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.levels import Level
from courses.models import CompletionStatus, Enrollment, SuccessStatus
from lms.converters import MAX_ID
from lms.i18n.labels import tier_name
from themes.formats import percent

from . import selectors
from .catalogue import catalogue_load
from .charts import Bar, bar_chart, stacked_columns
from .exports import PRESETS, ExportRun
from .exports.prepared import export_prepare_start
from .filters import ReportFilterForm, ReportFilters, filter_enrollments
from .models import ExportLog

VIEW_PERMISSION = "reports.view_completion_report"
EXPORT_PERMISSION = "reports.export_completions"
LOG_PERMISSION = "reports.view_exportlog"


def _forbidden(request):
    return TemplateResponse(
        request,
        "reports/admin/forbidden.html",
        {"page_title": _("Access denied")},
        status=403,
    )


def _allowed(request, *permissions) -> bool:
    return all(request.user.has_perm(p) for p in permissions)


def _query(filters: ReportFilters) -> str:
    params = filters.as_params()
    params.pop("user_id", None)
    return urlencode(params)


def _charts(filters, catalogue, now) -> dict:
    by_course = selectors.completion_by_course_level(filters=filters, catalogue=catalogue, now=now)
    by_department = selectors.completion_by_department(
        filters=filters, catalogue=catalogue, now=now
    )
    steps = selectors.funnel(filters=filters, catalogue=catalogue, now=now)
    tiers = selectors.tiers_over_time(filters=filters, now=now)
    step_labels = {
        "enrolled": _("Enrolled"),
        "started": _("Started"),
        "completed": _("Completed"),
        "passed": _("Passed"),
    }

    def rate_bars(rates):
        return [
            Bar(r.label, r.percent, 100, f"{percent(r.percent)} ({r.completed}/{r.total})")
            for r in rates
        ]

    funnel_rows = [
        (step_labels[name], value, round(100 * value / steps.enrolled, 1) if steps.enrolled else 0)
        for name, value in steps.steps()
    ]
    month_labels = [month.strftime("%Y-%m") for month in tiers.months]
    return {
        "by_course": by_course,
        "by_department": by_department,
        "funnel_rows": funnel_rows,
        "tiers": tiers,
        "tier_rows": list(zip(month_labels, [values for _m, values in tiers.rows], strict=True)),
        "chart_course": bar_chart(
            chart_id="chart-course-level",
            title=_("Completion rate by course and level"),
            summary=_("Share of enrollments completed, per course and level."),
            bars=rate_bars(by_course),
        ),
        "chart_department": bar_chart(
            chart_id="chart-department",
            title=_("Completion rate by department"),
            summary=_("Share of enrollments completed, per department."),
            bars=rate_bars(by_department),
        ),
        "chart_funnel": bar_chart(
            chart_id="chart-funnel",
            title=_("From enrollment to pass"),
            summary=_("Enrollments that were started, completed and passed."),
            bars=[
                Bar(label, value, steps.enrolled or 1, f"{value} ({percent(share)})")
                for label, value, share in funnel_rows
            ],
        ),
        "chart_tiers": stacked_columns(
            chart_id="chart-tiers",
            title=_("Learners per tier, month by month"),
            summary=_("Learners holding each tier at the end of each month."),
            columns=[
                (label, values)
                for label, (_m, values) in zip(month_labels, tiers.rows, strict=True)
            ],
            # Tier names in the viewer's language, never the slugs the history keeps.
            series=[tier_name(slug) for slug, _rank in tiers.tiers],
        ),
    }


def report_index(request):
    if not _allowed(request, VIEW_PERMISSION):
        return _forbidden(request)
    catalogue = catalogue_load(language=get_language())
    form = ReportFilterForm(request.GET or None, catalogue=catalogue)
    now = timezone.now()
    context = {
        "page_title": _("Completion report"),
        "form": form,
        "can_export": _allowed(request, EXPORT_PERMISSION),
        "presets": list(PRESETS.values()),
    }
    if form.is_bound and not form.is_valid():
        context["invalid"] = True
        return TemplateResponse(request, "reports/admin/index.html", context, status=400)
    filters = form.filters() if form.is_bound else ReportFilters()
    page, records = selectors.records_page(
        filters=filters, catalogue=catalogue, page_number=request.GET.get("p"), now=now
    )
    query = _query(filters)
    context.update(
        page=page,
        records=records,
        query=query,
        filters=filters,
        labels=_labels(),
        **_charts(filters, catalogue, now),
    )
    return TemplateResponse(request, "reports/admin/index.html", context)


def _labels() -> dict:
    return {
        "completion": dict(CompletionStatus.choices),
        "success": dict(SuccessStatus.choices),
        "level": dict(Level.choices),
    }


def learner_detail(request, user_id: int):
    if not _allowed(request, VIEW_PERMISSION):
        return _forbidden(request)
    user = get_object_or_404(get_user_model().objects.select_related("profile"), pk=user_id)
    catalogue = catalogue_load(language=get_language())
    file = selectors.learner_file(user=user, catalogue=catalogue)
    return TemplateResponse(
        request,
        "reports/admin/learner.html",
        {
            "page_title": _("Learner: %(name)s") % {"name": user.get_full_name() or user.email},
            "learner": user,
            "file": file,
            "labels": _labels(),
            "can_export": _allowed(request, EXPORT_PERMISSION),
            "presets": list(PRESETS.values()),
            "learner_query": urlencode({"user_id": user.pk}),
        },
    )


def export(request, preset: str):
    """Stream the records of the current filters in a format; log who asked for what."""
    if not _allowed(request, VIEW_PERMISSION, EXPORT_PERMISSION):
        return _forbidden(request)
    chosen = PRESETS.get(preset)
    if chosen is None:
        raise Http404(_("Unknown export format."))
    catalogue = catalogue_load()
    data = request.GET.copy()
    user_id = data.pop("user_id", [None])[-1]
    form = ReportFilterForm(data, catalogue=catalogue)
    user_id_valid = user_id in (None, "") or (str(user_id).isdecimal() and int(user_id) <= MAX_ID)
    if form.is_valid() and not user_id_valid:
        form.add_error(None, _("The learner asked for (user_id) is not a valid id."))
    if not form.is_valid():
        return TemplateResponse(
            request,
            "reports/admin/index.html",
            {
                "page_title": _("Completion report"),
                "form": form,
                "invalid": True,
                "can_export": True,
                "presets": list(PRESETS.values()),
            },
            status=400,
        )
    filters = form.filters()
    if user_id:
        filters = ReportFilters(**{**filters.__dict__, "user_id": int(user_id)})
    if chosen.kind == "xlsx":
        rows = filter_enrollments(
            Enrollment.objects.all(), filters, catalogue=catalogue, today=timezone.localdate()
        ).count()
        if rows > settings.REPORTS_XLSX_INLINE_MAX_ROWS:
            export_prepare_start(preset=chosen, filters=filters, user=request.user)
            messages.success(
                request,
                _(
                    "%(rows)s records: the XLSX file is being prepared. It will be listed "
                    "below to download, and you will receive an e-mail when it is ready."
                )
                % {"rows": f"{rows:,}"},
            )
            return redirect("reports_admin:log")
    run = ExportRun(preset=chosen, filters=filters, user=request.user, channel="admin")
    if chosen.kind == "xlsx":
        # openpyxl's write-only mode needs a seekable file to finish the zip; a temporary
        # file (deleted when closed) keeps memory flat, then it is streamed in blocks.
        spool = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
        run.write(spool)
        spool.seek(0)
        return FileResponse(
            spool, as_attachment=True, filename=run.filename, content_type=chosen.content_type
        )
    response = StreamingHttpResponse(run.chunks(), content_type=chosen.content_type)
    response["Content-Disposition"] = f'attachment; filename="{run.filename}"'
    return response


def export_log(request):
    if not (_allowed(request, VIEW_PERMISSION) and _allowed(request, LOG_PERMISSION)):
        return _forbidden(request)
    page = Paginator(ExportLog.objects.select_related("user"), 50).get_page(request.GET.get("p"))
    preparing = any(log.is_preparing for log in page)
    return TemplateResponse(
        request,
        "reports/admin/export_log.html",
        {"page_title": _("Exports"), "page": page, "presets": PRESETS, "preparing": preparing},
    )


def export_download(request, pk: int):
    """A prepared file, to the person who asked for it (it holds personal data: HR
    colleagues ask for their own)."""
    if not _allowed(request, VIEW_PERMISSION, EXPORT_PERMISSION):
        return _forbidden(request)
    log = get_object_or_404(ExportLog, pk=pk, user=request.user)
    if not log.file or not log.file.storage.exists(log.file.name):
        raise Http404(_("This file is no longer kept: export again."))
    preset = PRESETS.get(log.preset)
    return FileResponse(
        log.file.open("rb"),
        as_attachment=True,
        filename=log.file.name.rsplit("/", 1)[-1],
        content_type=preset.content_type if preset else "application/octet-stream",
    )
