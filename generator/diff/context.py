"""What every rule needs to know about the two versions: where each named type is used, in which
direction (sent by the client, received by it, or both), and which resource owns it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator import ir
from generator.diff.changes import call_subject
from generator.diff.types import names


@dataclass(frozen=True)
class Use:
    """One place a named type is declared: a field (`owner` is its model) or a method's
    parameter, body or result (`owner` is None)."""

    owner: str | None
    subject: str


@dataclass(frozen=True)
class Uses:
    """Where the named types of one version appear."""

    resources: Mapping[str, frozenset[str]]  # type name → client attributes of resources using it
    sent: frozenset[str]  # types of values the client sends (requests, query parameters)
    received: frozenset[str]  # types of values the client receives (responses)
    declared: Mapping[str, tuple[Use, ...]]  # type name → the fields and methods declaring it


def uses(api: ir.Api) -> Uses:
    models = {m.name: m for m in api.models}
    resources: dict[str, set[str]] = {}
    for enum in api.enums:
        for user in enum.error_codes_of:
            resources.setdefault(enum.name, set()).add(user)
    sent: set[str] = set()
    received: set[str] = set()
    for resource in api.resources:
        for method in resource.methods:
            outputs = [t for t in (method.response, method.element) if t is not None]
            reached_in = _reach(method_inputs(method), models, sending=True)
            reached_out = _reach(outputs, models, sending=False)
            sent |= reached_in
            received |= reached_out
            for name in reached_in | reached_out:
                resources.setdefault(name, set()).add(resource.python)
    return Uses(
        {n: frozenset(r) for n, r in resources.items()},
        frozenset(sent),
        frozenset(received),
        _declared(api),
    )


def method_inputs(method: ir.Method) -> list[ir.TypeRef]:
    inputs = [p.type for p in (*method.parents, *method.parameters)]
    if method.key is not None:
        inputs.append(method.key.type)
    if method.request is not None:
        inputs.append(method.request)
    # A partial update is built from the entity model (original and modified), so that model is
    # what client code fills in, even though the body sent is a patch.
    if method.traits.record == "patched" and method.element is not None:
        inputs.append(method.element)
    return inputs


def _reach(roots: Iterable[ir.TypeRef], models: Mapping[str, ir.Model], sending: bool) -> set[str]:
    """Named types reachable from `roots`; read-only fields are never sent, so sending skips
    them."""
    found: set[str] = set()
    stack = list(roots)
    while stack:
        for name in names(stack.pop()):
            if name in found:
                continue
            found.add(name)
            model = models.get(name)
            if model is not None:
                stack.extend(f.type for f in model.fields if not (sending and f.read_only))
    return found


def _declared(api: ir.Api) -> dict[str, tuple[Use, ...]]:
    found: dict[str, list[Use]] = {}
    for model in api.models:
        for field in model.fields:
            for name in names(field.type):
                found.setdefault(name, []).append(Use(model.name, f"{model.name}.{field.python}"))
    for resource in api.resources:
        for method in resource.methods:
            call = call_subject(resource.python, method.python)
            for parameter in method.parameters:
                subject = call_subject(resource.python, method.python, parameter.python)
                for name in names(parameter.type):
                    found.setdefault(name, []).append(Use(None, subject))
            for body in (method.request, method.response):
                for name in names(body) if body is not None else ():
                    found.setdefault(name, []).append(Use(None, call))
    return {n: tuple(u) for n, u in found.items()}


class Context:
    """The two versions and the facts about them that rules share."""

    def __init__(self, old: ir.Api, new: ir.Api) -> None:
        self.old, self.new = old, new
        self.old_uses, self.new_uses = uses(old), uses(new)
        self.old_models = {m.name: m for m in old.models}
        self.new_models = {m.name: m for m in new.models}
        # Page-describing response fields (and their models) already told by a paging change.
        self.told_fields: set[tuple[str, str]] = set()
        self.told_models: set[str] = set()

    def owner(self, name: str) -> str | None:
        users = self.old_uses.resources.get(name, frozenset()) | self.new_uses.resources.get(
            name, frozenset()
        )
        return next(iter(users)) if len(users) == 1 else None

    def sent(self, name: str) -> bool:
        return name in self.old_uses.sent or name in self.new_uses.sent or self.unused(name)

    def received(self, name: str) -> bool:
        return name in self.old_uses.received or name in self.new_uses.received or self.unused(name)

    def unused(self, name: str) -> bool:
        """Not reached from any method: it may be used either way, so judge it both ways."""
        return all(
            name not in u.sent and name not in u.received for u in (self.old_uses, self.new_uses)
        )
