"""Projection never loses a constraint: every version of the spec is resolved and parsed, and each
constraint in the IR is compared with what the spec, read here independently of the projection,
says for that version (the node's own value, or the value of the `x-linkedin-values` entry whose
range holds the version)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import ir
from generator.diagnostics import pointer, resolve_pointer, split_pointer
from generator.load import load_spec
from generator.parse import parse
from generator.resolve import resolve_bundle
from tests.spec.minimal import save
from tests.spec.test_keyword_values import CASES, _write

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
_ABSENT = object()
# IR attribute of the constraints → spec keyword
_LIMITS = {
    "max_length": "maxLength",
    "min_length": "minLength",
    "max_items": "maxItems",
    "min_items": "minItems",
    "maximum": "maximum",
    "minimum": "minimum",
}


def _in_range(node: dict[str, Any], version: str) -> bool:
    since = str(node.get("x-linkedin-since", "000000"))
    until = str(node.get("x-linkedin-until", "999999"))
    return since <= version <= until


def said(node: dict[str, Any], keyword: str, version: str) -> Any:
    """What the spec says `keyword` is in `version`; `_ABSENT` when it says nothing."""
    for entry in node.get("x-linkedin-values", ()):
        if keyword in entry and _in_range(entry, version):
            return _ABSENT if entry[keyword] is None else entry[keyword]
    return node.get(keyword, _ABSENT)


def _limits_match(node: dict[str, Any], constraints: ir.Constraints, version: str, at: str) -> None:
    for attribute, keyword in _LIMITS.items():
        value = said(node, keyword, version)
        if value is not _ABSENT:
            assert getattr(constraints, attribute) == value, (version, at, keyword)
        elif "$ref" not in node and "anyOf" not in node and "oneOf" not in node:
            assert getattr(constraints, attribute) is None, (version, at, keyword)


def _pattern_and_default(
    node: dict[str, Any], thing: ir.Field | ir.Parameter, version: str, at: str
) -> None:
    pattern = said(node, "pattern", version)
    assert thing.pattern == (None if pattern is _ABSENT else pattern), (version, at)
    default = said(node, "default", version)
    expected = None if default is _ABSENT else json.dumps(default, sort_keys=True)
    assert thing.default == expected, (version, at)


def _check_field(bundle: dict[str, Any], field: ir.Field, version: str) -> None:
    node = resolve_pointer(bundle, field.at)
    model = resolve_pointer(bundle, field.at.rsplit("/properties/", 1)[0])
    assert isinstance(node, dict) and isinstance(model, dict), field.at
    required = said(model, "required", version)
    assert field.required == (required is not _ABSENT and field.wire in required), field.at
    kind = said(node, "type", version)
    if kind is not _ABSENT:
        assert field.nullable == (isinstance(kind, list) and "null" in kind), (version, field.at)
    if said(node, "readOnly", version) is True:
        assert field.read_only, (version, field.at)
    create_only = said(node, "x-restli-create-only", version)
    assert field.create_only == (create_only is True), (version, field.at)
    _limits_match(node, field.constraints, version, field.at)
    _pattern_and_default(node, field, version, field.at)


def _check_parameter(bundle: dict[str, Any], parameter: ir.Parameter, version: str) -> None:
    parts = split_pointer(parameter.at)
    if parts[-2] == "parameters" and parts[-1].isdigit():
        # Ranged copies of a parameter shift the list: find the one of this version by name.
        listed = resolve_pointer(bundle, pointer(*parts[:-1]))
        node = next(p for p in listed if p.get("name") == parameter.wire and _in_range(p, version))
    else:
        node = resolve_pointer(bundle, parameter.at)
    assert isinstance(node, dict), parameter.at
    required = said(node, "required", version)
    assert parameter.required == (required is True), (version, parameter.at)
    schema = node.get("x-restli-schema", node.get("schema", {}))
    _limits_match(schema, parameter.constraints, version, parameter.at)
    _pattern_and_default(schema, parameter, version, parameter.at)


def _check_error_codes(bundle: dict[str, Any], enum: ir.Enum, version: str) -> None:
    notes = resolve_pointer(bundle, enum.at)["x-enum-values"]
    for value in enum.values:
        note = notes.get(value.value, {})
        status, message = said(note, "x-http-status", version), said(note, "x-message", version)
        assert value.http_status == (None if status is _ABSENT else status), (version, value)
        assert value.message == (None if message is _ABSENT else message), (version, value)


def assert_projection_keeps_constraints(spec_dir: Path) -> int:
    """Checks every field, query parameter and error code of every version; returns how many."""
    bundle = load_spec(spec_dir)
    checked = 0
    for version, document in resolve_bundle(bundle).items():
        api = parse(document, version, bundle.file_of)
        for model in api.models:
            if not model.at.startswith("/components/schemas/"):
                continue  # inline records: their pointers hold list positions of one version
            for field in model.fields:
                _check_field(bundle.document, field, version)
                checked += 1
        for resource in api.resources:
            for method in resource.methods:
                for parameter in method.parameters:
                    _check_parameter(bundle.document, parameter, version)
                    checked += 1
                if method.paging is not None and method.paging.size is not None:
                    _check_parameter(bundle.document, method.paging.size, version)
        for enum in api.enums:
            if enum.error_codes and enum.at.startswith("/components/schemas/"):
                _check_error_codes(bundle.document, enum, version)
                checked += len(enum.values)
    return checked


def test_the_spec_loses_no_constraint_in_any_version() -> None:
    assert assert_projection_keeps_constraints(SPEC_DIR) > 500


def test_per_version_values_of_every_keyword_survive_projection(tmp_path: Path) -> None:
    files = _write(tmp_path)
    for node_of, keyword, value, _, _ in CASES.values():
        node = node_of(files)
        node.setdefault("x-linkedin-values", []).append(
            {"x-linkedin-since": "202410", keyword: value}
        )
    save(tmp_path, files)
    assert assert_projection_keeps_constraints(tmp_path) > 10
