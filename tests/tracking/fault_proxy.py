"""A fault proxy in front of the real LRS, for the delivery fault tests and the bench.

A threaded HTTP server on 127.0.0.1. Its `mode` can be switched at any time:

- "forward": pass the request to the upstream LRS and its answer back (the real thing);
- "503": answer 503 Service Unavailable, as an LRS in maintenance;
- "hang": hold the connection without answering (until `release()` or `hang_seconds`),
  then close it: the client sees its timeout;
- "drop": close the connection without a word.

It records every request it got (method, path, body, the mode it met), so a test can count
the requests a down LRS received, and check that a resend carried the same bytes.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

FORWARDED_HEADERS = ("Content-Type", "X-Experience-API-Version", "Authorization")


class FaultProxy:
    def __init__(self, upstream: str, *, mode: str = "forward", hang_seconds: float = 30.0):
        self.upstream = upstream.rstrip("/")  # the LRS's origin, e.g. http://127.0.0.1:8080
        self.mode = mode
        self.hang_seconds = hang_seconds
        self.received: list[dict] = []
        self.hanging = threading.Semaphore(0)  # released once per request that hangs
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=30)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                mode = proxy.mode
                with proxy._lock:
                    proxy.received.append(
                        {
                            "method": self.command,
                            "path": self.path,
                            "body": body.decode(errors="replace"),
                            "mode": mode,
                            "at": time.monotonic(),
                        }
                    )
                if mode == "hang":
                    proxy.hanging.release()
                    proxy._release.wait(proxy.hang_seconds)
                    self.close_connection = True
                    return
                if mode == "drop":
                    self.close_connection = True
                    return
                if mode == "503":
                    self._answer(503, b'{"message": "maintenance (fault proxy)"}')
                    return
                headers = {k: self.headers[k] for k in FORWARDED_HEADERS if self.headers.get(k)}
                try:
                    response = proxy._client.request(
                        self.command, proxy.upstream + self.path, content=body, headers=headers
                    )
                except httpx.HTTPError:
                    self._answer(502, b'{"message": "upstream unreachable (fault proxy)"}')
                    return
                self._answer(response.status_code, response.content)

            def _answer(self, status: int, data: bytes):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up

            do_GET = do_POST = do_PUT = _handle

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self.server.server_port}/xAPI/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
        self.server.shutdown()
        self.server.server_close()
        self._client.close()

    def switch(self, mode: str) -> None:
        assert mode in ("forward", "503", "hang", "drop"), mode
        if mode != "hang":
            self.release()
        else:
            self._release.clear()
        self.mode = mode

    def release(self) -> None:
        """Let every hanging request end (its connection is closed unanswered)."""
        self._release.set()

    def posts(self, mode: str | None = None) -> list[dict]:
        with self._lock:
            return [
                r
                for r in self.received
                if r["method"] == "POST" and (mode is None or r["mode"] == mode)
            ]

    def clear(self) -> None:
        with self._lock:
            self.received.clear()
