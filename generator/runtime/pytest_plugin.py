"""A pytest fixture serving the local LinkedIn test server: one line in ``conftest.py`` enables it.

::

    # conftest.py
    pytest_plugins = ["linkedin_marketing.pytest_plugin"]

    # test_sync.py
    @pytest.mark.linkedin_server(version="202610", faults=[Fault(status=429, method="GET")])
    def test_sync(linkedin_server):
        client = LinkedInClient(access_token="any", base_url=linkedin_server.base_url)

Without the marker the server serves the newest version of the package, with no faults. Each test
gets a fresh server (empty state) on its own port. This is the only module of the package that
imports pytest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .testing import LinkedInTestServer

__all__ = ["linkedin_server"]


def pytest_configure(config: pytest.Config) -> None:
    """Registers the `linkedin_server` marker."""
    config.addinivalue_line(
        "markers",
        "linkedin_server(version=None, faults=(), spec=None): arguments of the linkedin_server "
        "fixture's LinkedInTestServer",
    )


@pytest.fixture
def linkedin_server(request: pytest.FixtureRequest) -> Iterator[LinkedInTestServer]:
    """A running :class:`LinkedInTestServer` (see ``linkedin_marketing.testing``)."""
    marker = request.node.get_closest_marker("linkedin_server")
    kwargs = dict(marker.kwargs) if marker is not None else {}
    with LinkedInTestServer(**kwargs) as server:
        yield server
