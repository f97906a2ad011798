"""The resolved OpenAPI document of one version → the intermediate representation (`ir`).

Problems are collected as values (`Problem`) while the whole document is read, then reported
together in one `SpecError`, so a spec author sees every mistake in one run.
"""

from __future__ import annotations

import json
import keyword
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, Literal, cast

from generator import ir
from generator.diagnostics import (
    Problem,
    pointer,
    raise_if_errors,
    resolve_pointer,
    split_pointer,
)
from generator.names import enum_member, pascal_case, python_name, snake_case
from generator.project import HTTP_VERBS
from generator.reserved import CLASS_NAMES, MODEL_ATTRIBUTES, PARAMETER_NAMES

FileOf = Callable[[str], str]

_RESTLI_METHODS = {
    "get": "GET",
    "batch_get": "BATCH_GET",
    "get_all": "GET_ALL",
    "create": "CREATE",
    "batch_create": "BATCH_CREATE",
    "update": "UPDATE",
    "partial_update": "PARTIAL_UPDATE",
    "batch_partial_update": "BATCH_PARTIAL_UPDATE",
    "delete": "DELETE",
    "batch_delete": "BATCH_DELETE",
    "finder": "FINDER",
    "action": "ACTION",
}
# Methods that act on one entity named by the key in the path.
_ENTITY_METHODS = {"get", "update", "partial_update", "delete"}
# Batch methods carry their keys in `ids` (or in the body), taken from the entity path's key.
_BATCH_METHODS = {"batch_get", "batch_partial_update", "batch_delete"}
# Paging parameters are handled by the runtime's paging objects, not passed one by one.
_CURSOR_PARAMETERS = ("pageSize", "pageToken")
_INDEX_PARAMETERS = ("start", "count")
_SCHEMA_REF = "#/components/schemas/"
# URL-unreserved characters (RFC 3986): a query parameter name of these is sent as it is.
_QUERY_NAME = re.compile(r"[A-Za-z0-9_.~-]+")


def parse(document: dict[str, Any], version: str, file_of: FileOf | None = None) -> ir.Api:
    """The API of one version; raises `SpecError` with every problem found."""
    parser = _Parser(document, file_of or (lambda _path: "openapi.yaml"))
    api = parser.api(version)
    raise_if_errors(parser.problems)
    return api


class _Parser:
    def __init__(self, document: dict[str, Any], file_of: FileOf) -> None:
        self.document = document
        self.file_of = file_of
        self.problems: list[Problem] = []
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.urns: dict[str, ir.UrnType] = {}
        self.urn_unions: dict[str, ir.UrnUnionType] = {}
        self.enums: dict[str, ir.Enum] = {}
        # Models are built in two steps: fields first, then the flags that depend on other models.
        self.model_fields: dict[str, tuple[ir.Field, ...]] = {}
        self.model_descriptions: dict[str, str] = {}
        self.model_at: dict[str, str] = {}
        self.models: dict[str, ir.Model] = {}
        self.named_at: dict[str, str] = {}  # generated name → spec path that defined it
        self._alias_stack: list[str] = []
        self.resource_class = ""  # the resource being read, for naming inline schemas

    # --- reporting ---------------------------------------------------------------------------

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.file_of(path), path, message))

    # --- the whole document --------------------------------------------------------------------

    def api(self, version: str) -> ir.Api:
        for name, schema in self.schemas.items():
            at = pointer("components", "schemas", name)
            if not isinstance(schema, dict):
                self.problem(at, "a schema must be an object")
                continue
            kind = self.schema_kind(schema)
            if kind == "urn":
                self.add_urn(name, schema, at)
            elif kind == "enum":
                self.add_enum(name, schema, at)
            elif kind == "model":
                self.add_model(name, schema, at)
        # Resources may define inline records (criteria, action parameters) too, so the models
        # are finished only after them.
        resources = self.resources()
        self.finish_models()
        resources = tuple(self.with_action_fields(r) for r in resources)
        self.mark_error_codes(resources)
        info = self.document.get("info", {})
        return ir.Api(
            version=version,
            title=str(info.get("title", "")),
            description=_text(info.get("description", info.get("summary", ""))),
            urns=tuple(self.urns[n] for n in sorted(self.urns)),
            urn_unions=tuple(self.urn_unions[n] for n in sorted(self.urn_unions)),
            enums=tuple(self.enums[n] for n in sorted(self.enums)),
            models=tuple(self.models[n] for n in sorted(self.models)),
            resources=resources,
        )

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
        if not _is_name(name) or name.startswith("_"):
            self.problem(at, f"{name!r} is not a Python identifier (a class is named after it)")
            return False
        if name in CLASS_NAMES:
            self.problem(at, f"{name!r} is a name generated modules use; rename the schema")
            return False
        earlier = self.named_at.get(name)
        if earlier is not None and earlier != at:
            self.problem(at, f"the generated name {name} is also the name of {earlier}")
            return False
        self.named_at[name] = at
        return True

    # --- URNs, enums, models -------------------------------------------------------------------

    def add_urn(self, name: str, schema: dict[str, Any], at: str) -> None:
        if not self.claim(name, at):
            return
        kind = schema["x-urn-type"]
        pattern = schema.get("pattern", "")
        if not isinstance(kind, str) or not kind:
            self.problem(at + "/x-urn-type", "x-urn-type must be a non-empty string")
            return
        self.urns[name] = ir.UrnType(
            name=name,
            kind=kind,
            description=_text(schema.get("description", "")),
            numeric_id=isinstance(pattern, str) and pattern.endswith(":[0-9]+$"),
            pattern=pattern if isinstance(pattern, str) else "",
            at=at,
        )

    def add_enum(self, name: str, schema: dict[str, Any], at: str) -> None:
        if not self.claim(name, at):
            return
        values = schema.get("enum")
        if schema.get("type", "string") != "string" or not isinstance(values, list) or not values:
            self.problem(at, "an enum must be `type: string` with a non-empty `enum` list")
            return
        notes = schema.get("x-enum-values", {})
        members: list[ir.EnumValue] = []
        seen: dict[str, str] = {}
        for index, value in enumerate(values):
            if not isinstance(value, str):
                self.problem(f"{at}/enum/{index}", f"enum value {value!r} is not a string")
                continue
            member = enum_member(value)
            if member in seen:
                self.problem(
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
                    _text(note.get("description", "")),
                    http_status=status if isinstance(status, int) else None,
                    message=message if isinstance(message, str) else None,
                )
            )
        self.enums[name] = ir.Enum(
            name, _text(schema.get("description", "")), tuple(members), at=at
        )

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

    def add_model(self, name: str, schema: dict[str, Any], at: str) -> None:
        if not self.claim(name, at):
            return
        self.model_descriptions[name] = _text(schema.get("description", ""))
        self.model_at[name] = at
        required = schema.get("required", [])
        properties = schema.get("properties", {})
        fields: list[ir.Field] = []
        names: dict[str, str] = {}
        for wire, prop in properties.items():
            prop_at = pointer(*split_pointer(at), "properties", wire)
            if not isinstance(prop, dict):
                self.problem(prop_at, "a property must be a schema object")
                continue
            # A property named like an attribute every record has (`copy`, `to_dict`, `_source`)
            # gets a trailing underscore; its JSON name stays.
            python = python_name(wire, MODEL_ATTRIBUTES)
            if python in names:
                self.problem(
                    prop_at,
                    f"properties {names[python]!r} and {wire!r} give the same name {python}",
                )
                continue
            names[python] = wire
            target = self.target(prop)
            fields.append(
                ir.Field(
                    wire=wire,
                    python=python,
                    type=self.type_of(prop, name + pascal_case(wire), prop_at),
                    description=_text(prop.get("description", target.get("description", ""))),
                    required=wire in required,
                    read_only=bool(prop.get("readOnly") or target.get("readOnly")),
                    create_only=bool(prop.get("x-restli-create-only")),
                    constraints=self.constraints(prop, prop_at),
                    nested_checks=False,  # set by finish_models
                    nullable=_nullable(prop),
                    renamed_from=prop.get("x-linkedin-renamed-from"),
                    default=_default(prop),
                    pattern=_pattern(prop),
                    at=prop_at,
                )
            )
        self.model_fields[name] = tuple(fields)

    def finish_models(self) -> None:
        """Flags that depend on other models (which may refer to each other in cycles)."""
        checks = {n: any(_own_checks(f) for f in fs) for n, fs in self.model_fields.items()}
        read_only = {n: any(f.read_only for f in fs) for n, fs in self.model_fields.items()}
        changed = True
        while changed:
            changed = False
            for name, fields in self.model_fields.items():
                for field in fields:
                    if not checks[name] and any(
                        checks.get(m, False) for m in _checked_models(field.type)
                    ):
                        checks[name] = changed = True
                    nested = _models_in(field.type)
                    if not read_only[name] and any(read_only.get(m, False) for m in nested):
                        read_only[name] = changed = True
        for name, fields in self.model_fields.items():
            finished = tuple(
                _replace_nested_checks(
                    f, any(checks.get(m, False) for m in _checked_models(f.type))
                )
                for f in fields
            )
            self.models[name] = ir.Model(
                name,
                self.model_descriptions[name],
                finished,
                checks[name],
                read_only[name],
                at=self.model_at[name],
            )

    def constraints(self, schema: dict[str, Any], at: str) -> ir.Constraints:
        target = self.target(schema)
        branches = [
            self.target(b)
            for b in schema.get("anyOf", schema.get("oneOf", []))
            if isinstance(b, dict)
        ]

        def number(value: Any) -> Any:
            return value if isinstance(value, int | float) and not isinstance(value, bool) else None

        def pick(key: str) -> Any:
            value = number(schema.get(key, target.get(key)))
            if value is not None and not math.isfinite(value):
                # It would be written as `inf`, a name Python lacks.
                self.problem(f"{at}/{key}", f"{key} must be a finite number, not {value}")
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

    # --- types --------------------------------------------------------------------------------

    def located(self, node: Any, at: str) -> tuple[Any, str]:
        """A node followed through its `$ref`, and the JSON pointer where it is defined."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith("#/") and self.deref(node) is not node:
            return self.deref(node), ref[1:]
        return node, at

    def deref(self, node: Any) -> Any:
        """A `$ref` to any local component (such as `#/components/parameters/X`), followed."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        found = resolve_pointer(self.document, ref[1:])
        return found if found is not None else node

    def target(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The component a `$ref` points to (the schema itself when it is not a reference)."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            found = self.schemas.get(ref[len(_SCHEMA_REF) :])
            if isinstance(found, dict):
                return found
        return schema

    def type_of(self, schema: dict[str, Any], name: str, at: str) -> ir.TypeRef:
        """The type of a schema; `name` is the class name given to an inline record or enum."""
        ref = schema.get("$ref")
        if ref is not None:
            return self.type_of_ref(ref, at)
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                return self.type_of_union(schema[combinator], name, f"{at}/{combinator}")
        if "x-urn-type" in schema:
            self.problem(at, "a URN type must be a component of its own, referred to by $ref")
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
                self.problem(at, "an array needs an `items` schema")
                return ir.ListOf(ir.JsonValue())
            return ir.ListOf(self.type_of(items, name + "Item", at + "/items"))
        if kind == "object" or "properties" in schema:
            if "properties" in schema or "additionalProperties" not in schema:
                if not schema.get("properties"):
                    # An object with nothing documented: keep it as the JSON it is.
                    return ir.MapOf(ir.JsonValue())
                self.add_model(name, schema, at)
                return ir.ModelRef(name)
            values = schema["additionalProperties"]
            if isinstance(values, dict) and values:
                return ir.MapOf(self.type_of(values, name + "Value", at + "/additionalProperties"))
            return ir.MapOf(ir.JsonValue())
        if kind is None:
            return ir.JsonValue()
        self.problem(at, f"unsupported schema type {kind!r}")
        return ir.JsonValue()

    def type_of_ref(self, ref: Any, at: str) -> ir.TypeRef:
        if not isinstance(ref, str) or not ref.startswith(_SCHEMA_REF):
            self.problem(at + "/$ref", f"expected a reference to {_SCHEMA_REF}..., got {ref!r}")
            return ir.JsonValue()
        name = ref[len(_SCHEMA_REF) :]
        schema = self.schemas.get(name)
        if not isinstance(schema, dict):
            self.problem(at + "/$ref", f"{ref} does not exist in this version")
            return ir.JsonValue()
        kind = self.schema_kind(schema)
        if kind == "urn":
            return ir.UrnRef(name)
        if kind == "enum":
            return ir.EnumRef(name)
        if kind == "model":
            return ir.ModelRef(name)
        if name in self._alias_stack:
            self.problem(at + "/$ref", f"{ref} refers to itself without a record in between")
            return ir.JsonValue()
        self._alias_stack.append(name)
        try:
            return self.type_of(schema, name, pointer("components", "schemas", name))
        finally:
            self._alias_stack.pop()

    def type_of_union(self, options: Any, name: str, at: str) -> ir.TypeRef:
        if not isinstance(options, list) or not options:
            self.problem(at, "expected a non-empty list of schemas")
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
                        member, self.schemas[member], pointer("components", "schemas", member)
                    )
                if member in self.urns:
                    types.append(self.urns[member])
            self.urn_unions[parser] = ir.UrnUnionType(parser, tuple(types))
        return ir.UrnUnion(members, parser)

    # --- resources ----------------------------------------------------------------------------

    def resources(self) -> tuple[ir.Resource, ...]:
        by_resource: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for path, item in self.document.get("paths", {}).items():
            at = pointer("paths", path)
            name = item.get("x-restli-resource") if isinstance(item, dict) else None
            if not isinstance(name, str):
                self.problem(at, "a path item needs `x-restli-resource`")
                continue
            if not _is_name(name):
                self.problem(
                    at + "/x-restli-resource",
                    f"{name!r} is not a Python identifier (the resource's class is named after it)",
                )
                continue
            by_resource.setdefault(name, []).append((path, item))
        return tuple(self.resource(name, by_resource[name]) for name in sorted(by_resource))

    def resource(self, name: str, items: list[tuple[str, dict[str, Any]]]) -> ir.Resource:
        self.resource_class = pascal_case(name)
        keys: dict[str, ir.Parameter] = {}  # collection path → key of its entity path
        for path, item in items:
            key_name = item.get("x-restli-key")
            if isinstance(key_name, str):
                collection = path[: path.rfind("/{")]
                key = self.path_parameters(path, item, None).get(key_name)
                if key is None:
                    self.problem(
                        pointer("paths", path, "x-restli-key"), f"no path parameter {key_name!r}"
                    )
                else:
                    keys[collection] = key

        entity: str | None = None
        raw: list[tuple[str, dict[str, Any], str, dict[str, Any], dict[str, Any], str]] = []
        for path, item in items:
            for verb in HTTP_VERBS:
                operation = item.get(verb)
                if not isinstance(operation, dict):
                    continue
                for index, method in enumerate(operation.get("x-restli-methods", [])):
                    at = pointer("paths", path, verb, "x-restli-methods", index)
                    raw.append((path, item, verb, operation, method, at))
                    kind = method.get("method")
                    body = method.get("response" if kind == "get" else "request")
                    if kind in ("get", "create") and isinstance(body, dict) and entity is None:
                        target = self.type_of_ref(body.get("$ref"), at)
                        entity = target.name if isinstance(target, ir.ModelRef) else None

        methods: list[ir.Method] = []
        seen: dict[str, str] = {}
        for path, item, verb, operation, method, at in raw:
            built = self.method(path, item, verb, operation, method, at, keys, entity)
            if built is None:
                continue
            if built.python in seen:
                self.problem(at, f"method {built.python} is also defined at {seen[built.python]}")
                continue
            seen[built.python] = at
            methods.append(built)
        return ir.Resource(
            name=name,
            python=python_name(name),
            class_name=pascal_case(name),
            module=python_name(name),
            methods=tuple(methods),
            paths=tuple(pointer("paths", path) for path, _ in items),
        )

    def with_action_fields(self, resource: ir.Resource) -> ir.Resource:
        methods = []
        for method in resource.methods:
            if method.kind == "action" and isinstance(method.request, ir.ModelRef):
                fields = self.models[method.request.name].fields
                # Action fields are keyword arguments of the method, passed on to the record
                # under the same name, so they cannot be renamed around the method's locals.
                for field in fields:
                    if field.python in PARAMETER_NAMES:
                        self.problem(
                            pointer(
                                "components",
                                "schemas",
                                method.request.name,
                                "properties",
                                field.wire,
                            ),
                            f"action parameter {field.wire!r} clashes with a name the generated"
                            f" method {method.python} uses",
                        )
                method = replace(method, action_fields=fields)
            methods.append(method)
        return replace(resource, methods=tuple(methods))

    def path_parameters(
        self, path: str, item: dict[str, Any], verb: str | None
    ) -> dict[str, ir.Parameter]:
        found: dict[str, ir.Parameter] = {}
        declared = [
            (p, pointer("paths", path, "parameters", i))
            for i, p in enumerate(item.get("parameters", []))
        ]
        if verb is not None:
            declared += [
                (p, pointer("paths", path, verb, "parameters", i))
                for i, p in enumerate(item[verb].get("parameters", []))
            ]
        for param, at in declared:
            param, where = self.located(param, at)
            if isinstance(param, dict) and param.get("in") == "path":
                found[param["name"]] = self.parameter(param, where)
        return found

    def parameter(self, param: dict[str, Any], at: str) -> ir.Parameter:
        schema = param.get("x-restli-schema", param.get("schema", {}))
        wire = str(param.get("name", ""))
        if param.get("in") == "query" and not _QUERY_NAME.fullmatch(wire):
            # The name goes into the query string as it is: it must not need escaping there.
            self.problem(
                at + "/name",
                f"query parameter name {wire!r} may hold only letters, digits and `_.~-`",
            )
        # An inline record or enum of a parameter is named after its resource and the parameter.
        inline_name = self.resource_class + pascal_case(wire)
        return ir.Parameter(
            wire=wire,
            python=python_name(wire, PARAMETER_NAMES),
            type=self.type_of(schema, inline_name, at + "/schema"),
            description=_text(param.get("description", "")),
            required=bool(param.get("required")),
            constraints=self.constraints(schema, at + "/schema"),
            default=_default(schema),
            pattern=_pattern(schema),
            at=at,
        )

    def method(
        self,
        path: str,
        item: dict[str, Any],
        verb: str,
        operation: dict[str, Any],
        method: dict[str, Any],
        at: str,
        keys: dict[str, ir.Parameter],
        entity: str | None,
    ) -> ir.Method | None:
        kind = method.get("method")
        if kind not in _RESTLI_METHODS:
            self.problem(at + "/method", f"unknown Rest.li method {kind!r}")
            return None
        restli_name = method.get("name")
        if kind in ("finder", "action"):
            if not isinstance(restli_name, str) or not restli_name:
                self.problem(at, f"a {kind} needs a `name`")
                return None
            if not _is_name(restli_name):
                self.problem(at + "/name", f"{restli_name!r} is not a Python identifier")
                return None
            python = ("find_by_" if kind == "finder" else "") + python_name(restli_name)
        else:
            restli_name = None
            python = kind

        path_params = self.path_parameters(path, item, verb)
        key_name = item.get("x-restli-key")
        key: ir.Parameter | None = None
        returns_created_key = kind == "create" or (
            kind == "action" and method.get("status") == 201 and "response" not in method
        )
        if kind in _ENTITY_METHODS:
            if not isinstance(key_name, str):
                self.problem(at, f"{kind} needs an entity path (with `x-restli-key`)")
                return None
            key = path_params.get(key_name)
        elif kind in _BATCH_METHODS or kind == "batch_create" or returns_created_key:
            # The key type of the entity path types batch keys and created ids.
            key = keys.get(path)
            if key is None and kind in _BATCH_METHODS:
                self.problem(at, f"{kind} needs the entity path of this resource for its key type")
                return None
        segments = tuple(
            ir.PathSegment(piece, path_params.get(piece[1:-1]) if piece.startswith("{") else None)
            for piece in re.split(r"(\{[^}]+\})", path)
            if piece
        )
        for segment in segments:
            if segment.text.startswith("{") and segment.parameter is None:
                self.problem(
                    pointer("paths", path), f"path parameter {segment.text} is not declared"
                )
                return None
        parents = tuple(
            s.parameter
            for s in segments
            if s.parameter is not None and (key is None or s.parameter.wire != key.wire)
        )

        query = {
            p["name"]: (p, where)
            for p, where in (
                self.located(p, f"{pointer('paths', path, verb)}/parameters/{i}")
                for i, p in enumerate(operation.get("parameters", []))
            )
            if isinstance(p, dict) and p.get("in") == "query"
        }
        names = method.get("parameters", [])
        paging: ir.Paging | None = None
        if "pageToken" in names or "start" in names:
            style: Literal["cursor", "index"] = "cursor" if "pageToken" in names else "index"
            size_name = "pageSize" if style == "cursor" else "count"
            size = query.get(size_name)
            if size is None or size_name not in names:
                self.problem(
                    at + "/parameters", f"{style} paging needs the `{size_name}` parameter"
                )
                return None
            size_param = self.parameter(size[0], size[1])
            paging = ir.Paging(
                style=style,
                max_page_size=cast(int | None, size_param.constraints.maximum),
                description=size_param.description,
                size=size_param,
            )
        paging_names = set(_CURSOR_PARAMETERS if paging and paging.style == "cursor" else ())
        if paging and paging.style == "index":
            paging_names = set(_INDEX_PARAMETERS)
        parameters: list[ir.Parameter] = []
        for index, param_name in enumerate(names):
            if param_name in paging_names:
                continue
            if param_name not in query:
                self.problem(
                    f"{at}/parameters/{index}", f"{param_name!r} is not a query parameter of {verb}"
                )
                continue
            parameters.append(self.parameter(*query[param_name]))

        request = self.body_type(method.get("request"), at + "/request")
        response = self.body_type(method.get("response"), at + "/response")
        element: ir.ModelRef | None = None
        if kind in ("get", "update", "create"):
            element = _as_model(response if kind == "get" else request)
        elif kind in ("finder", "get_all"):
            element = self.inner_model(response, "elements", ir.ListOf)
        elif kind == "batch_get":
            element = self.inner_model(response, "results", ir.MapOf)
        elif kind == "batch_create":
            element = self.inner_model(request, "elements", ir.ListOf)
        elif kind in ("partial_update", "batch_partial_update"):
            element = ir.ModelRef(entity) if entity else None
        elif kind == "action" and request is not None and _as_model(request) is None:
            self.problem(at + "/request", "the parameters of an action must be a record")
            return None
        if kind not in ("delete", "batch_delete", "action") and element is None:
            self.problem(at, f"cannot tell the entity record of this {kind}")
            return None

        return ir.Method(
            kind=kind,
            restli_name=restli_name,
            python=python,
            http_method=verb.upper(),
            restli_method=_RESTLI_METHODS[kind],
            description=_text(method.get("description", "")),
            path=segments,
            key=key,
            parents=parents,
            parameters=tuple(parameters),
            paging=paging,
            request=request,
            element=element,
            response=response,
            action_fields=(),  # filled in by with_action_fields once the models are finished
            retry_safe=verb == "get",
            returns_created_key=returns_created_key,
            status=status if isinstance(status := method.get("status", 200), int) else 200,
            errors=self.errors_enum(method.get("errors")),
            at=at,
        )

    def errors_enum(self, errors: Any) -> str | None:
        """The name of the enum a method's `errors` refers to."""
        ref = errors.get("$ref") if isinstance(errors, dict) else None
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            return ref[len(_SCHEMA_REF) :]
        return None

    def body_type(self, body: Any, at: str) -> ir.TypeRef | None:
        if body is None:
            return None
        if not isinstance(body, dict):
            self.problem(at, "expected a schema")
            return None
        return self.type_of(body, self.resource_class + "Body", at)

    def inner_model(
        self, body: ir.TypeRef | None, field: str, container: type[ir.ListOf] | type[ir.MapOf]
    ) -> ir.ModelRef | None:
        """The entity model inside a batch or page body (`elements: [...]`, `results: {...}`)."""
        outer = _as_model(body)
        if outer is None:
            return None
        for candidate in self.model_fields.get(outer.name, ()):
            if candidate.wire == field and isinstance(candidate.type, container):
                inner = (
                    candidate.type.item
                    if isinstance(candidate.type, ir.ListOf)
                    else candidate.type.value
                )
                return _as_model(inner)
        return None


def _is_name(name: str) -> bool:
    """An ASCII Python identifier that is not a keyword: safe as (part of) a generated name."""
    return name.isascii() and name.isidentifier() and not keyword.iskeyword(name)


def _as_model(t: ir.TypeRef | None) -> ir.ModelRef | None:
    return t if isinstance(t, ir.ModelRef) else None


def _own_checks(field: ir.Field) -> bool:
    return (field.required and not field.read_only) or field.constraints.any


def _checked_models(t: ir.TypeRef) -> Iterable[str]:
    """The record a field's checks reach: the field's own record, or the items of a list or map
    of records (deeper nesting does not occur in the API and is not checked)."""
    inner = t.item if isinstance(t, ir.ListOf) else t.value if isinstance(t, ir.MapOf) else t
    if isinstance(inner, ir.ModelRef):
        yield inner.name


def _models_in(t: ir.TypeRef) -> Iterable[str]:
    if isinstance(t, ir.ModelRef):
        yield t.name
    elif isinstance(t, ir.ListOf):
        yield from _models_in(t.item)
    elif isinstance(t, ir.MapOf):
        yield from _models_in(t.value)


def _nullable(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or isinstance(kind, list) and "null" in kind:
        return True
    branches = schema.get("anyOf", schema.get("oneOf", []))
    return any(_nullable(b) for b in branches if isinstance(b, dict))


def _default(schema: dict[str, Any]) -> str | None:
    if "default" not in schema:
        return None
    return json.dumps(schema["default"], sort_keys=True, ensure_ascii=False)


def _pattern(schema: dict[str, Any]) -> str | None:
    pattern = schema.get("pattern")
    return pattern if isinstance(pattern, str) else None


def _replace_nested_checks(field: ir.Field, nested: bool) -> ir.Field:
    return replace(field, nested_checks=nested)


def _text(value: Any) -> str:
    return " ".join(str(value).split())
