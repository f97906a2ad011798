"""The HTTP server against malformed and hostile requests, written byte by byte on raw sockets:
each gets a 4xx JSON answer in LinkedIn's shape, and the server keeps serving."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import pytest
from linkedin_marketing.testing import MAX_BODY_BYTES, LinkedInTestServer

from tests.server.support import NEWEST, headers

# Long enough for a slow machine, short enough that a hang fails the test instead of the suite.
TIMEOUT = 10.0


@dataclass
class RawAnswer:
    status: int
    headers: dict[str, str]
    body: bytes
    closed: bool  # the server closed the connection after answering

    def json(self) -> dict[str, object]:
        data = json.loads(self.body)
        assert isinstance(data, dict)
        return data


@pytest.fixture(scope="module")
def live() -> Iterator[LinkedInTestServer]:
    with LinkedInTestServer(NEWEST) as server:
        yield server


def address(server: LinkedInTestServer) -> tuple[str, int]:
    url = urlsplit(server.base_url)
    assert url.hostname is not None and url.port is not None
    return url.hostname, url.port


def head_lines(method: str, target: str, extra: dict[str, str]) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in {**headers(), **extra}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def exchange(server: LinkedInTestServer, raw: bytes, method: str = "GET") -> RawAnswer:
    """Send ``raw`` on a new connection and read the answer (and whether the server then closed)."""
    with socket.create_connection(address(server), timeout=TIMEOUT) as sock:
        sock.sendall(raw)
        answer = read_answer(sock, method)
        sock.settimeout(0.5)
        try:
            answer.closed = sock.recv(1) == b""
        except TimeoutError:
            answer.closed = False
    return answer


def read_answer(sock: socket.socket, method: str) -> RawAnswer:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"connection closed without an answer (got {data!r})"
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    found = {}
    for line in lines:
        name, _, value = line.partition(":")
        found[name.strip().lower()] = value.strip()
    length = 0 if method == "HEAD" else int(found.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        assert chunk, "connection closed in the middle of the body"
        rest += chunk
    return RawAnswer(int(status_line.split()[1]), found, rest[:length], closed=False)


def assert_linkedin_error(answer: RawAnswer, status: int) -> dict[str, object]:
    assert answer.status == status, answer
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert body["status"] == status
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["serviceErrorCode"], int)
    return body


def assert_still_serving(server: LinkedInTestServer) -> None:
    with httpx.Client(base_url=server.base_url, headers=headers(), timeout=TIMEOUT) as http:
        assert http.get("/adAccounts", params={"q": "search"}).status_code == 200


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "+5", " ", "10, 10"])
def test_a_bad_content_length_is_400_and_closes_the_connection(
    live: LinkedInTestServer, length: str
) -> None:
    raw = head_lines("POST", "/rest/adAccounts", {"Content-Length": length}) + b"{}"
    answer = exchange(live, raw, "POST")
    body = assert_linkedin_error(answer, 400)
    assert "Content-Length" in str(body["message"])
    assert answer.closed  # the body's end is unknown, so the connection cannot be reused
    assert_still_serving(live)


def test_a_body_above_the_limit_is_413_without_being_read(live: LinkedInTestServer) -> None:
    # Only the head is sent: the answer must come without waiting for the announced body.
    raw = head_lines("POST", "/rest/adAccounts", {"Content-Length": str(MAX_BODY_BYTES + 1)})
    answer = exchange(live, raw, "POST")
    body = assert_linkedin_error(answer, 413)
    assert str(MAX_BODY_BYTES) in str(body["message"])
    assert answer.closed
    assert_still_serving(live)


def test_a_body_at_the_limit_is_read(live: LinkedInTestServer) -> None:
    content = json.dumps({"name": "x" * (MAX_BODY_BYTES - 100), "type": "BUSINESS"}).encode()
    content += b" " * (MAX_BODY_BYTES - len(content))
    raw = head_lines(
        "POST",
        "/rest/adAccounts",
        {"Content-Length": str(len(content)), "Content-Type": "application/json"},
    )
    assert exchange(live, raw + content, "POST").status == 201


def test_a_5000_digit_page_size_is_400(live: LinkedInTestServer) -> None:
    raw = head_lines("GET", "/rest/adAccounts?q=search&pageSize=" + "9" * 5000, {})
    body = assert_linkedin_error(exchange(live, raw), 400)
    assert "pageSize" in str(body["message"])
    assert_still_serving(live)


def test_json_nested_100000_deep_is_400(live: LinkedInTestServer) -> None:
    content = b'{"name":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    raw = head_lines(
        "POST",
        "/rest/adAccounts",
        {"Content-Length": str(len(content)), "Content-Type": "application/json"},
    )
    body = assert_linkedin_error(exchange(live, raw + content, "POST"), 400)
    assert "deep" in str(body["message"])
    assert_still_serving(live)


@pytest.mark.parametrize("method", ["OPTIONS", "HEAD", "TRACE", "PUT"])
def test_unsupported_methods_are_405_with_allow(live: LinkedInTestServer, method: str) -> None:
    raw = head_lines(method, "/rest/adAccounts", {"Content-Length": "0"})
    answer = exchange(live, raw, method)
    assert answer.status == 405
    assert answer.headers["content-type"] == "application/json"
    assert set(answer.headers["allow"].split(", ")) == {"GET", "POST"}
    if method == "HEAD":
        assert answer.body == b""  # a HEAD answer has no body, whatever its status
    else:
        assert answer.json()["status"] == 405
    assert_still_serving(live)


def test_an_unknown_method_is_a_json_error(live: LinkedInTestServer) -> None:
    answer = exchange(live, head_lines("BREW", "/rest/adAccounts", {}))
    assert_linkedin_error(answer, 501)


def test_a_malformed_request_line_is_a_json_400(live: LinkedInTestServer) -> None:
    answer = exchange(live, b"GET /rest/adAccounts HTTP/1.1 extra\r\n\r\n")
    assert_linkedin_error(answer, 400)
    assert_still_serving(live)


def handler_threads() -> int:
    return sum("process_request_thread" in thread.name for thread in threading.enumerate())


def test_the_threads_the_server_starts_are_bounded() -> None:
    with LinkedInTestServer(NEWEST, max_connections=4) as server:
        before = handler_threads()
        idle = [socket.create_connection(address(server), timeout=TIMEOUT) for _ in range(12)]
        time.sleep(0.3)  # let the server accept what it will
        assert handler_threads() - before <= 4
        # A connection beyond the bound waits for a free one instead of being refused.
        waiting = socket.create_connection(address(server), timeout=TIMEOUT)
        waiting.sendall(head_lines("GET", "/rest/adAccounts?q=search", {}))
        for sock in idle:
            sock.close()
        assert read_answer(waiting, "GET").status == 200
        waiting.close()
