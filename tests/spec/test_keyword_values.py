"""`x-linkedin-values`: a keyword of an existing node takes another value in some versions. Each
keyword is resolved per version and read into the IR; malformed entries are errors naming the
file and the JSON pointer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.diagnostics import SpecError
from generator.load import load_spec
from generator.parse import parse
from generator.resolve import resolve_all, resolve_bundle
from tests.spec.minimal import save, write_spec

VERSIONS = ("202311", "202401", "202410")


def _write(directory: Path) -> dict[str, Any]:
    """The minimal spec, with the page size its cursor-paged finder needs to be parsed."""
    files = write_spec(directory, VERSIONS)
    finder = files["things.yaml"]["paths"]["/things"]["get"]
    finder["parameters"].append({"name": "pageSize", "in": "query", "schema": {"type": "integer"}})
    finder["x-restli-methods"][0]["parameters"].append("pageSize")
    save(directory, files)
    return files


def _things(files: dict[str, Any]) -> dict[str, Any]:
    return files["things.yaml"]


def _thing(files: dict[str, Any]) -> dict[str, Any]:
    return _things(files)["components"]["schemas"]["Thing"]


def _name(files: dict[str, Any]) -> dict[str, Any]:
    return _thing(files)["properties"]["name"]


def _finder(files: dict[str, Any]) -> dict[str, Any]:
    return _things(files)["paths"]["/things"]["get"]


def _apis(spec_dir: Path) -> dict[str, ir.Api]:
    bundle = load_spec(spec_dir)
    documents = resolve_bundle(bundle)
    return {v: parse(d, v, bundle.file_of) for v, d in documents.items()}


def _model(api: ir.Api, name: str) -> ir.Model:
    return next(m for m in api.models if m.name == name)


def _field(api: ir.Api, model: str, wire: str) -> ir.Field:
    return next(f for f in _model(api, model).fields if f.wire == wire)


def _method(api: ir.Api, python: str) -> ir.Method:
    return next(m for r in api.resources for m in r.methods if m.python == python)


def _add_error_codes(files: dict[str, Any]) -> dict[str, Any]:
    note = {"x-http-status": 400, "x-message": "Too many: {count}"}
    _things(files)["components"]["schemas"]["ThingErrorCode"] = {
        "type": "string",
        "enum": ["TOO_MANY"],
        "x-enum-values": {"TOO_MANY": note},
    }
    _finder(files)["x-restli-methods"][0]["errors"] = {
        "$ref": "#/components/schemas/ThingErrorCode"
    }
    return note


def _add_size(files: dict[str, Any]) -> dict[str, Any]:
    size = {"type": "integer", "minimum": 1, "maximum": 10}
    _thing(files)["properties"]["size"] = size
    return size


# (node to annotate, keyword, value from 202410, what the IR of a version says)
Case = tuple[
    Callable[[dict[str, Any]], dict[str, Any]], str, Any, Callable[[ir.Api], object], object
]
CASES: dict[str, Case] = {
    "required": (
        _thing,
        "required",
        ["name", "label", "kind"],
        lambda api: _field(api, "Thing", "kind").required,
        True,
    ),
    "nullable": (
        _name,
        "type",
        ["string", "null"],
        lambda api: _field(api, "Thing", "name").nullable,
        True,
    ),
    "readOnly": (_name, "readOnly", True, lambda api: _field(api, "Thing", "name").read_only, True),
    "create-only": (
        _name,
        "x-restli-create-only",
        True,
        lambda api: _field(api, "Thing", "name").create_only,
        True,
    ),
    "default": (_name, "default", "na", lambda api: _field(api, "Thing", "name").default, '"na"'),
    "pattern": (
        _name,
        "pattern",
        "^[a-z]+$",
        lambda api: _field(api, "Thing", "name").pattern,
        "^[a-z]+$",
    ),
    "maxLength": (
        _name,
        "maxLength",
        255,
        lambda api: _field(api, "Thing", "name").constraints.max_length,
        255,
    ),
    "minLength": (
        _name,
        "minLength",
        2,
        lambda api: _field(api, "Thing", "name").constraints.min_length,
        2,
    ),
    "maximum": (
        _add_size,
        "maximum",
        20,
        lambda api: _field(api, "Thing", "size").constraints.maximum,
        20,
    ),
    "minimum": (
        _add_size,
        "minimum",
        5,
        lambda api: _field(api, "Thing", "size").constraints.minimum,
        5,
    ),
    "maxItems": (
        lambda files: _things(files)["components"]["schemas"]["ThingPage"]["properties"][
            "elements"
        ],
        "maxItems",
        50,
        lambda api: _field(api, "ThingPage", "elements").constraints.max_items,
        50,
    ),
    "error status": (
        _add_error_codes,
        "x-http-status",
        429,
        lambda api: next(e for e in api.enums if e.name == "ThingErrorCode").values[0].http_status,
        429,
    ),
    "error message": (
        _add_error_codes,
        "x-message",
        "At most {limit}",
        lambda api: next(e for e in api.enums if e.name == "ThingErrorCode").values[0].message,
        "At most {limit}",
    ),
    "parameter required": (
        lambda files: _finder(files)["parameters"][1],
        "required",
        True,
        lambda api: _method(api, "find_by_owner").parameters[0].required,
        True,
    ),
    "success status": (
        lambda files: _things(files)["paths"]["/things/{thingUrn}"]["get"]["x-restli-methods"][0],
        "status",
        203,
        lambda api: _method(api, "get").status,
        203,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_keyword_takes_its_value_per_version(tmp_path: Path, case: str) -> None:
    node_of, keyword, value, read, expected = CASES[case]
    files = _write(tmp_path)
    node = node_of(files)
    node["x-linkedin-values"] = [{"x-linkedin-since": "202410", keyword: value}]
    save(tmp_path, files)
    apis = _apis(tmp_path)
    assert read(apis["202410"]) == expected
    for version in ("202311", "202401"):
        assert read(apis[version]) != expected, version
    resolved = resolve_all(tmp_path)
    assert "x-linkedin-values" not in str(resolved)


def test_null_removes_a_keyword_in_the_range(tmp_path: Path) -> None:
    files = _write(tmp_path)
    _name(files)["x-linkedin-values"] = [{"x-linkedin-until": "202311", "maxLength": None}]
    save(tmp_path, files)
    apis = _apis(tmp_path)
    assert _field(apis["202311"], "Thing", "name").constraints.max_length is None
    assert _field(apis["202401"], "Thing", "name").constraints.max_length == 100


def test_a_union_keeps_the_limits_and_nullability_of_its_branches(tmp_path: Path) -> None:
    """A ranged branch of a union (the older way of writing per-version values) keeps what the
    remaining branch says."""
    files = _write(tmp_path)
    _thing(files)["properties"]["name"] = {
        "anyOf": [
            {"type": "string", "maxLength": 100, "x-linkedin-until": "202401"},
            {"type": ["string", "null"], "maxLength": 255, "x-linkedin-since": "202410"},
        ]
    }
    save(tmp_path, files)
    apis = _apis(tmp_path)
    old, new = _field(apis["202401"], "Thing", "name"), _field(apis["202410"], "Thing", "name")
    assert (old.constraints.max_length, old.nullable) == (100, False)
    assert (new.constraints.max_length, new.nullable) == (255, True)


# --- malformed entries -------------------------------------------------------------------------


def _problems(tmp_path: Path, entries: Any, node_of: Callable[..., Any] = _name) -> list[str]:
    files = _write(tmp_path)
    node_of(files)["x-linkedin-values"] = entries
    save(tmp_path, files)
    with pytest.raises(SpecError) as caught:
        resolve_all(tmp_path)
    return [str(p) for p in caught.value.problems]


NAME_AT = "things.yaml: /components/schemas/Thing/properties/name/x-linkedin-values"


def test_a_value_for_a_version_that_does_not_exist(tmp_path: Path) -> None:
    entries = [{"x-linkedin-since": "202402", "x-linkedin-until": "202409", "maxLength": 50}]
    assert _problems(tmp_path, entries) == [
        f"{NAME_AT}/0: error: the range x-linkedin-since 202402 / x-linkedin-until 202409 holds"
        " none of the versions listed in versions.yaml (202311, 202401, 202410)"
    ]


def test_a_value_from_a_version_not_generated_yet_is_history(tmp_path: Path) -> None:
    files = _write(tmp_path)
    _name(files)["x-linkedin-values"] = [{"x-linkedin-since": "202501", "maxLength": 50}]
    save(tmp_path, files)
    apis = _apis(tmp_path)
    assert {_field(api, "Thing", "name").constraints.max_length for api in apis.values()} == {100}


def test_overlapping_ranges_for_one_keyword(tmp_path: Path) -> None:
    entries = [
        {"x-linkedin-since": "202401", "maxLength": 50},
        {"x-linkedin-since": "202410", "maxLength": 20, "default": "x"},
    ]
    assert _problems(tmp_path, entries) == [
        f"{NAME_AT}/1: error: the range overlaps entry 0, which also sets maxLength"
    ]


def test_ranges_that_touch_different_keywords_may_overlap(tmp_path: Path) -> None:
    files = _write(tmp_path)
    _name(files)["x-linkedin-values"] = [
        {"x-linkedin-since": "202401", "maxLength": 50},
        {"x-linkedin-since": "202410", "default": "x"},
    ]
    save(tmp_path, files)
    name = _field(_apis(tmp_path)["202410"], "Thing", "name")
    assert (name.constraints.max_length, name.default) == (50, '"x"')


def test_a_range_that_changes_nothing(tmp_path: Path) -> None:
    assert _problems(tmp_path, [{"x-linkedin-since": "202401", "maxLength": 100}]) == [
        f"{NAME_AT}/0/maxLength: error: the range changes nothing: maxLength is 100 without it"
    ]


def test_a_range_outside_the_node_changes_nothing(tmp_path: Path) -> None:
    def label(files: dict[str, Any]) -> dict[str, Any]:
        return _thing(files)["properties"]["label"]  # only from 202410

    assert _problems(tmp_path, [{"x-linkedin-until": "202401", "maxLength": 9}], label) == [
        "things.yaml: /components/schemas/Thing/properties/label/x-linkedin-values/0: error:"
        " the range changes nothing: the node itself is in none of its versions"
    ]


@pytest.mark.parametrize(
    ("entries", "at", "message"),
    [
        ({"x-linkedin-since": "202401"}, "", "x-linkedin-values must be a list of mappings"),
        ([{"maxLength": 50}], "/0", "an entry of x-linkedin-values needs x-linkedin-since or"),
        ([{"x-linkedin-since": "202401"}], "/0", "the entry gives no keyword a value"),
    ],
)
def test_malformed_entries(tmp_path: Path, entries: Any, at: str, message: str) -> None:
    (problem,) = _problems(tmp_path, entries)
    assert problem.startswith(f"{NAME_AT}{at}: error: {message}")
