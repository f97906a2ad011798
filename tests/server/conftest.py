"""Fixtures for the local test server's own tests: an in-process client on a fresh server."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from linkedin_marketing.testing import LinkedInTestServer

from tests.server.support import NEWEST, headers


def pytest_configure(config: pytest.Config) -> None:
    # What a user's top-level `pytest_plugins = ["linkedin_marketing.pytest_plugin"]` does; a
    # conftest below the root may not set pytest_plugins.
    config.pluginmanager.import_plugin("linkedin_marketing.pytest_plugin")


@pytest.fixture
def server() -> LinkedInTestServer:
    return LinkedInTestServer(NEWEST)


@pytest.fixture
def api(server: LinkedInTestServer) -> Iterator[httpx.Client]:
    """An httpx client mounted on the server in-process, with the protocol headers set."""
    with httpx.Client(
        transport=server.transport(), base_url="https://api.linkedin.com/rest", headers=headers()
    ) as client:
        yield client
