"""Cascades: what went with a removed resource, method, parameter or field is one item.

Removing a resource takes its methods and the types only it used; removing a field takes the model
or enum that only that field used. Each such type is folded into the item that explains it (its
subject listed in `cascade`), so one removal is one breaking item, not eleven.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from generator.diff.changes import Change
from generator.diff.context import Context

_HEADS = ("resource-removed", "method-removed", "parameter-removed", "field-removed")
_FOLLOWERS = ("model-removed", "enum-removed", "urn-removed", "error-removed")


class _Group:
    def __init__(self, head: Change) -> None:
        self.head = head
        self.members: list[Change] = []
        self.types: set[str] = set()

    def holds(self, subject: str, owner: str | None) -> bool:
        """Whether a declaration (a field of `owner`, or a method's part) went with this item."""
        head = self.head.subject
        return (
            subject == head
            or subject.startswith(head + "(")  # a parameter of a removed method
            or (head.startswith("client.") and subject.startswith(head + "."))
            or (owner is not None and owner in self.types)
        )

    def change(self) -> Change:
        if not self.members:
            return self.head
        return replace(
            self.head,
            cascade=self.head.cascade + tuple(dict.fromkeys(m.subject for m in self.members)),
            covers=self.head.covers + tuple(c for m in self.members for c in m.covers),
        )


def group(changes: list[Change], ctx: Context) -> list[Change]:
    groups = {id(c): _Group(c) for c in changes if c.kind in _HEADS}
    pending = [c for c in changes if c.kind in _FOLLOWERS and c.model is not None]
    folded: set[int] = set()
    progress = True
    while progress:
        progress = False
        for change in pending:
            if id(change) in folded:
                continue
            target = _group_of(change, groups.values(), ctx)
            if target is not None:
                target.members.append(change)
                if change.model is not None:
                    target.types.add(change.model)
                folded.add(id(change))
                progress = True
    return [
        groups[id(c)].change() if id(c) in groups else c for c in changes if id(c) not in folded
    ]


def _group_of(change: Change, groups: Iterable[_Group], ctx: Context) -> _Group | None:
    name = change.model
    assert name is not None
    if change.kind == "error-removed" and any(e.name == name for e in ctx.new.enums):
        return None  # a code gone from an enum that stays is its own item
    users = ctx.old_uses.resources.get(name, frozenset())
    declared = ctx.old_uses.declared.get(name, ())
    for group in groups:
        if group.head.kind == "resource-removed" and users == {group.head.resource}:
            return group
        if declared and all(group.holds(u.subject, u.owner) for u in declared):
            return group
    return None
