"""Final quizzes of the shipped curriculum, in English and French.

``QUIZZES`` maps each workshop slug of ``lms.demo.curriculum`` to the plain data of its final
quiz. Every text is a ``{"en": ..., "fr": ...}`` dict; both languages share one structure (same
questions, same options in the same order, same right answers), so the French quiz is a
translation of the English one and ``lms.demo.quiz_builder`` gives them the same keys.

A quiz::

    {
        "title": {...}, "description": {...},
        "settings": {"pass_mark", "attempts_allowed", "delay_minutes", "time_limit_minutes",
                     "shuffle_questions", "shuffle_options", "grading_method",
                     "review_show", "review_when"},   # Quiz fields, used as they are
        "questions": [question, ...],                 # in the order trainers see them
    }

A question has ``type``, ``points`` (1-3), ``prompt`` and ``explanation``, plus:

- ``single`` / ``scenario``: ``choices`` = [{"text", "correct", "feedback"}], exactly one
  correct; a scenario also has a ``situation``;
- ``multiple``: ``choices`` (one or more correct) and ``partial_credit``;
- ``true_false``: ``correct`` (bool), ``feedback_true``, ``feedback_false``;
- ``ordering``: ``steps``, texts in the correct order;
- ``matching``: ``pairs`` = [{"source", "target"}];
- ``short_text``: ``accepted`` = {"en": [...], "fr": [...]}; both quizzes accept the answers
  of both languages (the learner's own language first).
"""

from .brand_values import BRAND_VALUES_QUIZZES
from .cybersecurity import CYBERSECURITY_QUIZZES
from .social_media import SOCIAL_MEDIA_QUIZZES

QUIZZES: dict[str, dict] = {
    **SOCIAL_MEDIA_QUIZZES,
    **BRAND_VALUES_QUIZZES,
    **CYBERSECURITY_QUIZZES,
}

__all__ = ["BRAND_VALUES_QUIZZES", "CYBERSECURITY_QUIZZES", "QUIZZES", "SOCIAL_MEDIA_QUIZZES"]
