"""Hostile and unlucky spec strings: they either render into a package that works, with names
renamed out of the way of the ones generated code keeps for itself, or are refused with the spec
file and JSON pointer. Nothing a spec says can run when the package is imported."""

from __future__ import annotations

import ast
import copy
import json
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import cli, reserved
from generator.diagnostics import SpecError
from tests.specs import (
    BATCH_SCHEMAS,
    RESOLVED_PATHS,
    RESOLVED_SCHEMAS,
    build,
    document,
    parse_document,
    ref,
)

from .test_templates import WIDGET, client

INJECTION = 'x", __import__("os").system("echo INJECTED"), "y'


def widgets_with(properties: dict[str, Any]) -> dict[str, Any]:
    """The widgets API's schemas (a copy) with more properties on Widget."""
    schemas = copy.deepcopy({**RESOLVED_SCHEMAS, **BATCH_SCHEMAS})
    schemas["Widget"]["properties"].update(properties)
    return schemas


def test_properties_named_like_runtime_attributes_are_renamed(tmp_path: Path) -> None:
    names = ["copy", "_source", "unknown_fields", "to_request_dict", "__class__"]
    pkg = build(document(schemas=widgets_with({n: {"type": "string"} for n in names})), tmp_path)
    Widget = pkg.models.Widget
    data = {**WIDGET, **{n: f"value of {n}" for n in names}}
    widget = Widget.from_dict(data)
    assert (widget.copy_, widget._source_, widget.unknown_fields_) == (
        "value of copy",
        "value of _source",
        "value of unknown_fields",
    )
    assert widget.to_dict() == data  # `_source` is not dropped
    assert widget.unknown_fields == {"futureField": {"nested": [1, 2]}}
    copied = widget.copy()  # the runtime's deep copy still works
    assert copied == widget and copied is not widget
    copied.copy_ = "changed"
    api, calls = client(pkg, httpx.Response(204))
    urn = pkg.urns.WidgetUrn.from_id(7)
    api.widgets.partial_update(owner_id=3, widget_urn=urn, original=widget, modified=copied)
    assert calls.last[3] == {"patch": {"$set": {"copy": "changed"}}}


def test_finder_parameters_named_like_builtins_are_renamed(tmp_path: Path) -> None:
    paths = json.loads(json.dumps(RESOLVED_PATHS))
    get = paths["/owners/{ownerId}/widgets"]["get"]
    get["parameters"] += [
        {"name": "tuple", "in": "query", "schema": {"type": "string"}},
        {
            "name": "len",
            "in": "query",
            "required": True,
            "schema": {"type": "string", "maxLength": 3},
        },
        {"name": "encode", "in": "query", "schema": {"type": "string"}},
    ]
    get["x-restli-methods"][2]["parameters"] += ["tuple", "len", "encode"]
    pkg = build(document(paths=paths), tmp_path)
    page = {"elements": [], "paging": {}}
    api, calls = client(pkg, httpx.Response(200, json=page), httpx.Response(200, json=page))
    api.widgets.find_by_by_name(owner_id=3, name="ab", tuple_="t", len_="abc", encode_="e")
    assert calls.last[2] == {
        "q": "byName",
        "name": "ab",
        "len": "abc",
        "tuple": "t",
        "encode": "e",
        "start": "0",
    }
    api.widgets.find_by_by_name(owner_id=3, name="ab", len_="abc")
    assert calls.last[2] == {"q": "byName", "name": "ab", "len": "abc", "start": "0"}


def test_hostile_wire_names_are_escaped_and_never_run(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    schemas = widgets_with({INJECTION: {"type": "string", "maxLength": 5}})
    schemas["Part"]["properties"]['{sub"parts}\\'] = {"type": "array", "items": ref("Part")}
    schemas["Widget"]["properties"]["serial"]["x-restli-create-only"] = False
    schemas["Widget"]["properties"][INJECTION + "2"] = {
        "type": "string",
        "x-restli-create-only": True,
    }
    pkg = build(document(schemas=schemas), tmp_path)
    assert "INJECTED" not in capfd.readouterr().out
    Widget = pkg.models.Widget
    widget = Widget.from_dict({INJECTION: "abc"})
    assert widget.to_dict() == {INJECTION: "abc"}
    with pytest.raises(ValueError) as caught:
        Widget.from_dict({"name": "n", INJECTION: "abcdef"}).validate()
    assert caught.value.field == INJECTION  # type: ignore[attr-defined]
    with pytest.raises(ValueError) as caught:
        pkg.models.Part.from_dict({"label": "a", '{sub"parts}\\': [{}]}).validate(for_create=True)
    assert caught.value.field == '{sub"parts}\\[0].label'  # type: ignore[attr-defined]
    api, _ = client(pkg)
    original = Widget.from_dict({INJECTION + "2": "a"})
    modified = Widget.from_dict({INJECTION + "2": "b"})
    with pytest.raises(ValueError):
        api.widgets.partial_update(
            owner_id=3, widget_urn="urn:li:widget:1", original=original, modified=modified
        )
    assert "INJECTED" not in capfd.readouterr().out


def test_hostile_paths_and_urn_kinds_are_escaped(tmp_path: Path) -> None:
    schemas = widgets_with({})
    schemas["WidgetUrn"]["x-urn-type"] = 'w"{1/0}\\'
    paths = {
        path.replace("/widgets", '/wid"}gets\\'): item for path, item in RESOLVED_PATHS.items()
    }
    pkg = build(document(paths=paths, schemas=schemas), tmp_path)
    urn = pkg.urns.WidgetUrn.from_id(7)
    assert urn == 'urn:li:w"{1/0}\\:7'
    api, calls = client(pkg, httpx.Response(204))
    api.widgets.delete(owner_id=3, widget_urn=urn)
    assert calls.requests[-1].url.raw_path == (
        b"/rest/owners/3/wid%22%7Dgets\\/urn%3Ali%3Aw%22%7B1%2F0%7D%5C%3A7"
    )


def rename_search_parameter(doc: dict[str, Any], name: str) -> None:
    get = doc["paths"]["/owners/{ownerId}/widgets"]["get"]
    get["parameters"][1]["name"] = name
    get["x-restli-methods"][1]["parameters"][0] = name


@pytest.mark.parametrize(
    ("change", "pointer", "message"),
    [
        (
            lambda d: d["components"]["schemas"].update(
                {"Bad(Model): pass\n#": {"type": "object"}}
            ),
            "/components/schemas/Bad(Model): pass\n#",
            "is not a Python identifier",
        ),
        (
            lambda d: d["components"]["schemas"].update(
                {"Model": {"type": "object", "properties": {"a": {"type": "string"}}}}
            ),
            "/components/schemas/Model",
            "is a name generated modules use",
        ),
        (
            lambda d: rename_search_parameter(d, INJECTION),
            "/paths/~1owners~1{ownerId}~1widgets/get/parameters/1/name",
            "may hold only letters, digits and `_.~-`",
        ),
        (
            lambda d: d["paths"]["/gadgets"].update({"x-restli-resource": 'gad"gets'}),
            "/paths/~1gadgets/x-restli-resource",
            "is not a Python identifier",
        ),
        (
            lambda d: d["paths"]["/owners/{ownerId}/widgets"]["get"]["x-restli-methods"][1].update(
                {"name": 'se"arch'}
            ),
            "/paths/~1owners~1{ownerId}~1widgets/get/x-restli-methods/1/name",
            "is not a Python identifier",
        ),
        (
            lambda d: d["components"]["schemas"]["Part"]["properties"]["label"].update(
                {"maxLength": float("inf")}
            ),
            "/components/schemas/Part/properties/label/maxLength",
            "must be a finite number",
        ),
    ],
)
def test_names_that_cannot_be_rendered_are_refused_with_their_place(
    change: Any, pointer: str, message: str
) -> None:
    doc = document()
    change(doc)
    with pytest.raises(SpecError) as caught:
        parse_document(doc)
    assert any(p.path == pointer and message in p.message for p in caught.value.problems), [
        str(p) for p in caught.value.problems
    ]


def test_a_control_character_in_the_spec_is_refused_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(cli.SPEC_DIR, spec)
    accounts = spec / "adAccounts.yaml"
    text = accounts.read_text(encoding="utf-8")
    accounts.write_text(
        text.replace(
            "description: The finder to run; `search` is the only finder of this resource.",
            'description: "The finder\\0 to run"',
            1,
        ),
        encoding="utf-8",
    )
    out = tmp_path / "generated"
    status = cli.main(["--spec", str(spec), "generate", "--version", "202410", "--out", str(out)])
    errors = capsys.readouterr().err.splitlines()
    assert status == 2 and not out.exists()
    assert errors[0] == (
        "adAccounts.yaml: /paths/~1adAccounts/get/parameters/0/description: error:"
        " control character U+0000 in a string; write it escaped or leave it out"
    )


def test_every_name_a_generated_method_binds_or_calls_is_reserved(tmp_path: Path) -> None:
    """The templates' own names in methods (their arguments and locals, the builtins and runtime
    functions they call) are all in `reserved.PARAMETER_NAMES`, so no spec parameter can take one:
    a template that starts using a new name fails here until the name is reserved."""
    api = parse_document(document())
    build(document(), tmp_path)
    spec_names = {
        p.python
        for r in api.resources
        for m in r.methods
        for p in (*m.parents, *m.parameters, *((m.key,) if m.key else ()), *m.action_fields)
    }
    used: set[str] = set()
    for module in tmp_path.rglob("resources/*.py"):
        for function in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = function.args.args + function.args.kwonlyargs
                used.update(a.arg for a in arguments)
                used.update(n.id for n in ast.walk(function) if isinstance(n, ast.Name))
    template_names = {n for n in used - spec_names if not n[:1].isupper()}
    assert template_names - reserved.PARAMETER_NAMES == set()
    assert {"tuple", "len", "query", "request", "encode", "fetch_page"} <= template_names
