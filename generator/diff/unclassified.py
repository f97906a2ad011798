"""The fallback that keeps the review honest: every difference between the two resolved documents
that no rule accounts for is listed as "unclassified: look at it", with its JSON pointer.

Each change a rule finds says which parts of the documents it accounts for (`Change.covers`).
The documents are compared node by node; what remains uncovered is listed. Documentation text
(`description`, `summary`, examples) is not compared: it never changes what code does. Lists
whose order carries no meaning (`required`, `enum`, `type`, a method's parameter names) are
compared as sets; lists of named things (parameters, Rest.li methods, referenced branches) are
matched by name, so inserting one does not shift the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator import ir
from generator.diagnostics import pointer, split_pointer
from generator.diff.changes import Change, Cover

_TEXT_KEYS = frozenset({"description", "summary", "example", "examples"})
REASON = "no rule of the review explains this difference between the resolved documents"


@dataclass(frozen=True)
class Difference:
    """One difference: a node only in the old document, only in the new one, or changed."""

    old_at: str | None
    new_at: str | None
    text: str

    @property
    def at(self) -> str:
        return self.new_at if self.new_at is not None else str(self.old_at)


def differences(old: Any, new: Any, old_at: str = "", new_at: str = "") -> Iterator[Difference]:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in old.items():
            if key in _TEXT_KEYS:
                continue
            if key in new:
                yield from differences(value, new[key], _child(old_at, key), _child(new_at, key))
            else:
                yield Difference(_child(old_at, key), None, "only in the old version")
        for key in new:
            if key not in old and key not in _TEXT_KEYS:
                yield Difference(None, _child(new_at, key), "only in the new version")
    elif isinstance(old, list) and isinstance(new, list):
        yield from _list_differences(old, new, old_at, new_at)
    else:
        yield Difference(old_at, new_at, f"{_shown(old)} → {_shown(new)}")


def _list_differences(
    old: list[Any], new: list[Any], old_at: str, new_at: str
) -> Iterator[Difference]:
    if all(not isinstance(v, dict | list) for v in (*old, *new)):
        gone = [v for v in old if v not in new]
        added = [v for v in new if v not in old]
        if gone or added:
            parts = [f"gains {_shown(v)}" for v in added] + [f"loses {_shown(v)}" for v in gone]
            yield Difference(old_at, new_at, "; ".join(parts))
        return
    before = {_identity(v, i): i for i, v in enumerate(old)}
    after = {_identity(v, i): i for i, v in enumerate(new)}
    for key, i in before.items():
        if key in after:
            j = after[key]
            yield from differences(old[i], new[j], _child(old_at, i), _child(new_at, j))
        else:
            yield Difference(_child(old_at, i), None, "only in the old version")
    for key, j in after.items():
        if key not in before:
            yield Difference(None, _child(new_at, j), "only in the new version")


def _identity(item: Any, index: int) -> tuple[object, ...]:
    if isinstance(item, dict):
        if "method" in item:  # an entry of x-restli-methods
            return ("method", item.get("method"), item.get("name"))
        if "name" in item:  # a parameter
            return ("parameter", item.get("in"), item.get("name"))
        if "$ref" in item:
            return ("ref", item["$ref"])
    return ("index", index)


def unexplained(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    changes: Iterable[Change],
    apis: tuple[ir.Api, ir.Api],
) -> Iterator[Change]:
    """The differences no change covers, as changes of their own."""
    covers = [c for change in changes for c in change.covers]
    resources = _resources_by_path(apis)
    for difference in differences(old, new):
        if not any(_explains(c, difference) for c in covers):
            at = difference.at
            yield Change(
                (
                    resources.get(pointer(*split_pointer(at)[:2]))
                    if at.startswith("/paths/")
                    else None
                ),
                None,
                "unclassified",
                "unclassified",
                at,
                difference.text[0].upper() + difference.text[1:] + ".",
                REASON,
                at,
            )


def _explains(cover: Cover, difference: Difference) -> bool:
    at = difference.old_at if cover.side == "old" else difference.new_at
    if at is None:
        return False
    if _under(at, cover.at):
        if cover.keyword is None:
            return True
        return cover.keyword in split_pointer(at)[len(split_pointer(cover.at)) :]
    # A node that appeared or went as a whole is explained by any change inside it.
    whole = difference.old_at is None or difference.new_at is None
    return whole and _under(cover.at, at)


def _under(at: str, prefix: str) -> bool:
    return at == prefix or at.startswith(prefix + "/")


def _resources_by_path(apis: tuple[ir.Api, ir.Api]) -> dict[str, str]:
    return {at: r.python for api in apis for r in api.resources for at in r.paths}


def _child(at: str, key: object) -> str:
    return at + pointer(key)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return f"`{text if len(text) <= 60 else text[:57] + '...'}`"
