"""How spec names become Python names: shared by the parser (attribute, class and member names)
and the renderer (names of private module constants)."""

from __future__ import annotations

import keyword
import re
from collections.abc import Collection


def snake_case(name: str) -> str:
    """`adCampaignGroups` → `ad_campaign_groups`, `$set` → `set`."""
    name = re.sub(r"[^0-9A-Za-z_]", "", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.lower()


def pascal_case(name: str) -> str:
    """`adCampaignGroups` → `AdCampaignGroups`, `run_schedule` → `RunSchedule`."""
    parts = re.split(r"[^0-9A-Za-z]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def python_name(name: str, taken: Collection[str] = ()) -> str:
    """A Python identifier for a spec name: snake case, never a keyword, `self` or in `taken`,
    and never starting with two underscores (Python would mangle it inside a class)."""
    snake = snake_case(name)
    if not snake or snake[0].isdigit():
        snake = "_" + snake
    if snake.startswith("__"):
        snake = "_" + snake.lstrip("_")
    return snake + "_" if keyword.iskeyword(snake) or snake == "self" or snake in taken else snake


def enum_member(value: str) -> str:
    """`dark-blue` → `DARK_BLUE`, `buyerGroups` → `BUYER_GROUPS`; a URN by its last part
    (`urn:li:adTargetingFacet:buyerGroups` → `BUYER_GROUPS`), since its prefix is the same for every
    value of the enum. Never `_sunder_` or `__dunder` (Enum reserves or hides those)."""
    urn = re.fullmatch(r"urn:li:[A-Za-z]+:([A-Za-z][0-9A-Za-z]*)", value)
    if urn is not None:
        value = urn.group(1)
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value)
    member = re.sub(r"[^0-9A-Za-z_]", "_", words).upper().strip("_")
    if not member or member[0].isdigit():
        member = "_" + member
    return member + "_" if keyword.iskeyword(member) else member


def constant_name(name: str) -> str:
    """`AdAccountStatus` → `AD_ACCOUNT_STATUS`."""
    return snake_case(name).upper()
