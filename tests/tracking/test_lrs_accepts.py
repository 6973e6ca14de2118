"""The statements we record are accepted by a real, strict LRS, as stored, byte for byte."""

import json

import httpx
import pytest

from lms.tracking import services as tracking_services
from lms.tracking.models import Statement
from tests.factories import make_user

from .journey import academy_with_quiz, run_journey

pytestmark = pytest.mark.django_db


def _post_as_stored(lrs, statements):
    """POST the stored bodies joined into one JSON array, without re-serialising them."""
    payload = ("[" + ",".join(s.body for s in statements) + "]").encode()
    return httpx.post(
        lrs.endpoint + "statements",
        content=payload,
        headers={**lrs.headers, "Content-Type": "application/json"},
        auth=lrs.AUTH,
        timeout=10,
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_full_journey_is_accepted_and_returned_by_id(real_lrs, language):
    built = academy_with_quiz(french=True)
    run_journey(built, language=language)
    statements = list(Statement.objects.order_by("created_at", "id"))
    assert len(statements) > 15

    response = _post_as_stored(real_lrs, statements)
    assert response.status_code == 200, response.text
    assert response.json() == [str(s.id) for s in statements]

    for statement in statements:
        stored = real_lrs.get_statement(str(statement.id))
        assert stored is not None, statement.event
        sent = json.loads(statement.body)
        for field in ("actor", "verb", "object"):
            assert stored[field] == sent[field], (statement.event, field)
        if "result" in sent:
            assert stored["result"] == sent["result"], statement.event

    # A resend of the very same bytes is treated as done, not as a conflict.
    assert _post_as_stored(real_lrs, statements[:3]).status_code == 200


def test_future_feature_statements_are_accepted(real_lrs):
    from django.utils import timezone

    user = make_user(language="fr")
    at = timezone.now()
    statements = [
        tracking_services.statement_record(
            event="certificate_earned",
            user=user,
            at=at,
            certificate_key="8d0c6b7e-3f4a-4c7e-9a51-2b7d10f3c001",
            name={"en-US": "Social media: beginner", "fr-FR": "Réseaux sociaux : débutant"},
            registration="0b5f0c2a-1d3e-4f5a-8b6c-7d8e9f0a1b2c",
            workshop_key="5a4e3d2c-1b0a-4f9e-8d7c-6b5a4e3d2c1b",
            course_key="1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
        ),
        tracking_services.statement_record(
            event="tier_earned", user=user, at=at, tier_key="relay", name={"en-US": "Relay"}
        ),
        tracking_services.statement_record(
            event="charter_accepted",
            user=user,
            at=at,
            charter_version="2026-01",
            name="Charter 2026-01",
        ),
    ]
    response = _post_as_stored(real_lrs, statements)
    assert response.status_code == 200, response.text
