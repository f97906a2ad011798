"""Fixtures every test shares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import fastpath


@pytest.fixture(autouse=True, scope="session")
def run_records(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Generation runs record their output (the no-op fast path) in a temporary directory, not in
    the user's cache. A record is keyed by the output directory too, so tests writing to their own
    directories never see each other's."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("records")
        patch.setattr(fastpath, "_RECORDS", folder)
        yield folder
