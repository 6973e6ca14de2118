"""Golden files: for each event, a fixture in, the exact statement JSON out.

Values that are random by nature (page, quiz and question keys, the registration, the
learner's public id) are replaced by named placeholders; statement ids are fixed through
the services' seam. Set UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, and
review the diff.
"""

import json
import os
from pathlib import Path

import pytest

from lms.tracking.models import Statement

from .journey import academy_with_quiz, fixed_ids, placeholders, run_journey, stable
from .xapi_rules import assert_valid

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

JOURNEY_EVENTS = [
    "enrolled",
    "workshop_launched",
    "lesson_experienced",
    "lesson_completed",
    "quiz_attempted",
    "question_answered",
    "workshop_failed",
    "workshop_passed",
    "certificate_earned",
    "workshop_completed",
    "course_completed",
]


def _check(name: str, actual) -> None:
    path = GOLDEN / f"{name}.json"
    text = json.dumps(actual, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist: written, review it and run again")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected, f"{name}: the statement differs from {path.name}"


@pytest.fixture
def journey(monkeypatch):
    fixed_ids(monkeypatch)
    built = academy_with_quiz(french=True)
    user, _first, _second = run_journey(built, language="fr")
    return built, user


def test_journey_statements_match_the_golden_files(journey):
    built, user = journey
    names = placeholders(built, user)
    by_event: dict[str, list] = {}
    for statement in Statement.objects.order_by("id"):
        body = stable(statement.body, names)
        assert_valid(json.loads(statement.body))
        by_event.setdefault(statement.event, []).append(body)
    assert set(by_event) == set(JOURNEY_EVENTS)
    for event in JOURNEY_EVENTS:
        statements = by_event[event]
        if event == "question_answered":
            # The 7 answers of the passing attempt: one per question type.
            _check(event, statements[-7:])
        elif event in ("lesson_completed", "quiz_attempted"):
            _check(event, statements[0])
        else:
            assert len(statements) == 1, f"{event}: {len(statements)} statements"
            _check(event, statements[0])
