"""Small inline specs (resolved documents, as `generator.resolve` returns them) for unit tests,
and a helper that generates a version subpackage from one and imports it."""

from __future__ import annotations

import copy
import importlib
import itertools
from pathlib import Path
from types import ModuleType
from typing import Any

import linkedin_marketing

from generator import ir
from generator.parse import parse
from generator.render import PACKAGE, Renderer
from generator.versions import ApiVersion, estimated_sunset

_versions = itertools.count(209901)

ERROR = {"$ref": "#/components/responses/Error"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SCHEMAS: dict[str, Any] = {
    "WidgetUrn": {
        "type": "string",
        "x-urn-type": "widget",
        "pattern": "^urn:li:widget:[0-9]+$",
        "description": "A widget, as `urn:li:widget:{id}`.",
    },
    "PersonUrn": {
        "type": "string",
        "x-urn-type": "person",
        "pattern": "^urn:li:person:[^:]+$",
        "description": "A member.",
    },
    "OrganizationUrn": {
        "type": "string",
        "x-urn-type": "organization",
        "pattern": "^urn:li:organization:[0-9]+$",
        "description": "An organization.",
    },
    "MoneyAmount": {
        "type": "object",
        "description": "Money.",
        "required": ["amount", "currencyCode"],
        "properties": {
            "amount": {"type": "string", "format": "decimal"},
            "currencyCode": {"type": "string"},
        },
    },
    "Color": {
        "type": "string",
        "enum": ["RED", "dark-blue"],
        "description": "A colour.",
        "x-enum-values": {"RED": {"description": "Like a tomato."}},
    },
    "Part": {
        "type": "object",
        "description": "A part of a widget.",
        "required": ["label"],
        "properties": {"label": {"type": "string", "maxLength": 5}},
    },
    "Audit": {
        "type": "object",
        "readOnly": True,
        "description": "Server stamps.",
        "properties": {"created": {"type": "integer", "format": "int64"}},
    },
    "Widget": {
        "type": "object",
        "description": 'A widget, said to be "useful".',
        "required": ["name", "color"],
        "properties": {
            "id": {"type": "integer", "format": "int64", "readOnly": True},
            "name": {"type": "string", "maxLength": 10, "description": "The name."},
            "color": ref("Color"),
            "shape": {"type": "string", "enum": ["ROUND", "SQUARE"]},
            "price": ref("MoneyAmount"),
            "owner": {"oneOf": [ref("PersonUrn"), ref("OrganizationUrn")]},
            "self": ref("WidgetUrn"),
            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
            "parts": {"type": "array", "items": ref("Part")},
            "attributes": {"type": "object", "additionalProperties": {"type": "integer"}},
            "serial": {"type": "string", "x-restli-create-only": True},
            "audit": ref("Audit"),
            "ratio": {"type": "number"},
            "anything": {"description": "Free JSON."},
            "class": {"type": "boolean"},
        },
    },
    "WidgetCriteria": {
        "type": "object",
        "description": "Search criteria.",
        "properties": {
            "colors": {
                "type": "object",
                "required": ["values"],
                "properties": {"values": {"type": "array", "items": ref("Color")}},
            },
            "owners": {"type": "array", "items": ref("PersonUrn")},
        },
    },
    "WidgetPage": {
        "type": "object",
        "properties": {
            "elements": {"type": "array", "items": ref("Widget")},
            "metadata": {"type": "object", "properties": {"nextPageToken": {"type": "string"}}},
        },
    },
    "WidgetBatchGet": {
        "type": "object",
        "properties": {
            "results": {"type": "object", "additionalProperties": ref("Widget")},
            "errors": {"type": "object", "additionalProperties": {"type": "object"}},
        },
    },
    "WidgetBatchCreate": {
        "type": "object",
        "properties": {"elements": {"type": "array", "items": ref("Widget")}},
    },
    "PaintRequest": {
        "type": "object",
        "required": ["color"],
        "properties": {"color": ref("Color"), "coats": {"type": "integer", "maximum": 3}},
    },
    "PaintResponse": {
        "type": "object",
        "properties": {"value": {"type": "object", "properties": {"done": {"type": "boolean"}}}},
    },
    "PartialUpdateRequest": {"type": "object", "properties": {"patch": {"type": "object"}}},
}


def _method(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


PATHS: dict[str, Any] = {
    "/owners/{ownerId}/widgets": {
        "x-restli-resource": "widgets",
        "parameters": [
            {"name": "ownerId", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "get": {
            "operationId": "widgetsCollectionGet",
            "parameters": [
                {"name": "ids", "in": "query", "schema": {"type": "string"}},
                {
                    "name": "search",
                    "in": "query",
                    "description": "What to look for.",
                    "schema": {"type": "string"},
                    "x-restli-schema": ref("WidgetCriteria"),
                },
                {
                    "name": "name",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "maxLength": 4},
                },
                {"name": "pageSize", "in": "query", "schema": {"type": "integer", "maximum": 50}},
                {"name": "pageToken", "in": "query", "schema": {"type": "string"}},
                {"name": "start", "in": "query", "schema": {"type": "integer"}},
                {"name": "count", "in": "query", "schema": {"type": "integer", "maximum": 20}},
            ],
            "x-restli-methods": [
                _method(method="batch_get", parameters=[], response=ref("WidgetBatchGet")),
                _method(
                    method="finder",
                    name="search",
                    description="Finds widgets.",
                    parameters=["search", "pageSize", "pageToken"],
                    response=ref("WidgetPage"),
                ),
                _method(
                    method="finder",
                    name="byName",
                    parameters=["name", "start", "count"],
                    response=ref("WidgetPage"),
                ),
            ],
            "responses": {"200": {"description": "ok"}},
        },
        "post": {
            "operationId": "widgetsCollectionPost",
            "parameters": [{"name": "action", "in": "query", "schema": {"type": "string"}}],
            "x-restli-methods": [
                _method(method="create", parameters=[], request=ref("Widget"), status=201),
                _method(
                    method="batch_create",
                    parameters=[],
                    request=ref("WidgetBatchCreate"),
                    response=ref("BatchCreateResponse"),
                ),
                _method(
                    method="action",
                    name="paintAll",
                    description="Paints every widget.",
                    parameters=[],
                    request=ref("PaintRequest"),
                    response=ref("PaintResponse"),
                ),
                _method(
                    method="batch_partial_update",
                    parameters=[],
                    request=ref("PartialUpdateRequest"),
                ),
            ],
            "responses": {"200": {"description": "ok"}},
        },
        "delete": {
            "operationId": "widgetsCollectionDelete",
            "x-restli-methods": [_method(method="batch_delete", parameters=[])],
            "responses": {"200": {"description": "ok"}},
        },
    },
    "/owners/{ownerId}/widgets/{widgetUrn}": {
        "x-restli-resource": "widgets",
        "x-restli-key": "widgetUrn",
        "parameters": [
            {"name": "ownerId", "in": "path", "required": True, "schema": {"type": "integer"}},
            {"name": "widgetUrn", "in": "path", "required": True, "schema": ref("WidgetUrn")},
        ],
        "get": {
            "operationId": "widgetsEntityGet",
            "x-restli-methods": [_method(method="get", parameters=[], response=ref("Widget"))],
            "responses": {"200": {"description": "ok"}},
        },
        "post": {
            "operationId": "widgetsEntityPost",
            "x-restli-methods": [
                _method(method="partial_update", parameters=[], request=ref("PartialUpdateRequest"))
            ],
            "responses": {"204": {"description": "ok"}},
        },
        "delete": {
            "operationId": "widgetsEntityDelete",
            "x-restli-methods": [_method(method="delete", parameters=[])],
            "responses": {"204": {"description": "ok"}},
        },
    },
}

PATHS["/gadgets"] = {
    "x-restli-resource": "gadgets",
    "get": {
        "operationId": "gadgetsCollectionGet",
        "x-restli-methods": [
            _method(method="get_all", parameters=[], response=ref("GadgetList")),
        ],
        "responses": {"200": {"description": "ok"}},
    },
}
PATHS["/gadgets/{gadgetId}"] = {
    "x-restli-resource": "gadgets",
    "x-restli-key": "gadgetId",
    "parameters": [
        {"name": "gadgetId", "in": "path", "required": True, "schema": {"type": "integer"}}
    ],
    "put": {
        "operationId": "gadgetsEntityPut",
        "x-restli-methods": [_method(method="update", parameters=[], request=ref("Gadget"))],
        "responses": {"204": {"description": "ok"}},
    },
}
SCHEMAS["Gadget"] = {
    "type": "object",
    "required": ["size"],
    "properties": {"size": {"type": "integer", "minimum": 1}},
}
SCHEMAS["GadgetList"] = {
    "type": "object",
    "properties": {"elements": {"type": "array", "items": ref("Gadget")}},
}

BATCH_SCHEMAS = {
    "BatchCreateResponse": {
        "type": "object",
        "properties": {"elements": {"type": "array", "items": {"type": "object"}}},
    }
}


def document(
    paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A resolved document: the widgets resource unless told otherwise."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1", "description": "Test API."},
        "paths": copy.deepcopy(PATHS if paths is None else paths),
        "components": {
            "schemas": copy.deepcopy({**SCHEMAS, **BATCH_SCHEMAS} if schemas is None else schemas),
            "responses": {"Error": {"description": "An error."}},
        },
    }


def release(version: str) -> ApiVersion:
    """A shipped version whose sunset follows the one-year rule."""
    released = f"{version[:4]}-{version[4:]}"
    return ApiVersion(version, released, estimated_sunset(version), "estimated", "test", True)


def parse_document(doc: dict[str, Any], version: str = "209901") -> ir.Api:
    return parse(doc, version)


def build(doc: dict[str, Any], out: Path) -> ModuleType:
    """Generate the version subpackage of `doc` under `out` and import it.

    Each call uses a new version number, and `out` is added to the search path of the
    `linkedin_marketing` package, so the subpackage imports next to the committed runtime.
    """
    version = str(next(_versions))
    api = parse(doc, version)
    files = Renderer().version_files(api, doc, release(version))
    for relative, text in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    package_dir = str(out / PACKAGE)
    if package_dir not in linkedin_marketing.__path__:
        linkedin_marketing.__path__.append(package_dir)
    return importlib.import_module(f"{PACKAGE}.v{version}")
