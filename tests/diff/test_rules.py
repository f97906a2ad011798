"""One test per rule of the diff: small specs, resolved, parsed and compared like real versions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.diff.widgets import (
    add_owner,
    edited,
    finder,
    only,
    query_parameter,
    schemas,
    widgets,
)
from tests.diff.widgets import review as compare_specs

# --- methods ---------------------------------------------------------------------------------


def test_removed_method_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/widgets"]["post"]

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "method-removed",
        "client.widgets.create",
        True,
    )
    assert change.resource == "widgets"


def test_added_method_is_not_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/widgets/{widgetId}"]["delete"] = {
            "operationId": "widgets_entity_delete",
            "x-restli-methods": [{"method": "delete", "status": 204}],
            "responses": {"204": {"description": "deleted"}},
        }

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "method-added",
        "client.widgets.delete",
        False,
    )


def test_changed_key_type_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/widgets/{widgetId}"]["parameters"][0]["schema"] = {"type": "string"}

    review = edited(tmp_path, edit)
    # `create` returns the id of the created widget, typed by the key too.
    assert {(c.kind, c.subject, c.breaking) for c in review.changes} == {
        ("method-signature", "client.widgets.create", True),
        ("method-signature", "client.widgets.get", True),
    }
    assert all("`int` → `str`" in c.description for c in review.changes)


def test_changed_result_type_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        get = spec["paths"]["/widgets/{widgetId}"]["get"]
        get["x-restli-methods"][0]["response"] = {"$ref": "#/components/schemas/Report"}
        get["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/Report"
        }

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.breaking) == ("method-signature", True)
    assert "`Widget` → `Report`" in change.description


def test_new_path_argument_is_breaking_and_new_path_alone_is_not(tmp_path: Path) -> None:
    review = edited(tmp_path / "parent", add_owner)
    assert {c.subject for c in review.changes} == {
        "client.widgets.find_by_search",
        "client.widgets.create",
        "client.widgets.get",
    }
    assert all(c.kind == "method-signature" and c.breaking for c in review.changes)
    assert "none → `owner_id: int`" in review.changes[0].description

    def move(spec: dict[str, Any]) -> None:
        for path in ("/widgets", "/widgets/{widgetId}"):
            spec["paths"]["/v2" + path] = spec["paths"].pop(path)

    review = edited(tmp_path / "moved", move)
    assert {(c.kind, c.subject, c.breaking) for c in review.changes} == {
        ("method-path", "client.widgets.find_by_search", False),
        ("method-path", "client.widgets.create", False),
        ("method-path", "client.widgets.get", False),
    }


# --- parameters ------------------------------------------------------------------------------


def test_removed_parameter_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        finder(spec)["parameters"].remove("owner")

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "parameter-removed",
        "client.widgets.find_by_search(owner=...)",
        True,
    )


@pytest.mark.parametrize("required", [False, True])
def test_new_parameter_is_breaking_only_when_required(tmp_path: Path, required: bool) -> None:
    def edit(spec: dict[str, Any]) -> None:
        finder(spec)["parameters"].append("color")
        query_parameter(spec, "color")["required"] = required

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "parameter-added",
        "client.widgets.find_by_search(color=...)",
        required,
    )


@pytest.mark.parametrize("now_required", [True, False])
def test_parameter_required_ness(tmp_path: Path, now_required: bool) -> None:
    old, new = widgets(), widgets()
    query_parameter(old, "owner")["required"] = not now_required
    query_parameter(new, "owner")["required"] = now_required
    change = only(compare_specs(tmp_path, old, new))
    assert (change.kind, change.breaking) == ("parameter-required", now_required)


def test_parameter_type_change_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        query_parameter(spec, "owner")["schema"] = {"type": "integer"}

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.breaking) == ("parameter-type", True)


@pytest.mark.parametrize(("maximum", "breaking"), [(10, True), (None, False)])
def test_parameter_constraint_tightened_is_breaking(
    tmp_path: Path, maximum: int | None, breaking: bool
) -> None:
    old = widgets()
    query_parameter(old, "owner")["schema"]["maxLength"] = 20
    new = widgets()
    if maximum is not None:
        query_parameter(new, "owner")["schema"]["maxLength"] = maximum
    change = only(compare_specs(tmp_path, old, new))
    assert (change.kind, change.breaking) == ("constraint", breaking)
    assert ("tightened" if breaking else "loosened") in change.description


# --- paging ----------------------------------------------------------------------------------


def _index_paging(spec: dict[str, Any]) -> None:
    finder(spec)["parameters"] = ["owner", "filter", "start", "count"]
    query_parameter(spec, "count")["schema"]["maximum"] = 1000
    page = schemas(spec)["WidgetPage"]["properties"]
    del page["metadata"]
    page["paging"] = {"$ref": "#/components/schemas/IndexPaging"}


def test_paging_style_change_is_one_breaking_item(tmp_path: Path) -> None:
    review = edited(tmp_path, _index_paging)
    change = only(review)
    assert (change.kind, change.subject, change.breaking) == (
        "paging",
        "client.widgets.find_by_search",
        True,
    )
    assert "by index" in change.description and "instead of by cursor" in change.description


@pytest.mark.parametrize(("maximum", "breaking"), [(100, True), (5000, False)])
def test_smaller_largest_page_is_breaking(tmp_path: Path, maximum: int, breaking: bool) -> None:
    def edit(spec: dict[str, Any]) -> None:
        query_parameter(spec, "pageSize")["schema"]["maximum"] = maximum

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "constraint",
        "client.widgets.find_by_search(page_size=...)",
        breaking,
    )


def test_finder_that_stops_paging_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        finder(spec)["parameters"] = ["owner", "filter"]

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.breaking) == ("paging", True)
    assert "no longer pages" in change.description


# --- models and fields -------------------------------------------------------------------------


def test_removed_field_takes_its_model_with_it_and_added_model_is_not_breaking(
    tmp_path: Path,
) -> None:
    def remove(spec: dict[str, Any]) -> None:
        del schemas(spec)["WidgetPage"]["properties"]["report"]
        del schemas(spec)["Report"]

    change = only(edited(tmp_path, remove))
    assert (change.kind, change.subject, change.breaking) == (
        "field-removed",
        "WidgetPage.report",
        True,
    )
    assert change.cascade == ("Report",)
    assert change.location == "/components/schemas/WidgetPage/properties/report"

    def add(spec: dict[str, Any]) -> None:
        schemas(spec)["Widget"]["properties"]["size"] = {"$ref": "#/components/schemas/Size"}
        schemas(spec)["Size"] = {"type": "object", "properties": {"width": {"type": "integer"}}}

    review = edited(tmp_path / "added", add)
    kinds = {(c.kind, c.subject, c.breaking) for c in review.changes}
    assert kinds == {("field-added", "Widget.size", False), ("model-added", "Size", False)}


def test_removed_field_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del schemas(spec)["Widget"]["properties"]["label"]

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking, change.model) == (
        "field-removed",
        "Widget.label",
        True,
        "Widget",
    )
    assert change.resource == "widgets"


@pytest.mark.parametrize(
    ("model", "required", "breaking"),
    [("Widget", False, False), ("Widget", True, True), ("Report", True, False)],
)
def test_new_field_is_breaking_only_when_required_in_a_request(
    tmp_path: Path, model: str, required: bool, breaking: bool
) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)[model]["properties"]["colorCode"] = {"type": "string"}
        if required:
            schemas(spec)[model].setdefault("required", []).append("colorCode")

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "field-added",
        f"{model}.color_code",
        breaking,
    )


def test_declared_rename_is_one_breaking_item(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        properties = schemas(spec)["Widget"]["properties"]
        properties["title"] = dict(properties.pop("label"), **{"x-linkedin-renamed-from": "label"})

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "field-renamed",
        "Widget.title",
        True,
    )
    assert "`Widget.label` is renamed `Widget.title`" in change.description


def test_undeclared_rename_is_a_removal_and_an_addition(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        properties = schemas(spec)["Widget"]["properties"]
        properties["title"] = properties.pop("label")

    kinds = {c.kind for c in edited(tmp_path, edit).changes}
    assert kinds == {"field-removed", "field-added"}


def test_field_type_change_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Report"]["properties"]["total"] = {"type": "string"}

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == ("field-type", "Report.total", True)
    assert "`int` → `str`" in change.description


@pytest.mark.parametrize(
    ("model", "field", "before", "after", "breaking"),
    [
        # Sent: a newly required field must be given by code that creates the model.
        ("Widget", "label", False, True, True),
        ("WidgetFilter", "tags", True, False, False),
        # Widget is received too (get), so a field becoming optional breaks.
        ("Widget", "name", True, False, True),
        # Only received: a field that may now be missing must be handled as None.
        ("Report", "total", True, False, True),
        ("Report", "total", False, True, False),
    ],
)
def test_field_required_ness(
    tmp_path: Path, model: str, field: str, before: bool, after: bool, breaking: bool
) -> None:

    def set_required(spec: dict[str, Any], required: bool) -> None:
        names = [n for n in schemas(spec)[model].get("required", []) if n != field]
        schemas(spec)[model]["required"] = names + ([field] if required else [])

    old, new = widgets(), widgets()
    set_required(old, before)
    set_required(new, after)
    change = only(compare_specs(tmp_path, old, new))
    assert (change.kind, change.subject, change.breaking) == (
        "field-required",
        f"{model}.{field}",
        breaking,
    )


@pytest.mark.parametrize(
    ("model", "field", "before", "after", "breaking"),
    [
        # Received: null must now be handled.
        ("Report", "note", False, True, True),
        ("Report", "note", True, False, False),
        # Sent: code sending null is refused.
        ("Widget", "label", True, False, True),
        ("WidgetFilter", "text", False, True, False),
    ],
)
def test_field_nullability(
    tmp_path: Path, model: str, field: str, before: bool, after: bool, breaking: bool
) -> None:

    def set_nullable(spec: dict[str, Any], nullable: bool) -> None:
        schemas(spec)[model]["properties"][field] = {
            "type": ["string", "null"] if nullable else "string"
        }

    old, new = widgets(), widgets()
    set_nullable(old, before)
    set_nullable(new, after)
    change = only(compare_specs(tmp_path, old, new))
    assert (change.kind, change.subject, change.breaking) == (
        "field-nullable",
        f"{model}.{field}",
        breaking,
    )


@pytest.mark.parametrize(
    ("model", "field", "constraint", "before", "after", "breaking"),
    [
        ("Widget", "name", "maxLength", 100, 50, True),  # sent, tightened: the client refuses
        ("Widget", "name", "maxLength", 100, 200, False),  # sent, loosened
        ("Widget", "label", "minLength", None, 1, True),  # a new limit on what is sent
        ("Report", "total", "maximum", 10, 5, False),  # only received: never checked
    ],
)
def test_field_constraints(
    tmp_path: Path,
    model: str,
    field: str,
    constraint: str,
    before: int | None,
    after: int,
    breaking: bool,
) -> None:

    def set_limit(spec: dict[str, Any], value: int | None) -> None:
        schema = schemas(spec)[model]["properties"][field]
        schema.pop(constraint, None)
        if value is not None:
            schema[constraint] = value

    old, new = widgets(), widgets()
    set_limit(old, before)
    set_limit(new, after)
    change = only(compare_specs(tmp_path, old, new))
    assert (change.kind, change.subject, change.breaking) == (
        "constraint",
        f"{model}.{field}",
        breaking,
    )


@pytest.mark.parametrize(("key", "breaking"), [("readOnly", True), ("x-restli-create-only", True)])
def test_field_becoming_read_only_or_create_only_is_breaking(
    tmp_path: Path, key: str, breaking: bool
) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Widget"]["properties"]["label"][key] = True

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "field-access",
        "Widget.label",
        breaking,
    )


def test_field_no_longer_read_only_is_not_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del schemas(spec)["Widget"]["properties"]["id"]["readOnly"]

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.breaking) == ("field-access", False)


# --- enums -----------------------------------------------------------------------------------


def test_enum_value_added_is_not_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["WidgetStatus"]["enum"].append("ARCHIVED")

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "enum-value-added",
        "WidgetStatus.ARCHIVED",
        False,
    )
    # WidgetStatus is both sent (create) and received (get).
    assert "new choice for requests" in change.reason and "accept values" in change.reason


def test_response_enum_value_added_is_not_breaking(tmp_path: Path) -> None:
    def add_enum(spec: dict[str, Any]) -> None:
        schemas(spec)["Report"]["properties"]["grade"] = {"$ref": "#/components/schemas/Grade"}
        schemas(spec)["Grade"] = {"type": "string", "enum": ["A", "B"]}

    old, new = widgets(), widgets()
    add_enum(old)
    add_enum(new)
    schemas(new)["Grade"]["enum"].append("C")
    change = only(compare_specs(tmp_path, old, new))
    assert (change.kind, change.breaking) == ("enum-value-added", False)
    assert "requests" not in change.reason


def test_enum_value_removed_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["WidgetStatus"]["enum"].remove("PAUSED")

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking) == (
        "enum-value-removed",
        "WidgetStatus.PAUSED",
        True,
    )


def test_removed_enum_is_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Widget"]["properties"]["status"] = {"type": "string"}
        del schemas(spec)["WidgetStatus"]

    review = edited(tmp_path, edit)
    assert {(c.kind, c.breaking) for c in review.changes} == {
        ("field-type", True),
        ("enum-removed", True),
    }


# --- error codes -----------------------------------------------------------------------------


def test_new_error_code_is_not_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        codes = schemas(spec)["WidgetErrorCode"]
        codes["enum"].append("WIDGET_GONE")
        codes["x-enum-values"]["WIDGET_GONE"] = {"x-http-status": 404, "x-message": "Gone"}

    change = only(edited(tmp_path, edit))
    assert (change.kind, change.subject, change.breaking, change.resource) == (
        "error-added",
        "WidgetErrorCode.WIDGET_GONE",
        False,
        "widgets",
    )
    assert "HTTP 404" in change.description and "Gone" in change.description


def test_removed_error_code_and_changed_status_are_breaking(tmp_path: Path) -> None:
    def remove(spec: dict[str, Any]) -> None:
        codes = schemas(spec)["WidgetErrorCode"]
        codes["enum"] = ["OTHER"]
        codes["x-enum-values"] = {"OTHER": {"x-http-status": 400}}

    kinds = {(c.kind, c.breaking) for c in edited(tmp_path, remove).changes}
    assert kinds == {("error-removed", True), ("error-added", False)}

    def restatus(spec: dict[str, Any]) -> None:
        schemas(spec)["WidgetErrorCode"]["x-enum-values"]["WIDGET_TOO_BIG"]["x-http-status"] = 413

    change = only(edited(tmp_path / "status", restatus))
    assert (change.kind, change.breaking) == ("error-status", True)
    assert "HTTP 413 instead of 400" in change.description


# --- URN types, resources, and types shared by resources ------------------------------------------

_OWNER_URN = {"type": "string", "x-urn-type": "owner", "pattern": "^urn:li:owner:[0-9]+$"}


def test_urn_types_added_and_removed(tmp_path: Path) -> None:
    def add(spec: dict[str, Any]) -> None:
        schemas(spec)["OwnerUrn"] = _OWNER_URN
        schemas(spec)["Widget"]["properties"]["label"] = {"$ref": "#/components/schemas/OwnerUrn"}

    review = edited(tmp_path / "added", add)
    assert {(c.kind, c.subject, c.breaking) for c in review.changes} == {
        ("field-type", "Widget.label", True),
        ("urn-added", "OwnerUrn", False),
    }

    old = widgets()
    add(old)
    removed = compare_specs(tmp_path / "removed", old, widgets())
    assert ("urn-removed", "OwnerUrn", True) in {
        (c.kind, c.subject, c.breaking) for c in removed.changes
    }


def _gadgets(spec: dict[str, Any]) -> None:
    """A second resource that returns `Report` too."""
    spec["paths"]["/gadgets/{gadgetId}"] = {
        "x-restli-resource": "gadgets",
        "x-restli-key": "gadgetId",
        "parameters": [
            {"name": "gadgetId", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "get": {
            "operationId": "gadgets_entity_get",
            "x-restli-methods": [
                {"method": "get", "response": {"$ref": "#/components/schemas/Report"}}
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Report"}}
                    },
                }
            },
        },
    }


def test_resources_added_and_removed(tmp_path: Path) -> None:
    change = only(edited(tmp_path / "added", _gadgets))
    assert (change.kind, change.subject, change.breaking, change.resource) == (
        "resource-added",
        "client.gadgets",
        False,
        "gadgets",
    )

    old = widgets()
    _gadgets(old)
    change = only(compare_specs(tmp_path / "removed", old, widgets()))
    assert (change.kind, change.subject, change.breaking) == (
        "resource-removed",
        "client.gadgets",
        True,
    )


def test_change_to_a_type_several_resources_use_is_not_filed_under_one(tmp_path: Path) -> None:

    old, new = widgets(), widgets()
    _gadgets(old)
    _gadgets(new)
    del schemas(new)["Report"]["properties"]["note"]
    change = only(compare_specs(tmp_path, old, new))
    assert (change.kind, change.subject, change.resource) == ("field-removed", "Report.note", None)
