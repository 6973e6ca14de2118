"""Extension points of the lesson page for apps above courses.

courses imports nothing of `lms.*` (see DESIGN.md); an app that wants to add a block beside
every lesson (e.g. advocacy's "Ask the referent") registers a template name here at start-up.
The lesson template includes each one with the page's context (`page`, `state`, `request`).
"""

_LESSON_ASIDES: list[str] = []


def lesson_aside_register(template_name: str) -> None:
    """Add a template to every lesson page, after the lesson. Idempotent."""
    if template_name not in _LESSON_ASIDES:
        _LESSON_ASIDES.append(template_name)


def lesson_asides() -> tuple[str, ...]:
    return tuple(_LESSON_ASIDES)
