"""Path items → resources (`ir.Resource`): which paths belong to which Rest.li resource, their
keys, their parameters and the methods they carry (read by `methods`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from generator import ir
from generator.diagnostics import pointer
from generator.names import pascal_case, python_name
from generator.parse.document import Document, default_of, is_name, pattern_of, text
from generator.parse.methods import MethodSite, read_method
from generator.parse.schemas import Schemas
from generator.project import HTTP_VERBS
from generator.reserved import PARAMETER_NAMES

# URL-unreserved characters (RFC 3986): a query parameter name of these is sent as it is.
_QUERY_NAME = re.compile(r"[A-Za-z0-9_.~-]+")


class Resources:
    """Reads the resources of a document; the types of their parameters and bodies come from
    `schemas`, which also names the inline records and enums they define."""

    def __init__(self, doc: Document, schemas: Schemas) -> None:
        self.doc = doc
        self.schemas = schemas
        self.resource_class = ""  # the resource being read, for naming inline schemas

    def resources(self) -> tuple[ir.Resource, ...]:
        by_resource: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for path, item in self.doc.document.get("paths", {}).items():
            at = pointer("paths", path)
            name = item.get("x-restli-resource") if isinstance(item, dict) else None
            if not isinstance(name, str):
                self.doc.problem(at, "a path item needs `x-restli-resource`")
                continue
            if not is_name(name):
                self.doc.problem(
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
                    self.doc.problem(
                        pointer("paths", path, "x-restli-key"), f"no path parameter {key_name!r}"
                    )
                else:
                    keys[collection] = key

        entity: str | None = None
        sites: list[MethodSite] = []
        for path, item in items:
            for verb in HTTP_VERBS:
                operation = item.get(verb)
                if not isinstance(operation, dict):
                    continue
                for index, method in enumerate(operation.get("x-restli-methods", [])):
                    at = pointer("paths", path, verb, "x-restli-methods", index)
                    sites.append(MethodSite(path, item, verb, operation, method, at))
                    # The entity record is the whole body of a get, create or update.
                    traits = ir.METHOD_KINDS.get(method.get("method"))
                    record = traits.record if traits is not None else None
                    body = method.get(record) if record in ("request", "response") else None
                    if isinstance(body, dict) and entity is None:
                        target = self.schemas.type_of_ref(body.get("$ref"), at)
                        entity = target.name if isinstance(target, ir.ModelRef) else None

        methods: list[ir.Method] = []
        seen: dict[str, str] = {}
        for site in sites:
            built = read_method(self, site, keys, entity)
            if built is None:
                continue
            if built.python in seen:
                self.doc.problem(
                    site.at, f"method {built.python} is also defined at {seen[built.python]}"
                )
                continue
            seen[built.python] = site.at
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
            if method.traits.arguments and isinstance(method.request, ir.ModelRef):
                fields = self.schemas.models.finished[method.request.name].fields
                # Action fields are keyword arguments of the method, passed on to the record
                # under the same name, so they cannot be renamed around the method's locals.
                for field in fields:
                    if field.python in PARAMETER_NAMES:
                        self.doc.problem(
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
            param, where = self.doc.located(param, at)
            if isinstance(param, dict) and param.get("in") == "path":
                found[param["name"]] = self.parameter(param, where)
        return found

    def parameter(self, param: dict[str, Any], at: str) -> ir.Parameter:
        schema = param.get("x-restli-schema", param.get("schema", {}))
        wire = str(param.get("name", ""))
        if param.get("in") == "query" and not _QUERY_NAME.fullmatch(wire):
            # The name goes into the query string as it is: it must not need escaping there.
            self.doc.problem(
                at + "/name",
                f"query parameter name {wire!r} may hold only letters, digits and `_.~-`",
            )
        # An inline record or enum of a parameter is named after its resource and the parameter.
        inline_name = self.resource_class + pascal_case(wire)
        return ir.Parameter(
            wire=wire,
            python=python_name(wire, PARAMETER_NAMES),
            type=self.schemas.type_of(schema, inline_name, at + "/schema"),
            description=text(param.get("description", "")),
            required=bool(param.get("required")),
            constraints=self.schemas.constraints(schema, at + "/schema"),
            default=default_of(schema),
            pattern=pattern_of(schema),
            at=at,
        )

    def body_type(self, body: Any, at: str) -> ir.TypeRef | None:
        if body is None:
            return None
        if not isinstance(body, dict):
            self.doc.problem(at, "expected a schema")
            return None
        return self.schemas.type_of(body, self.resource_class + "Body", at)
