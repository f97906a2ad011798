"""JSON Schema over one resolved document: reference resolution, coercion and validation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .answers import InputError

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_INT64 = (-(2**63), 2**63 - 1)


class Schemas:
    """Reference resolution, coercion of decoded query values, and validation, over one document.

    The validator covers the JSON Schema subset the spec uses: type, enum, const, required,
    properties, additionalProperties, propertyNames, items, anyOf/oneOf/allOf, $ref (with sibling
    keywords), minLength/maxLength, minimum/maximum, minItems/maxItems, pattern, format int64.
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def deref(self, schema: Any) -> dict[str, Any]:
        """The schema with ``$ref`` followed; sibling keywords of the reference win."""
        if not isinstance(schema, dict):
            return {}
        if "$ref" not in schema:
            return schema
        target: Any = self.document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        siblings = {key: value for key, value in schema.items() if key != "$ref"}
        return {**self.deref(target), **siblings}

    def coerce(self, schema: Any, value: Any) -> Any:
        """Type the strings of a decoded Rest.li value (numbers, booleans) as the schema says."""
        schema = self.deref(schema)
        for union in ("anyOf", "oneOf"):
            if union in schema:
                for branch in schema[union]:
                    candidate = self.coerce(branch, value)
                    if not self.errors(branch, candidate):
                        return candidate
                return value
        kind = schema.get("type")
        if isinstance(value, str):
            # A number too long for int() (over 4,300 digits) stays a string, which the schema
            # then refuses as not a number.
            if kind == "integer" and _INTEGER.fullmatch(value):
                return _int(value)
            if kind == "number" and _NUMBER.fullmatch(value):
                return float(value) if "." in value or "e" in value.lower() else _int(value)
            if kind == "boolean" and value in ("true", "false"):
                return value == "true"
            return value
        if isinstance(value, list):
            return [self.coerce(schema.get("items"), item) for item in value]
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            return {
                name: self.coerce(properties.get(name, extra), item) for name, item in value.items()
            }
        return value

    def errors(
        self, schema: Any, value: Any, path: str = "", *, request: bool = False
    ) -> list[InputError]:
        """What is wrong with ``value``; ``request=True`` also refuses read-only fields."""
        found: list[InputError] = []
        self._check(self.deref(schema), value, path, request, found)
        return found

    def _check(
        self, schema: dict[str, Any], value: Any, path: str, request: bool, found: list[InputError]
    ) -> None:
        if "anyOf" in schema or "oneOf" in schema:
            branches = schema.get("anyOf") or schema["oneOf"]
            outcomes = [self.errors(branch, value, path, request=request) for branch in branches]
            valid = sum(1 for outcome in outcomes if not outcome)
            if valid == 0 or ("oneOf" in schema and valid > 1):
                # The branch with the fewest problems is the one the sender most likely meant.
                closest = min(outcomes, key=len)
                found.extend(
                    closest
                    or [InputError(path, "Matches more than one form", "INVALID_VALUE", value)]
                )
                return
        for branch in schema.get("allOf", ()):
            self._check(self.deref(branch), value, path, request, found)
        kind = schema.get("type")
        if kind is not None and not _has_type(value, kind):
            found.append(
                InputError(path, f"Expected {_describe_type(kind)}", "INVALID_VALUE_TYPE", value)
            )
            return
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(str(item) for item in schema["enum"])
            found.append(
                InputError(
                    path, f"Not one of the allowed values: {allowed}", "INVALID_ENUM_VALUE", value
                )
            )
        if "const" in schema and value != schema["const"]:
            found.append(InputError(path, f"Must be {schema['const']!r}", "INVALID_VALUE", value))
        if isinstance(value, str):
            self._check_string(schema, value, path, found)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self._check_number(schema, value, path, found)
        elif isinstance(value, list):
            self._check_array(schema, value, path, request, found)
        elif isinstance(value, dict):
            self._check_object(schema, value, path, request, found)

    def _check_string(
        self, schema: dict[str, Any], value: str, path: str, found: list[InputError]
    ) -> None:
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(
                InputError(
                    path,
                    f"Longer than the maximum of {schema['maxLength']} characters",
                    "FIELD_VALUE_TOO_LONG",
                    value,
                )
            )
        if "minLength" in schema and len(value) < schema["minLength"]:
            found.append(
                InputError(
                    path, f"Shorter than {schema['minLength']} characters", "INVALID_VALUE", value
                )
            )
        if "pattern" in schema and re.search(schema["pattern"], value) is None:
            found.append(
                InputError(path, f"Does not match {schema['pattern']}", "INVALID_VALUE", value)
            )

    def _check_number(
        self, schema: dict[str, Any], value: float, path: str, found: list[InputError]
    ) -> None:
        if "maximum" in schema and value > schema["maximum"]:
            found.append(
                InputError(
                    path, f"Larger than the maximum of {schema['maximum']}", "INVALID_VALUE", value
                )
            )
        if "minimum" in schema and value < schema["minimum"]:
            found.append(
                InputError(
                    path, f"Smaller than the minimum of {schema['minimum']}", "INVALID_VALUE", value
                )
            )
        if schema.get("format") == "int64" and not _INT64[0] <= value <= _INT64[1]:
            found.append(
                InputError(path, "Out of the 64-bit integer range", "INVALID_VALUE", value)
            )

    def _check_array(
        self,
        schema: dict[str, Any],
        value: list[Any],
        path: str,
        request: bool,
        found: list[InputError],
    ) -> None:
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append(
                InputError(path, f"Fewer than {schema['minItems']} items", "INVALID_VALUE")
            )
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            found.append(InputError(path, f"More than {schema['maxItems']} items", "INVALID_VALUE"))
        if "items" in schema:
            items = self.deref(schema["items"])
            for index, item in enumerate(value):
                self._check(items, item, f"{path}/{index}", request, found)

    def _check_object(
        self,
        schema: dict[str, Any],
        value: dict[str, Any],
        path: str,
        request: bool,
        found: list[InputError],
    ) -> None:
        properties = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                found.append(
                    InputError(
                        f"{path}/{name}", "Required field is missing", "REQUIRED_FIELD_MISSING"
                    )
                )
        extra = schema.get("additionalProperties", True)
        names = self.deref(schema["propertyNames"]) if "propertyNames" in schema else None
        for name, item in value.items():
            where = f"{path}/{name}"
            if names is not None:
                self._check({**names, "type": "string"}, name, where, request, found)
            if name in properties:
                child = self.deref(properties[name])
                if request and child.get("readOnly"):
                    found.append(
                        InputError(
                            where, "Read-only field; the server sets it", "FIELD_NOT_EDITABLE", item
                        )
                    )
                    continue
                self._check(child, item, where, request, found)
            elif extra is False:
                found.append(InputError(where, "Unknown field", "INVALID_VALUE"))
            elif isinstance(extra, dict):
                self._check(self.deref(extra), item, where, request, found)


def _int(text: str) -> int | str:
    try:
        return int(text)
    except ValueError:  # beyond sys.get_int_max_str_digits()
        return text


def _has_type(value: Any, kind: str | list[str]) -> bool:
    if isinstance(kind, list):
        return any(_has_type(value, one) for one in kind)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    checks: dict[str, Callable[[Any], bool]] = {
        "string": lambda item: isinstance(item, str),
        "boolean": lambda item: isinstance(item, bool),
        "object": lambda item: isinstance(item, dict),
        "array": lambda item: isinstance(item, list),
        "null": lambda item: item is None,
    }
    return checks[kind](value)


def _describe_type(kind: str | list[str]) -> str:
    return " or ".join(kind) if isinstance(kind, list) else f"a value of type {kind}"
