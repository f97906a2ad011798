"""The parser: resolved document → IR, and the problems it reports for bad specs."""

from __future__ import annotations

import pytest

from generator import ir
from generator.diagnostics import SpecError
from generator.parse import enum_member, pascal_case, python_name, snake_case

from .inline import PATHS, SCHEMAS, document, parse_document, ref


def test_names() -> None:
    assert snake_case("adCampaignGroups") == "ad_campaign_groups"
    assert snake_case("$set") == "set"
    assert snake_case("CTVVideo") == "ctv_video"
    assert pascal_case("run_schedule") == "RunSchedule"
    assert python_name("class") == "class_"
    assert python_name("3d") == "_3d"
    assert enum_member("dark-blue") == "DARK_BLUE"


def test_models_fields_and_flags() -> None:
    api = parse_document(document())
    models = {m.name: m for m in api.models}
    widget = models["Widget"]
    fields = {f.wire: f for f in widget.fields}
    assert fields["id"].read_only and not fields["id"].required
    assert fields["name"].required and fields["name"].constraints.max_length == 10
    assert fields["serial"].create_only
    assert fields["audit"].read_only  # readOnly on the referenced schema
    assert fields["price"].type == ir.ModelRef("MoneyAmount")
    assert fields["owner"].type == ir.UrnUnion(
        ("PersonUrn", "OrganizationUrn"), "parse_person_urn_or_organization_urn"
    )
    assert fields["shape"].type == ir.EnumRef("WidgetShape")  # inline enum, named after its field
    assert fields["tags"].type == ir.ListOf(ir.Primitive("str"))
    assert fields["attributes"].type == ir.MapOf(ir.Primitive("int"))
    assert fields["anything"].type == ir.JsonValue()
    assert fields["class"].python == "class_"
    assert fields["parts"].nested_checks  # Part has a required field
    assert widget.has_checks and widget.has_read_only
    assert models["MoneyAmount"].fields[0].type == ir.DecimalType()
    assert "WidgetCriteriaColors" in models  # inline record, named after its field
    assert not models["Audit"].has_checks


def test_urns_and_enums() -> None:
    api = parse_document(document())
    urns = {u.name: u for u in api.urns}
    assert urns["WidgetUrn"].kind == "widget" and urns["WidgetUrn"].numeric_id
    assert not urns["PersonUrn"].numeric_id
    color = next(e for e in api.enums if e.name == "Color")
    assert [(v.value, v.python) for v in color.values] == [
        ("RED", "RED"),
        ("dark-blue", "DARK_BLUE"),
    ]
    assert color.values[0].description == "Like a tomato."


def test_resource_methods() -> None:
    api = parse_document(document())
    gadgets, widgets = api.resources
    assert [m.python for m in gadgets.methods] == ["get_all", "update"]
    assert (widgets.python, widgets.class_name) == ("widgets", "Widgets")
    methods = {m.python: m for m in widgets.methods}
    assert sorted(methods) == [
        "batch_create",
        "batch_delete",
        "batch_get",
        "batch_partial_update",
        "create",
        "delete",
        "find_by_by_name",
        "find_by_search",
        "get",
        "paint_all",
        "partial_update",
    ]
    get = methods["get"]
    assert get.key is not None and get.key.type == ir.UrnRef("WidgetUrn")
    assert [p.python for p in get.parents] == ["owner_id"]
    assert (get.http_method, get.restli_method, get.retry_safe) == ("GET", "GET", True)
    search = methods["find_by_search"]
    assert search.paging is not None and search.paging.size is not None
    assert (search.paging.style, search.paging.max_page_size) == ("cursor", 50)
    assert search.paging.size.wire == "pageSize"
    assert [p.wire for p in search.parameters] == ["search"]
    assert search.element == ir.ModelRef("Widget")
    by_name = methods["find_by_by_name"]
    assert by_name.paging is not None and by_name.paging.style == "index"
    assert by_name.paging.max_page_size == 20
    assert by_name.parameters[0].required and by_name.parameters[0].constraints.max_length == 4
    assert methods["batch_get"].element == ir.ModelRef("Widget")
    assert methods["batch_get"].key == get.key  # batch keys come from the entity path
    assert methods["batch_create"].element == ir.ModelRef("Widget")
    assert methods["partial_update"].element == ir.ModelRef("Widget")
    paint = methods["paint_all"]
    assert (paint.restli_method, paint.retry_safe) == ("ACTION", False)
    assert [f.python for f in paint.action_fields] == ["color", "coats"]


def _problems(doc: dict[str, object]) -> list[str]:
    with pytest.raises(SpecError) as caught:
        parse_document(doc)  # type: ignore[arg-type]
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


def test_problems_are_collected_and_located() -> None:
    schemas = {
        **SCHEMAS,
        "Broken": {"type": "object", "properties": {"a": {"type": "array"}}},
        "Bad": {"type": "string", "enum": ["a-b", "A_B"]},
        "Dangling": {"type": "object", "properties": {"x": ref("Nowhere")}},
    }
    paths = {
        "/things": {
            "get": {
                "x-restli-methods": [{"method": "finder", "parameters": []}],
                "responses": {},
            }
        },
        **PATHS,
    }
    problems = _problems(document(paths=paths, schemas=schemas))
    assert "/components/schemas/Broken/properties/a: an array needs an `items` schema" in problems
    assert any(
        p.startswith("/components/schemas/Bad/enum/1: enum values 'a-b' and 'A_B'")
        for p in problems
    )
    assert any("#/components/schemas/Nowhere does not exist in this version" in p for p in problems)
    assert "/paths/~1things: a path item needs `x-restli-resource`" in problems


def test_method_problems() -> None:
    paths = {
        "/gadgets": {
            "x-restli-resource": "gadgets",
            "get": {
                "parameters": [{"name": "start", "in": "query", "schema": {"type": "integer"}}],
                "x-restli-methods": [
                    {"method": "finder", "parameters": []},
                    {"method": "batch_get", "parameters": [], "response": ref("WidgetBatchGet")},
                    {"method": "frobnicate"},
                    {
                        "method": "finder",
                        "name": "paged",
                        "parameters": ["start", "missing"],
                        "response": ref("WidgetPage"),
                    },
                ],
                "responses": {},
            },
        }
    }
    problems = _problems(document(paths=paths))
    at = "/paths/~1gadgets/get/x-restli-methods"
    assert f"{at}/0: a finder needs a `name`" in problems
    assert f"{at}/1: batch_get needs the entity path of this resource for its key type" in problems
    assert f"{at}/2/method: unknown Rest.li method 'frobnicate'" in problems
    assert f"{at}/3/parameters: index paging needs the `count` parameter" in problems


def test_problem_names_the_spec_file() -> None:
    doc = document(schemas={**SCHEMAS, "Bad": {"type": "string", "enum": []}})
    from generator.parse import parse

    with pytest.raises(SpecError) as caught:
        parse(doc, "209901", lambda path: "widgets.yaml")
    assert "widgets.yaml: /components/schemas/Bad: error: an enum must be" in str(caught.value)


def test_names_of_the_generated_method_are_not_taken_by_parameters() -> None:
    api = parse_document(document())
    for resource in api.resources:
        for method in resource.methods:
            names = {p.python for p in method.parameters}
            assert not names & {"encode", "key", "index", "query", "request"}
    doc = document()
    params = doc["paths"]["/owners/{ownerId}/widgets"]["get"]["parameters"]
    params.append({"name": "key", "in": "query", "schema": {"type": "string"}})
    finder = doc["paths"]["/owners/{ownerId}/widgets"]["get"]["x-restli-methods"][2]
    finder["parameters"].append("key")
    renamed = parse_document(doc)
    by_name = next(m for r in renamed.resources for m in r.methods if m.python == "find_by_by_name")
    assert [(p.wire, p.python) for p in by_name.parameters][-1] == ("key", "key_")


def test_action_field_clashing_with_a_method_local_is_a_problem() -> None:
    schemas = {
        **SCHEMAS,
        "PaintRequest": {
            **SCHEMAS["PaintRequest"],
            "properties": {**SCHEMAS["PaintRequest"]["properties"], "query": {"type": "string"}},
        },
    }
    problems = _problems(document(schemas=schemas))
    assert (
        "/components/schemas/PaintRequest/properties/query: action parameter 'query' clashes"
        " with a name the generated method paint_all uses"
    ) in problems
