"""What an expression of a user's module may be, in terms of the generated package.

Values follow the generated code's shapes: `LinkedInClient(...)` is a client, its attribute
`ad_campaign_groups` a resource, `find_by_search(...)` a page of `AdCampaignGroup`, iterating
`page.iter_all()` gives models, and a model's field of a model type is that model. An expression
may have several values (a name bound in several places); anything the checker cannot follow is
`UNKNOWN`, which keeps a use from being reported as certain.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from generator import ir
from generator.upgrade.scopes import UNKNOWN, Binding, Scope, Scopes, Value, ValueKind
from generator.upgrade.surface import SUBMODULES, Surface

Values = frozenset[Value]
_UNKNOWN: Values = frozenset({UNKNOWN})
_NOTHING: Values = frozenset()
# Generic aliases whose argument is what the annotated value holds or iterates over.
_WRAPPERS = {"Optional", "Annotated", "Final", "ClassVar"}
_CONTAINERS = {"list", "List", "Sequence", "Iterable", "Iterator", "AsyncIterator", "Collection"}
_PAGES = {"Page", "AsyncPage"}


class Inference:
    def __init__(self, scopes: Scopes, surface: Surface) -> None:
        self.scopes = scopes
        self.surface = surface
        self.memo: dict[tuple[int, str], Values] = {}

    # --- names ---

    def lookup(self, name: str, scope: Scope) -> Values:
        bindings, found = self.bindings(name, scope)
        if found is None:
            return _UNKNOWN
        key = (id(found), name)
        if key not in self.memo:
            self.memo[key] = _UNKNOWN  # a name defined from itself stays unknown
            self.memo[key] = self.union(self.binding(b) for b in bindings)
        return self.memo[key]

    def bindings(self, name: str, scope: Scope) -> tuple[list[Binding], Scope | None]:
        """The bindings of `name` seen from `scope`, and the scope holding them; a name only
        star-imported from the version is its export."""
        current: Scope | None = scope
        while current is not None:
            visible = current is scope or current.kind != "class"
            if visible and name in current.bindings and name not in current.outer_names:
                return current.bindings[name], current
            if current.star and name in self.surface.exports:
                return [Binding("value", Value("class", name))], current
            current = current.parent
        return [], None

    def from_star(self, name: str, scope: Scope) -> bool:
        bindings, found = self.bindings(name, scope)
        return found is not None and found.star and name not in found.bindings

    def binding(self, binding: Binding) -> Values:
        if binding.form == "value":
            assert binding.value is not None
            return frozenset({binding.value})
        assert binding.node is not None and binding.scope is not None
        if binding.form == "annotation":
            return self.annotation(binding.node, binding.scope)
        values = self.infer(binding.node, binding.scope)
        return values if binding.form == "expr" else self.union(map(_elements, values))

    # --- expressions ---

    def infer(self, node: ast.expr, scope: Scope) -> Values:
        if isinstance(node, ast.Name):
            return self.lookup(node.id, scope)
        if isinstance(node, ast.Attribute):
            return self.union(self.attribute(v, node.attr) for v in self.infer(node.value, scope))
        if isinstance(node, ast.Call):
            return self.union(self.call(v) for v in self.infer(node.func, scope))
        if isinstance(node, ast.Await | ast.NamedExpr):
            return self.infer(node.value, scope)
        if isinstance(node, ast.Subscript):
            return self.union(_elements(v) for v in self.infer(node.value, scope))
        if isinstance(node, ast.IfExp):
            return self.infer(node.body, scope) | self.infer(node.orelse, scope)
        if isinstance(node, ast.BoolOp):
            return self.union(self.infer(v, scope) for v in node.values)
        if isinstance(node, ast.Constant) and node.value is None:
            return _NOTHING  # None has no attributes: code using one assumes another value
        return _UNKNOWN

    def union(self, parts: Iterable[Values]) -> Values:
        """The values of several places; none at all means unknown."""
        found: set[Value] = set()
        for part in parts:
            found |= part
        return frozenset(found) if found else _UNKNOWN

    def attribute(self, value: Value, name: str) -> Values:
        s = self.surface
        kind = value.kind
        if kind == "root":
            return frozenset({Value("module")}) if name == f"v{s.version}" else _UNKNOWN
        if kind == "module":
            if value.name == "" and name in SUBMODULES:
                return frozenset({Value("module", name)})
            return frozenset({Value("class", name)}) if name in s.exports else _UNKNOWN
        if kind == "class" and name == "from_dict" and s.exports.get(value.name) == "model":
            return frozenset({Value("factory", value.name)})
        if kind == "client" and name in s.resources():
            return frozenset({Value("resource", name)})
        if kind == "resource" and (value.name, name) in s.methods:
            return frozenset({Value("method", origin=(value.name, name))})
        if kind == "model" and name in s.fields.get(value.name, {}):
            return _of_type(s.fields[value.name][name])
        if kind == "page":
            if name == "elements":
                return frozenset({Value("list", value.name)})
            if name in ("iter_all", "iter_pages", "next_page"):
                return frozenset({Value("page-call", value.name, value.origin, name)})
        if kind == "instance":
            bindings = self.scopes.attributes.get((value.name, name))
            if bindings:
                return self.union(self.binding(b) for b in bindings)
        return _UNKNOWN

    def call(self, value: Value) -> Values:
        kind = value.kind
        if kind == "class":
            return self.instance(value.name)
        if kind == "factory":
            return frozenset({Value("model", value.name)})
        if kind == "user-class":
            return frozenset({Value("instance", value.name)})
        if kind == "method" and value.origin is not None:
            method = self.surface.methods[value.origin]
            if method.model is None or method.result == "other":
                return _UNKNOWN
            return frozenset({Value(method.result, method.model, value.origin)})
        if kind == "page-call":
            if value.attribute == "iter_all":
                return frozenset({Value("list", value.name)})
            shape: ValueKind = "pages" if value.attribute == "iter_pages" else "page"
            return frozenset({Value(shape, value.name, value.origin)})
        if kind == "function":
            function, scope = self.scopes.functions[value.name]
            if function.returns is not None:
                return self.annotation(function.returns, scope)
        return _UNKNOWN

    def instance(self, class_name: str) -> Values:
        kind = self.surface.exports.get(class_name)
        if kind == "client":
            return frozenset({Value("client")})
        if kind == "resource":
            return frozenset({Value("resource", self.surface.resource_classes[class_name])})
        if kind == "model":
            return frozenset({Value("model", class_name)})
        return _UNKNOWN

    # --- annotations ---

    def annotation(self, node: ast.expr, scope: Scope) -> Values:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str):
                try:
                    parsed = ast.parse(node.value, mode="eval").body
                except SyntaxError:
                    return _UNKNOWN
                return self.annotation(parsed, scope)
            return _NOTHING if node.value is None else _UNKNOWN
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self.annotation(node.left, scope) | self.annotation(node.right, scope)
        if isinstance(node, ast.Subscript):
            return self.generic(node, scope)
        found: set[Value] = set()
        for value in self.infer(node, scope):
            if value.kind == "class":
                found |= self.instance(value.name)
            elif value.kind == "user-class":
                found.add(Value("instance", value.name))
            else:
                found.add(UNKNOWN)
        return frozenset(found) if found else _UNKNOWN

    def generic(self, node: ast.Subscript, scope: Scope) -> Values:
        base = node.value.attr if isinstance(node.value, ast.Attribute) else None
        base = node.value.id if isinstance(node.value, ast.Name) else base
        arguments = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if base == "Union":
            return self.union(self.annotation(a, scope) for a in arguments)
        if base in _WRAPPERS:
            return self.annotation(arguments[0], scope)
        if base in _CONTAINERS or base in _PAGES:
            shape: ValueKind = "page" if base in _PAGES else "list"
            found = {
                Value(shape, v.name) if v.kind == "model" else UNKNOWN
                for v in self.annotation(arguments[0], scope)
            }
            return frozenset(found) if found else _UNKNOWN
        return _UNKNOWN


def _elements(value: Value) -> Values:
    """What iterating over (or indexing) a value gives."""
    if value.kind == "list":
        return frozenset({Value("model", value.name)})
    if value.kind == "pages":
        return frozenset({Value("page", value.name, value.origin)})
    return _UNKNOWN


def _of_type(t: ir.TypeRef) -> Values:
    if isinstance(t, ir.ModelRef):
        return frozenset({Value("model", t.name)})
    if isinstance(t, ir.ListOf) and isinstance(t.item, ir.ModelRef):
        return frozenset({Value("list", t.item.name)})
    return _UNKNOWN
