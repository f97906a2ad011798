"""Settings and fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from generator import fastpath

# Property tests check what is generated, not how fast: on a loaded 2-core machine (CI, or several
# suites at once) generating inputs can exceed Hypothesis's timing checks without anything being
# wrong, so those checks are off for every test.
settings.register_profile(
    "suite", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("suite")


@pytest.fixture(autouse=True, scope="session")
def run_records(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Generation runs record their output (the no-op fast path) in a temporary directory, not in
    the user's cache. A record is keyed by the output directory too, so tests writing to their own
    directories never see each other's."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("records")
        patch.setattr(fastpath, "_RECORDS", folder)
        yield folder
