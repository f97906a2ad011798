"""Serving the core: over HTTP on 127.0.0.1, or in-process as httpx transports."""

from __future__ import annotations

import copy
import os
import re
import socket
import threading
from collections.abc import Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

import httpx

from .answers import Answer, HttpError
from .core import MAX_BODY_BYTES, Core, Fault, RecordedRequest, too_large
from .oauth import PREFIX as OAUTH_PREFIX
from .spec import PACKAGE, available_versions, load_document

#: Connections served at once by default. Each takes a thread; more wait in the listen backlog.
#: Above httpx's default pool of 100 connections, so one client at full concurrency never waits.
MAX_CONNECTIONS = 128
# A Content-Length of up to this many digits is read as a number; a longer one is too large anyway.
_LENGTH = re.compile(r"[0-9]{1,15}")


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default listen backlog (5) resets connections when a client opens dozens at once.
    request_queue_size = 128

    def __init__(self, core: Core, max_connections: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.core = core
        self._slots = threading.BoundedSemaphore(max_connections)
        self._stopping = threading.Event()

    def process_request(self, request: Any, client_address: Any) -> None:
        # Wait for a free thread before starting one (polling, so that shutdown is not blocked).
        while not self._slots.acquire(timeout=0.05):
            if self._stopping.is_set():
                self.shutdown_request(request)
                return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def shutdown(self) -> None:
        self._stopping.set()
        super().shutdown()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Buffer the answer so headers and body leave in one write: two small writes per answer meet
    # Nagle's algorithm and the client's delayed ACK, costing some 40 ms per request.
    wbufsize = 1 << 16
    # An idle or stalled connection holds one of the bounded threads; it is closed after this long.
    timeout = 30
    server: _HTTPServer

    def _serve(self) -> None:
        length = self._body_length()
        if length is None:
            return
        body = self.rfile.read(length) if length else b""
        answer = self.server.core.handle(self.command, self.path, dict(self.headers.items()), body)
        if answer.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(answer)

    def _body_length(self) -> int | None:
        """The length of the request body, or None when the request was answered instead."""
        values = self.headers.get_all("Content-Length")
        if values is None:
            if self.command in ("POST", "PUT", "PATCH"):
                self._send(HttpError(411, "Length required").answer())
                return None
            return 0
        text = values[0].strip() if len(values) == 1 else ""
        if _LENGTH.fullmatch(text) and int(text) <= MAX_BODY_BYTES:
            return int(text)
        # The body is left unread, so where the next request starts is unknown: answer and close.
        self.close_connection = True
        if text.isascii() and text.isdigit():
            self._send(HttpError(413, too_large(int(text[:20]))).answer())
        else:
            message = "Content-Length must be a single non-negative decimal integer"
            self._send(HttpError(400, message).answer())
        return None

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("X-Restli-Protocol-Version", "2.0.0")
        self.send_header("Content-Length", str(len(answer.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":  # a HEAD answer announces its body but never carries one
            self.wfile.write(answer.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer what the standard library refuses itself (a malformed request line, an unknown
        method, an oversized header) in LinkedIn's JSON shape rather than an HTML page."""
        self.close_connection = True
        # A request line too broken to name its version leaves the default, HTTP/0.9, whose
        # answers have no status line nor headers; no client of this server speaks it.
        self.request_version = self.protocol_version
        text = message or self.responses.get(code, ("Error",))[0]
        self._send(HttpError(code, text).answer())

    # Every verb reaches the core, which answers 405 with Allow for those a path does not take.
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve
    do_HEAD = do_OPTIONS = do_TRACE = do_CONNECT = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read :attr:`LinkedInTestServer.requests` instead of a request log."""


def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
    # What httpx itself raises when a server closes the connection without answering.
    return httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    )


def _response(answer: Answer, request: httpx.Request) -> httpx.Response:
    headers = {**answer.headers, "X-Restli-Protocol-Version": "2.0.0"}
    return httpx.Response(answer.status, headers=headers, content=answer.body, request=request)


class _SyncTransport(httpx.BaseTransport):
    def __init__(self, core: Core) -> None:
        self._core = core

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._core.handle(
            request.method,
            request.url.raw_path.decode("ascii"),
            dict(request.headers.items()),
            request.read(),
        )
        if answer.drop:
            raise _dropped(request)
        return _response(answer, request)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, core: Core) -> None:
        self._core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._core.handle(
            request.method,
            request.url.raw_path.decode("ascii"),
            dict(request.headers.items()),
            await request.aread(),
        )
        if answer.drop:
            raise _dropped(request)
        return _response(answer, request)


class LinkedInTestServer:
    """A local, stateful LinkedIn Marketing API server for one API version.

    ``version`` defaults to the newest version in this package. ``faults`` are applied in order
    (see :class:`Fault`); more can be added with :meth:`add_fault`. ``spec`` replaces the packaged
    resolved document (a dict or the path of a JSON file), for specs of one's own.
    ``max_connections`` bounds the connections (and so the threads) served at once over HTTP;
    more wait until one closes. Bodies above :data:`MAX_BODY_BYTES` are answered 413 unread.

    Use it as a context manager to serve HTTP on 127.0.0.1 (:attr:`base_url`), or mount
    :meth:`transport` / :meth:`async_transport` in an httpx client without a socket. Any bearer
    token is accepted until an OAuth application is registered (:meth:`register_app`); from then
    on, only access tokens issued by the server's OAuth endpoints (:attr:`oauth_base_url`). State
    lives as long as the object and is shared by both ways in.
    """

    def __init__(
        self,
        version: str | None = None,
        *,
        faults: Iterable[Fault] = (),
        spec: Mapping[str, Any] | str | os.PathLike[str] | None = None,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        if version is None:
            versions = available_versions()
            if not versions:
                raise ValueError(f"{PACKAGE} holds no resolved spec; pass a version and spec")
            version = versions[-1]
        self.version = version
        self._core = Core(version, load_document(version, spec), faults)
        self._max_connections = max_connections
        self._http: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The base URL to give the client, such as ``http://127.0.0.1:54321/rest``."""
        return f"{self._origin()}{self._core.prefix}"

    @property
    def oauth_base_url(self) -> str:
        """The OAuth root to give an auth client, such as ``http://127.0.0.1:54321/oauth/v2``."""
        return self._origin() + OAUTH_PREFIX

    def _origin(self) -> str:
        if self._http is None:
            raise RuntimeError("the server is not running; use it as a context manager")
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}"

    def register_app(self, client_id: str, client_secret: str, redirect_url: str) -> None:
        """Register an OAuth application; from then on only tokens issued here are accepted.

        ``/oauth/v2/authorization`` grants any scopes asked for without a consent page.
        """
        with self._core.lock:
            self._core.oauth.register(client_id, client_secret, redirect_url)

    def expire_access_tokens(self) -> None:
        """Make every access token issued so far answer 401 ``EXPIRED_ACCESS_TOKEN``."""
        with self._core.lock:
            self._core.oauth.expire_access_tokens()

    def __enter__(self) -> Self:
        self._http = _HTTPServer(self._core, self._max_connections)
        # A short poll interval keeps shutdown (which waits for the next poll) fast.
        self._thread = threading.Thread(
            target=self._http.serve_forever,
            args=(0.02,),
            name="linkedin-test-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
        if self._thread is not None:
            self._thread.join()
        self._http = None
        self._thread = None

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering in-process, for ``httpx.Client(transport=...)``."""
        return _SyncTransport(self._core)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport answering in-process, for ``httpx.AsyncClient(transport=...)``."""
        return _AsyncTransport(self._core)

    def add_fault(self, fault: Fault) -> None:
        """Make the next requests matching ``fault`` fail (after the faults already given)."""
        with self._core.lock:
            self._core.faults.append([fault, fault.times])

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first, including those answered by a fault."""
        with self._core.lock:
            return list(self._core.requests)

    def entities(self, resource: str) -> list[dict[str, Any]]:
        """Copies of the stored entities of a Rest.li resource (``"adAccounts"``), oldest first."""
        with self._core.lock:
            return copy.deepcopy(list(self._core.store.entities.get(resource, {}).values()))
