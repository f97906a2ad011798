"""Rules for enums, URN types and error codes.

Adding values never breaks: generated enums accept values they do not know. An error code's
status decides how client code tells errors apart and whether a request is retried, so a changed
status is breaking; a changed message template is information.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator import ir
from generator.diagnostics import pointer, split_pointer
from generator.diff.changes import Change, Cover, Side
from generator.diff.context import Context
from generator.diff.models import type_change

UNKNOWN_VALUES = "generated enums accept values they do not know, so decoding never fails"


def enums(ctx: Context) -> Iterator[Change]:
    old = {e.name: e for e in ctx.old.enums if not e.error_codes}
    new = {e.name: e for e in ctx.new.enums if not e.error_codes}
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            yield type_change(
                ctx, name, "enum-removed", f"Enum `{name}` is gone.", old[name].at, True
            )
        elif name not in old:
            yield type_change(ctx, name, "enum-added", f"New enum `{name}`.", new[name].at, False)
        else:
            yield from _values(ctx, old[name], new[name])


def _value_covers(enum: ir.Enum, value: str, side: Side) -> tuple[Cover, ...]:
    return (Cover(side, f"{enum.at}/enum"), Cover(side, _note(enum, value)))


def _note(enum: ir.Enum, value: str) -> str:
    """The pointer of a value's entry in `x-enum-values`."""
    return pointer(*split_pointer(enum.at), "x-enum-values", value)


def _values(ctx: Context, old: ir.Enum, new: ir.Enum) -> Iterator[Change]:
    name = new.name
    before = {v.value: v for v in old.values}
    after = {v.value: v for v in new.values}
    owner = ctx.owner(name)
    for value, v in before.items():
        if value not in after:
            yield Change(
                owner,
                name,
                "enum-value-removed",
                "breaking",
                f"{name}.{v.python}",
                f"Value `{value}` of `{name}` is gone.",
                "code using this member no longer works",
                old.at,
                covers=_value_covers(old, value, "old"),
            )
    for value, v in after.items():
        if value not in before:
            yield Change(
                owner,
                name,
                "enum-value-added",
                "info",
                f"{name}.{v.python}",
                f"New value `{value}` of `{name}`.",
                (
                    "a new choice for requests; " + UNKNOWN_VALUES
                    if ctx.sent(name)
                    else UNKNOWN_VALUES
                ),
                new.at,
                covers=_value_covers(new, value, "new"),
            )


def urns(ctx: Context) -> Iterator[Change]:
    old = {u.name: u for u in ctx.old.urns}
    new = {u.name: u for u in ctx.new.urns}
    for name in sorted(old.keys() | new.keys()):
        if name not in new:
            yield type_change(
                ctx, name, "urn-removed", f"URN type `{name}` is gone.", old[name].at, True
            )
        elif name not in old:
            yield type_change(
                ctx,
                name,
                "urn-added",
                f"New URN type `{name}` (`urn:li:{new[name].kind}:...`).",
                new[name].at,
                False,
            )
        elif old[name].pattern != new[name].pattern or old[name].kind != new[name].kind:
            o, n = old[name], new[name]
            # The id part switching between digits and text changes `from_id` and `.id`.
            breaking = o.numeric_id != n.numeric_id or o.kind != n.kind
            yield Change(
                ctx.owner(name),
                name,
                "urn-changed",
                "breaking" if breaking else "info",
                name,
                f"URN type `{name}` changes: `{o.pattern}` → `{n.pattern}`.",
                (
                    "the type of its id (`from_id`, `.id`) or its kind changes"
                    if breaking
                    else "the kind and the type of its id stay the same"
                ),
                n.at,
                covers=(Cover("old", o.at), Cover("new", n.at)),
            )


def errors(ctx: Context) -> Iterator[Change]:
    old = {e.name: e for e in ctx.old.enums if e.error_codes}
    new = {e.name: e for e in ctx.new.enums if e.error_codes}
    for name in sorted(old.keys() | new.keys()):
        before = {v.value: v for v in old[name].values} if name in old else {}
        after = {v.value: v for v in new[name].values} if name in new else {}
        owner = ctx.owner(name)
        for code in before:
            if code not in after:
                yield Change(
                    owner,
                    name,
                    "error-removed",
                    "breaking",
                    f"{name}.{code}",
                    f"Error code `{code}` is no longer documented.",
                    "code referring to this enum member no longer works",
                    old[name].at,
                    covers=_value_covers(old[name], code, "old"),
                )
        for code, v in after.items():
            enum = new[name]
            if code not in before:
                yield Change(
                    owner,
                    name,
                    "error-added",
                    "info",
                    f"{name}.{code}",
                    f"New error code `{code}`{_facts(v)}.",
                    "it is raised as the typed API error like any other code; " + UNKNOWN_VALUES,
                    enum.at,
                    covers=_value_covers(enum, code, "new"),
                )
                continue
            o = before[code]
            note, old_note = _note(enum, code), _note(old[name], code)
            if o.http_status != v.http_status:
                yield Change(
                    owner,
                    name,
                    "error-status",
                    "breaking",
                    f"{name}.{code}",
                    f"Error code `{code}` comes with HTTP {v.http_status} instead of "
                    f"{o.http_status}.",
                    "code that tells errors apart by status, and the retry decision, see a "
                    "different status",
                    note,
                    covers=(
                        Cover("old", old_note, "x-http-status"),
                        Cover("new", note, "x-http-status"),
                    ),
                )
            if o.message != v.message:
                yield Change(
                    owner,
                    name,
                    "error-message",
                    "info",
                    f"{name}.{code}",
                    f"The message of error code `{code}` changes: “{o.message or ''}” → "
                    f"“{v.message or ''}”.",
                    "the code and its status stay the same",
                    note,
                    covers=(Cover("old", old_note, "x-message"), Cover("new", note, "x-message")),
                )


def _facts(code: ir.EnumValue) -> str:
    status = f"HTTP {code.http_status}" if code.http_status is not None else ""
    message = f"“{code.message}”" if code.message else ""
    shown = ", ".join(s for s in (status, message) if s)
    return f" ({shown})" if shown else ""
