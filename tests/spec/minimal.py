"""A small valid spec on disk, for tests that break one thing at a time."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from generator.versions import estimated_sunset

ROOT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://api.linkedin.com/rest"}],
    "x-spec-files": ["common.yaml", "things.yaml"],
    "paths": {},
}
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
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
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
                        "response": {"$ref": "#/components/schemas/ThingPage"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "a page",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingPage"}
                            }
                        },
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
                    "schema": {"$ref": "common.yaml#/components/schemas/ThingUrn"},
                }
            ],
            "get": {
                "operationId": "getThing",
                "x-restli-methods": [
                    {"method": "get", "response": {"$ref": "#/components/schemas/Thing"}}
                ],
                "responses": {
                    "200": {
                        "description": "the thing",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
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
                    "id": {"$ref": "common.yaml#/components/schemas/ThingUrn"},
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
                "properties": {
                    "elements": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                },
            },
            "OldThing": {"type": "object", "x-linkedin-until": "202311"},
        }
    },
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


def write_spec(
    directory: Path, versions: tuple[str, ...] = ("202311", "202401", "202410")
) -> dict[str, Any]:
    """Write the minimal spec; returns the file contents by name, to modify and write again."""
    files = {
        "openapi.yaml": copy.deepcopy(ROOT),
        "versions.yaml": versions_file(versions),
        "common.yaml": copy.deepcopy(COMMON),
        "things.yaml": copy.deepcopy(THINGS),
    }
    save(directory, files)
    return files


def save(directory: Path, files: dict[str, Any]) -> None:
    for name, content in files.items():
        (directory / name).write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
