"""spec/versions.yaml: what the loader checks (each fault named by file and JSON pointer), the
one-year rule, the shipped set, and `python -m generator versions`."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.load import load_spec
from generator.versions import estimated_sunset
from tests.spec.minimal import save, write_spec

PROJECT_DIR = Path(__file__).resolve().parents[2]
SPEC_DIR = PROJECT_DIR / "spec"


def problems_with(tmp_path: Path, **changes: object) -> list[str]:
    """The problems of the minimal spec once the second version's entry takes `changes`."""
    files = write_spec(tmp_path)
    files["versions.yaml"]["versions"][1].update(changes)
    for key, value in changes.items():
        if value is None:
            del files["versions.yaml"]["versions"][1][key]
    save(tmp_path, {"versions.yaml": files["versions.yaml"]})
    with pytest.raises(SpecError) as caught:
        load_spec(tmp_path)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"version": "2024-01"}, "/versions/1/version: error: '2024-01' is not YYYYMM"),
        ({"released": "2024-02"}, "/versions/1/released: error: '2024-02' is not the month 202401"),
        ({"sunset": "next year"}, "/versions/1/sunset: error: 'next year' is not a date"),
        (
            {"sunset": "2023-12-31", "basis": "documented"},
            "/versions/1/sunset: error: 2023-12-31 is not after the release",
        ),
        (
            {"basis": "rumour"},
            "/versions/1/basis: error: 'rumour' is neither of documented, estimated",
        ),
        (
            {"sunset": "2025-01-20"},
            "/versions/1/sunset: error: an estimated sunset follows the one-year rule: 2025-01-15",
        ),
        ({"source": " "}, "/versions/1/source: error: must say where the dates come from"),
        ({"shipped": "yes"}, "/versions/1/shipped: error: 'yes' is not true or false"),
        ({"sunset": None}, "/versions/1: error: missing `sunset`"),
        ({"color": "red"}, "/versions/1/color: error: unknown key"),
    ],
)
def test_each_fault_names_file_and_pointer(
    tmp_path: Path, changes: dict[str, object], expected: str
) -> None:
    [problem] = problems_with(tmp_path, **changes)
    assert problem.startswith(f"versions.yaml: {expected}")


def test_a_documented_date_may_differ_from_the_rule(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    files["versions.yaml"]["versions"][1].update(sunset="2025-01-20", basis="documented")
    save(tmp_path, {"versions.yaml": files["versions.yaml"]})
    assert load_spec(tmp_path).releases[1].sunset == datetime.date(2025, 1, 20)


def test_something_must_be_shipped(tmp_path: Path) -> None:
    files = write_spec(tmp_path)
    for entry in files["versions.yaml"]["versions"]:
        entry["shipped"] = False
    save(tmp_path, {"versions.yaml": files["versions.yaml"]})
    with pytest.raises(SpecError, match="no version is marked `shipped: true`"):
        load_spec(tmp_path)


def test_the_one_year_rule_gives_linkedin_s_published_dates() -> None:
    # The 15th a year later, or the Monday after when the 15th is a weekend day.
    assert estimated_sunset("202411") == datetime.date(2025, 11, 17)  # Saturday the 15th
    assert estimated_sunset("202502") == datetime.date(2026, 2, 16)  # Sunday the 15th
    assert estimated_sunset("202601") == datetime.date(2027, 1, 15)  # a Friday


def test_the_spec_lists_every_version_and_ships_the_active_ones() -> None:
    bundle = load_spec(SPEC_DIR)
    months = [v for v in bundle.versions if v >= "202401"]
    # A version every month from 202401, except December (LinkedIn released none in 2024, 2025).
    expected = [f"{y}{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 12)]
    assert ["202311", *months] == ["202311", *[v for v in expected if v <= "202610"]]
    assert bundle.shipped == tuple(f"2026{m:02d}" for m in range(1, 11))
    # Shipped is what LinkedIn still served when the list was last updated: never a version
    # sunset before an unshipped one.
    releases = {r.version: r for r in bundle.releases}
    assert max(releases[v].sunset for v in bundle.versions if v not in bundle.shipped) < min(
        releases[v].sunset for v in bundle.shipped
    )
    assert releases["202601"].sunset == datetime.date(2027, 1, 15)


def test_versions_command_prints_the_table() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "generator", "versions"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    header, *rows = run.stdout.splitlines()
    assert header.split() == ["version", "released", "sunset", "basis", "shipped", "days", "left"]
    by_version = {row.split()[0]: row.split() for row in rows}
    assert by_version["202410"][1:] == ["2024-10", "2025-10-15", "documented", "no", "sunset"]
    today = datetime.datetime.now(datetime.UTC).date()
    days = (datetime.date(2027, 10, 15) - today).days
    left = str(days) if days > 0 else "sunset"
    assert by_version["202610"][1:] == ["2026-10", "2027-10-15", "estimated", "yes", left]
