"""The one-line pytest fixture (enabled for these tests in conftest.py)."""

from __future__ import annotations

import httpx
import pytest
from linkedin_marketing.testing import Fault, LinkedInTestServer, available_versions

from tests.server.support import headers


def test_fixture_serves_the_newest_version_by_default(linkedin_server: LinkedInTestServer) -> None:
    assert linkedin_server.version == available_versions()[-1]
    with httpx.Client(base_url=linkedin_server.base_url, headers=headers()) as api:
        assert api.get("/adAccounts/1").status_code == 404


@pytest.mark.linkedin_server(version=available_versions()[0], faults=[Fault(status=503)])
def test_marker_configures_the_fixture(linkedin_server: LinkedInTestServer) -> None:
    version = available_versions()[0]
    with httpx.Client(base_url=linkedin_server.base_url, headers=headers(version)) as api:
        assert api.get("/adAccounts/1").status_code == 503
        assert api.get("/adAccounts/1").status_code == 404
