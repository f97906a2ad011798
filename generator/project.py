"""Project the bundled document onto one API version.

A node marked `x-linkedin-since` / `x-linkedin-until` is kept only in the versions of its range;
a node carrying `x-linkedin-values` takes the keyword values of the entry whose range holds the
version; what remains loses the annotations. Names that pointed at dropped nodes (required
properties, enum values, method parameters) go with them, and components no longer referenced are
pruned, so the projected document is exactly what that version has.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

SINCE = "x-linkedin-since"
UNTIL = "x-linkedin-until"
# Per-version keyword values of a node: a list of {since?, until?, keyword: value, ...}; within the
# entry's range each keyword takes the entry's value (null removes the keyword).
VALUES = "x-linkedin-values"
HTTP_VERBS = ("get", "put", "post", "delete", "patch")
COMPONENT_SECTIONS = ("schemas", "parameters", "headers", "responses", "requestBodies")


def in_version(node: dict[str, Any], version: str) -> bool:
    since, until = node.get(SINCE), node.get(UNTIL)
    return (since is None or str(since) <= version) and (until is None or version <= str(until))


def project(document: dict[str, Any], version: str) -> dict[str, Any]:
    projected: dict[str, Any] = _project(document, version)
    _drop_unknown_method_parameters(projected)
    _prune_unreferenced_components(projected)
    return projected


def _kept(value: Any, version: str) -> bool:
    return not isinstance(value, dict) or in_version(value, version)


def with_values(node: dict[str, Any], version: str) -> dict[str, Any]:
    """The node with the keyword values its `x-linkedin-values` entries give for `version`."""
    entries = node.get(VALUES)
    if not isinstance(entries, list):
        return node
    result = {k: v for k, v in node.items() if k != VALUES}
    for entry in entries:
        if isinstance(entry, dict) and in_version(entry, version):
            for keyword, value in entry.items():
                if keyword in (SINCE, UNTIL):
                    continue
                if value is None:
                    result.pop(keyword, None)
                else:
                    result[keyword] = value
    return result


def _project(node: Any, version: str) -> Any:
    if isinstance(node, list):
        return [_project(item, version) for item in node if _kept(item, version)]
    if not isinstance(node, dict):
        return node
    node = with_values(node, version)
    result = {
        key: _project(value, version)
        for key, value in node.items()
        if key not in (SINCE, UNTIL) and _kept(value, version)
    }
    dropped_properties = set(node.get("properties") or ()) - set(result.get("properties") or ())
    if dropped_properties and isinstance(result.get("required"), list):
        result["required"] = [r for r in result["required"] if r not in dropped_properties]
    dropped_values = set(node.get("x-enum-values") or ()) - set(result.get("x-enum-values") or ())
    if dropped_values and isinstance(result.get("enum"), list):
        result["enum"] = [v for v in result["enum"] if v not in dropped_values]
    return result


def _drop_unknown_method_parameters(document: dict[str, Any]) -> None:
    """A Rest.li method lists its parameters by name; drop the names this version lacks."""
    parameters = document.get("components", {}).get("parameters") or {}
    for _, _, operation in operations(document):
        names = set()
        for parameter in operation.get("parameters") or ():
            ref = parameter.get("$ref", "")
            resolved = parameters.get(ref.rsplit("/", 1)[-1], {}) if ref else parameter
            names.add(resolved.get("name"))
        for method in operation.get("x-restli-methods") or ():
            if isinstance(method.get("parameters"), list):
                method["parameters"] = [p for p in method["parameters"] if p in names]


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, HTTP verb, operation) of every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for verb in HTTP_VERBS:
            if isinstance(item.get(verb), dict):
                yield path, verb, item[verb]


def _prune_unreferenced_components(document: dict[str, Any]) -> None:
    components = document.get("components") or {}
    reachable: set[str] = set()
    pending = list(_refs({k: v for k, v in document.items() if k != "components"}))
    while pending:
        ref = pending.pop()
        if ref in reachable:
            continue
        reachable.add(ref)
        _, _, section, name = ref.split("/", 3)
        target = (components.get(section) or {}).get(name)
        if target is not None:
            pending.extend(_refs(target))
    for section in COMPONENT_SECTIONS:
        entries = components.get(section)
        if entries is None:
            continue
        for name in [n for n in entries if f"#/components/{section}/{n}" not in reachable]:
            del entries[name]
        if not entries:
            del components[section]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/") and ref.count("/") == 3:
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)
