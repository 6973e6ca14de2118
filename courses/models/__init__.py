from .pages import AcademyPage, CoursePage, LessonPage, WorkshopPage, WorkshopPrerequisite
from .progress import (
    CompletionStatus,
    Enrollment,
    EnrollmentSource,
    LessonCompletion,
    SuccessStatus,
)

__all__ = [
    "AcademyPage",
    "CoursePage",
    "CompletionStatus",
    "Enrollment",
    "EnrollmentSource",
    "LessonCompletion",
    "LessonPage",
    "SuccessStatus",
    "WorkshopPage",
    "WorkshopPrerequisite",
]
