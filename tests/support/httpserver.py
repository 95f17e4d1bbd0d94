"""A small real HTTP server on 127.0.0.1 with per-path scripted responses.

    def test_x(http_server: ScriptedServer) -> None:
        http_server.script("/a.csv", Reply(503), Reply(503), Reply(200, body=b"ok"))
        http_server.script("/old", redirect("/signed?token=abc"))
        http_server.script("/e", etag_responder(b"data", '"v1"'))
        ... http_server.url("/a.csv") ...
        assert [r.path for r in http_server.requests] == [...]

Each path has a queue of replies consumed in order; the last one repeats. A reply
may be a callable that builds the Reply from the RecordedRequest (for conditional
responses). Paths are matched without their query string; unscripted paths get 404.
To use the `http_server` fixture in a test module, import `http_server_fixture`
(`# noqa: F401`): pytest registers it under the name `http_server`.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

import pytest


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # as requested, including any query string
    headers: dict[str, str]  # lower-cased names

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class Reply:
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before sending anything
    chunked: bool = False  # Transfer-Encoding: chunked, no Content-Length
    chunk_size: int = 1024


Responder = Reply | Callable[[RecordedRequest], Reply]


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, {"Location": location})


def etag_responder(
    body: bytes, etag: str, headers: Mapping[str, str] | None = None
) -> Callable[[RecordedRequest], Reply]:
    """200 with an ETag, or 304 when the request's If-None-Match matches it."""

    def respond(request: RecordedRequest) -> Reply:
        extra = dict(headers or {})
        candidates = [t.strip() for t in (request.header("If-None-Match") or "").split(",")]
        if etag in candidates or "*" in candidates:
            return Reply(304, {"ETag": etag, **extra})
        return Reply(200, {"ETag": etag, **extra}, body)

    return respond


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: ScriptedServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # don't let an abandoned keep-alive connection pin a thread forever
    server: _Server

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _serve(self, send_body: bool = True) -> None:
        owner = self.server.owner
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
        )
        reply = owner._next_reply(request)
        if reply.delay and owner._stopping.wait(reply.delay):
            self.close_connection = True
            return
        try:
            self._write(reply, send_body and reply.status not in (204, 304))
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (size cap, timeout): expected in tests.
            self.close_connection = True

    def _write(self, reply: Reply, with_body: bool) -> None:
        self.send_response(reply.status)
        names = {k.lower() for k in reply.headers}
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if with_body and reply.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif "content-length" not in names and reply.status not in (204, 304):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not with_body:
            return
        if reply.chunked:
            body = reply.body
            for start in range(0, len(body), reply.chunk_size):
                piece = body[start : start + reply.chunk_size]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(reply.body)
        self.wfile.flush()


class ScriptedServer:
    """ThreadingHTTPServer on 127.0.0.1:<ephemeral>, served from a background thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[str, deque[Responder]] = {}
        self._requests: list[RecordedRequest] = []
        self._stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="scripted-http-server",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def script(self, path: str, *replies: Responder) -> None:
        """Replace the reply queue for `path` (no query string). The last reply repeats."""
        if not replies:
            raise ValueError("script() needs at least one reply")
        with self._lock:
            self._routes[path] = deque(replies)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if urlsplit(r.path).path == path]

    def _next_reply(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self._requests.append(request)
            queue = self._routes.get(urlsplit(request.path).path)
            if not queue:
                return Reply(404, {"Content-Type": "text/plain"}, b"not scripted\n")
            responder = queue.popleft() if len(queue) > 1 else queue[0]
        return responder(request) if callable(responder) else responder

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a Reply.delay
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@pytest.fixture(name="http_server")
def http_server_fixture() -> Iterator[ScriptedServer]:
    """Provides the `http_server` fixture to modules that import this function."""
    with ScriptedServer() as server:
        yield server
