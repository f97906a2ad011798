"""The resolved document being read, where problems found in it are collected, and the small
helpers every part of the parser uses."""

from __future__ import annotations

import json
import keyword
from collections.abc import Callable
from typing import Any

from generator.diagnostics import Problem, resolve_pointer

FileOf = Callable[[str], str]
SCHEMA_REF = "#/components/schemas/"


class Document:
    """One version's resolved OpenAPI document. Problems are collected as values while the
    whole document is read, then reported together, so a spec author sees every mistake in one
    run."""

    def __init__(self, document: dict[str, Any], file_of: FileOf) -> None:
        self.document = document
        self.file_of = file_of
        self.problems: list[Problem] = []
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.file_of(path), path, message))

    def deref(self, node: Any) -> Any:
        """A `$ref` to any local component (such as `#/components/parameters/X`), followed."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        found = resolve_pointer(self.document, ref[1:])
        return found if found is not None else node

    def located(self, node: Any, at: str) -> tuple[Any, str]:
        """A node followed through its `$ref`, and the JSON pointer where it is defined."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith("#/") and self.deref(node) is not node:
            return self.deref(node), ref[1:]
        return node, at

    def target(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The component a `$ref` points to (the schema itself when it is not a reference)."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            found = self.schemas.get(ref[len(SCHEMA_REF) :])
            if isinstance(found, dict):
                return found
        return schema


def is_name(name: str) -> bool:
    """An ASCII Python identifier that is not a keyword: safe as (part of) a generated name."""
    return name.isascii() and name.isidentifier() and not keyword.iskeyword(name)


def default_of(schema: dict[str, Any]) -> str | None:
    """The documented default of a schema, as JSON text."""
    if "default" not in schema:
        return None
    return json.dumps(schema["default"], sort_keys=True, ensure_ascii=False)


def pattern_of(schema: dict[str, Any]) -> str | None:
    pattern = schema.get("pattern")
    return pattern if isinstance(pattern, str) else None


def text(value: Any) -> str:
    """A description as one line of single-spaced words."""
    return " ".join(str(value).split())
