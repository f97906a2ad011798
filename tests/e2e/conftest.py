"""Fixtures for end-to-end tests: each generated version's client against the local server over
real HTTP on 127.0.0.1."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType

import pytest
from linkedin_marketing.testing import LinkedInTestServer, available_versions
from linkedin_marketing.transport import RetryPolicy

# Retries without real waiting: the tests check what is retried, not how long it waits.
FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.0, jitter=0.0, sleep=lambda _: None)


@pytest.fixture(params=available_versions())
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def api(version: str) -> ModuleType:
    """The generated subpackage of the version (``LinkedInClient``, models, enums, URN types)."""
    return importlib.import_module(f"linkedin_marketing.v{version}")


@pytest.fixture
def server(version: str) -> Iterator[LinkedInTestServer]:
    with LinkedInTestServer(version) as running:
        yield running


@pytest.fixture
def client(api: ModuleType, server: LinkedInTestServer) -> Iterator[object]:
    with api.LinkedInClient("test-token", base_url=server.base_url, retry=FAST_RETRY) as opened:
        yield opened
