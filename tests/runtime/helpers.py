"""Shared test helpers: a fake clock, a recording mock server and sync/async transport harnesses."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
from linkedin_marketing.transport import (
    AsyncTransport,
    ClientConfig,
    RestliRequest,
    RestliResponse,
    RetryPolicy,
    SyncTransport,
)

TOKEN = "AQX-secret-token-1234567890"
VERSION = "202610"
BASE = "https://api.linkedin.com/rest"


class FakeClock:
    """A monotonic clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.now += delay

    async def async_sleep(self, delay: float) -> None:
        self.sleep(delay)


Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """An httpx.MockTransport handler that records requests and answers from a function."""

    def __init__(self, respond: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.respond = respond or (lambda request: json_response(200, {}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.respond(request)


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers or {})


def sequence(*responses: httpx.Response | Exception) -> Handler:
    """A responder giving the responses in order (an exception is raised instead)."""
    pending = list(responses)

    def respond(request: httpx.Request) -> httpx.Response:
        item = pending.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return respond


def make_config(clock: FakeClock, **retry: Any) -> ClientConfig:
    policy = RetryPolicy(
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        clock=clock.clock,
        random=lambda: 0.5,
        **retry,
    )
    return ClientConfig(version=VERSION, access_token=TOKEN, retry=policy)


class Harness:
    """One transport (sync or async) in front of a Server, with a fake clock."""

    def __init__(self, mode: str, respond: Handler | None = None, **retry: Any) -> None:
        self.mode = mode
        self.server = Server(respond)
        self.clock = FakeClock()
        config = make_config(self.clock, **retry)
        mock = httpx.MockTransport(self.server)
        self.sync = SyncTransport(config, transport=mock) if mode == "sync" else None
        self.async_ = AsyncTransport(config, transport=mock) if mode == "async" else None

    @property
    def transport(self) -> SyncTransport | AsyncTransport:
        transport = self.sync or self.async_
        assert transport is not None
        return transport

    def send(self, request: RestliRequest) -> RestliResponse:
        if self.sync is not None:
            return self.sync.send(request)
        assert self.async_ is not None
        return asyncio.run(self.async_.send(request))

    @property
    def requests(self) -> list[httpx.Request]:
        return self.server.requests


MODES = ["sync", "async"]
