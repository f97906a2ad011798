"""Rules for resources and their methods: presence, signature, path, success status, documented
error codes. Parameters and paging have their own module (`parameters`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generator import ir
from generator.diff.changes import Change, ChangeKind, Cover, Level, Side, call_subject
from generator.diff.context import Context
from generator.diff.parameters import paging, parameters
from generator.diff.types import type_name, widens

SAFE = "nothing existing changes"


def resources(ctx: Context) -> Iterator[Change]:
    old = {r.python: r for r in ctx.old.resources}
    new = {r.python: r for r in ctx.new.resources}
    for name, resource in old.items():
        if name not in new:
            yield Change(
                name,
                None,
                "resource-removed",
                "breaking",
                f"client.{name}",
                f"The `{resource.name}` resource is gone, with all its methods.",
                "code using this client attribute no longer works",
                resource.paths[0] if resource.paths else "",
                # Its methods go with it.
                cascade=tuple(call_subject(name, m.python) for m in resource.methods),
                covers=tuple(Cover("old", at) for at in resource.paths),
            )
    for name, resource in new.items():
        if name not in old:
            listed = ", ".join(f"`{m.python}`" for m in resource.methods)
            yield Change(
                name,
                None,
                "resource-added",
                "info",
                f"client.{name}",
                f"New resource `{resource.name}` with {listed}.",
                SAFE,
                resource.paths[0] if resource.paths else "",
                covers=tuple(Cover("new", at) for at in resource.paths),
            )
        else:
            yield from methods(ctx, old[name], resource)


def operation_of(method: ir.Method) -> str:
    """The pointer of the operation carrying a method."""
    return method.at.rsplit("/x-restli-methods/", 1)[0]


def methods(ctx: Context, old: ir.Resource, new: ir.Resource) -> Iterator[Change]:
    before = {m.python: m for m in old.methods}
    after = {m.python: m for m in new.methods}
    r = new.python
    for name, method in before.items():
        if name not in after:
            yield Change(
                r,
                None,
                "method-removed",
                "breaking",
                call_subject(r, name),
                f"Method `{name}` ({_label(method)}) is gone.",
                "calls to it no longer work",
                method.at,
                covers=_mirror("old", method),
                method=name,
            )
    for name, method in after.items():
        if name not in before:
            yield Change(
                r,
                None,
                "method-added",
                "info",
                call_subject(r, name),
                f"New method `{name}` ({_label(method)}).",
                SAFE,
                method.at,
                covers=_mirror("new", method),
                method=name,
            )
        else:
            yield from method_changes(ctx, r, before[name], method)


def _mirror(side: Side, method: ir.Method) -> tuple[Cover, ...]:
    """A method, with the parts of its operation that describe its bodies to other tools."""
    operation = operation_of(method)
    return tuple(
        Cover(side, at) for at in (method.at, f"{operation}/requestBody", f"{operation}/responses")
    )


def method_changes(ctx: Context, r: str, old: ir.Method, new: ir.Method) -> Iterator[Change]:
    subject = call_subject(r, new.python)

    def change(kind: ChangeKind, level: Level, text: str, why: str, *covers: Cover) -> Change:
        return Change(
            r, None, kind, level, subject, text, why, new.at, covers=covers, method=new.python
        )

    def both(suffix: str, keyword: str | None = None) -> tuple[Cover, Cover]:
        return (
            Cover("old", f"{old.at}{suffix}", keyword),
            Cover("new", f"{new.at}{suffix}", keyword),
        )

    old_key, new_key = (old.key.type if old.key else None), (new.key.type if new.key else None)
    if old_key != new_key:
        safe = _key_safe(new, old_key, new_key)
        yield change(
            "method-signature",
            "info" if safe else "breaking",
            f"The {_key_label(new)} of `{new.python}` changes: `{type_name(old_key)}` → "
            f"`{type_name(new_key)}`.",
            (
                "every key code used before is still accepted"
                if safe
                else "code passing or reading keys of the old type no longer type-checks"
            ),
            *_path_covers(old, new),
        )
    old_parents = [(p.python, p.type) for p in old.parents]
    new_parents = [(p.python, p.type) for p in new.parents]
    if old_parents != new_parents:
        yield change(
            "method-signature",
            "breaking",
            f"The path arguments of `{new.python}` change: {_arguments(old.parents)} → "
            f"{_arguments(new.parents)}.",
            "callers pass the old path arguments",
            *_path_covers(old, new),
            *both(""),
        )
    elif _path(old) != _path(new):
        yield change(
            "method-path",
            "info",
            f"`{new.python}` is sent to `{_path(new)}` instead of `{_path(old)}`.",
            "the arguments stay the same; the client builds the new path",
            *_path_covers(old, new),
            *both(""),
        )
    operations = (operation_of(old), operation_of(new))
    if old.request != new.request:
        safe = (
            old.request is not None and new.request is not None and widens(old.request, new.request)
        )
        yield change(
            "method-signature",
            "info" if safe else "breaking",
            f"The request body of `{new.python}` changes type: `{type_name(old.request)}` → "
            f"`{type_name(new.request)}`.",
            (
                "every value code sent before is still accepted"
                if safe
                else "code written against the old type no longer type-checks"
            ),
            *both("/request"),
            Cover("old", f"{operations[0]}/requestBody"),
            Cover("new", f"{operations[1]}/requestBody"),
        )
    before, after = result(old), result(new)
    if before != after:
        # A result that had no value (None) and gains one changes nothing for callers that
        # ignored it; one that narrows returns only what code already handled.
        safe = before is None or (after is not None and widens(after, before))
        yield change(
            "method-signature",
            "info" if safe else "breaking",
            f"The result of `{new.python}` changes type: `{type_name(before)}` → "
            f"`{type_name(after)}`.",
            (
                "calls that ignored the result keep working"
                if before is None
                else (
                    "every result now was possible before"
                    if safe
                    else "code written against the old type no longer type-checks"
                )
            ),
            *both("/response"),
            Cover("old", f"{operations[0]}/responses"),
            Cover("new", f"{operations[1]}/responses"),
        )
    if old.status != new.status:
        yield change(
            "method-status",
            "info",
            f"`{new.python}` answers HTTP {new.status} instead of {old.status}.",
            "the client accepts any success status; a change of result is its own item",
            *both("/status"),
            Cover("old", f"{operations[0]}/responses"),
            Cover("new", f"{operations[1]}/responses"),
        )
    if old.errors != new.errors:
        yield change(
            "method-errors",
            "info",
            f"`{new.python}` documents its error codes in `{new.errors}` instead of "
            f"`{old.errors}`.",
            "errors are raised as the typed API error whatever their code",
            *both("/errors"),
        )
    yield from paging(ctx, r, old, new)
    yield from parameters(r, old, new)


def result(method: ir.Method) -> ir.TypeRef | None:
    """What the generated method returns: the body, or the created entity's key."""
    if method.response is None and method.returns_created_key and method.key is not None:
        return method.key.type
    return method.response


def _key_safe(method: ir.Method, old: ir.TypeRef | None, new: ir.TypeRef | None) -> bool:
    """Keys passed in may widen; keys handed back (ids of created entities) may narrow."""
    if old is None or new is None:
        return False
    if method.traits.keys == "path":
        return widens(old, new)
    if method.traits.keys == "created":
        return widens(new, old)
    return False


def _path_covers(old: ir.Method, new: ir.Method) -> tuple[Cover, ...]:
    """The path parameters, wherever the path item or the operation declares them."""
    sides: tuple[tuple[Side, ir.Method], ...] = (("old", old), ("new", new))
    return tuple(
        Cover(side, p.at)
        for side, method in sides
        for p in (*method.parents, *([method.key] if method.key else ()))
        if p.at
    )


def _label(method: ir.Method) -> str:
    if method.traits.named:
        return f"Rest.li {method.kind} `{method.restli_name}`"
    return f"Rest.li `{method.kind}`"


def _key_label(method: ir.Method) -> str:
    if method.traits.keys == "created":
        return "type of the ids of created entities"
    return "key type"


def _arguments(parameters: Iterable[ir.Parameter]) -> str:
    shown = ", ".join(f"`{p.python}: {type_name(p.type)}`" for p in parameters)
    return shown or "none"


def _path(method: ir.Method) -> str:
    return "".join(s.text for s in method.path)
