"""The load run's client and arithmetic (tests/bench/load.py, load_client.py), against a real
HTTP server on 127.0.0.1 that behaves like gunicorn's sync workers: one request per
connection, Secure cookies, a CSRF field in its forms."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.bench.load import ONE_ROUTE, slice_length, slice_seconds
from tests.bench.load_client import Learner, RouteStats, Unexpected


class _Handler(BaseHTTPRequestHandler):
    seen: list[dict] = []

    def log_message(self, *args):  # quiet
        pass

    def _answer(self, status: int, body: bytes = b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")  # as gunicorn's sync workers do
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def do_GET(self):
        self.seen.append({"path": self.path, **dict(self.headers)})
        if self.path == "/form/":
            page = b'<form><input name="csrfmiddlewaretoken" value="tok123"></form>'
            cookie = ("Set-Cookie", "csrftoken=abc; Secure; Path=/")
            self._answer(200, page, [cookie])
        elif self.path == "/plain/":
            self._answer(200, b"no form here")
        else:
            self._answer(404, b"missing")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length).decode()
        self.seen.append({"path": self.path, "body": body, **dict(self.headers)})
        self._answer(302, headers=[("Location", "/done/")])


@pytest.fixture
def server():
    _Handler.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_learner_keeps_its_cookies_and_posts_the_form_as_a_browser_behind_the_proxy(server):
    learner = Learner(port=server, host="academy.test", floor_host="plain.test")
    try:
        _response, content = learner.step("page", "GET", "/form/", expect=200)
        token = learner.csrf(content, "page")
        response, _ = learner.step(
            "post", "POST", "/complete/", expect=302, form={"csrfmiddlewaretoken": token}
        )
        learner.step("other host", "GET", "/plain/", expect=200, host="plain.test")
    finally:
        learner.close()
    assert token == "tok123"
    assert learner.cookies == {"csrftoken": "abc"}  # Secure, yet kept: plain HTTP to the app
    assert response.getheader("Location") == "/done/"
    get, post, other = _Handler.seen
    assert get["X-Forwarded-Proto"] == "https" and get["Host"] == "academy.test"
    assert post["Cookie"] == "csrftoken=abc"
    assert post["body"] == "csrfmiddlewaretoken=tok123"
    assert post["Origin"] == "https://academy.test"
    assert post["Referer"] == "https://academy.test/complete/"
    assert other["Host"] == "plain.test"
    # Three requests over three connections (the server closed each): all timed.
    assert [len(s.times) for s in learner.stats.values()] == [1, 1, 1]


def test_an_unexpected_status_or_a_missing_token_is_an_error_of_its_route(server):
    learner = Learner(port=server, host="academy.test", floor_host="plain.test")
    try:
        with pytest.raises(Unexpected):
            learner.step("page", "GET", "/nowhere/", expect=200)
        _response, content = learner.step("plain", "GET", "/plain/", expect=200)
        with pytest.raises(Unexpected):
            learner.csrf(content, "plain")
    finally:
        learner.close()
    assert (learner.stats["page"].errors, learner.stats["page"].times) == (1, [])
    assert learner.stats["page"].samples == ["GET /nowhere/: 404"]
    # The page answered 200 but had no form: it is counted as an error, not as a success.
    assert (learner.stats["plain"].errors, learner.stats["plain"].times) == (1, [])


def test_a_server_that_is_gone_is_an_error_not_a_crash():
    learner = Learner(port=1, host="academy.test", floor_host="plain.test")  # nothing listens
    with pytest.raises(Unexpected):
        learner.step("page", "GET", "/", expect=200)
    assert learner.stats["page"].errors == 1
    assert "ConnectionRefusedError" in learner.stats["page"].samples[0]


@pytest.mark.parametrize("total", [4.0, 20.0, 20.5, 33.3])
def test_the_one_route_slices_add_up_to_the_phase(total):
    assert sum(slice_seconds(route, total) for route in ONE_ROUTE) == pytest.approx(total)
    assert slice_length(total) >= 2.0


def test_percentiles_in_milliseconds():
    stats = RouteStats(times=[i / 1000 for i in range(1, 101)])
    assert stats.percentile(50) == pytest.approx(50.5)
    assert stats.percentile(95) == pytest.approx(95.05)
    assert RouteStats().percentile(95) == 0.0
