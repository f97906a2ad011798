"""The sunset warning of a client: created through the generated clients, with the clock replaced
(`linkedin_marketing.sunset.today`), except in the one test that runs on today's real date."""

from __future__ import annotations

import datetime
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from linkedin_marketing import API_VERSIONS, sunset
from linkedin_marketing.errors import VersionSunsetError, VersionSunsetWarning
from linkedin_marketing.testing import LinkedInTestServer
from linkedin_marketing.v202601 import SUNSET, AsyncLinkedInClient, LinkedInClient

GENERATED = Path(__file__).resolve().parents[2] / "generated"
NEWEST = API_VERSIONS[-1]


OnDay = Callable[[datetime.date], None]


@pytest.fixture
def on_day(monkeypatch: pytest.MonkeyPatch) -> OnDay:
    """Sets today's date for the clients; every test starts with nothing warned yet."""
    monkeypatch.setattr(sunset, "_warned", set())

    def set_day(day: datetime.date) -> None:
        monkeypatch.setattr(sunset, "today", lambda: day)

    return set_day


def created_warnings() -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        LinkedInClient("token").close()
    return [w for w in caught if issubclass(w.category, VersionSunsetWarning)]


def test_each_version_knows_its_sunset() -> None:
    assert datetime.date(2027, 1, 15) == SUNSET


def test_a_warning_class_python_shows_by_default() -> None:
    assert issubclass(VersionSunsetWarning, FutureWarning)


def test_no_warning_more_than_90_days_ahead(on_day: OnDay) -> None:
    on_day(SUNSET - datetime.timedelta(days=91))
    assert created_warnings() == []


def test_warns_90_days_ahead_naming_version_date_and_newest(on_day: OnDay) -> None:
    on_day(SUNSET - datetime.timedelta(days=90))
    [warning] = created_warnings()
    text = str(warning.message)
    assert "202601 sunsets on 2027-01-15, in 90 day(s)" in text
    assert f"`make diff FROM=202601 TO={NEWEST}`" in text
    assert f"linkedin_marketing.v{NEWEST}" in text
    assert warning.filename == __file__  # it points at the code that created the client


def test_warns_past_the_sunset(on_day: OnDay) -> None:
    on_day(SUNSET + datetime.timedelta(days=1))
    [warning] = created_warnings()
    assert "202601 was sunset on 2027-01-15" in str(warning.message)


def test_warns_once_per_process(on_day: OnDay) -> None:
    on_day(SUNSET)
    assert len(created_warnings()) == 1
    assert created_warnings() == []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        AsyncLinkedInClient("token")
    assert caught == []


def test_the_newest_version_says_to_regenerate(on_day: OnDay) -> None:
    on_day(datetime.date(2100, 1, 1))
    with pytest.warns(VersionSunsetWarning, match=f"no version newer than {NEWEST}: regenerate"):
        __import__(f"linkedin_marketing.v{NEWEST}", fromlist=["x"]).LinkedInClient("t")


def test_202601_warns_today() -> None:
    # On the real date, in a fresh interpreter with Python's default warning filters: 202601
    # sunsets on 2027-01-15, so from 2026-10-17 on (and for ever after) creating its client warns.
    script = "from linkedin_marketing.v202601 import LinkedInClient\nLinkedInClient('t')\n"
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "VersionSunsetWarning: LinkedIn API version 202601" in run.stderr
    assert "2027-01-15" in run.stderr


def test_a_426_names_the_newest_version_and_the_review(on_day: OnDay) -> None:
    # The local server answers as LinkedIn does for a version it no longer serves.
    on_day(SUNSET + datetime.timedelta(days=1))
    with (
        LinkedInTestServer(NEWEST) as server,
        LinkedInClient("t", base_url=server.base_url) as client,
        pytest.raises(VersionSunsetError) as caught,
    ):
        client.ad_accounts.get(ad_account_id=1)
    assert caught.value.status == 426 and caught.value.code == "NONEXISTENT_VERSION"
    assert caught.value.version == "202601" and caught.value.newest_version == NEWEST
    assert f"`make diff FROM=202601 TO={NEWEST}`" in str(caught.value)
