"""What each learner has done. Language-neutral by design: rows point at a page's
`translation_key`, shared by the English and French versions of the same page, so progress
made in one language shows in the other (see docs/decisions/0002)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrollmentSource(models.TextChoices):
    SELF = "self", _("Self-enrolled")
    TRAINER = "trainer", _("Enrolled by a trainer")
    HR = "hr", _("Enrolled by HR")
    IMPORT = "import", _("Enrolled by an import rule")


class CompletionStatus(models.TextChoices):
    """Has the learner done the content? (SCORM 2004 / cmi5 completion)"""

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")


class SuccessStatus(models.TextChoices):
    """Has the learner shown mastery? (SCORM 2004 / cmi5 success)"""

    UNKNOWN = "unknown", _("Not assessed yet")
    PASSED = "passed", _("Passed")
    FAILED = "failed", _("Failed")


class Enrollment(models.Model):
    """One learner in one workshop: the canonical completion record HR exports."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    workshop_key = models.UUIDField(_("workshop"))
    # The xAPI/cmi5 registration: one per enrollment, fixed for life.
    registration = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    source = models.CharField(
        _("source"), max_length=20, choices=EnrollmentSource.choices, default=EnrollmentSource.SELF
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enrolled by"),
    )
    enrolled_at = models.DateTimeField(_("enrolled"))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    last_lesson_key = models.UUIDField(null=True, blank=True)
    completion_status = models.CharField(
        _("completion"),
        max_length=20,
        choices=CompletionStatus.choices,
        default=CompletionStatus.NOT_STARTED,
    )
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    success_status = models.CharField(
        _("success"), max_length=20, choices=SuccessStatus.choices, default=SuccessStatus.UNKNOWN
    )
    passed_at = models.DateTimeField(_("passed"), null=True, blank=True)
    # Scaled score of the grade that counts, in [0, 1]; empty until a quiz is graded.
    score_scaled = models.DecimalField(
        _("score"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "workshop_key"], name="one_enrollment_per_workshop"
            )
        ]
        indexes = [models.Index(fields=["workshop_key", "success_status"])]

    def __str__(self):
        return f"{self.user} · {self.workshop_key}"

    @property
    def is_passed(self) -> bool:
        return self.success_status == SuccessStatus.PASSED

    @property
    def is_completed(self) -> bool:
        return self.completion_status == CompletionStatus.COMPLETED


class LessonCompletion(models.Model):
    """A lesson a learner has completed. At most one row per learner and lesson."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson_key = models.UUIDField()
    completed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key}"
