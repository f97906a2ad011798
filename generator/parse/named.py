"""The named string types: URN types (`x-urn-type`) and enums."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator import ir
from generator.names import enum_member
from generator.parse.document import text

Report = Callable[[str, str], None]  # (JSON pointer, message)


def urn_type(name: str, schema: dict[str, Any], at: str, problem: Report) -> ir.UrnType | None:
    kind = schema["x-urn-type"]
    pattern = schema.get("pattern", "")
    if not isinstance(kind, str) or not kind:
        problem(at + "/x-urn-type", "x-urn-type must be a non-empty string")
        return None
    return ir.UrnType(
        name=name,
        kind=kind,
        description=text(schema.get("description", "")),
        numeric_id=isinstance(pattern, str) and pattern.endswith(":[0-9]+$"),
        pattern=pattern if isinstance(pattern, str) else "",
        at=at,
    )


def enum_type(name: str, schema: dict[str, Any], at: str, problem: Report) -> ir.Enum | None:
    values = schema.get("enum")
    if schema.get("type", "string") != "string" or not isinstance(values, list) or not values:
        problem(at, "an enum must be `type: string` with a non-empty `enum` list")
        return None
    notes = schema.get("x-enum-values", {})
    members: list[ir.EnumValue] = []
    seen: dict[str, str] = {}
    for index, value in enumerate(values):
        if not isinstance(value, str):
            problem(f"{at}/enum/{index}", f"enum value {value!r} is not a string")
            continue
        member = enum_member(value)
        if member in seen:
            problem(
                f"{at}/enum/{index}",
                f"enum values {seen[member]!r} and {value!r} give the same member {member}",
            )
            continue
        seen[member] = value
        note = notes.get(value, {}) if isinstance(notes, dict) else {}
        note = note if isinstance(note, dict) else {}
        status = note.get("x-http-status")
        message = note.get("x-message")
        members.append(
            ir.EnumValue(
                value,
                member,
                text(note.get("description", "")),
                http_status=status if isinstance(status, int) else None,
                message=message if isinstance(message, str) else None,
            )
        )
    return ir.Enum(name, text(schema.get("description", "")), tuple(members), at=at)
