"""Component schemas → types: URN types, enums and records by name, and the type of any schema
(inline records and enums are named after where they are)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, cast

from generator import ir
from generator.diagnostics import pointer
from generator.names import snake_case
from generator.parse.document import SCHEMA_REF, Document, is_name
from generator.parse.models import Models
from generator.parse.named import enum_type, urn_type
from generator.reserved import CLASS_NAMES


class Schemas:
    """The named types of a document, and the type of any schema in it."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.urns: dict[str, ir.UrnType] = {}
        self.urn_unions: dict[str, ir.UrnUnionType] = {}
        self.enums: dict[str, ir.Enum] = {}
        self.models = Models(self)
        self.named_at: dict[str, str] = {}  # generated name → spec path that defined it
        self._alias_stack: list[str] = []

    def read_components(self) -> None:
        for name, schema in self.doc.schemas.items():
            at = pointer("components", "schemas", name)
            if not isinstance(schema, dict):
                self.doc.problem(at, "a schema must be an object")
                continue
            kind = self.schema_kind(schema)
            if kind == "urn":
                self.add_urn(name, schema, at)
            elif kind == "enum":
                self.add_enum(name, schema, at)
            elif kind == "model":
                self.models.add(name, schema, at)

    @staticmethod
    def schema_kind(schema: dict[str, Any]) -> str:
        if "x-urn-type" in schema:
            return "urn"
        if "enum" in schema:
            return "enum"
        if "properties" in schema or (
            schema.get("type") == "object" and "additionalProperties" not in schema
        ):
            return "model"
        return "alias"

    def claim(self, name: str, at: str) -> bool:
        """Reserve a generated class name; two spec nodes wanting the same one is a problem, and
        so is a name that is not a Python class name or that generated modules use already."""
        if not is_name(name) or name.startswith("_"):
            self.doc.problem(at, f"{name!r} is not a Python identifier (a class is named after it)")
            return False
        if name in CLASS_NAMES:
            self.doc.problem(at, f"{name!r} is a name generated modules use; rename the schema")
            return False
        earlier = self.named_at.get(name)
        if earlier is not None and earlier != at:
            self.doc.problem(at, f"the generated name {name} is also the name of {earlier}")
            return False
        self.named_at[name] = at
        return True

    def add_urn(self, name: str, schema: dict[str, Any], at: str) -> None:
        if self.claim(name, at):
            urn = urn_type(name, schema, at, self.doc.problem)
            if urn is not None:
                self.urns[name] = urn

    def add_enum(self, name: str, schema: dict[str, Any], at: str) -> None:
        if self.claim(name, at):
            enum = enum_type(name, schema, at, self.doc.problem)
            if enum is not None:
                self.enums[name] = enum

    def mark_error_codes(self, resources: Iterable[ir.Resource]) -> None:
        """Record on each error-code enum which resources document it."""
        users: dict[str, set[str]] = {}
        for resource in resources:
            for method in resource.methods:
                if method.errors is not None:
                    users.setdefault(method.errors, set()).add(resource.python)
        for name, found in users.items():
            if name in self.enums:
                self.enums[name] = replace(self.enums[name], error_codes_of=tuple(sorted(found)))

    def constraints(self, schema: dict[str, Any], at: str) -> ir.Constraints:
        target = self.doc.target(schema)
        branches = [
            self.doc.target(b)
            for b in schema.get("anyOf", schema.get("oneOf", []))
            if isinstance(b, dict)
        ]

        def number(value: Any) -> Any:
            return value if isinstance(value, int | float) and not isinstance(value, bool) else None

        def pick(key: str) -> Any:
            value = number(schema.get(key, target.get(key)))
            if value is not None and not math.isfinite(value):
                # It would be written as `inf`, a name Python lacks.
                self.doc.problem(f"{at}/{key}", f"{key} must be a finite number, not {value}")
                return None
            if value is not None or not branches:
                return value
            # A union holds a limit only when every branch has one; the loosest applies.
            limits = [number(b.get(key)) for b in branches]
            if any(v is None or not math.isfinite(v) for v in limits):
                return None
            return (min if key.startswith("min") else max)(limits)

        return ir.Constraints(
            max_length=pick("maxLength"),
            min_length=pick("minLength"),
            max_items=pick("maxItems"),
            min_items=pick("minItems"),
            maximum=pick("maximum"),
            minimum=pick("minimum"),
        )

    def type_of(self, schema: dict[str, Any], name: str, at: str) -> ir.TypeRef:
        """The type of a schema; `name` is the class name given to an inline record or enum."""
        ref = schema.get("$ref")
        if ref is not None:
            return self.type_of_ref(ref, at)
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                return self.type_of_union(schema[combinator], name, f"{at}/{combinator}")
        if "x-urn-type" in schema:
            self.doc.problem(at, "a URN type must be a component of its own, referred to by $ref")
            return ir.Primitive("str")
        if "enum" in schema:
            self.add_enum(name, schema, at)
            return ir.EnumRef(name)
        kind = schema.get("type")
        if isinstance(kind, list):  # 3.1 `type: [string, "null"]`: null has no Rest.li form
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if kind == "string":
            return ir.DecimalType() if schema.get("format") == "decimal" else ir.Primitive("str")
        if kind == "integer":
            return ir.Primitive("int")
        if kind == "number":
            return ir.Primitive("float")
        if kind == "boolean":
            return ir.Primitive("bool")
        if kind == "array":
            items = schema.get("items")
            if not isinstance(items, dict):
                self.doc.problem(at, "an array needs an `items` schema")
                return ir.ListOf(ir.JsonValue())
            return ir.ListOf(self.type_of(items, name + "Item", at + "/items"))
        if kind == "object" or "properties" in schema:
            if "properties" in schema or "additionalProperties" not in schema:
                if not schema.get("properties"):
                    # An object with nothing documented: keep it as the JSON it is.
                    return ir.MapOf(ir.JsonValue())
                self.models.add(name, schema, at)
                return ir.ModelRef(name)
            values = schema["additionalProperties"]
            if isinstance(values, dict) and values:
                return ir.MapOf(self.type_of(values, name + "Value", at + "/additionalProperties"))
            return ir.MapOf(ir.JsonValue())
        if kind is None:
            return ir.JsonValue()
        self.doc.problem(at, f"unsupported schema type {kind!r}")
        return ir.JsonValue()

    def type_of_ref(self, ref: Any, at: str) -> ir.TypeRef:
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF):
            self.doc.problem(at + "/$ref", f"expected a reference to {SCHEMA_REF}..., got {ref!r}")
            return ir.JsonValue()
        name = ref[len(SCHEMA_REF) :]
        schema = self.doc.schemas.get(name)
        if not isinstance(schema, dict):
            self.doc.problem(at + "/$ref", f"{ref} does not exist in this version")
            return ir.JsonValue()
        kind = self.schema_kind(schema)
        if kind == "urn":
            return ir.UrnRef(name)
        if kind == "enum":
            return ir.EnumRef(name)
        if kind == "model":
            return ir.ModelRef(name)
        if name in self._alias_stack:
            self.doc.problem(at + "/$ref", f"{ref} refers to itself without a record in between")
            return ir.JsonValue()
        self._alias_stack.append(name)
        try:
            return self.type_of(schema, name, pointer("components", "schemas", name))
        finally:
            self._alias_stack.pop()

    def type_of_union(self, options: Any, name: str, at: str) -> ir.TypeRef:
        if not isinstance(options, list) or not options:
            self.doc.problem(at, "expected a non-empty list of schemas")
            return ir.JsonValue()
        members = [
            self.type_of(o, f"{name}Option{i}", f"{at}/{i}") if isinstance(o, dict) else None
            for i, o in enumerate(options)
        ]
        if all(isinstance(m, ir.UrnRef) for m in members):
            urns = tuple(cast(ir.UrnRef, m).name for m in members)
            return self.urn_union(urns, at)
        if all(isinstance(m, ir.Primitive) for m in members):
            primitives = tuple(dict.fromkeys(cast(ir.Primitive, m) for m in members))
            return primitives[0] if len(primitives) == 1 else ir.PrimitiveUnion(primitives)
        # Records without a discriminator cannot be told apart reliably: keep the JSON.
        return ir.JsonValue()

    def urn_union(self, names: tuple[str, ...], at: str) -> ir.UrnUnion:
        members = tuple(dict.fromkeys(names))
        parser = "parse_" + "_or_".join(snake_case(n) for n in members)
        if parser not in self.urn_unions:
            # URN types are read before anything refers to them only if they come first in the
            # document; look them up directly so the order of components does not matter.
            types = []
            for member in members:
                if member not in self.urns:
                    self.add_urn(
                        member, self.doc.schemas[member], pointer("components", "schemas", member)
                    )
                if member in self.urns:
                    types.append(self.urns[member])
            self.urn_unions[parser] = ir.UrnUnionType(parser, tuple(types))
        return ir.UrnUnion(members, parser)
