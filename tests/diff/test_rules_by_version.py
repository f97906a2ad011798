"""The rules for keyword values that change between versions, in both directions, on one spec
whose 202402 values are written with `x-linkedin-values` (as the real spec writes them).

In the widgets spec `Widget` is sent and received, `WidgetFilter` only sent (a query parameter)
and `Report` only received: what the client sends may widen and what it receives may narrow
without breaking code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diff import Level
from tests.diff.widgets import by_version, finder, later, only, query_parameter, schemas, widgets
from tests.diff.widgets import review as compare_specs

Spec = dict[str, Any]


def _prop(model: str, field: str) -> Callable[[Spec], dict[str, Any]]:
    return lambda spec: schemas(spec)[model]["properties"][field]


def _model(model: str) -> Callable[[Spec], dict[str, Any]]:
    return lambda spec: schemas(spec)[model]


def _parameter_schema(name: str) -> Callable[[Spec], dict[str, Any]]:
    return lambda spec: query_parameter(spec, name)["schema"]


def _error_note(spec: Spec) -> dict[str, Any]:
    notes: dict[str, Any] = schemas(spec)["WidgetErrorCode"]["x-enum-values"]
    return notes["WIDGET_TOO_BIG"]


STRING_OR_INT = [{"type": "string"}, {"type": "integer"}]
INT_OR_STRING = [{"type": "integer"}, {"type": "string"}]

# name → (node, its base keywords (changed first), its 202402 values, expected change)
CASES: dict[str, tuple[Callable[[Spec], dict[str, Any]], Spec, Spec, tuple[str, str, Level]]] = {
    # required membership
    "sent field becomes required": (
        _model("Widget"),
        {},
        {"required": ["name", "label"]},
        ("field-required", "Widget.label", "breaking"),
    ),
    "sent field becomes optional": (
        _model("WidgetFilter"),
        {},
        {"required": None},
        ("field-required", "WidgetFilter.tags", "info"),
    ),
    "received field becomes optional": (
        _model("Report"),
        {"required": ["total"]},
        {"required": None},
        ("field-required", "Report.total", "breaking"),
    ),
    "received field becomes required": (
        _model("Report"),
        {},
        {"required": ["total"]},
        ("field-required", "Report.total", "info"),
    ),
    # nullable
    "received field becomes nullable": (
        _prop("Report", "note"),
        {},
        {"type": ["string", "null"]},
        ("field-nullable", "Report.note", "breaking"),
    ),
    "received field no longer nullable": (
        _prop("Report", "note"),
        {"type": ["string", "null"]},
        {"type": "string"},
        ("field-nullable", "Report.note", "info"),
    ),
    "sent field no longer nullable": (
        _prop("WidgetFilter", "text"),
        {"type": ["string", "null"]},
        {"type": "string"},
        ("field-nullable", "WidgetFilter.text", "breaking"),
    ),
    "sent field becomes nullable": (
        _prop("WidgetFilter", "text"),
        {},
        {"type": ["string", "null"]},
        ("field-nullable", "WidgetFilter.text", "info"),
    ),
    # readOnly and create-only
    "sent field becomes read-only": (
        _prop("Widget", "label"),
        {},
        {"readOnly": True},
        ("field-access", "Widget.label", "breaking"),
    ),
    "read-only field can be sent": (
        _prop("Widget", "id"),
        {},
        {"readOnly": False},
        ("field-access", "Widget.id", "info"),
    ),
    "sent field becomes create-only": (
        _prop("Widget", "label"),
        {},
        {"x-restli-create-only": True},
        ("field-access", "Widget.label", "breaking"),
    ),
    "create-only field can be updated": (
        _prop("Widget", "label"),
        {"x-restli-create-only": True},
        {"x-restli-create-only": None},
        ("field-access", "Widget.label", "info"),
    ),
    # default
    "default of a sent field": (
        _prop("Widget", "label"),
        {"default": "plain"},
        {"default": "fancy"},
        ("default", "Widget.label", "breaking"),
    ),
    "default of a received field": (
        _prop("Report", "note"),
        {},
        {"default": "none"},
        ("default", "Report.note", "info"),
    ),
    # pattern
    "pattern on a sent field": (
        _prop("Widget", "label"),
        {},
        {"pattern": "^[a-z]+$"},
        ("constraint", "Widget.label", "breaking"),
    ),
    "pattern dropped from a sent field": (
        _prop("Widget", "label"),
        {"pattern": "^[a-z]+$"},
        {"pattern": None},
        ("constraint", "Widget.label", "info"),
    ),
    "pattern on a received field": (
        _prop("Report", "note"),
        {},
        {"pattern": "^[a-z]+$"},
        ("constraint", "Report.note", "info"),
    ),
    # limits
    "maxLength of a sent field lowered": (
        _prop("Widget", "name"),
        {},
        {"maxLength": 50},
        ("constraint", "Widget.name", "breaking"),
    ),
    "maxLength of a sent field raised": (
        _prop("Widget", "name"),
        {},
        {"maxLength": 200},
        ("constraint", "Widget.name", "info"),
    ),
    "maximum of a received field lowered": (
        _prop("Report", "total"),
        {"maximum": 10},
        {"maximum": 5},
        ("constraint", "Report.total", "info"),
    ),
    "maxItems of a sent field set": (
        _prop("WidgetFilter", "tags"),
        {},
        {"maxItems": 3},
        ("constraint", "WidgetFilter.tags", "breaking"),
    ),
    "maxItems of a sent field raised": (
        _prop("WidgetFilter", "tags"),
        {"maxItems": 3},
        {"maxItems": 10},
        ("constraint", "WidgetFilter.tags", "info"),
    ),
    "minItems of a sent field set": (
        _prop("WidgetFilter", "tags"),
        {},
        {"minItems": 1},
        ("constraint", "WidgetFilter.tags", "breaking"),
    ),
    # type, by direction
    "sent field widens": (
        _prop("WidgetFilter", "text"),
        {},
        {"type": None, "anyOf": STRING_OR_INT},
        ("field-type", "WidgetFilter.text", "info"),
    ),
    "sent field narrows": (
        _prop("WidgetFilter", "text"),
        {"type": None, "anyOf": STRING_OR_INT},
        {"anyOf": None, "type": "string"},
        ("field-type", "WidgetFilter.text", "breaking"),
    ),
    "received field narrows": (
        _prop("Report", "total"),
        {"type": None, "anyOf": INT_OR_STRING},
        {"anyOf": None, "type": "integer"},
        ("field-type", "Report.total", "info"),
    ),
    "received field widens": (
        _prop("Report", "total"),
        {},
        {"type": None, "anyOf": INT_OR_STRING},
        ("field-type", "Report.total", "breaking"),
    ),
    # query parameters (always sent)
    "parameter widens": (
        _parameter_schema("owner"),
        {},
        {"type": None, "anyOf": STRING_OR_INT},
        ("parameter-type", "client.widgets.find_by_search(owner=...)", "info"),
    ),
    "parameter narrows": (
        _parameter_schema("owner"),
        {"type": None, "anyOf": STRING_OR_INT},
        {"anyOf": None, "type": "string"},
        ("parameter-type", "client.widgets.find_by_search(owner=...)", "breaking"),
    ),
    "parameter becomes required": (
        lambda spec: query_parameter(spec, "owner"),
        {},
        {"required": True},
        ("parameter-required", "client.widgets.find_by_search(owner=...)", "breaking"),
    ),
    "parameter becomes optional": (
        lambda spec: query_parameter(spec, "owner"),
        {"required": True},
        {"required": False},
        ("parameter-required", "client.widgets.find_by_search(owner=...)", "info"),
    ),
    "parameter default": (
        _parameter_schema("owner"),
        {"default": "me"},
        {"default": "everyone"},
        ("default", "client.widgets.find_by_search(owner=...)", "breaking"),
    ),
    "parameter pattern": (
        _parameter_schema("owner"),
        {},
        {"pattern": "^[0-9]+$"},
        ("constraint", "client.widgets.find_by_search(owner=...)", "breaking"),
    ),
    "smallest page raised": (
        _parameter_schema("pageSize"),
        {"minimum": 1},
        {"minimum": 10},
        ("constraint", "client.widgets.find_by_search(page_size=...)", "breaking"),
    ),
    "smallest page lowered": (
        _parameter_schema("pageSize"),
        {"minimum": 10},
        {"minimum": 1},
        ("constraint", "client.widgets.find_by_search(page_size=...)", "info"),
    ),
    "default page size": (
        _parameter_schema("pageSize"),
        {"default": 10},
        {"default": 100},
        ("default", "client.widgets.find_by_search(page_size=...)", "breaking"),
    ),
    # methods
    "success status": (
        lambda spec: spec["paths"]["/widgets/{widgetId}"]["get"]["x-restli-methods"][0],
        {},
        {"status": 203},
        ("method-status", "client.widgets.get", "info"),
    ),
    "error code status": (
        _error_note,
        {},
        {"x-http-status": 413},
        ("error-status", "WidgetErrorCode.WIDGET_TOO_BIG", "breaking"),
    ),
    "error code message": (
        _error_note,
        {},
        {"x-message": "Too big: {size} (at most {limit})"},
        ("error-message", "WidgetErrorCode.WIDGET_TOO_BIG", "info"),
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_keyword_changed_by_version(tmp_path: Path, case: str) -> None:
    node_of, base, values, expected = CASES[case]

    def edit(spec: Spec) -> None:
        node = node_of(spec)
        for keyword, value in base.items():
            if value is None:
                node.pop(keyword, None)
            else:
                node[keyword] = value
        later(node, values)

    change = only(by_version(tmp_path, edit))
    assert (change.kind, change.subject, change.level) == expected
    assert change.location.startswith(("/components/", "/paths/"))


def _delete(spec: Spec, answers: bool) -> None:
    """An entity delete, answering 204 or (with `answers`) 200 with a report."""
    method: dict[str, Any] = {"method": "delete", "status": 204}
    if answers:
        method.update(status=200, response={"$ref": "#/components/schemas/Report"})
    spec["paths"]["/widgets/{widgetId}"]["delete"] = {
        "operationId": "widgets_entity_delete",
        "x-restli-methods": [method],
        "responses": {"204": {"description": "deleted"}, "200": {"description": "a report"}},
    }


@pytest.mark.parametrize(
    ("before", "after", "level"), [(False, True, "info"), (True, False, "breaking")]
)
def test_a_result_gaining_a_value_is_not_breaking(
    tmp_path: Path, before: bool, after: bool, level: Level
) -> None:
    old, new = widgets(), widgets()
    _delete(old, before)
    _delete(new, after)
    changes = compare_specs(tmp_path, old, new).changes
    assert {(c.kind, c.level) for c in changes} == {
        ("method-signature", level),
        ("method-status", "info"),
    }
    signature = next(c for c in changes if c.kind == "method-signature")
    assert (
        "`None` → `Report`" in signature.description or "`Report` → `None`" in signature.description
    )


def test_a_difference_no_rule_explains_is_listed_with_its_pointer(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        later(schemas(spec)["Widget"]["properties"]["label"], {"format": "email"})
        later(finder(spec), {"x-restli-note": "a vendor extension the client does not read"})

    review = by_version(tmp_path, edit)
    found = {(c.kind, c.level, c.subject, c.resource) for c in review.changes}
    assert found == {
        (
            "unclassified",
            "unclassified",
            "/components/schemas/Widget/properties/label/format",
            None,
        ),
        (
            "unclassified",
            "unclassified",
            "/paths/~1widgets/get/x-restli-methods/0/x-restli-note",
            "widgets",
        ),
    }
    assert all(c.location == c.subject for c in review.changes)


def test_a_removed_resource_is_one_item_with_what_went_with_it(tmp_path: Path) -> None:
    def gadgets(spec: Spec) -> None:
        spec["paths"]["/gadgets"] = {
            "x-restli-resource": "gadgets",
            "post": {
                "operationId": "gadgets_collection_post",
                "x-restli-methods": [
                    {
                        "method": "create",
                        "request": {"$ref": "#/components/schemas/Gadget"},
                        "status": 201,
                    }
                ],
                "responses": {"201": {"description": "created"}},
            },
        }
        schemas(spec)["Gadget"] = {
            "type": "object",
            "properties": {
                "size": {"$ref": "#/components/schemas/GadgetSize"},
                "part": {"$ref": "#/components/schemas/GadgetPart"},
            },
        }
        schemas(spec)["GadgetSize"] = {"type": "string", "enum": ["S", "L"]}
        schemas(spec)["GadgetPart"] = {"type": "object", "properties": {"n": {"type": "integer"}}}

    old = widgets()
    gadgets(old)
    change = only(compare_specs(tmp_path, old, widgets()))
    assert (change.kind, change.level, change.subject) == (
        "resource-removed",
        "breaking",
        "client.gadgets",
    )
    assert set(change.cascade) == {"client.gadgets.create", "Gadget", "GadgetSize", "GadgetPart"}


@pytest.mark.parametrize(
    ("pattern", "level"),
    [
        ("urn:li:owner:[0-9]+$", "info"),  # ids stay numbers
        ("^urn:li:owner:[A-Za-z0-9]+$", "breaking"),  # `from_id` and `.id` become str
    ],
)
def test_a_urn_pattern_changed_by_version(tmp_path: Path, pattern: str, level: Level) -> None:
    def edit(spec: Spec) -> None:
        owner = {"type": "string", "x-urn-type": "owner", "pattern": "^urn:li:owner:[0-9]+$"}
        later(owner, {"pattern": pattern})
        schemas(spec)["OwnerUrn"] = owner
        schemas(spec)["Widget"]["properties"]["label"] = {"$ref": "#/components/schemas/OwnerUrn"}

    change = only(by_version(tmp_path, edit))
    assert (change.kind, change.subject, change.level) == ("urn-changed", "OwnerUrn", level)


def test_a_method_documenting_other_error_codes(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        schemas(spec)["WidgetSearchErrorCode"] = {
            "type": "string",
            "enum": ["WIDGET_TOO_BIG"],
            "x-enum-values": {"WIDGET_TOO_BIG": {"x-http-status": 400, "x-message": "Too big"}},
        }
        later(finder(spec), {"errors": {"$ref": "#/components/schemas/WidgetSearchErrorCode"}})

    changes = by_version(tmp_path, edit).changes
    # The new enum's codes are new error codes; the old enum's, gone with the method's reference.
    assert {(c.kind, c.subject, c.level) for c in changes} == {
        ("method-errors", "client.widgets.find_by_search", "info"),
        ("error-added", "WidgetSearchErrorCode.WIDGET_TOO_BIG", "info"),
        ("error-removed", "WidgetErrorCode.WIDGET_TOO_BIG", "breaking"),
    }
