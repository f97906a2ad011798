"""The uses, in one user module, of what a breaking change affects.

Each node that touches the version package is looked up in the breaking changes (`breaks`): an
import of a removed name, an attribute (a member, a resource, a method, a field, what a page tells
about itself), a call (its keyword arguments, the ones it now lacks, the call itself). A use is
`breaking` when every value the receiver may have is affected, `possibly-breaking` when only some
are, or when the receiver cannot be resolved but the name is one of the version's finders or
actions (names distinctive enough that the call is very likely the package's).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from generator.upgrade.breaks import Break, Breaks, Severity
from generator.upgrade.infer import Inference
from generator.upgrade.scopes import UNKNOWN, Scope, Value, collect
from generator.upgrade.surface import Surface


@dataclass(frozen=True)
class Use:
    line: int
    column: int  # 1-based, in characters
    severity: Severity
    message: str
    subject: str  # the changed thing, as the diff names it


def find_uses(tree: ast.Module, lines: list[str], surface: Surface, breaks: Breaks) -> list[Use]:
    """Every affected use in `tree` (parsed from `lines`), in source order."""
    suspects = _suspects(surface, breaks)
    # Every finding needs an import of the package or a call of one of the suspect methods, so
    # a module naming neither (most of a code base) is not analysed.
    text = "".join(lines)
    if "linkedin_marketing" not in text and not any(name in text for name in suspects):
        return []
    finder = _Finder(tree, lines, surface, breaks, suspects)
    found = {(u.line, u.column, u.message): u for u in finder.uses()}
    return sorted(found.values(), key=lambda u: (u.line, u.column, u.message))


class _Finder:
    def __init__(
        self,
        tree: ast.Module,
        lines: list[str],
        surface: Surface,
        breaks: Breaks,
        distinctive: frozenset[str],
    ) -> None:
        self.tree, self.lines = tree, lines
        self.surface, self.breaks = surface, breaks
        self.scopes = collect(tree, surface)
        self.inference = Inference(self.scopes, surface)
        self.distinctive = distinctive

    def uses(self) -> Iterator[Use]:
        package = self.surface.package
        for node in ast.walk(self.tree):
            scope = self.scopes.of.get(node, self.scopes.module)
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module == package or node.module.startswith(package + "."):
                    for alias in node.names:
                        found = self.breaks.names.get(alias.name)
                        if found is not None:
                            yield self.use(alias, found, certain=True)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                found = self.breaks.names.get(node.id)
                if found is not None and self.inference.from_star(node.id, scope):
                    yield self.use(node, found, certain=True)
            elif isinstance(node, ast.Attribute):
                yield from self.attribute(node, scope)
            elif isinstance(node, ast.Call):
                yield from self.call(node, scope)

    def attribute(self, node: ast.Attribute, scope: Scope) -> Iterator[Use]:
        values = self.inference.infer(node.value, scope)
        write = not isinstance(node.ctx, ast.Load)
        hits = [self.attribute_break(v, node.attr, write) for v in values]
        found = [h for h in hits if h is not None]
        if found:
            yield self.use(node, found[0], certain=len(found) == len(hits), receiver=node.value)
        elif values == {UNKNOWN} and node.attr in self.distinctive:
            for (_, method), item in self.breaks.methods.items():
                if method == node.attr:
                    yield self.use(node, item, certain=False, receiver=node.value)
                    break

    def attribute_break(self, value: Value, name: str, write: bool) -> Break | None:
        b, kind = self.breaks, value.kind
        if kind == "module":
            return b.names.get(name)
        if kind == "class":
            return b.members.get((value.name, name))
        if kind == "client":
            return b.resources.get(name)
        if kind == "resource":
            return b.methods.get((value.name, name))
        if kind == "model":
            return b.fields.get((value.name, name), {}).get("write" if write else "read")
        if kind == "page" and value.origin is not None:
            return b.page_attributes.get(value.origin, {}).get(name)
        return None

    def call(self, node: ast.Call, scope: Scope) -> Iterator[Use]:
        values = self.inference.infer(node.func, scope)
        passed = {k.arg for k in node.keywords if k.arg is not None}
        spread = [k for k in node.keywords if k.arg is None]  # **kwargs
        at: ast.AST = node.func
        # Each finding of the call, with how many of the callee's values it holds for.
        tally: dict[tuple[int, str], tuple[ast.AST, Break, int]] = {}
        for value in values:
            for place, item in self.call_breaks(value, node, passed, spread, at):
                key = (id(place), item.message)
                tally[key] = (place, item, tally.get(key, (place, item, 0))[2] + 1)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else node.func
        for place, item, count in tally.values():
            yield self.use(place, item, certain=count == len(values), receiver=receiver)
        func = node.func
        if (
            values == {UNKNOWN}
            and isinstance(func, ast.Attribute)
            and func.attr in self.distinctive
        ):
            yield from self.unresolved_call(node, func.attr)

    def call_breaks(
        self, value: Value, node: ast.Call, passed: set[str], spread: list[ast.keyword], at: ast.AST
    ) -> Iterator[tuple[ast.AST, Break]]:
        b = self.breaks
        if value.kind == "method" and value.origin is not None:
            r, m = value.origin
            for item in b.calls.get((r, m), []):
                yield at, item
            for keyword in node.keywords:
                passing = b.arguments.get((r, m, keyword.arg or ""))
                if passing is not None:
                    yield keyword, passing
            for name, item in b.missing_arguments.get((r, m), {}).items():
                if name not in passed and not spread:
                    yield at, item
            affected = [a for a in b.arguments if a[:2] == (r, m)]
            for keyword in spread:
                for key in affected:
                    yield keyword, _possibly(b.arguments[key], f"`**{ast.unparse(keyword.value)}`")
        elif value.kind == "class" and self.surface.exports.get(value.name) == "model":
            model = value.name
            for keyword in node.keywords:
                setting = b.fields.get((model, keyword.arg or ""), {}).get("write")
                if setting is not None:
                    yield keyword, setting
            for name, item in b.missing_fields.get(model, {}).items():
                if name not in passed and not spread:
                    yield at, item

    def unresolved_call(self, node: ast.Call, method: str) -> Iterator[Use]:
        assert isinstance(node.func, ast.Attribute)
        receiver = node.func.value
        for keyword in node.keywords:
            for (_, m, argument), item in self.breaks.arguments.items():
                if m == method and argument == keyword.arg:
                    yield self.use(keyword, item, certain=False, receiver=receiver)
                    break

    def use(
        self, node: ast.AST, item: Break, certain: bool, receiver: ast.expr | None = None
    ) -> Use:
        line, column = self.position(node)
        message = item.message
        severity: Severity = item.severity if certain else "possibly-breaking"
        if not certain and receiver is not None:
            message += (
                f" (whether `{ast.unparse(receiver)}` is from "
                f"`{self.surface.package}` could not be resolved)"
            )
        return Use(line, column, severity, message, item.subject)

    def position(self, node: ast.AST) -> tuple[int, int]:
        """Where a finding points: the attribute name of an attribute, else the node's start."""
        line: int = getattr(node, "lineno", 1)
        offset: int = getattr(node, "col_offset", 0)
        if isinstance(node, ast.Attribute) and node.end_lineno and node.end_col_offset:
            line, offset = node.end_lineno, node.end_col_offset - len(node.attr.encode())
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        # AST offsets count UTF-8 bytes; editors count characters.
        return line, len(text.encode()[:offset].decode(errors="ignore")) + 1


def _possibly(item: Break, spread: str) -> Break:
    return Break(item.subject, f"{item.message} ({spread} may pass it)", "possibly-breaking")


def _suspects(surface: Surface, breaks: Breaks) -> frozenset[str]:
    """Finders and actions with breaking changes: suspected even when the receiver is unknown."""
    return frozenset(
        key[1]
        for key, method in surface.methods.items()
        if method.distinctive
        and (
            key in breaks.methods
            or key in breaks.calls
            or key in breaks.missing_arguments
            or any(a[:2] == key for a in breaks.arguments)
        )
    )
