"""Golden files: for each event, a fixture in, the exact statement JSON out.

Values that are random by nature (page, quiz and question keys, the registration, the
learner's public id) are replaced by named placeholders; statement ids are fixed through
the services' seam. Set UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, and
review the diff.
"""

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from lms.tracking import services as tracking_services
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


AT = dt.datetime(2026, 3, 2, 10, 0, 0, 500000, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("event", "kwargs"),
    [
        (
            "certificate_earned",
            {
                "certificate_key": "8d0c6b7e-3f4a-4c7e-9a51-2b7d10f3c001",
                "name": {"en-US": "Social media: beginner", "fr-FR": "Réseaux sociaux : débutant"},
                "registration": "0b5f0c2a-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
                "workshop_key": "5a4e3d2c-1b0a-4f9e-8d7c-6b5a4e3d2c1b",
                "course_key": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
            },
        ),
        ("tier_earned", {"tier_key": "ambassador", "name": {"en-US": "Ambassador"}}),
        (
            "charter_accepted",
            {"charter_version": "2026-01", "name": "Social-media charter, version 2026-01"},
        ),
    ],
)
def test_future_feature_builders_match_the_golden_files(monkeypatch, event, kwargs):
    from uuid import UUID

    from tests.factories import make_user

    fixed_ids(monkeypatch)
    user = make_user(language="en")
    user.public_id = UUID("c0ffee00-0000-4000-8000-000000000001")
    statement = tracking_services.statement_record(event=event, user=user, at=AT, **kwargs)
    body = json.loads(statement.body)
    assert_valid(body)
    _check(event, body)
