from django.utils.translation import gettext_lazy as _


class QuizError(Exception):
    """A quiz action refused, with a message fit to show the learner."""

    default_message = _("This quiz action is not possible.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class ResponseError(QuizError):
    default_message = _("This answer is not valid.")


class AttemptNotAllowed(QuizError):
    default_message = _("You cannot start a new attempt now.")


class SubmissionRejected(QuizError):
    default_message = _("This submission was not accepted. Nothing was recorded.")
