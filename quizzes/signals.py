"""Domain events of the assessment engine, sent inside the service's transaction."""

from django.dispatch import Signal

attempt_started = Signal()  # user, attempt
attempt_graded = Signal()  # user, attempt, answers (list[Answer])
