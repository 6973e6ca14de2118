"""The test LRS is real and strict, and these are the answers the delivery code relies on.

Observed with xapi-statements 5.0.1 (recorded in tools/lrs/README.md too):
POST new -> 200 [ids]; POST same id + same body -> 200 [ids]; PUT same -> 204;
same id + different body -> 409 "<id> is conflicting"; invalid -> 400 with warnings;
missing version header -> 400.
"""

import ipaddress
import socket
import uuid

import httpx
import pytest

from tests.lrs import HOST, LRSError, RealLRS


def statement(**overrides):
    data = {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "name": "Ada", "mbox": "mailto:ada@example.org"},
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/completed",
            "display": {"en-US": "completed"},
        },
        "object": {
            "objectType": "Activity",
            "id": "https://academy.example.org/courses/voice/lesson-1/",
            "definition": {"name": {"en-US": "Lesson 1"}},
        },
        "result": {"completion": True, "score": {"scaled": 0.75}},
        "context": {
            "contextActivities": {
                "parent": [
                    {"objectType": "Activity", "id": "https://academy.example.org/courses/voice/"}
                ]
            }
        },
        "timestamp": "2026-11-28T00:00:00.000Z",
    }
    data.update(overrides)
    return data


@pytest.fixture
def client(real_lrs):
    with real_lrs.client() as client:
        yield client


def test_a_valid_statement_is_stored_and_read_back(real_lrs, client):
    sent = statement()
    response = client.post("statements", json=sent)
    assert response.status_code == 200, response.text
    assert response.json() == [sent["id"]]

    stored = real_lrs.get_statement(sent["id"])
    # The LRS adds stored, authority and version; everything sent comes back as sent.
    assert {key: stored[key] for key in sent} == sent
    assert {"stored", "authority", "version"} <= stored.keys()
    assert sent["id"] in {s["id"] for s in real_lrs.statements(verb=sent["verb"]["id"])}


def test_an_unknown_statement_is_absent(real_lrs):
    assert real_lrs.get_statement(str(uuid.uuid4())) is None


@pytest.mark.parametrize(
    "invalid, where",
    [
        ({"result": {"score": {"scaled": 2}}}, "'statements.0.result.score.scaled'"),
        ({"result": {"score": {"raw": 120, "max": 100}}}, "'statements.0.result.score'"),
        ({"result": {"duration": "5 minutes"}}, "'statements.0.result.duration'"),
        (
            {"context": {"contextActivities": {"parent": "https://academy.example.org/c/"}}},
            "'statements.0.context.contextActivities.parent' to be 'Array'",
        ),
        (
            {"context": {"contextActivities": {"parent": [{"objectType": "Activity"}]}}},
            "'statements.0.context.contextActivities.parent.0.id'",
        ),
        ({"actor": {"mbox": "ada@example.org"}}, "'statements.0.actor.mbox'"),
        ({"verb": {"id": "completed"}}, "'statements.0.verb.id'"),
        ({"verb": None}, "'statements.0.verb'"),
    ],
    ids=[
        "scaled-out-of-range",
        "raw-above-max",
        "duration-not-iso8601",
        "parent-a-string",
        "parent-without-id",
        "mbox-without-mailto",
        "verb-not-an-iri",
        "no-verb",
    ],
)
def test_an_invalid_statement_is_refused_with_a_message(real_lrs, client, invalid, where):
    sent = statement(**invalid)
    if sent["verb"] is None:
        del sent["verb"]
    response = client.post("statements", json=sent)
    assert response.status_code == 400, response.text
    assert where in " ".join(response.json()["warnings"])
    assert real_lrs.get_statement(sent["id"]) is None


def test_invalid_json_is_refused_with_a_message(client):
    response = client.post(
        "statements", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["message"] == "Expected valid JSON in body"


def test_a_single_parent_object_is_valid_and_returned_as_a_list(real_lrs, client):
    # xAPI 1.0.3 (Context Activities): a contextActivities value may be one Activity object; the LRS
    # MUST return it as an array. So this is NOT an invalid statement.
    parent = {"objectType": "Activity", "id": "https://academy.example.org/courses/voice/"}
    sent = statement(context={"contextActivities": {"parent": parent}})
    response = client.post("statements", json=sent)
    assert response.status_code == 200, response.text
    assert real_lrs.get_statement(sent["id"])["context"]["contextActivities"]["parent"] == [parent]


def test_the_version_header_is_required(real_lrs):
    response = httpx.post(
        real_lrs.endpoint + "statements", json=statement(), auth=real_lrs.AUTH, timeout=10
    )
    assert response.status_code == 400
    assert "X-Experience-API-Version" in response.text


def test_a_retry_is_accepted_and_a_different_body_conflicts(real_lrs, client):
    sent = statement()
    assert client.post("statements", json=sent).status_code == 200

    # The same statement again (a retry after a lost answer): accepted, nothing added.
    again = client.post("statements", json=sent)
    assert again.status_code == 200, again.text
    assert again.json() == [sent["id"]]
    put = client.put("statements", params={"statementId": sent["id"]}, json=sent)
    assert put.status_code == 204, put.text

    # The same id with another body: a conflict, and the first one stays.
    changed = dict(sent, result={"completion": True, "score": {"scaled": 0.1}})
    for response in (
        client.post("statements", json=changed),
        client.put("statements", params={"statementId": sent["id"]}, json=changed),
    ):
        assert response.status_code == 409, response.text
        assert response.json()["message"] == f"{sent['id']} is conflicting"
    assert real_lrs.get_statement(sent["id"])["result"]["score"]["scaled"] == 0.75
    assert (
        real_lrs.count_statements(activity=sent["object"]["id"], since="2000-01-01T00:00:00Z") >= 1
    )


def test_a_batch_is_all_or_nothing(real_lrs, client):
    good, bad = statement(), statement(result={"score": {"scaled": -3}})
    response = client.post("statements", json=[good, bad])
    assert response.status_code == 400, response.text
    assert real_lrs.get_statement(good["id"]) is None

    batch = [statement(), statement()]
    response = client.post("statements", json=batch)
    assert response.status_code == 200
    assert response.json() == [s["id"] for s in batch]


def test_statements_follows_more_links(real_lrs, client):
    activity = f"https://academy.example.org/paging/{uuid.uuid4()}"
    batch = [statement(object={"objectType": "Activity", "id": activity}) for _ in range(5)]
    assert client.post("statements", json=batch).status_code == 200
    page = client.get("statements", params={"activity": activity, "limit": 2}).json()
    assert len(page["statements"]) == 2 and page["more"]
    found = real_lrs.statements(activity=activity, limit=2)
    assert sorted(s["id"] for s in found) == sorted(s["id"] for s in batch)


def _usable(address):
    ip = ipaddress.ip_address(address)
    return not (ip.is_loopback or ip.is_unspecified)


def _non_loopback_address():
    """An IPv4 address of this machine other than 127.x, or None."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: it only picks a route
            address = probe.getsockname()[0]
        if _usable(address):
            return address
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            if _usable(info[4][0]):
                return info[4][0]
    except OSError:
        pass
    return None


def test_it_listens_on_loopback_only(real_lrs):
    with socket.create_connection((HOST, real_lrs.port), timeout=2):
        pass
    address = _non_loopback_address()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    with pytest.raises(OSError), socket.create_connection((address, real_lrs.port), timeout=2):
        pass


def test_stop_and_start_again_on_the_same_port(restartable_lrs):
    lrs = restartable_lrs
    endpoint = lrs.endpoint
    lrs.stop()
    assert not lrs.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(endpoint + "about", headers=lrs.headers, timeout=2)
    lrs.start()
    assert lrs.endpoint == endpoint
    assert httpx.get(endpoint + "about", headers=lrs.headers, timeout=2).status_code == 200


def test_an_unstartable_lrs_reports_its_output():
    # A port already taken: the LRS process cannot listen and exits; the error says so.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind((HOST, 0))
        taken.listen()
        lrs = RealLRS(port=taken.getsockname()[1], startup_timeout=15)
        with pytest.raises(LRSError, match="(?s)exited with code.*EADDRINUSE"):
            lrs.start()
        assert not lrs.running
        lrs.close()


def test_any_credentials_or_none_are_accepted(real_lrs):
    # AUTH_REPO=test: this LRS cannot check the sender's authentication.
    for auth in (("someone", "wrong"), None):
        sent = statement()
        response = httpx.post(
            real_lrs.endpoint + "statements",
            json=sent,
            headers=real_lrs.headers,
            auth=auth,
            timeout=10,
        )
        assert response.status_code == 200, response.text
