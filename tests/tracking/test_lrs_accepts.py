"""The statements we record are accepted by a real, strict LRS, as stored, byte for byte."""

import json

import httpx
import pytest

from lms.tracking.models import Statement

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


def test_advocacy_statements_are_accepted_and_the_voiding_voids(real_lrs):
    """Certificate earned, charter accepted, tier earned, then the certificate revoked: the
    strict LRS accepts all of them, and afterwards answers the voided statement only as
    voided (xAPI 1.0.3: a voided statement is fetched with voidedStatementId)."""
    from .test_golden_advocacy import advocacy_journey_run

    advocacy_journey_run()
    statements = list(Statement.objects.order_by("created_at", "id"))
    events = [s.event for s in statements]
    assert {"certificate_earned", "charter_accepted", "tier_earned"} <= set(events)
    assert events[-1] == "certificate_revoked"

    response = _post_as_stored(real_lrs, statements)
    assert response.status_code == 200, response.text
    earned = next(s for s in statements if s.event == "certificate_earned")
    assert real_lrs.get_statement(str(earned.id)) is None
    voided = real_lrs.get_statement(str(earned.id), voided=True)
    assert voided is not None and voided["id"] == str(earned.id)
