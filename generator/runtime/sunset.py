"""The warning a client gives when LinkedIn sunsets its API version soon, or already did.

Each version subpackage knows its sunset date (a generated constant); creating a client calls
:func:`warn_if_near_sunset` with it. The date to compare with comes from :func:`today`, the one
place this package reads the clock: tests replace it.
"""

from __future__ import annotations

import datetime
import warnings

from .errors import VersionSunsetWarning, upgrade_advice

__all__ = ["WARNING_DAYS", "today", "warn_if_near_sunset"]

WARNING_DAYS = 90
"""How many days before its sunset a version starts to warn."""

_warned: set[str] = set()


def today() -> datetime.date:
    """Today's date (UTC, as LinkedIn's sunset dates are)."""
    return datetime.datetime.now(datetime.UTC).date()


def warn_if_near_sunset(version: str, sunset: datetime.date) -> None:
    """Issue a :class:`VersionSunsetWarning` when ``version`` sunsets within ``WARNING_DAYS`` days
    or has sunset, once per version and process. It points at the caller's caller (the code that
    created the client)."""
    if version in _warned:
        return
    days_left = (sunset - today()).days
    if days_left > WARNING_DAYS:
        return
    _warned.add(version)
    if days_left > 0:
        when = f"sunsets on {sunset.isoformat()}, in {days_left} day(s)"
        effect = "from that day LinkedIn answers its requests"
    else:
        when = f"was sunset on {sunset.isoformat()}"
        effect = "LinkedIn answers its requests"
    warnings.warn(
        f"LinkedIn API version {version} {when}: {effect} with HTTP 426 (VersionSunsetError). "
        + upgrade_advice(version),
        VersionSunsetWarning,
        stacklevel=3,
    )
