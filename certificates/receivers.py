"""Courses' events -> certificates. Passing a workshop issues its certificate, inside the
transaction that recorded the pass."""

from courses import signals as course_signals

from .services import certificate_issue


def on_workshop_passed(sender, *, user, enrollment, workshop, **kwargs):
    certificate_issue(user=user, enrollment=enrollment, workshop=workshop)


def connect() -> None:
    course_signals.workshop_passed.connect(
        on_workshop_passed, dispatch_uid="certificates.on_workshop_passed"
    )
