"""Paging the pull API while records change: no record lost, none repeated without a change.

The contract (docs/api.md): pages are ordered by (updated_at, id); a record changed while a
client pages moves to the end and is served again with its new state (at-least-once per
change); a record not changed is served exactly once; the last state a client sees of every
record is its state in the database."""

import datetime as dt
import random

import pytest
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CompletionStatus, Enrollment, SuccessStatus
from lms.accounts import roles
from tests.factories import build_academy, make_user

from .api_support import enrollments_of, make_key

pytestmark = pytest.mark.django_db

COMPLETIONS = "/api/v1/completions"
CERTIFICATES = "/api/v1/certificates"


@pytest.fixture(autouse=True)
def _no_settle_time(settings):
    settings.REPORTS_API_SETTLE_SECONDS = 0


@pytest.fixture
def world(db):
    built = build_academy(courses=1, lessons=1)
    users = [make_user(group=roles.LEARNERS) for _ in range(20)]
    enrollments_of(built, users, passed_every=3)  # 60 enrollments, 20 certificates
    # Ties on purpose: blocks of 7 rows share one timestamp, so the id has to break them.
    base = timezone.now() - dt.timedelta(hours=1)
    for n, pk in enumerate(Enrollment.objects.order_by("?").values_list("pk", flat=True)):
        Enrollment.objects.filter(pk=pk).update(updated_at=base + dt.timedelta(seconds=n // 7))
    for n, pk in enumerate(Certificate.objects.values_list("pk", flat=True)):
        Certificate.objects.filter(pk=pk).update(updated_at=base + dt.timedelta(seconds=n // 4))
    return built, users


def _pages(client, url, headers, *, limit, between=None, cursor=None):
    """Every item served, in order, following next_cursor while has_more."""
    served = []
    params = {"limit": limit}
    while True:
        if cursor:
            params["cursor"] = cursor
        response = client.get(url, params, **headers)
        assert response.status_code == 200, response.content
        body = response.json()
        served.extend(body["items"])
        assert len(body["items"]) <= limit
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return served, cursor
        if between:
            between(len(served))


@pytest.mark.parametrize("limit", [1, 7, 13, 1000])
def test_a_quiet_snapshot_is_served_exactly_once_in_order(client, hr_user, world, limit):
    _key, headers = make_key(by=hr_user)
    served, cursor = _pages(client, COMPLETIONS, headers, limit=limit)
    uuids = [item["record_uuid"] for item in served]
    assert len(uuids) == len(set(uuids)) == Enrollment.objects.count()
    keys = [(dt.datetime.fromisoformat(i["updated_at"]), i["record_uuid"]) for i in served]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    # Resuming from the last cursor with nothing changed: nothing new.
    again = client.get(COMPLETIONS, {"cursor": cursor}, **headers).json()
    assert again["items"] == [] and again["has_more"] is False
    assert again["next_cursor"]  # still a place to resume from

    served, _cursor = _pages(client, CERTIFICATES, headers, limit=limit)
    codes = [item["code"] for item in served]
    assert len(codes) == len(set(codes)) == Certificate.objects.count()


def _state(enrollment) -> tuple:
    return (enrollment.completion_status, enrollment.success_status)


def _item_state(item) -> tuple:
    return (item["completion_status"], item["success_status"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_paging_while_records_change_loses_nothing(client, hr_user, world, seed):
    built, _users = world
    rng = random.Random(seed)
    _key, headers = make_key(by=hr_user)
    changed: set[str] = set()

    def churn(served_so_far: int):
        """Between two pages: change records already served and records not served yet,
        and add new learners' enrollments."""
        everyone = list(Enrollment.objects.all())
        for enrollment in rng.sample(everyone, 3):
            enrollment.completion_status = rng.choice(
                [CompletionStatus.IN_PROGRESS, CompletionStatus.COMPLETED]
            )
            enrollment.success_status = rng.choice([SuccessStatus.PASSED, SuccessStatus.FAILED])
            enrollment.save()  # auto_now: moves to the end of the order
            changed.add(str(enrollment.registration))
        if rng.random() < 0.5:
            enrollments_of(built, [make_user(group=roles.LEARNERS)], passed_every=0)

    served, cursor = _pages(client, COMPLETIONS, headers, limit=9, between=churn)
    assert changed

    # Resume the sync later, as a client does with its saved cursor.
    tail = client.get(COMPLETIONS, {"cursor": cursor, "limit": 1000}, **headers).json()
    served += tail["items"]

    last_seen = {}
    times_seen: dict[str, int] = {}
    for item in served:
        last_seen[item["record_uuid"]] = item
        times_seen[item["record_uuid"]] = times_seen.get(item["record_uuid"], 0) + 1
    final = {str(e.registration): e for e in Enrollment.objects.all()}
    # Nothing lost: every record, including those added while paging, in its final state.
    assert set(last_seen) == set(final)
    for uuid, enrollment in final.items():
        assert _item_state(last_seen[uuid]) == _state(enrollment), uuid
    # Nothing repeated without a reason: a record served twice was changed in between.
    repeated = {uuid for uuid, count in times_seen.items() if count > 1}
    assert repeated <= changed
    for uuid in set(final) - changed:
        assert times_seen[uuid] == 1


def test_a_record_changed_after_being_served_comes_back_once_with_its_new_state(
    client, hr_user, world
):
    _key, headers = make_key(by=hr_user)
    first = client.get(COMPLETIONS, {"limit": 5}, **headers).json()
    early = Enrollment.objects.get(registration=first["items"][0]["record_uuid"])
    early.completion_status = CompletionStatus.COMPLETED
    early.success_status = SuccessStatus.FAILED
    early.save()
    served, _cursor = _pages(client, COMPLETIONS, headers, limit=5, cursor=first["next_cursor"])
    again = [item for item in served if item["record_uuid"] == str(early.registration)]
    assert len(again) == 1
    assert _item_state(again[0]) == ("completed", "failed")
    assert served[-1]["record_uuid"] == str(early.registration)  # at the end: changed last


def test_a_revoked_certificate_comes_back_with_its_new_status(client, hr_user, world):
    _key, headers = make_key(by=hr_user)
    served, cursor = _pages(client, CERTIFICATES, headers, limit=6)
    certificate = Certificate.objects.order_by("pk").first()
    from certificates.services import certificate_revoke

    certificate_revoke(certificate=certificate, by=hr_user, reason="Issued by mistake")
    later = client.get(CERTIFICATES, {"cursor": cursor}, **headers).json()
    assert [(i["code"], i["status"]) for i in later["items"]] == [(certificate.code, "revoked")]
