"""Domain events of the learner path. Sent inside the service's transaction, so a receiver
that writes (xAPI outbox, points ledger) commits or rolls back with the learner's state.

Every signal carries `user`, `enrollment` and the localized page(s) involved.
"""

from django.dispatch import Signal

enrollment_created = Signal()  # user, enrollment, workshop
# Staff assigning a course to many people at once (courses.services.course_enroll_many)
# send this one instead of one enrollment_created each, so receivers can write in bulk.
enrollments_created = Signal()  # created: list of (user, enrollment, workshop)
workshop_started = Signal()  # user, enrollment, workshop
lesson_viewed = Signal()  # user, enrollment, lesson
lesson_completed = Signal()  # user, enrollment, lesson, completion
workshop_completed = Signal()  # user, enrollment, workshop
workshop_passed = Signal()  # user, enrollment, workshop[, attempt]
workshop_failed = Signal()  # user, enrollment, workshop, attempt
course_completed = Signal()  # user, course, enrollments
