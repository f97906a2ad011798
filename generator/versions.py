"""The API versions of `spec/versions.yaml`: when LinkedIn released each, when it sunsets it, on
whose word, and which ones the generated package ships.

Everything here is read from the spec, never from the calendar: generation stays deterministic.
Only `python -m generator versions` looks at today's date, to print the days left.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any, Literal

from generator.diagnostics import Problem, pointer

VERSIONS_FILE = "versions.yaml"
VERSION_PATTERN = re.compile(r"^[0-9]{4}(0[1-9]|1[0-2])$")
Basis = Literal["documented", "estimated"]
_BASES: tuple[Basis, ...] = ("documented", "estimated")
_KEYS = ("version", "released", "sunset", "basis", "source", "shipped")


@dataclass(frozen=True)
class ApiVersion:
    """One LinkedIn Marketing API version as the spec records it."""

    version: str  # YYYYMM, sent as `LinkedIn-Version`
    released: str  # YYYY-MM, the month LinkedIn released it (the version names it)
    sunset: datetime.date  # from that day LinkedIn answers 426
    basis: Basis  # whether a source gives the sunset date or the one-year rule estimates it
    source: str  # where the release and the sunset date come from
    shipped: bool  # whether generated/ holds a subpackage of it


def estimated_sunset(version: str) -> datetime.date:
    """LinkedIn's one-year rule as its published dates follow it: the 15th of the release month one
    year later, moved to the next Monday when that is a weekend day."""
    day = datetime.date(int(version[:4]) + 1, int(version[4:]), 15)
    weekend_shift = (7 - day.weekday()) % 7 if day.weekday() >= 5 else 0
    return day + datetime.timedelta(days=weekend_shift)


def parse_versions(content: dict[str, Any], problems: list[Problem]) -> tuple[ApiVersion, ...]:
    """The versions of the file's `versions` list, oldest first; every problem is appended."""
    listed = content.get("versions")
    if not isinstance(listed, list) or not listed:
        problems.append(Problem(VERSIONS_FILE, "/versions", "must be a non-empty list"))
        return ()
    found = [_parse_entry(entry, index, problems) for index, entry in enumerate(listed)]
    versions = tuple(v for v in found if v is not None)
    names = [v.version for v in versions]
    if len(versions) == len(listed) and names != sorted(set(names)):
        problems.append(
            Problem(VERSIONS_FILE, "/versions", "versions must be unique and listed oldest first")
        )
    if versions and not any(v.shipped for v in versions):
        problems.append(Problem(VERSIONS_FILE, "/versions", "no version is marked `shipped: true`"))
    return versions


def _parse_entry(entry: object, index: int, problems: list[Problem]) -> ApiVersion | None:
    at = pointer("versions", index)
    if not isinstance(entry, dict):
        problems.append(Problem(VERSIONS_FILE, at, f"must be a mapping with keys {_KEYS}"))
        return None
    before = len(problems)

    def fail(key: str, message: str) -> None:
        problems.append(Problem(VERSIONS_FILE, pointer("versions", index, key), message))

    for key in sorted(set(entry) - set(_KEYS)):
        fail(key, f"unknown key; a version has {', '.join(_KEYS)}")
    for key in sorted(set(_KEYS) - set(entry)):
        problems.append(Problem(VERSIONS_FILE, at, f"missing `{key}`"))
    if len(problems) > before:
        return None

    version = str(entry["version"])
    if not VERSION_PATTERN.match(version):
        fail("version", f"{version!r} is not YYYYMM (write it quoted)")
        return None
    released = str(entry["released"])
    if released != f"{version[:4]}-{version[4:]}":
        fail(
            "released",
            f"{released!r} is not the month {version} names ({version[:4]}-{version[4:]})",
        )
    sunset = _date(entry["sunset"])
    if sunset is None:
        fail("sunset", f"{entry['sunset']!r} is not a date (YYYY-MM-DD)")
    elif sunset <= datetime.date(int(version[:4]), int(version[4:]), 1):
        fail("sunset", f"{sunset} is not after the release of {version}")
    basis = entry["basis"]
    if basis not in _BASES:
        fail("basis", f"{basis!r} is neither of {', '.join(_BASES)}")
    elif basis == "estimated" and sunset is not None and sunset != estimated_sunset(version):
        rule = estimated_sunset(version)
        fail("sunset", f"an estimated sunset follows the one-year rule: {rule}, not {sunset}")
    source = entry["source"]
    if not isinstance(source, str) or not source.strip():
        fail("source", "must say where the dates come from")
    shipped = entry["shipped"]
    if not isinstance(shipped, bool):
        fail("shipped", f"{shipped!r} is not true or false")
    if len(problems) > before or sunset is None:
        return None
    return ApiVersion(version, released, sunset, basis, source, shipped)


def _date(value: object) -> datetime.date | None:
    """YAML reads an unquoted 2027-01-15 as a date and a quoted one as a string; both are fine."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None
