"""Records (`ir.Model`): their fields, then the flags that depend on other records (which may
refer to each other in cycles)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from generator import ir
from generator.diagnostics import pointer, split_pointer
from generator.names import pascal_case, python_name
from generator.parse.document import default_of, pattern_of, text
from generator.reserved import MODEL_ATTRIBUTES

if TYPE_CHECKING:
    from generator.parse.schemas import Schemas


class Models:
    """Records are built in two steps: fields as they are read, then (`finish`, once every
    record is known) the flags that depend on other records."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self.fields: dict[str, tuple[ir.Field, ...]] = {}
        self.descriptions: dict[str, str] = {}
        self.at: dict[str, str] = {}  # JSON pointer of each record's schema
        self.finished: dict[str, ir.Model] = {}

    def add(self, name: str, schema: dict[str, Any], at: str) -> None:
        if not self.schemas.claim(name, at):
            return
        self.descriptions[name] = text(schema.get("description", ""))
        self.at[name] = at
        required = schema.get("required", [])
        properties = schema.get("properties", {})
        fields: list[ir.Field] = []
        names: dict[str, str] = {}
        for wire, prop in properties.items():
            prop_at = pointer(*split_pointer(at), "properties", wire)
            if not isinstance(prop, dict):
                self.schemas.doc.problem(prop_at, "a property must be a schema object")
                continue
            # A property named like an attribute every record has (`copy`, `to_dict`, `_source`)
            # gets a trailing underscore; its JSON name stays.
            python = python_name(wire, MODEL_ATTRIBUTES)
            if python in names:
                self.schemas.doc.problem(
                    prop_at,
                    f"properties {names[python]!r} and {wire!r} give the same name {python}",
                )
                continue
            names[python] = wire
            target = self.schemas.doc.target(prop)
            fields.append(
                ir.Field(
                    wire=wire,
                    python=python,
                    type=self.schemas.type_of(prop, name + pascal_case(wire), prop_at),
                    description=text(prop.get("description", target.get("description", ""))),
                    required=wire in required,
                    read_only=bool(prop.get("readOnly") or target.get("readOnly")),
                    create_only=bool(prop.get("x-restli-create-only")),
                    constraints=self.schemas.constraints(prop, prop_at),
                    nested_checks=False,  # set by finish_models
                    nullable=_nullable(prop),
                    renamed_from=prop.get("x-linkedin-renamed-from"),
                    default=default_of(prop),
                    pattern=pattern_of(prop),
                    at=prop_at,
                )
            )
        self.fields[name] = tuple(fields)

    def finish(self) -> None:
        """Flags that depend on other models (which may refer to each other in cycles)."""
        checks = {n: any(_own_checks(f) for f in fs) for n, fs in self.fields.items()}
        read_only = {n: any(f.read_only for f in fs) for n, fs in self.fields.items()}
        changed = True
        while changed:
            changed = False
            for name, fields in self.fields.items():
                for field in fields:
                    if not checks[name] and any(
                        checks.get(m, False) for m in _checked_models(field.type)
                    ):
                        checks[name] = changed = True
                    nested = _models_in(field.type)
                    if not read_only[name] and any(read_only.get(m, False) for m in nested):
                        read_only[name] = changed = True
        for name, fields in self.fields.items():
            finished = tuple(
                _replace_nested_checks(
                    f, any(checks.get(m, False) for m in _checked_models(f.type))
                )
                for f in fields
            )
            self.finished[name] = ir.Model(
                name,
                self.descriptions[name],
                finished,
                checks[name],
                read_only[name],
                at=self.at[name],
            )

    def inner_model(
        self, body: ir.TypeRef | None, field: str, container: type[ir.ListOf] | type[ir.MapOf]
    ) -> ir.ModelRef | None:
        """The entity model inside a batch or page body (`elements: [...]`, `results: {...}`)."""
        outer = as_model(body)
        if outer is None:
            return None
        for candidate in self.fields.get(outer.name, ()):
            if candidate.wire == field and isinstance(candidate.type, container):
                inner = (
                    candidate.type.item
                    if isinstance(candidate.type, ir.ListOf)
                    else candidate.type.value
                )
                return as_model(inner)
        return None


def as_model(t: ir.TypeRef | None) -> ir.ModelRef | None:
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


def _replace_nested_checks(field: ir.Field, nested: bool) -> ir.Field:
    return replace(field, nested_checks=nested)
