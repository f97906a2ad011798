"""Small specs for tests, in the two forms the generator reads, and what is built from them.

- Spec directories (`spec_files`, `write_spec`): a root document listing resource files,
  `versions.yaml` and the resource files, as `spec/` holds them; `THINGS_SPEC` is a valid one
  across two files, to break one thing at a time. `load` resolves and parses one version with the
  real stages.
- Resolved documents (`document`), as `generator.resolve` returns them: the widgets API
  (`RESOLVED_PATHS`, `RESOLVED_SCHEMAS`) unless told otherwise. `build` generates the version
  subpackage of one and imports it.
"""

from __future__ import annotations

import copy
import importlib
import itertools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import linkedin_marketing
import yaml

from generator import ir
from generator.load import load_spec
from generator.parse import parse
from generator.render import PACKAGE, Renderer
from generator.resolve import resolve_bundle
from generator.versions import ApiVersion, estimated_sunset

ERROR = {"$ref": "#/components/responses/Error"}


def ref(name: str, file: str = "") -> dict[str, str]:
    """A reference to a schema, in this file or (`file`) another file of the spec."""
    return {"$ref": f"{file}#/components/schemas/{name}"}


def ok(schema: str, description: str = "ok") -> dict[str, Any]:
    """A JSON response whose body is the schema `schema`."""
    return {"description": description, "content": {"application/json": {"schema": ref(schema)}}}


def method(**fields: Any) -> dict[str, Any]:
    """An `x-restli-methods` entry; fields given as None are left out."""
    return {k: v for k, v in fields.items() if v is not None}


# --- spec directories ----------------------------------------------------------------------------


def spec_files(resources: Mapping[str, Any], versions: Sequence[str]) -> dict[str, Any]:
    """The files of a spec directory, by name: the root document listing `resources` (file name:
    content), `versions.yaml`, and a copy of each resource file, to modify and `save`."""
    root = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.linkedin.com/rest"}],
        "x-spec-files": list(resources),
        "paths": {},
    }
    return {
        "openapi.yaml": root,
        "versions.yaml": versions_file(versions),
        **copy.deepcopy(dict(resources)),
    }


def versions_file(versions: Iterable[str]) -> dict[str, Any]:
    """A versions.yaml listing `versions`, all shipped, with sunsets by the one-year rule."""
    return {
        "versions": [
            {
                "version": v,
                "released": f"{v[:4]}-{v[4:]}",
                "sunset": estimated_sunset(v).isoformat(),
                "basis": "estimated",
                "source": "one-year rule",
                "shipped": True,
            }
            for v in versions
        ]
    }


def save(directory: Path, files: Mapping[str, Any]) -> Path:
    """Write `files` (name: content) as YAML into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (directory / name).write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    return directory


def load(directory: Path, version: str) -> tuple[ir.Api, dict[str, Any]]:
    """The IR and the resolved document of `version` of the spec in `directory`."""
    bundle = load_spec(directory)
    resolved = resolve_bundle(bundle, [version])[version]
    return parse(resolved, version, bundle.file_of), resolved


COMMON: dict[str, Any] = {
    "components": {
        "schemas": {
            "ThingUrn": {
                "type": "string",
                "x-urn-type": "thing",
                "pattern": "^urn:li:thing:[0-9]+$",
            },
            "Error": {"type": "object", "properties": {"status": {"type": "integer"}}},
        },
        "responses": {
            "Error": {
                "description": "an error",
                "content": {"application/json": {"schema": ref("Error")}},
            }
        },
    }
}
THINGS: dict[str, Any] = {
    "paths": {
        "/things": {
            "x-restli-resource": "things",
            "get": {
                "operationId": "findThings",
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string", "enum": ["owner"]}},
                    {"name": "owner", "in": "query", "schema": {"type": "string"}},
                    {
                        "name": "pageToken",
                        "in": "query",
                        "schema": {"type": "string"},
                        "x-linkedin-since": "202401",
                    },
                ],
                "x-restli-methods": [
                    {
                        "method": "finder",
                        "name": "owner",
                        "parameters": ["owner", "pageToken"],
                        "response": ref("ThingPage"),
                    }
                ],
                "responses": {
                    "200": {
                        "description": "a page",
                        "content": {"application/json": {"schema": ref("ThingPage")}},
                    },
                    "default": {"$ref": "common.yaml#/components/responses/Error"},
                },
            },
        },
        "/things/{thingUrn}": {
            "x-restli-resource": "things",
            "x-restli-key": "thingUrn",
            "parameters": [
                {
                    "name": "thingUrn",
                    "in": "path",
                    "required": True,
                    "schema": ref("ThingUrn", "common.yaml"),
                }
            ],
            "get": {
                "operationId": "getThing",
                "x-restli-methods": [{"method": "get", "response": ref("Thing")}],
                "responses": {
                    "200": {
                        "description": "the thing",
                        "content": {"application/json": {"schema": ref("Thing")}},
                    }
                },
            },
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name", "label"],
                "properties": {
                    "id": ref("ThingUrn", "common.yaml"),
                    "name": {"type": "string", "maxLength": 100},
                    "label": {"type": "string", "x-linkedin-since": "202410"},
                    "kind": {
                        "type": "string",
                        "enum": ["A", "B"],
                        "x-enum-values": {"B": {"x-linkedin-since": "202401"}},
                    },
                },
            },
            "ThingPage": {
                "type": "object",
                "properties": {"elements": {"type": "array", "items": ref("Thing")}},
            },
            "OldThing": {"type": "object", "x-linkedin-until": "202311"},
        }
    },
}


THINGS_SPEC: dict[str, Any] = {"common.yaml": COMMON, "things.yaml": THINGS}


def write_spec(
    directory: Path,
    resources: Mapping[str, Any] = THINGS_SPEC,
    versions: Sequence[str] = ("202311", "202401", "202410"),
) -> dict[str, Any]:
    """Write a spec (`THINGS_SPEC` by default); returns its files, to modify and `save` again."""
    files = spec_files(resources, versions)
    save(directory, files)
    return files


# --- resolved documents --------------------------------------------------------------------------

RESOLVED_SCHEMAS: dict[str, Any] = {
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


RESOLVED_PATHS: dict[str, Any] = {
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
                method(method="batch_get", parameters=[], response=ref("WidgetBatchGet")),
                method(
                    method="finder",
                    name="search",
                    description="Finds widgets.",
                    parameters=["search", "pageSize", "pageToken"],
                    response=ref("WidgetPage"),
                ),
                method(
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
                method(method="create", parameters=[], request=ref("Widget"), status=201),
                method(
                    method="batch_create",
                    parameters=[],
                    request=ref("WidgetBatchCreate"),
                    response=ref("BatchCreateResponse"),
                ),
                method(
                    method="action",
                    name="paintAll",
                    description="Paints every widget.",
                    parameters=[],
                    request=ref("PaintRequest"),
                    response=ref("PaintResponse"),
                ),
                method(
                    method="batch_partial_update",
                    parameters=[],
                    request=ref("PartialUpdateRequest"),
                ),
            ],
            "responses": {"200": {"description": "ok"}},
        },
        "delete": {
            "operationId": "widgetsCollectionDelete",
            "x-restli-methods": [method(method="batch_delete", parameters=[])],
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
            "x-restli-methods": [method(method="get", parameters=[], response=ref("Widget"))],
            "responses": {"200": {"description": "ok"}},
        },
        "post": {
            "operationId": "widgetsEntityPost",
            "x-restli-methods": [
                method(method="partial_update", parameters=[], request=ref("PartialUpdateRequest"))
            ],
            "responses": {"204": {"description": "ok"}},
        },
        "delete": {
            "operationId": "widgetsEntityDelete",
            "x-restli-methods": [method(method="delete", parameters=[])],
            "responses": {"204": {"description": "ok"}},
        },
    },
}

RESOLVED_PATHS["/gadgets"] = {
    "x-restli-resource": "gadgets",
    "get": {
        "operationId": "gadgetsCollectionGet",
        "x-restli-methods": [
            method(method="get_all", parameters=[], response=ref("GadgetList")),
        ],
        "responses": {"200": {"description": "ok"}},
    },
}
RESOLVED_PATHS["/gadgets/{gadgetId}"] = {
    "x-restli-resource": "gadgets",
    "x-restli-key": "gadgetId",
    "parameters": [
        {"name": "gadgetId", "in": "path", "required": True, "schema": {"type": "integer"}}
    ],
    "put": {
        "operationId": "gadgetsEntityPut",
        "x-restli-methods": [method(method="update", parameters=[], request=ref("Gadget"))],
        "responses": {"204": {"description": "ok"}},
    },
}
RESOLVED_SCHEMAS["Gadget"] = {
    "type": "object",
    "required": ["size"],
    "properties": {"size": {"type": "integer", "minimum": 1}},
}
RESOLVED_SCHEMAS["GadgetList"] = {
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
    """A resolved document: the widgets API unless told otherwise."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1", "description": "Test API."},
        "paths": copy.deepcopy(RESOLVED_PATHS if paths is None else paths),
        "components": {
            "schemas": copy.deepcopy(
                {**RESOLVED_SCHEMAS, **BATCH_SCHEMAS} if schemas is None else schemas
            ),
            "responses": {"Error": {"description": "An error."}},
        },
    }


def release(version: str) -> ApiVersion:
    """A shipped version whose sunset follows the one-year rule."""
    released = f"{version[:4]}-{version[4:]}"
    return ApiVersion(version, released, estimated_sunset(version), "estimated", "test", True)


def parse_document(doc: dict[str, Any], version: str = "209901") -> ir.Api:
    return parse(doc, version)


_versions = itertools.count(209901)


def build(doc: dict[str, Any], out: Path) -> ModuleType:
    """Generate the version subpackage of the resolved document `doc` under `out` and import it.

    Each call uses a new version number, and `out` is added to the search path of the
    `linkedin_marketing` package, so the subpackage imports next to the committed runtime.
    """
    version = str(next(_versions))
    files = Renderer().version_files(parse(doc, version), doc, release(version))
    for relative, text in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    package_dir = str(out / PACKAGE)
    if package_dir not in linkedin_marketing.__path__:
        linkedin_marketing.__path__.append(package_dir)
    return importlib.import_module(f"{PACKAGE}.v{version}")
