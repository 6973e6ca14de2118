from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput, AdminPageChooser
from wagtail.models import Page

from .models import CoursePage, WorkshopPage


class StaffEnrollmentForm(forms.Form):
    """Trainers and HR assign a course or a workshop to learners, picked by name or by
    department."""

    target = forms.ModelChoiceField(
        queryset=Page.objects.none(),  # set per form: content types are read from the database
        label=_("Course or workshop"),
        widget=AdminPageChooser(target_models=[CoursePage, WorkshopPage]),
    )
    learners = forms.ModelMultipleChoiceField(
        queryset=get_user_model().objects.filter(is_active=True),
        label=_("Learners"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 12}),
    )
    department = forms.CharField(
        label=_("…or everyone in the department"),
        required=False,
        max_length=120,
    )
    due_date = forms.DateField(label=_("Due date"), required=False, widget=AdminDateInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = Page.objects.type(CoursePage, WorkshopPage).live()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("learners") and not cleaned.get("department"):
            raise forms.ValidationError(_("Choose at least one learner or a department."))
        department = cleaned.get("department")
        if (
            department
            and not get_user_model()
            .objects.filter(is_active=True, profile__department__iexact=department)
            .exists()
        ):
            self.add_error("department", _("Nobody active works in that department."))
        return cleaned

    def selected_learners(self):
        users = set(self.cleaned_data.get("learners") or [])
        department = self.cleaned_data.get("department")
        if department:
            users |= set(
                get_user_model().objects.filter(
                    is_active=True, profile__department__iexact=department
                )
            )
        return sorted(users, key=lambda u: u.email)
