"""Checks that a spec can be generated from: the project's own rules, then openapi-spec-validator.

`check_bundle` runs once on the bundled document (version annotations still present);
`check_version` runs on each projected document. Both return problems; they never raise.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generator.cache import CACHE_DIR, store, toolchain
from generator.diagnostics import Problem, pointer, resolve_pointer
from generator.load import VERSION_PATTERN, SpecBundle
from generator.project import HTTP_VERBS, SINCE, UNTIL, VALUES, in_version, operations

# Rest.li method kind -> (HTTP verb, on the entity path?, needs a request body?, needs a response?)
METHOD_SHAPES: dict[str, tuple[str, bool, bool, bool]] = {
    "get": ("get", True, False, True),
    "update": ("put", True, True, False),
    "partial_update": ("post", True, True, False),
    "delete": ("delete", True, False, False),
    "batch_get": ("get", False, False, True),
    "get_all": ("get", False, False, True),
    "finder": ("get", False, False, True),
    "create": ("post", False, True, False),
    "batch_create": ("post", False, True, True),
    "batch_partial_update": ("post", False, True, True),
    "batch_delete": ("delete", False, False, True),
    "action": ("post", False, False, False),
}
NAMED_METHODS = ("finder", "action")

FileOf = Callable[[str], str]


def check_bundle(bundle: SpecBundle) -> list[Problem]:
    problems: list[Problem] = []
    for at, node in _walk(bundle.document, ()):
        since, until = node.get(SINCE), node.get(UNTIL)
        if since is None and until is None:
            continue
        where = pointer(*at)
        malformed = [
            (key, value)
            for key, value in ((SINCE, since), (UNTIL, until))
            if value is not None and not VERSION_PATTERN.match(str(value))
        ]
        for key, value in malformed:
            problems.append(
                Problem(bundle.file_of(where), f"{where}/{key}", f"{key} {value!r} is not YYYYMM")
            )
        if malformed:
            continue
        if since is not None and until is not None and str(since) > str(until):
            problems.append(
                Problem(
                    bundle.file_of(where),
                    where,
                    f"{SINCE} {since} is later than {UNTIL} {until}: the node is in no version",
                )
            )
        elif not any(in_version(node, version) for version in bundle.versions) and not (
            _outside_listed(since, until, bundle.versions)
        ):
            problems.append(
                Problem(
                    bundle.file_of(where),
                    where,
                    f"the range {SINCE} {since} / {UNTIL} {until} holds none of the versions"
                    f" listed in versions.yaml ({', '.join(bundle.versions)})",
                )
            )
    problems.extend(_check_method_parameter_names(bundle))
    problems.extend(_check_values(bundle))
    return problems


def _check_values(bundle: SpecBundle) -> Iterator[Problem]:
    """`x-linkedin-values`: entries with a range and keywords, no two entries giving the same
    keyword in overlapping ranges, and every entry changing something in a listed version. (The
    ranges themselves are checked with every other since/until.)"""
    for at, node in _walk(bundle.document, ()):
        if VALUES not in node:
            continue
        where = pointer(*at, VALUES)
        file = bundle.file_of(where)
        entries = node[VALUES]
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            yield Problem(file, where, f"{VALUES} must be a list of mappings")
            continue
        versions = [v for v in bundle.versions if in_version(node, v)]
        for index, entry in enumerate(entries):
            entry_at = f"{where}/{index}"
            keywords = [k for k in entry if k not in (SINCE, UNTIL)]
            if SINCE not in entry and UNTIL not in entry:
                yield Problem(file, entry_at, f"an entry of {VALUES} needs {SINCE} or {UNTIL}")
                continue
            if not keywords:
                yield Problem(file, entry_at, "the entry gives no keyword a value")
                continue
            if VALUES in keywords:
                yield Problem(file, f"{entry_at}/{VALUES}", f"{VALUES} cannot be nested")
                continue
            for earlier in range(index):
                shared = sorted(set(keywords) & set(entries[earlier]))
                shared = [k for k in shared if k not in (SINCE, UNTIL)]
                if shared and _overlap(entries[earlier], entry):
                    yield Problem(
                        file,
                        entry_at,
                        f"the range overlaps entry {earlier}, which also sets "
                        f"{', '.join(shared)}",
                    )
            applies = [v for v in versions if in_version(entry, v)]
            if not applies:
                if any(in_version(entry, v) for v in bundle.versions):
                    yield Problem(
                        file,
                        entry_at,
                        "the range changes nothing: the node itself is in none of its versions",
                    )
                continue
            for keyword in keywords:
                if entry[keyword] == node.get(keyword):
                    yield Problem(
                        file,
                        f"{entry_at}/{keyword}",
                        f"the range changes nothing: {keyword} is {entry[keyword]!r} without it",
                    )


def _overlap(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two since/until ranges share a month (either end may be open)."""
    low = max(str(first.get(SINCE, "000000")), str(second.get(SINCE, "000000")))
    high = min(str(first.get(UNTIL, "999999")), str(second.get(UNTIL, "999999")))
    return low <= high


def _outside_listed(since: Any, until: Any, versions: tuple[str, ...]) -> bool:
    """A range wholly after the newest listed version (a change LinkedIn made in a version not
    generated yet) or wholly before the oldest (one made before it) is history, not a mistake;
    an empty range between two listed versions is."""
    return (since is not None and str(since) > max(versions)) or (
        until is not None and str(until) < min(versions)
    )


def _check_method_parameter_names(bundle: SpecBundle) -> Iterator[Problem]:
    """Method parameters are names of the operation's parameters, in whichever version."""
    document = bundle.document
    for path, verb, operation in operations(document):
        names = {_resolve(document, p).get("name") for p in operation.get("parameters") or ()}
        for index, method in enumerate(operation.get("x-restli-methods") or ()):
            for position, name in enumerate(method.get("parameters") or ()):
                if name not in names:
                    where = pointer("paths", path, verb, "x-restli-methods", index, "parameters")
                    yield Problem(
                        bundle.file_of(where),
                        f"{where}/{position}",
                        f"method parameter {name!r} is not a parameter of the operation",
                    )


def check_version(document: dict[str, Any], version: str, file_of: FileOf) -> list[Problem]:
    problems = list(_check_refs(document, version, file_of))
    if problems:  # the remaining checks and the validator follow references
        return problems
    problems.extend(_check_operation_ids(document, file_of))
    problems.extend(_check_urn_types(document, file_of))
    problems.extend(_check_resources(document, file_of))
    if not problems:
        problems.extend(_run_openapi_validator(document, version, file_of))
    return problems


def _check_refs(document: dict[str, Any], version: str, file_of: FileOf) -> Iterator[Problem]:
    for at, node in _walk(document, ()):
        ref = node.get("$ref")
        if isinstance(ref, str) and resolve_pointer(document, ref.removeprefix("#")) is None:
            where = pointer(*at, "$ref")
            yield Problem(
                file_of(where), where, f"dangling $ref {ref!r}: not defined in version {version}"
            )


def _check_operation_ids(document: dict[str, Any], file_of: FileOf) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for path, verb, operation in operations(document):
        where = pointer("paths", path, verb, "operationId")
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            yield Problem(file_of(where), where, "every operation needs an operationId")
        elif operation_id in seen:
            yield Problem(
                file_of(where),
                where,
                f"duplicate operationId {operation_id!r} (also {seen[operation_id]})",
            )
        else:
            seen[operation_id] = where


def _urn_types(document: dict[str, Any]) -> dict[str, str]:
    schemas = document.get("components", {}).get("schemas") or {}
    return {
        name: schema["x-urn-type"]
        for name, schema in schemas.items()
        if isinstance(schema, dict) and "x-urn-type" in schema
    }


def _check_urn_types(document: dict[str, Any], file_of: FileOf) -> Iterator[Problem]:
    owners: dict[str, str] = {}
    for name, urn_type in _urn_types(document).items():
        where = pointer("components", "schemas", name, "x-urn-type")
        if not isinstance(urn_type, str) or not urn_type:
            yield Problem(file_of(where), where, "x-urn-type must name the URN kind")
        elif urn_type in owners:
            yield Problem(
                file_of(where),
                where,
                f"URN type {urn_type!r} is also defined by {owners[urn_type]}",
            )
        else:
            owners[urn_type] = name
    for at, node in _walk(document, ()):
        if "x-urn-type" in node and not (len(at) == 3 and at[:2] == ("components", "schemas")):
            where = pointer(*at, "x-urn-type")
            yield Problem(
                file_of(where),
                where,
                "URN types are named schemas in components/schemas; reference one with $ref",
            )


def _check_resources(document: dict[str, Any], file_of: FileOf) -> Iterator[Problem]:
    urn_schemas = {f"#/components/schemas/{name}" for name in _urn_types(document)}
    seen_methods: dict[tuple[str, str, str], str] = {}
    for path, item in (document.get("paths") or {}).items():
        item_at = pointer("paths", path)
        resource = item.get("x-restli-resource")
        if not isinstance(resource, str) or not resource:
            yield Problem(file_of(item_at), item_at, "x-restli-resource must name the resource")
            continue
        key = item.get("x-restli-key")
        if key is not None:
            yield from _check_key(document, path, item, key, urn_schemas, file_of)
        for verb in HTTP_VERBS:
            operation = item.get(verb)
            if not isinstance(operation, dict):
                continue
            methods = operation.get("x-restli-methods")
            op_at = pointer("paths", path, verb)
            if not isinstance(methods, list) or not methods:
                yield Problem(
                    file_of(op_at), op_at, "x-restli-methods must list the Rest.li methods"
                )
                continue
            for index, method in enumerate(methods):
                at = pointer("paths", path, verb, "x-restli-methods", index)
                for message in _method_problems(method, verb, key is not None):
                    yield Problem(file_of(at), at, message)
                identity = (resource, str(method.get("method")), str(method.get("name", "")))
                if identity in seen_methods:
                    yield Problem(
                        file_of(at),
                        at,
                        f"{resource} has {identity[1]} {identity[2]} twice"
                        f" (also {seen_methods[identity]})",
                    )
                seen_methods[identity] = at


def _check_key(
    document: dict[str, Any],
    path: str,
    item: dict[str, Any],
    key: object,
    urn_schemas: set[str],
    file_of: FileOf,
) -> Iterator[Problem]:
    where = pointer("paths", path, "x-restli-key")
    parameters = [_resolve(document, p) for p in item.get("parameters") or ()]
    for verb in HTTP_VERBS:
        operation = item.get(verb)
        if isinstance(operation, dict):
            parameters += [_resolve(document, p) for p in operation.get("parameters") or ()]
    matches = [p for p in parameters if p.get("in") == "path" and p.get("name") == key]
    if not matches or "{" + str(key) + "}" not in path:
        yield Problem(
            file_of(where), where, f"undefined key: {key!r} is not a path parameter of {path}"
        )
        return
    schema = matches[0].get("schema") or {}
    ref = schema.get("$ref")
    if ref is not None and ref not in urn_schemas:
        yield Problem(
            file_of(where), where, f"undefined URN type: key schema {ref!r} has no x-urn-type"
        )
    elif ref is None and schema.get("type") not in ("integer", "string"):
        yield Problem(
            file_of(where), where, "a key is an integer, a string or a $ref to a URN type"
        )


def _method_problems(method: Any, verb: str, on_entity: bool) -> Iterator[str]:
    if not isinstance(method, dict):
        yield "a Rest.li method is a mapping"
        return
    kind = method.get("method")
    shape = METHOD_SHAPES.get(kind) if isinstance(kind, str) else None
    if shape is None:
        yield f"unknown Rest.li method {kind!r}; expected one of {', '.join(METHOD_SHAPES)}"
        return
    expected_verb, entity, needs_request, needs_response = shape
    if verb != expected_verb:
        yield f"{kind} is carried by HTTP {expected_verb.upper()}, not {verb.upper()}"
    if entity != on_entity:
        yield f"{kind} belongs on the {'entity' if entity else 'collection'} path"
    if kind in NAMED_METHODS and not method.get("name"):
        yield f"a {kind} needs a name"
    if needs_request and "request" not in method:
        yield f"Rest.li method {kind} has no request schema"
    status = method.get("status", 200)
    # An action answering 201 creates an entity: its key comes in the x-restli-id header.
    if (
        needs_response or kind == "action" and status not in (201, 204)
    ) and "response" not in method:
        label = f"{kind} {method.get('name', '')}".strip()
        yield f"Rest.li method {label} has no response schema"


# openapi-spec-validator takes most of a warm generation run (half a second per version), and
# its verdict on a given document never changes: documents it found valid are remembered by
# their hash, per toolchain. Invalid ones are always validated again (for the messages).
def _valid_marker(document: dict[str, Any]) -> Path:
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    key = hashlib.sha256(f"{toolchain()}\0{text}".encode()).hexdigest()
    return CACHE_DIR / "valid-openapi" / key


def _run_openapi_validator(
    document: dict[str, Any], version: str, file_of: FileOf
) -> Iterator[Problem]:
    marker = _valid_marker(document)
    if marker.exists():
        return
    # Imported here: importing the validator costs a third of a second, for nothing when the
    # document is known to be valid.
    from openapi_spec_validator import OpenAPIV31SpecValidator

    if not any(True for _ in OpenAPIV31SpecValidator(document).iter_errors()):
        store(marker, "")
        return
    # The validator reports paths relative to the failing sub-schema; validating one path item
    # at a time tells which path item each error belongs to.
    located = False
    for path, item in (document.get("paths") or {}).items():
        single = {**document, "paths": {path: item}}
        for error in OpenAPIV31SpecValidator(single).iter_errors():
            located = True
            where = pointer("paths", path)
            inner = "/".join(str(p) for p in error.absolute_path)
            yield Problem(
                file_of(where), where, f"OpenAPI ({version}): {error.message} (at {inner or '.'})"
            )
    if not located:
        for error in OpenAPIV31SpecValidator({**document, "paths": {}}).iter_errors():
            inner = "/".join(str(p) for p in error.absolute_path)
            yield Problem(
                "openapi.yaml",
                "/components",
                f"OpenAPI ({version}): {error.message} (at {inner or '.'})",
            )


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    target = resolve_pointer(document, ref.removeprefix("#")) if isinstance(ref, str) else node
    return target if isinstance(target, dict) else {}


def _walk(node: Any, at: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], dict[str, Any]]]:
    if isinstance(node, dict):
        yield at, node
        for key, value in node.items():
            yield from _walk(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*at, index))
