"""The filters of the completion report, its exports and the export command.

One form validates them wherever they come from (the admin's query string, an export link,
the command's options), so a bad value is a clear message everywhere and never a 500.
`ReportFilters` is the validated, serialisable result: it goes into ExportLog.filters and
back into export links unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.levels import Level
from courses.models import CompletionStatus, SuccessStatus
from lms.accounts.models import LearnerProfile

from .catalogue import Catalogue


@dataclass(frozen=True)
class ReportFilters:
    department: str = ""
    team: str = ""
    course: str = ""  # a course's translation key
    level: str = ""
    completion_status: str = ""
    success_status: str = ""
    enrolled_from: dt.date | None = None
    enrolled_to: dt.date | None = None
    completed_from: dt.date | None = None
    completed_to: dt.date | None = None
    overdue: bool = False
    search: str = ""  # e-mail, name or employee id (contains)
    user_id: int | None = None  # a single learner (drill-down)

    @classmethod
    def from_cleaned(cls, data: dict) -> ReportFilters:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names and v not in (None, "")}
        return cls(**values)

    @classmethod
    def from_params(cls, params: dict[str, str]) -> ReportFilters:
        """The inverse of `as_params()` (a prepared export rebuilds its filters from it)."""
        values = {}
        for f in fields(cls):
            text = params.get(f.name)
            if text in (None, ""):
                continue
            if f.name.endswith(("_from", "_to")):
                values[f.name] = dt.date.fromisoformat(text)
            elif f.name == "overdue":
                values[f.name] = text == "1"
            elif f.name == "user_id":
                values[f.name] = int(text)
            else:
                values[f.name] = text
        return cls(**values)

    def as_params(self) -> dict[str, str]:
        """Only the filters set, as strings: for ExportLog.filters and query strings."""
        params = {}
        for name, value in asdict(self).items():
            if value in (None, "", False):
                continue
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif value is True:
                value = "1"
            params[name] = str(value)
        return params

    @property
    def is_empty(self) -> bool:
        return not self.as_params()


def _distinct(field: str) -> list[tuple[str, str]]:
    values = (
        LearnerProfile.objects.exclude(**{field: ""})
        .order_by(field)
        .values_list(field, flat=True)
        .distinct()
    )
    return [(v, v) for v in values]


class ReportFilterForm(forms.Form):
    """GET form: every field optional; an unknown choice or a reversed range is an error."""

    search = forms.CharField(label=_("Learner"), required=False, max_length=200)
    department = forms.ChoiceField(label=_("Department"), required=False)
    team = forms.ChoiceField(label=_("Team"), required=False)
    course = forms.ChoiceField(label=_("Course"), required=False)
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels")), *Level.choices]
    )
    completion_status = forms.ChoiceField(
        label=_("Completion"),
        required=False,
        choices=[("", _("Any completion")), *CompletionStatus.choices],
    )
    success_status = forms.ChoiceField(
        label=_("Success"),
        required=False,
        choices=[("", _("Any success")), *SuccessStatus.choices],
    )
    enrolled_from = forms.DateField(
        label=_("Enrolled from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    enrolled_to = forms.DateField(
        label=_("Enrolled until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    completed_from = forms.DateField(
        label=_("Completed from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    completed_to = forms.DateField(
        label=_("Completed until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    overdue = forms.BooleanField(
        label=_("Overdue only"),
        required=False,
        help_text=_("Past their due date and not completed."),
    )

    def __init__(self, *args, catalogue: Catalogue, strict_people: bool = True, **kwargs):
        """strict_people=False accepts any department/team text (the command: a scheduled
        job must not fail because nobody is in a department yet)."""
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", _("All courses"))] + [
            (str(c.key), c.title or str(c.key)) for c in catalogue.sorted_courses()
        ]
        for name, everyone in (("department", _("All departments")), ("team", _("All teams"))):
            if strict_people:
                self.fields[name].choices = [("", everyone), *_distinct(name)]
            else:
                self.fields[name] = forms.CharField(
                    label=self.fields[name].label, required=False, max_length=120
                )

    def clean(self):
        data = super().clean()
        for start, end in (("enrolled_from", "enrolled_to"), ("completed_from", "completed_to")):
            if data.get(start) and data.get(end) and data[start] > data[end]:
                self.add_error(end, _("This date is before the start of the range."))
        return data

    def filters(self) -> ReportFilters:
        """The validated filters; call after is_valid() returned True."""
        return ReportFilters.from_cleaned(self.cleaned_data)


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=ZoneInfo(settings.TIME_ZONE))


def filter_enrollments(
    queryset: QuerySet,
    filters: ReportFilters | None,
    *,
    catalogue: Catalogue,
    today: dt.date | None = None,
) -> QuerySet:
    """Narrow an Enrollment queryset. Dates are whole days in settings.TIME_ZONE, both ends
    included. Overdue: a due date before today and not completed."""
    if not filters:
        return queryset
    f = filters
    if f.user_id:
        queryset = queryset.filter(user_id=f.user_id)
    if f.department:
        queryset = queryset.filter(user__profile__department=f.department)
    if f.team:
        queryset = queryset.filter(user__profile__team=f.team)
    if f.course:
        queryset = queryset.filter(course_key=f.course)
    if f.level:
        queryset = queryset.filter(workshop_key__in=catalogue.workshop_keys_of_level(f.level))
    if f.completion_status:
        queryset = queryset.filter(completion_status=f.completion_status)
    if f.success_status:
        queryset = queryset.filter(success_status=f.success_status)
    if f.enrolled_from:
        queryset = queryset.filter(enrolled_at__gte=_day_start(f.enrolled_from))
    if f.enrolled_to:
        queryset = queryset.filter(enrolled_at__lt=_day_start(f.enrolled_to + dt.timedelta(1)))
    if f.completed_from:
        queryset = queryset.filter(completed_at__gte=_day_start(f.completed_from))
    if f.completed_to:
        queryset = queryset.filter(completed_at__lt=_day_start(f.completed_to + dt.timedelta(1)))
    if f.overdue:
        today = today or timezone.localdate()
        queryset = queryset.filter(due_date__lt=today).exclude(
            completion_status=CompletionStatus.COMPLETED
        )
    if f.search:
        term = f.search.strip()
        queryset = queryset.filter(
            Q(user__email__icontains=term)
            | Q(user__first_name__icontains=term)
            | Q(user__last_name__icontains=term)
            | Q(user__profile__employee_id__icontains=term)
        )
    return queryset
