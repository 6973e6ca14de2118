"""The delivery commands: the sweep (once and in a loop), re-sending parked statements
after a fix, exporting a period as JSON lines."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command

from lms.tracking.delivery import Report
from lms.tracking.management.commands import xapi_deliver
from lms.tracking.models import Delivery, DeliveryStatus

from .test_delivery import (
    make_destination,
    make_statement,
    make_statements,
    statement_body,
    statuses,
)

pytestmark = pytest.mark.django_db


def run(name, *args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(name, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_sweep_delivers_what_is_due_and_says_so(restartable_lrs):
    restartable_lrs.restart()
    destination = make_destination(restartable_lrs.endpoint, batch_size=4)
    make_statements(9)
    out, err = run("xapi_deliver")
    assert "Delivered 9" in out and err == ""
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 9}


class StopLoop(Exception):
    pass


def test_the_sweep_loops_and_survives_a_failing_run(monkeypatch):
    runs = []

    def flaky_deliver_all():
        runs.append(1)
        if len(runs) == 1:
            raise RuntimeError("database gone for a moment")
        return Report()

    def sleep(seconds):
        assert seconds == 0.5
        if len(runs) >= 3:
            raise StopLoop

    monkeypatch.setattr(xapi_deliver, "deliver_all", flaky_deliver_all)
    monkeypatch.setattr(xapi_deliver.time, "sleep", sleep)
    with pytest.raises(StopLoop):
        run("xapi_deliver", "--loop", "0.5")
    assert len(runs) == 3


def test_the_loop_needs_a_positive_period():
    with pytest.raises(CommandError, match="greater than 0"):
        run("xapi_deliver", "--loop", "0")


def test_parked_statements_are_resent_after_a_fix(restartable_lrs):
    restartable_lrs.restart()
    statements = make_statements(3)
    conflicting = statements[1]
    # The LRS holds another body under that id: 409, parked.
    with restartable_lrs.client() as client:
        client.post(
            "statements",
            content=statement_body(conflicting.pk, n=42),
            headers={"Content-Type": "application/json"},
        )
    destination = make_destination(restartable_lrs.endpoint, name="Main")
    other = make_destination(restartable_lrs.endpoint, name="Other", events=["none"])
    run("xapi_deliver")
    assert statuses(destination) == {DeliveryStatus.DELIVERED: 2, DeliveryStatus.PARKED: 1}

    # Re-sending without a fix parks it again.
    out, _ = run("xapi_resend_parked", "--destination", "Main")
    assert "1 parked statement re-queued" in out
    assert Delivery.objects.get(statement=conflicting).status == DeliveryStatus.PARKED

    # The fix: the wrong copy is gone from the LRS (here: a fresh, empty LRS).
    restartable_lrs.restart()
    out, _ = run("xapi_resend_parked", "--destination", str(destination.pk))
    assert "Delivered 1" in out
    row = Delivery.objects.get(statement=conflicting)
    assert row.status == DeliveryStatus.DELIVERED and row.attempts == 1
    assert restartable_lrs.get_statement(conflicting.pk)["actor"]["account"]["name"] == "learner-1"
    assert restartable_lrs.count_statements() == 1  # only the parked one was sent again
    assert statuses(other) == {}


def test_resend_parked_rejects_an_unknown_destination():
    with pytest.raises(CommandError, match="No LRS destination"):
        run("xapi_resend_parked", "--destination", "Nowhere")


def test_resend_parked_can_only_requeue():
    statement = make_statement()
    destination = make_destination("http://127.0.0.1:9/xAPI/")
    Delivery.objects.create(
        statement=statement, destination=destination, status=DeliveryStatus.PARKED, attempts=1
    )
    out, _ = run("xapi_resend_parked", "--no-deliver")
    assert "1 parked" in out
    row = Delivery.objects.get()
    assert row.status == DeliveryStatus.PENDING and row.next_attempt_at is None


def test_export_writes_the_stored_bodies_of_a_period_byte_for_byte(tmp_path):
    day = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    before = make_statement(created_at=day - dt.timedelta(seconds=1), n=1)
    inside = [make_statement(created_at=day + dt.timedelta(hours=h), n=10 + h) for h in (0, 5, 23)]
    # A body with non-ASCII text, stored as is.
    inside.append(make_statement(created_at=day + dt.timedelta(hours=23, minutes=59), n=99))
    inside[-1].body = inside[-1].body.replace("experienced", "a consulté l’étape")
    inside[-1].save()
    after = make_statement(created_at=day + dt.timedelta(days=1), n=2)

    output = tmp_path / "backfill.jsonl"
    out, _ = run(
        "xapi_export", "--since", "2026-03-02", "--until", "2026-03-02", "--output", str(output)
    )
    assert "4 statements written" in out
    assert output.read_bytes() == "".join(s.body + "\n" for s in inside).encode()
    text = output.read_text(encoding="utf-8")
    assert before.body not in text and after.body not in text

    # Date-times: --since inclusive, --until exclusive.
    run(
        "xapi_export",
        "--since",
        "2026-03-02T05:00:00Z",
        "--until",
        "2026-03-02T23:00:00+00:00",
        "--output",
        str(output),
    )
    assert output.read_text(encoding="utf-8").splitlines() == [inside[1].body]


def test_export_to_standard_output_without_bounds():
    statements = make_statements(2)
    out, _ = run("xapi_export")
    assert out == "".join(s.body + "\n" for s in statements)


@pytest.mark.parametrize(
    "args,message",
    [
        (["--since", "yesterday"], "--since: “yesterday” is not a date"),
        (["--until", "2026-13-45"], "--until: “2026-13-45” is not a date"),
        (["--since", "2026-03-03", "--until", "2026-03-01"], "--since must be before --until"),
    ],
)
def test_export_explains_bad_dates(args, message):
    with pytest.raises(CommandError, match=message):
        run("xapi_export", *args)
