"""Errors the learner path raises. Each carries a message fit to show the learner."""

from django.utils.translation import gettext_lazy as _


class LearningError(Exception):
    default_message = _("This action is not possible.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class NotOpen(LearningError):
    default_message = _("This workshop is not open for enrollment.")


class WorkshopLocked(LearningError):
    default_message = _("This workshop is locked: pass its prerequisites first.")


class EnrollmentConflict(LearningError):
    default_message = _(
        "Someone was enrolled in this course at the same moment. Nothing was changed: try again."
    )
