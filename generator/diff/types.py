"""Types as generated code spells them, and which type change a caller does not notice."""

from __future__ import annotations

from collections.abc import Iterator

from generator import ir


def type_name(t: ir.TypeRef | None) -> str:
    """A type as generated code spells it."""
    if t is None:
        return "None"
    if isinstance(t, ir.Primitive):
        return t.python
    if isinstance(t, ir.PrimitiveUnion):
        return " | ".join(m.python for m in t.members)
    if isinstance(t, ir.DecimalType):
        return "Decimal"
    if isinstance(t, ir.UrnUnion):
        return " | ".join(t.members)
    if isinstance(t, ir.ListOf):
        return f"list[{type_name(t.item)}]"
    if isinstance(t, ir.MapOf):
        return f"dict[str, {type_name(t.value)}]"
    if isinstance(t, ir.JsonValue):
        return "Any"
    return t.name


def names(t: ir.TypeRef) -> Iterator[str]:
    """The named types (models, enums, URN types) a type refers to."""
    if isinstance(t, ir.ModelRef | ir.EnumRef | ir.UrnRef):
        yield t.name
    elif isinstance(t, ir.UrnUnion):
        yield from t.members
    elif isinstance(t, ir.ListOf):
        yield from names(t.item)
    elif isinstance(t, ir.MapOf):
        yield from names(t.value)


def widens(old: ir.TypeRef, new: ir.TypeRef) -> bool:
    """Every value of `old` is a value of `new` (`bool` → `bool | str`, a URN type → a union
    holding it, anything → `Any`): code passing the old type still type-checks."""
    if old == new or isinstance(new, ir.JsonValue):
        return True
    if isinstance(new, ir.PrimitiveUnion):
        members = old.members if isinstance(old, ir.PrimitiveUnion) else (old,)
        return all(m in new.members for m in members)
    if isinstance(new, ir.UrnUnion):
        kinds = old.members if isinstance(old, ir.UrnUnion) else (getattr(old, "name", None),)
        return isinstance(old, ir.UrnRef | ir.UrnUnion) and all(k in new.members for k in kinds)
    if isinstance(old, ir.ListOf) and isinstance(new, ir.ListOf):
        return widens(old.item, new.item)
    if isinstance(old, ir.MapOf) and isinstance(new, ir.MapOf):
        return widens(old.value, new.value)
    return False
