"""A small one-resource spec (`widgets`) for diff tests: each test edits a copy for the old and the
new version, and the two are resolved, parsed and compared like real versions."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.diff import Change, Review, diff
from generator.generate import review as review_of_spec
from generator.load import load_spec
from generator.parse import parse
from generator.resolve import resolve_bundle
from tests.spec.minimal import versions_file

ROOT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://api.linkedin.com/rest"}],
    "x-spec-files": ["widgets.yaml"],
    "paths": {},
}


def _ok(schema: str) -> dict[str, Any]:
    return {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


WIDGETS: dict[str, Any] = {
    "paths": {
        "/widgets": {
            "x-restli-resource": "widgets",
            "get": {
                "operationId": "widgets_collection_get",
                "parameters": [
                    {"name": "owner", "in": "query", "schema": {"type": "string"}},
                    {
                        "name": "filter",
                        "in": "query",
                        "schema": {"type": "string"},
                        "x-restli-schema": {"$ref": "#/components/schemas/WidgetFilter"},
                    },
                    {"name": "color", "in": "query", "schema": {"type": "string"}},
                    {
                        "name": "pageSize",
                        "in": "query",
                        "schema": {"type": "integer", "maximum": 1000},
                    },
                    {"name": "pageToken", "in": "query", "schema": {"type": "string"}},
                    {"name": "start", "in": "query", "schema": {"type": "integer"}},
                    {"name": "count", "in": "query", "schema": {"type": "integer"}},
                ],
                "x-restli-methods": [
                    {
                        "method": "finder",
                        "name": "search",
                        "parameters": ["owner", "filter", "pageSize", "pageToken"],
                        "response": {"$ref": "#/components/schemas/WidgetPage"},
                        "errors": {"$ref": "#/components/schemas/WidgetErrorCode"},
                    }
                ],
                "responses": {"200": _ok("WidgetPage")},
            },
            "post": {
                "operationId": "widgets_collection_post",
                "x-restli-methods": [
                    {
                        "method": "create",
                        "request": {"$ref": "#/components/schemas/Widget"},
                        "status": 201,
                    }
                ],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                    }
                },
                "responses": {"201": {"description": "created"}},
            },
        },
        "/widgets/{widgetId}": {
            "x-restli-resource": "widgets",
            "x-restli-key": "widgetId",
            "parameters": [
                {
                    "name": "widgetId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "format": "int64"},
                }
            ],
            "get": {
                "operationId": "widgets_entity_get",
                "x-restli-methods": [
                    {"method": "get", "response": {"$ref": "#/components/schemas/Widget"}}
                ],
                "responses": {"200": _ok("Widget")},
            },
        },
    },
    "components": {
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "name": {"type": "string", "maxLength": 100},
                    "status": {"$ref": "#/components/schemas/WidgetStatus"},
                    "label": {"type": "string"},
                },
            },
            "Report": {
                "type": "object",
                "description": "Only ever received.",
                "properties": {"total": {"type": "integer"}, "note": {"type": "string"}},
            },
            "WidgetFilter": {
                "type": "object",
                "description": "Only ever sent.",
                "required": ["tags"],
                "properties": {
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "text": {"type": "string"},
                },
            },
            "WidgetStatus": {"type": "string", "enum": ["ACTIVE", "PAUSED"]},
            "WidgetPage": {
                "type": "object",
                "properties": {
                    "elements": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                    "metadata": {"$ref": "#/components/schemas/CursorMetadata"},
                    "report": {"$ref": "#/components/schemas/Report"},
                },
            },
            "CursorMetadata": {
                "type": "object",
                "properties": {"nextPageToken": {"type": "string"}},
            },
            "IndexPaging": {
                "type": "object",
                "properties": {"start": {"type": "integer"}, "count": {"type": "integer"}},
            },
            "WidgetErrorCode": {
                "type": "string",
                "enum": ["WIDGET_TOO_BIG"],
                "x-enum-values": {
                    "WIDGET_TOO_BIG": {"x-http-status": 400, "x-message": "Too big: {size}"}
                },
            },
        }
    },
}

Edit = Callable[[dict[str, Any]], None]


def widgets() -> dict[str, Any]:
    """A fresh copy of the resource file, to edit."""
    return copy.deepcopy(WIDGETS)


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def finder(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/widgets"]["get"]["x-restli-methods"][0]


def query_parameter(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found = [p for p in spec["paths"]["/widgets"]["get"]["parameters"] if p["name"] == name]
    return found[0]


def add_owner(spec: dict[str, Any]) -> None:
    """Moves widgets under `/owners/{ownerId}`: every method gains the path key `owner_id`."""
    paths = spec["paths"]
    collection, entity = paths.pop("/widgets"), paths.pop("/widgets/{widgetId}")
    owner = {"name": "ownerId", "in": "path", "required": True, "schema": {"type": "integer"}}
    collection["parameters"] = [owner]
    entity["parameters"].insert(0, owner)
    paths["/owners/{ownerId}/widgets"] = collection
    paths["/owners/{ownerId}/widgets/{widgetId}"] = entity


def write(directory: Path, resource: dict[str, Any], versions: list[str]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    files = {"openapi.yaml": ROOT, "versions.yaml": versions_file(versions)}
    for name, content in {**files, "widgets.yaml": resource}.items():
        (directory / name).write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    return directory


def _load(directory: Path, version: str) -> tuple[Any, dict[str, Any]]:
    bundle = load_spec(directory)
    document = resolve_bundle(bundle, [version])[version]
    return parse(document, version, bundle.file_of), document


def review(tmp_path: Path, old: dict[str, Any], new: dict[str, Any]) -> Review:
    """The review from `old` (as version 202401) to `new` (as version 202402)."""
    old_api, old_document = _load(write(tmp_path / "old", old, ["202401"]), "202401")
    new_api, new_document = _load(write(tmp_path / "new", new, ["202402"]), "202402")
    return diff(old_api, new_api, old_document, new_document)


def edited(tmp_path: Path, edit: Edit) -> Review:
    """The review from the base spec to the base spec changed by `edit`."""
    new = widgets()
    edit(new)
    return review(tmp_path, widgets(), new)


def only(review: Review) -> Change:
    """The single change of a review (a rule test changes one thing)."""
    assert len(review.changes) == 1, review.changes
    return review.changes[0]


def later(node: dict[str, Any], values: dict[str, Any]) -> None:
    """Give `node` other keyword values from 202402 on (`x-linkedin-values`)."""
    node.setdefault("x-linkedin-values", []).append({"x-linkedin-since": "202402", **values})


def by_version(tmp_path: Path, edit: Edit) -> Review:
    """The review from 202401 to 202402 of one spec: the base spec changed by `edit`, which
    writes what differs in 202402 with `later`."""
    resource = widgets()
    edit(resource)
    return review_of_spec(write(tmp_path, resource, ["202401", "202402"]), "202401", "202402")
