"""A local LinkedIn Marketing API server for tests: stateful, in memory, driven by the spec.

::

    from linkedin_marketing.testing import Fault, LinkedInTestServer
    from linkedin_marketing.v202410 import LinkedInClient

    with LinkedInTestServer("202410") as server:
        client = LinkedInClient(access_token="any", base_url=server.base_url)
        ...

The server speaks Rest.li 2.0 the way LinkedIn does for the resources of one API version, as the
resolved OpenAPI document of that version (``v<version>/openapi.json`` in this package) describes
them: routes, Rest.li methods, query parameters, request and response schemas, paging style and
limits all come from that document. It checks the bearer token's presence (any token is accepted),
``LinkedIn-Version`` (``426 NONEXISTENT_VERSION`` for any version but its own) and
``X-Restli-Protocol-Version``; decodes the query strictly; accepts query tunneling; validates bodies
and parameters against the spec's schemas and answers ``400`` in LinkedIn's error shape with
``errorDetails.inputErrors``.

It runs on 127.0.0.1 on an ephemeral port (a standard library ``ThreadingHTTPServer``) while used
as a context manager, and can also be mounted in-process as an httpx transport (:meth:`transport`,
:meth:`async_transport`); both paths share one request-handling core, so they answer alike.
:class:`Fault` makes chosen requests fail with an error status or a dropped connection.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import importlib.resources
import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, NoReturn, Self
from urllib.parse import unquote, urlsplit

import httpx

from .restli import RestliDecodeError, decode, encode

__all__ = ["Fault", "LinkedInTestServer", "RecordedRequest", "available_versions"]

_PACKAGE = __name__.rpartition(".")[0]

# Which entity field each finder criterion tests. The spec documents every criterion but not the
# field behind it. Record-valued parameters (``search=(name:(values:List(...)))``) name their
# criteria ``search.name``. The server refuses a spec whose finder has a criterion missing here, so
# a newly documented criterion cannot be silently ignored.
_CRITERIA: dict[tuple[str, str], dict[str, str]] = {
    ("adAccounts", "search"): {
        "search.id": "id",
        "search.name": "name",
        "search.reference": "reference",
        "search.type": "type",
        "search.status": "status",
        "search.test": "test",
    },
    ("adCampaignGroups", "search"): {
        "search.id": "id",
        "search.name": "name",
        "search.status": "status",
        "search.test": "test",
    },
    ("creatives", "criteria"): {
        "campaigns": "campaign",
        "contentReferences": "content.reference",
        "creatives": "id",
        "intendedStatuses": "intendedStatus",
        "isTestAccount": "isTest",
        "leadgenCreativeCallToActionDestinations": "leadgenCallToAction.destination",
    },
    ("adTargetTemplates", "account"): {"account": "account"},
}
# Finder parameters that shape the page rather than filter it.
_PAGING_PARAMS = {"start", "count", "pageSize", "pageToken"}
_ORDER_PARAMS = {"sort", "sortOrder", "sortField", "isTotalIncluded"}

# Resources whose entities DELETE removes only while in DRAFT (the others must be moved to
# PENDING_DELETION by a partial update), and the status field that says so, as documented.
_DRAFT_ONLY_DELETE = {
    "adAccounts": "status",
    "adCampaignGroups": "status",
    "creatives": "intendedStatus",
}

# Actions that create an entity, and the body field holding it.
_CREATING_ACTIONS = {("creatives", "createInline"): "creative"}

# The documented answer to an index-paged request without paging parameters that matches more
# entities than this.
_UNPAGED_LIMIT = 100
# Rest.li's default page size when only ``start`` is given.
_DEFAULT_COUNT = 10
# LinkedIn's numeric code for errors it gives no more specific code.
_GENERIC_SERVICE_ERROR = 100

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_INT64 = (-(2**63), 2**63 - 1)


def available_versions() -> list[str]:
    """The API versions this package can serve (those with a resolved ``openapi.json``), oldest
    first."""
    root = importlib.resources.files(_PACKAGE)
    return sorted(
        entry.name[1:]
        for entry in root.iterdir()
        if re.fullmatch(r"v[0-9]{6}", entry.name) and entry.joinpath("openapi.json").is_file()
    )


@dataclass(frozen=True)
class Fault:
    """Make matching requests fail instead of being served, ``times`` times.

    ``method`` (the HTTP verb, after any ``X-HTTP-Method-Override``) and ``path`` (a regular
    expression searched in the URL path, such as ``r"/adAccounts$"``) select requests; ``None``
    matches any. The answer is ``status`` (with ``Retry-After`` when ``retry_after`` is set), or
    with ``drop=True`` a connection closed without an answer; ``after=True`` drops the answer only
    after the request was served, as when a connection breaks on the way back.
    """

    status: int = 503
    times: int = 1
    method: str | None = None
    path: str | None = None
    drop: bool = False
    after: bool = False
    retry_after: int | None = None

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault applies to a request of this (upper-case) method and path."""
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or re.search(self.path, path) is not None


@dataclass
class RecordedRequest:
    """One request as the server saw it (after un-tunneling), for assertions in tests."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    restli_method: str | None = None
    status: int | None = None


@dataclass(frozen=True)
class _Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    drop: bool = False


class _HttpError(Exception):
    """An error answer in LinkedIn's shape, raised anywhere below the request entry point."""

    def __init__(self, status: int, message: str, *, code: str | None = None, **extra: Any):
        super().__init__(message)
        self.status = status
        self.body: dict[str, Any] = {
            "status": status,
            "serviceErrorCode": _GENERIC_SERVICE_ERROR,
            "message": message,
        }
        if code is not None:
            self.body["code"] = code
        self.body.update(extra)


@dataclass(frozen=True)
class _InputError:
    path: str
    description: str
    code: str
    value: Any = None


def _invalid(message: str, errors: list[_InputError]) -> _HttpError:
    details = []
    for error in errors:
        data: dict[str, Any] = {"inputPath": {"fieldPath": error.path or "/"}}
        if error.value is not None:
            data["value"] = error.value
        details.append({"description": error.description, "input": data, "code": error.code})
    return _HttpError(
        400,
        message,
        code=errors[0].code if errors else "INVALID_VALUE",
        errorDetailType="com.linkedin.common.error.BadRequest",
        errorDetails={"inputErrors": details},
    )


def _bad_request(message: str) -> NoReturn:
    raise _HttpError(400, message)


# --- The spec --------------------------------------------------------------------------------


class _Schemas:
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
            if kind == "integer" and _INTEGER.fullmatch(value):
                return int(value)
            if kind == "number" and _NUMBER.fullmatch(value):
                return float(value) if "." in value or "e" in value.lower() else int(value)
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
    ) -> list[_InputError]:
        """What is wrong with ``value``; ``request=True`` also refuses read-only fields."""
        found: list[_InputError] = []
        self._check(self.deref(schema), value, path, request, found)
        return found

    def _check(
        self, schema: dict[str, Any], value: Any, path: str, request: bool, found: list[_InputError]
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
                    or [_InputError(path, "Matches more than one form", "INVALID_VALUE", value)]
                )
                return
        for branch in schema.get("allOf", ()):
            self._check(self.deref(branch), value, path, request, found)
        kind = schema.get("type")
        if kind is not None and not _has_type(value, kind):
            found.append(
                _InputError(path, f"Expected {_describe_type(kind)}", "INVALID_VALUE_TYPE", value)
            )
            return
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(str(item) for item in schema["enum"])
            found.append(
                _InputError(
                    path, f"Not one of the allowed values: {allowed}", "INVALID_ENUM_VALUE", value
                )
            )
        if "const" in schema and value != schema["const"]:
            found.append(_InputError(path, f"Must be {schema['const']!r}", "INVALID_VALUE", value))
        if isinstance(value, str):
            self._check_string(schema, value, path, found)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self._check_number(schema, value, path, found)
        elif isinstance(value, list):
            self._check_array(schema, value, path, request, found)
        elif isinstance(value, dict):
            self._check_object(schema, value, path, request, found)

    def _check_string(
        self, schema: dict[str, Any], value: str, path: str, found: list[_InputError]
    ) -> None:
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(
                _InputError(
                    path,
                    f"Longer than the maximum of {schema['maxLength']} characters",
                    "FIELD_VALUE_TOO_LONG",
                    value,
                )
            )
        if "minLength" in schema and len(value) < schema["minLength"]:
            found.append(
                _InputError(
                    path, f"Shorter than {schema['minLength']} characters", "INVALID_VALUE", value
                )
            )
        if "pattern" in schema and re.search(schema["pattern"], value) is None:
            found.append(
                _InputError(path, f"Does not match {schema['pattern']}", "INVALID_VALUE", value)
            )

    def _check_number(
        self, schema: dict[str, Any], value: float, path: str, found: list[_InputError]
    ) -> None:
        if "maximum" in schema and value > schema["maximum"]:
            found.append(
                _InputError(
                    path, f"Larger than the maximum of {schema['maximum']}", "INVALID_VALUE", value
                )
            )
        if "minimum" in schema and value < schema["minimum"]:
            found.append(
                _InputError(
                    path, f"Smaller than the minimum of {schema['minimum']}", "INVALID_VALUE", value
                )
            )
        if schema.get("format") == "int64" and not _INT64[0] <= value <= _INT64[1]:
            found.append(
                _InputError(path, "Out of the 64-bit integer range", "INVALID_VALUE", value)
            )

    def _check_array(
        self,
        schema: dict[str, Any],
        value: list[Any],
        path: str,
        request: bool,
        found: list[_InputError],
    ) -> None:
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append(
                _InputError(path, f"Fewer than {schema['minItems']} items", "INVALID_VALUE")
            )
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            found.append(
                _InputError(path, f"More than {schema['maxItems']} items", "INVALID_VALUE")
            )
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
        found: list[_InputError],
    ) -> None:
        properties = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                found.append(
                    _InputError(
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
                        _InputError(
                            where, "Read-only field; the server sets it", "FIELD_NOT_EDITABLE", item
                        )
                    )
                    continue
                self._check(child, item, where, request, found)
            elif extra is False:
                found.append(_InputError(where, "Unknown field", "INVALID_VALUE"))
            elif isinstance(extra, dict):
                self._check(self.deref(extra), item, where, request, found)


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


@dataclass(frozen=True)
class _Route:
    """One path of the spec: its pattern, resource, key and operations by HTTP verb."""

    template: str
    pattern: re.Pattern[str]
    params: tuple[str, ...]
    resource: str
    key: str | None
    operations: dict[str, dict[str, Any]]
    parameter_schemas: dict[str, dict[str, Any]]


def _load_document(version: str, spec: Mapping[str, Any] | str | os.PathLike[str] | None) -> Any:
    if isinstance(spec, Mapping):
        return copy.deepcopy(dict(spec))
    if spec is not None:
        with open(spec, encoding="utf-8") as handle:
            return json.load(handle)
    resource = importlib.resources.files(_PACKAGE).joinpath(f"v{version}", "openapi.json")
    if not resource.is_file():
        served = ", ".join(available_versions()) or "none"
        raise ValueError(
            f"no resolved spec for version {version} in {_PACKAGE} (available: {served})"
        )
    return json.loads(resource.read_text(encoding="utf-8"))


def _routes(document: Mapping[str, Any], schemas: _Schemas) -> list[_Route]:
    routes = []
    for template, item in document["paths"].items():
        params = tuple(re.findall(r"\{([^}]+)\}", template))
        regex = re.escape(template)
        for name in params:
            regex = regex.replace(re.escape("{" + name + "}"), "([^/]+)")
        parameter_schemas = {}
        for parameter in item.get("parameters", ()):
            parameter = schemas.deref(parameter)
            parameter_schemas[parameter["name"]] = schemas.deref(parameter["schema"])
        operations = {
            verb.upper(): operation
            for verb, operation in item.items()
            if verb in ("get", "post", "put", "delete", "patch")
        }
        routes.append(
            _Route(
                template,
                re.compile(regex + "/?"),
                params,
                item["x-restli-resource"],
                item.get("x-restli-key"),
                operations,
                parameter_schemas,
            )
        )
    return routes


def _check_finders(routes: list[_Route], schemas: _Schemas) -> None:
    """Refuse a spec whose finder has a criterion this server does not know how to apply."""
    for route in routes:
        for operation in route.operations.values():
            for method in operation.get("x-restli-methods", ()):
                if method["method"] != "finder":
                    continue
                table = _CRITERIA.get((route.resource, method["name"]), {})
                for name in method.get("parameters", ()):
                    if name in _PAGING_PARAMS or name in _ORDER_PARAMS:
                        continue
                    parameter = _operation_parameter(operation, name, schemas)
                    nested = schemas.deref(parameter.get("x-restli-schema"))
                    criteria = (
                        [f"{name}.{child}" for child in nested.get("properties", {})]
                        if nested.get("type") == "object"
                        else [name]
                    )
                    for criterion in criteria:
                        if criterion not in table:
                            raise ValueError(
                                f"finder {route.resource}.{method['name']}: "
                                f"criterion {criterion!r} "
                                "has no entity field in linkedin_marketing.testing._CRITERIA"
                            )


def _operation_parameter(
    operation: Mapping[str, Any], name: str, schemas: _Schemas
) -> dict[str, Any]:
    for parameter in operation.get("parameters", ()):
        parameter = schemas.deref(parameter)
        if parameter["name"] == name:
            return parameter
    raise ValueError(f"operation {operation.get('operationId')} lists no parameter {name!r}")


# --- Requests --------------------------------------------------------------------------------

# A stored entity with its place: ((parent keys, key), entity).
_Stored = tuple[tuple[tuple[Any, ...], Any], dict[str, Any]]


@dataclass
class _Call:
    """A routed request: what each Rest.li method handler works from."""

    route: _Route
    method: dict[str, Any]
    parents: dict[str, Any]
    key: Any
    params: dict[str, Any]
    body: Any
    headers: dict[str, str]

    @property
    def scope(self) -> tuple[Any, ...]:
        return tuple(self.parents.values())


def _parse_query(query: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        name = unquote(name)
        if name in params:
            _bad_request(f"Parameter '{name}' is given more than once")
        # Values stay percent-encoded: Rest.li decoding unescapes each string token itself, after
        # the grammar characters have been recognised.
        params[name] = value
    return params


def _untunnel(headers: Mapping[str, str], query: str, body: bytes) -> tuple[str, bytes]:
    """The query and body of a tunneled request (POST with ``X-HTTP-Method-Override``)."""
    content_type = headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        form = body.decode("ascii", errors="replace")
        return "&".join(part for part in (query, form) if part), b""
    if content_type.startswith("multipart/mixed"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        parts: Any = message.get_payload() if message.is_multipart() else None
        if not isinstance(parts, list) or len(parts) != 2:
            _bad_request("A tunneled request with a body must be multipart/mixed with two parts")
        form = _payload(parts[0]).decode("ascii", errors="replace")
        return "&".join(part for part in (query, form) if part), _payload(parts[1])
    _bad_request("A tunneled request must carry its query as a form or multipart/mixed body")


def _payload(part: Any) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _json(status: int, body: Any, headers: Mapping[str, str] | None = None) -> _Answer:
    return _Answer(
        status,
        {"Content-Type": "application/json", **(headers or {})},
        json.dumps(body, separators=(",", ":")).encode("utf-8"),
    )


def _now_ms() -> int:
    return int(time.time() * 1000)


def _key_order(key: Any) -> tuple[int, str]:
    """Order keys as their ids: numbers, or URNs by their numeric last part."""
    if isinstance(key, int):
        return key, ""
    tail = str(key).rsplit(":", 1)[-1]
    return (int(tail), "") if tail.isdigit() else (0, str(key))


def _lookup(entity: Mapping[str, Any], dotted: str) -> Any:
    value: Any = entity
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _same(actual: Any, wanted: Any) -> bool:
    if actual == wanted:
        return True
    # A URN criterion (urn:li:sponsoredAccount:5) against an entity's numeric id (5).
    if isinstance(actual, int) and isinstance(wanted, str):
        return wanted.rsplit(":", 1)[-1] == str(actual)
    # The documentation spells one status CANCELLED on entities and CANCELED in search criteria.
    if isinstance(actual, str) and isinstance(wanted, str):
        return actual.replace("CANCELLED", "CANCELED") == wanted.replace("CANCELLED", "CANCELED")
    return False


def _matches(entity: Mapping[str, Any], dotted: str, wanted: Any) -> bool:
    if isinstance(wanted, dict) and "values" in wanted:
        wanted = wanted["values"]
    actual = _lookup(entity, dotted)
    if isinstance(wanted, list):
        return not wanted or any(_same(actual, item) for item in wanted)
    return _same(actual, wanted)


class _Core:
    """The request-handling core the HTTP server and the httpx transports share."""

    def __init__(self, version: str, document: Mapping[str, Any], faults: Iterable[Fault]) -> None:
        self.version = version
        self.schemas = _Schemas(document)
        self.prefix = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
        self.routes = _routes(document, self.schemas)
        _check_finders(self.routes, self.schemas)
        for route in self.routes:
            for operation in route.operations.values():
                for method in operation.get("x-restli-methods", ()):
                    if not hasattr(self, "_do_" + method["method"]):
                        raise ValueError(
                            f"{route.template}: the {method['method']} method is not served"
                        )
        self.lock = threading.RLock()
        self.faults: list[list[Any]] = [[fault, fault.times] for fault in faults]
        self.requests: list[RecordedRequest] = []
        # resource -> (parent keys, key) -> entity
        self.entities: dict[str, dict[tuple[tuple[Any, ...], Any], dict[str, Any]]] = {}
        self.next_id = 100000

    # --- entry point ---

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> _Answer:
        headers = {name.lower(): value for name, value in headers.items()}
        path, _, query = target.partition("?")
        verb = method.upper()
        override = headers.get("x-http-method-override")
        if verb == "POST" and override:
            verb = override.upper()
        record = RecordedRequest(verb, path, query, headers, body)
        with self.lock:
            self.requests.append(record)
            fault = self._take_fault(verb, path)
            if fault is not None and not fault.after:
                record.status = 0 if fault.drop else fault.status
                return self._fault_answer(fault)
            try:
                answer = self._serve(record, override is not None and method.upper() == "POST")
            except _HttpError as error:
                answer = _json(error.status, error.body)
            record.status = answer.status
        if fault is not None:
            return _Answer(drop=True)
        return answer

    def _take_fault(self, verb: str, path: str) -> Fault | None:
        for entry in self.faults:
            fault, left = entry
            if left > 0 and fault.matches(verb, path):
                entry[1] = left - 1
                return fault  # type: ignore[no-any-return]
        return None

    def _fault_answer(self, fault: Fault) -> _Answer:
        if fault.drop:
            return _Answer(drop=True)
        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
        message = "Too many requests" if fault.status == 429 else "Injected failure"
        return _json(
            fault.status,
            {"status": fault.status, "serviceErrorCode": 0, "message": message},
            headers,
        )

    def _serve(self, record: RecordedRequest, tunneled: bool) -> _Answer:
        query, body = record.query, record.body
        if tunneled:
            query, body = _untunnel(record.headers, query, body)
        self._check_headers(record.headers)
        route, values = self._route(record.path)
        operation = route.operations.get(record.method)
        if operation is None:
            raise _HttpError(405, f"Method {record.method} is not allowed on {route.template}")
        raw = _parse_query(query)
        method = self._restli_method(route, record.method, raw, record.headers)
        record.restli_method = (
            method["method"] if "name" not in method else f"{method['method']}:{method['name']}"
        )
        parents = {
            name: self._path_key(route, name, value)
            for name, value in values.items()
            if name != route.key
        }
        key = self._path_key(route, route.key, values[route.key]) if route.key else None
        params = self._params(route, operation, method, raw)
        payload = self._body(method, body)
        call = _Call(route, method, parents, key, params, payload, record.headers)
        handler: Callable[[_Call], _Answer] = getattr(self, "_do_" + method["method"])
        return handler(call)

    def _check_headers(self, headers: Mapping[str, str]) -> None:
        authorization = headers.get("authorization", "")
        if not authorization.startswith("Bearer ") or not authorization[7:].strip():
            raise _HttpError(
                401, "Empty oauth2 access token", code="EMPTY_ACCESS_TOKEN", serviceErrorCode=65604
            )
        version = headers.get("linkedin-version")
        if not version:
            raise _HttpError(
                400,
                "A version must be present. "
                "Please specify a version by adding the LinkedIn-Version header.",
                code="VERSION_MISSING",
            )
        if version != self.version:
            # Exactly the body LinkedIn sends for a version it does not serve (no serviceErrorCode).
            error = _HttpError(
                426, f"Requested version {version} is not active", code="NONEXISTENT_VERSION"
            )
            del error.body["serviceErrorCode"]
            raise error
        if headers.get("x-restli-protocol-version") != "2.0.0":
            _bad_request("X-Restli-Protocol-Version: 2.0.0 is required")

    def _route(self, path: str) -> tuple[_Route, dict[str, str]]:
        if not path.startswith(self.prefix + "/"):
            raise _HttpError(404, f"No resource at {path}")
        local = path[len(self.prefix) :]
        for route in self.routes:
            found = route.pattern.fullmatch(local)
            if found is not None:
                return route, dict(zip(route.params, found.groups(), strict=True))
        raise _HttpError(404, f"No resource at {path}")

    def _path_key(self, route: _Route, name: str, raw: str) -> Any:
        try:
            value = decode(raw)
        except RestliDecodeError as error:
            _bad_request(f"Syntax exception in path variables: {error}")
        schema = route.parameter_schemas.get(name, {})
        typed = self.schemas.coerce(schema, value)
        problems = self.schemas.errors(schema, typed, f"/{name}")
        if problems:
            raise _invalid(f"Syntax exception in path variables: invalid {name}", problems)
        return typed

    def _restli_method(
        self, route: _Route, verb: str, raw: Mapping[str, str], headers: Mapping[str, str]
    ) -> dict[str, Any]:
        methods: list[dict[str, Any]] = list(route.operations[verb].get("x-restli-methods", ()))
        declared = headers.get("x-restli-method", "").upper()

        def pick(kind: str, name: str | None = None) -> dict[str, Any]:
            for method in methods:
                if method["method"] == kind and method.get("name") == name:
                    return method
            target = kind if name is None else f"{kind} {name!r}"
            _bad_request(f"{route.template} does not support the {target} method")

        if "q" in raw:
            method = pick("finder", unquote(raw["q"]))
        elif "action" in raw:
            method = pick("action", unquote(raw["action"]))
        elif declared in ("BATCH_CREATE", "BATCH_PARTIAL_UPDATE", "BATCH_UPDATE"):
            method = pick(declared.lower())
        elif "ids" in raw:
            batch = {"GET": "batch_get", "DELETE": "batch_delete", "PUT": "batch_update"}
            method = pick(batch.get(verb, "batch_partial_update"))
        else:
            kinds = [method["method"] for method in methods if method["method"] in _SINGLE_KINDS]
            if not kinds:
                _bad_request(f"{route.template} needs a q, ids or action parameter")
            method = pick(kinds[0])
        kind = "ACTION" if method["method"] == "action" else method["method"].upper()
        if declared and declared != kind:
            _bad_request(f"X-RestLi-Method {declared} does not match the request, which is {kind}")
        return method

    def _params(
        self,
        route: _Route,
        operation: Mapping[str, Any],
        method: Mapping[str, Any],
        raw: Mapping[str, str],
    ) -> dict[str, Any]:
        allowed = set(method.get("parameters", ()))
        if method["method"] in _KEYED_BATCHES:
            allowed.add("ids")
        implied = {"q", "action", "fields"}
        params: dict[str, Any] = {}
        for name, value in raw.items():
            if name in implied:
                continue
            if name not in allowed:
                _bad_request(f"Parameter '{name}' is not supported by this request")
            parameter = _operation_parameter(operation, name, self.schemas)
            try:
                decoded = decode(value)
            except RestliDecodeError as error:
                _bad_request(f"Parameter '{name}' is invalid: {error}")
            schema = parameter.get("x-restli-schema", parameter["schema"])
            typed = self.schemas.coerce(schema, decoded)
            plain = self.schemas.deref(parameter["schema"])
            if (
                name in ("count", "pageSize")
                and isinstance(typed, int)
                and typed > plain.get("maximum", typed)
            ):
                _bad_request(f"Specified {name} is larger than {plain['maximum']}")
            problems = self.schemas.errors(schema, typed, f"/{name}")
            if problems:
                raise _invalid(f"Parameter '{name}' is invalid", problems)
            params[name] = typed
        for name in sorted(allowed):
            if name in params:
                continue
            if name == "ids":
                _bad_request("Parameter 'ids' is required")
            parameter = _operation_parameter(operation, name, self.schemas)
            if parameter.get("required"):
                _bad_request(f"Parameter '{name}' is required")
        return params

    def _body(self, method: Mapping[str, Any], body: bytes) -> Any:
        if "request" not in method:
            return None
        try:
            payload = json.loads(body) if body else None
        except ValueError as error:
            _bad_request(f"The request body is not valid JSON: {error}")
        if payload is None:
            _bad_request("The request needs a JSON body")
        return payload

    # --- the store ---

    def _table(self, call: _Call) -> dict[tuple[tuple[Any, ...], Any], dict[str, Any]]:
        return self.entities.setdefault(call.route.resource, {})

    def _entity_schema(self, resource: str) -> Any:
        for route in self.routes:
            if route.resource == resource and route.key is not None:
                get = route.operations.get("GET", {})
                for method in get.get("x-restli-methods", ()):
                    if method["method"] == "get":
                        return method["response"]
        raise ValueError(f"the spec has no get method for {resource}")

    def _key_schema(self, resource: str) -> dict[str, Any]:
        for route in self.routes:
            if route.resource == resource and route.key is not None:
                return route.parameter_schemas[route.key]
        raise ValueError(f"the spec has no entity path for {resource}")

    def _new_key(self, resource: str) -> Any:
        self.next_id += 1
        schema = self._key_schema(resource)
        if schema.get("type") == "integer":
            return self.next_id
        kind = schema.get("x-urn-type")
        if kind is None:
            return str(self.next_id)
        return f"urn:li:{kind}:{self.next_id}"

    def _key_text(self, key: Any) -> str:
        """A key as batch responses write it: plain, as the documented samples do
        (``"urn:li:sponsoredCreative:1"``, ``"123"``)."""
        return str(key)

    def _find(self, call: _Call, key: Any) -> dict[str, Any] | None:
        return self._table(call).get((call.scope, key))

    def _not_found(self, key: Any) -> _HttpError:
        return _HttpError(404, f"Key not found: {key}", code="NOT_FOUND")

    def _is_test_scope(self, call: _Call) -> bool:
        account_id = call.parents.get("adAccountId")
        account = self.entities.get("adAccounts", {}).get(((), account_id))
        return bool(account and account.get("test"))

    def _create(self, call: _Call, data: Any, path: str = "") -> tuple[Any, dict[str, Any]]:
        """Validate and store a new entity; its key and stored form."""
        resource = call.route.resource
        schema = self._entity_schema(resource)
        problems = self.schemas.errors(schema, data, path, request=True)
        if problems:
            raise _invalid("Invalid entity in the request body", problems)
        properties = self.schemas.deref(schema).get("properties", {})
        account_id = call.parents.get("adAccountId")
        if account_id is not None and "account" in properties:
            account = f"urn:li:sponsoredAccount:{account_id}"
            if data.get("account", account) != account:
                raise _invalid(
                    "The account does not match the ad account of the path",
                    [
                        _InputError(
                            f"{path}/account",
                            f"Must be {account}",
                            "INVALID_VALUE",
                            data["account"],
                        )
                    ],
                )
        key = self._new_key(resource)
        entity: dict[str, Any] = {}
        self._stamp(call, entity, properties, key)
        for name, prop in properties.items():
            prop = self.schemas.deref(prop)
            if "default" in prop and name not in entity:
                entity[name] = copy.deepcopy(prop["default"])
        entity.update(copy.deepcopy(data))
        if account_id is not None and "account" in properties:
            entity["account"] = f"urn:li:sponsoredAccount:{account_id}"
        self._table(call)[(call.scope, key)] = entity
        return key, entity

    def _stamp(
        self, call: _Call, entity: dict[str, Any], properties: Mapping[str, Any], key: Any
    ) -> None:
        """Set the fields the server owns: on create (``key`` given) the id and the test flag
        inherited from the ad account; on create and update the audit stamps."""
        now = _now_ms()
        stamp = {"actor": "urn:li:person:testUser", "time": now}
        created = key is not None
        for name, prop in properties.items():
            target = prop.get("$ref", "") if isinstance(prop, dict) else ""
            if target.endswith("/ChangeAuditStamps"):
                stamps = entity.setdefault(name, {})
                stamps["lastModified"] = dict(stamp)
                stamps.setdefault("created", dict(stamp))
            elif target.endswith("/AuditStamp") and (created or name == "lastModified"):
                entity[name] = dict(stamp)
            elif name == "lastModifiedAt" or (created and name == "createdAt"):
                entity[name] = now
            elif created and name == "id":
                entity[name] = key
            elif (
                created and name in ("test", "isTest") and self.schemas.deref(prop).get("readOnly")
            ):
                entity[name] = self._is_test_scope(call)

    def _patched(self, call: _Call, entity: Mapping[str, Any], body: Any) -> dict[str, Any]:
        """The entity with the (validated) partial update ``body`` applied, or the error that
        refuses it."""
        schema = self._entity_schema(call.route.resource)
        result = copy.deepcopy(dict(entity))
        self._apply(schema, result, body["patch"], "")
        problems = self.schemas.errors(schema, result)
        if problems:
            raise _invalid("The partial update leaves the entity invalid", problems)
        self._stamp(call, result, self.schemas.deref(schema).get("properties", {}), None)
        return result

    def _apply(
        self, schema: Any, target: dict[str, Any], patch: Mapping[str, Any], path: str
    ) -> None:
        properties = self.schemas.deref(schema).get("properties", {})
        touched = [
            *patch.get("$set", {}),
            *patch.get("$delete", []),
            *(k for k in patch if not k.startswith("$")),
        ]
        for name in touched:
            prop = self.schemas.deref(properties.get(name))
            if prop.get("x-restli-create-only"):
                raise _HttpError(
                    422,
                    f"{name}::CreateOnly field present in a partial_update request",
                    code="FIELD_NOT_EDITABLE",
                )
            if prop.get("readOnly"):
                raise _invalid(
                    "Read-only field in a partial update",
                    [
                        _InputError(
                            f"{path}/{name}",
                            "Read-only field; the server sets it",
                            "FIELD_NOT_EDITABLE",
                        )
                    ],
                )
        for name in patch.get("$delete", []):
            target.pop(name, None)
        for name, value in patch.get("$set", {}).items():
            target[name] = copy.deepcopy(value)
        for name, nested in patch.items():
            if name.startswith("$"):
                continue
            child = target.setdefault(name, {})
            if not isinstance(child, dict):
                raise _invalid(
                    "Nested patch of a field that is not a record",
                    [_InputError(f"{path}/{name}", "Not a record", "INVALID_VALUE", child)],
                )
            self._apply(properties.get(name), child, nested, f"{path}/{name}")

    def _remove(self, call: _Call, key: Any) -> None:
        entity = self._find(call, key)
        if entity is None:
            raise self._not_found(key)
        status_field = _DRAFT_ONLY_DELETE.get(call.route.resource)
        if status_field is not None and entity.get(status_field) != "DRAFT":
            raise _HttpError(
                400,
                f"Only a DRAFT entity can be deleted; "
                f"set {status_field} to PENDING_DELETION instead",
                code="TRANSITION_NOT_ALLOWED",
            )
        del self._table(call)[(call.scope, key)]

    def _created_headers(self, call: _Call, key: Any) -> dict[str, str]:
        reduced = encode(key, context="reduced")
        collection = self.prefix + call.route.template
        for name, value in call.parents.items():
            collection = collection.replace("{" + name + "}", encode(value, context="path"))
        return {
            "x-restli-id": reduced,
            "x-linkedin-id": reduced,
            "Location": f"{collection}/{encode(key, context='path')}",
        }

    def _batch_keys(self, call: _Call) -> list[Any]:
        ids = call.params["ids"]
        if len(set(map(json.dumps, ids))) != len(ids):
            _bad_request("Parameter 'ids' lists a key more than once")
        return list(ids)

    def _filter_response(self, call: _Call, response: dict[str, Any]) -> dict[str, Any]:
        """Keep only the members the method's response schema declares (batch shapes differ)."""
        declared = self.schemas.deref(call.method.get("response")).get("properties", {})
        return {name: value for name, value in response.items() if name in declared}

    # --- Rest.li methods ---

    def _do_get(self, call: _Call) -> _Answer:
        entity = self._find(call, call.key)
        if entity is None:
            raise self._not_found(call.key)
        return _json(200, entity)

    def _do_batch_get(self, call: _Call) -> _Answer:
        results, errors, statuses = {}, {}, {}
        for key in self._batch_keys(call):
            text = self._key_text(key)
            entity = self._find(call, key)
            if entity is None:
                errors[text] = self._not_found(key).body
                statuses[text] = 404
            else:
                results[text] = entity
                statuses[text] = 200
        body = {"results": results, "errors": errors, "statuses": statuses}
        return _json(call.method.get("status", 200), self._filter_response(call, body))

    def _do_create(self, call: _Call) -> _Answer:
        key, _ = self._create(call, call.body)
        return _Answer(call.method.get("status", 201), self._created_headers(call, key))

    def _do_batch_create(self, call: _Call) -> _Answer:
        # Only the envelope is checked here: each element is validated on its own and fails alone.
        elements = call.body.get("elements") if isinstance(call.body, dict) else None
        if not isinstance(elements, list) or not elements:
            raise _invalid(
                "A batch create needs a non-empty elements list",
                [_InputError("/elements", "Required field is missing", "REQUIRED_FIELD_MISSING")],
            )
        status_schema = self.schemas.deref(
            self.schemas.deref(
                self.schemas.deref(call.method["response"])["properties"]["elements"]
            )["items"]
        )
        outcome = []
        for index, element in enumerate(elements):
            try:
                key, _ = self._create(call, element, f"/elements/{index}")
            except _HttpError as error:
                outcome.append({"status": error.status, "error": error.body})
                continue
            item: dict[str, Any] = {"status": 201, "id": key}
            if "location" in status_schema.get("properties", {}):
                item["location"] = self._created_headers(call, key)["Location"]
            outcome.append(item)
        return _json(call.method.get("status", 200), {"elements": outcome})

    def _do_action(self, call: _Call) -> _Answer:
        member = _CREATING_ACTIONS.get((call.route.resource, call.method["name"]))
        if member is None:
            _bad_request(f"Action {call.method['name']} is not implemented by the test server")
        problems = self.schemas.errors(call.method["request"], call.body)
        if problems:
            raise _invalid(f"Invalid {call.method['name']} request", problems)
        key, _ = self._create(call, call.body[member], f"/{member}")
        headers = self._created_headers(call, key)
        if "response" not in call.method:  # the key travels in x-restli-id only, as for create
            return _Answer(call.method.get("status", 201), headers=headers)
        return _json(call.method.get("status", 201), {"value": key}, headers)

    def _do_partial_update(self, call: _Call) -> _Answer:
        problems = self.schemas.errors(call.method["request"], call.body)
        if problems:
            raise _invalid("Invalid partial update", problems)
        entity = self._find(call, call.key)
        if entity is None:
            raise _HttpError(404, "Cannot find entity to update", code="NOT_FOUND")
        self._table(call)[(call.scope, call.key)] = self._patched(call, entity, call.body)
        return _Answer(call.method.get("status", 204))

    def _do_batch_partial_update(self, call: _Call) -> _Answer:
        problems = self.schemas.errors(call.method["request"], call.body)
        if problems:
            raise _invalid("Invalid batch partial update", problems)
        keys = self._batch_keys(call)
        patches: dict[Any, Any] = {}
        for text, patch in call.body["entities"].items():
            try:
                patches[
                    json.dumps(
                        self.schemas.coerce(self._key_schema(call.route.resource), decode(text))
                    )
                ] = patch
            except RestliDecodeError as error:
                _bad_request(f"Invalid entity key {text!r}: {error}")
        if set(patches) != {json.dumps(key) for key in keys}:
            _bad_request("The keys of 'entities' must be the keys of the 'ids' parameter")
        results, errors = {}, {}
        for key in keys:
            text = self._key_text(key)
            entity = self._find(call, key)
            try:
                if entity is None:
                    raise _HttpError(404, "Cannot find entity to update", code="NOT_FOUND")
                self._table(call)[(call.scope, key)] = self._patched(
                    call, entity, patches[json.dumps(key)]
                )
                results[text] = {"status": 204}
            except _HttpError as error:
                errors[text] = error.body
        return _json(
            call.method.get("status", 200),
            self._filter_response(call, {"results": results, "errors": errors}),
        )

    def _do_delete(self, call: _Call) -> _Answer:
        self._remove(call, call.key)
        return _Answer(call.method.get("status", 204))

    def _do_batch_delete(self, call: _Call) -> _Answer:
        results, errors = {}, {}
        for key in self._batch_keys(call):
            try:
                self._remove(call, key)
                results[self._key_text(key)] = {"status": 204}
            except _HttpError as error:
                errors[self._key_text(key)] = error.body
        return _json(
            call.method.get("status", 200),
            self._filter_response(call, {"results": results, "errors": errors}),
        )

    def _do_finder(self, call: _Call) -> _Answer:
        table = _CRITERIA[(call.route.resource, call.method["name"])]
        found = []
        for (scope, key), entity in self._table(call).items():
            if scope != call.scope:
                continue
            if all(
                self._criterion(entity, name, value, table) for name, value in call.params.items()
            ):
                found.append(((scope, key), entity))
        return self._page(call, found)

    def _criterion(
        self, entity: Mapping[str, Any], name: str, value: Any, table: Mapping[str, str]
    ) -> bool:
        if name in _PAGING_PARAMS or name in _ORDER_PARAMS:
            return True
        if name in table:
            return _matches(entity, table[name], value)
        return all(
            _matches(entity, table[f"{name}.{child}"], item) for child, item in value.items()
        )

    def _page(self, call: _Call, found: list[_Stored]) -> _Answer:
        params = call.params
        sort = params.get("sort", {})
        descending = params.get("sortOrder", sort.get("order", "ASCENDING")) == "DESCENDING"
        if params.get("sortField") == "NAME":
            found.sort(key=lambda item: (str(item[1].get("name", "")), _key_order(item[0][1])))
        else:
            found.sort(key=lambda item: _key_order(item[0][1]))
        if descending:
            found.reverse()
        response = self.schemas.deref(call.method.get("response")).get("properties", {})
        names = set(call.method.get("parameters", ()))
        if "pageToken" in names:
            return self._cursor_page(call, found, descending)
        if "start" in names:
            return self._index_page(call, found, "paging" in response)
        return _json(200, {"elements": [entity for _, entity in found]})

    def _cursor_page(self, call: _Call, found: list[_Stored], descending: bool) -> _Answer:
        size_schema = self._parameter_schema(call, "pageSize")
        size = call.params.get("pageSize", size_schema.get("default", _UNPAGED_LIMIT))
        token = call.params.get("pageToken")
        if token is not None:
            # The token names the last entity of the previous page; resume after its place in the
            # order, which works even if that entity was deleted meanwhile.
            last = _key_order(self._read_token(token))
            found = [
                item
                for item in found
                if (_key_order(item[0][1]) < last if descending else _key_order(item[0][1]) > last)
            ]
        page = found[:size]
        metadata: dict[str, Any] = {}
        # As documented, a page shorter than pageSize is the last one: only a full page has a token.
        if len(page) == size and page:
            metadata["nextPageToken"] = (b"k" + json.dumps(page[-1][0][1]).encode("utf-8")).hex()
        return _json(200, {"elements": [entity for _, entity in page], "metadata": metadata})

    def _read_token(self, token: str) -> Any:
        try:
            raw = bytes.fromhex(token)
            if raw.startswith(b"k"):
                return json.loads(raw[1:])
        except ValueError:
            pass
        _bad_request(f"Invalid pageToken {token!r}")

    def _index_page(self, call: _Call, found: list[_Stored], with_paging: bool) -> _Answer:
        params = call.params
        start = params.get("start", 0)
        if "count" in params:
            count = params["count"]
        elif "start" in params:
            count = _DEFAULT_COUNT
        else:
            if len(found) > _UNPAGED_LIMIT:
                maximum = self._parameter_schema(call, "count").get("maximum", 1000)
                _bad_request(f"Specified count is larger than {maximum}")
            count = max(len(found), _DEFAULT_COUNT)
        page = found[start : start + count]
        body: dict[str, Any] = {"elements": [entity for _, entity in page]}
        if with_paging:
            paging: dict[str, Any] = {"start": start, "count": count, "links": []}
            if params.get("isTotalIncluded", True):
                paging["total"] = len(found)
            body["paging"] = paging
        return _json(200, body)

    def _parameter_schema(self, call: _Call, name: str) -> dict[str, Any]:
        operation = next(
            op
            for op in call.route.operations.values()
            if call.method in op.get("x-restli-methods", ())
        )
        return self.schemas.deref(_operation_parameter(operation, name, self.schemas)["schema"])


# Batch methods that address existing entities by an ``ids`` parameter.
_KEYED_BATCHES = ("batch_get", "batch_partial_update", "batch_delete")
# Rest.li methods addressed without q, ids or action.
_SINGLE_KINDS = ("get", "create", "partial_update", "delete")


# --- Serving ---------------------------------------------------------------------------------


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default listen backlog (5) resets connections when a client opens dozens at once.
    request_queue_size = 128

    def __init__(self, core: _Core) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.core = core


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Buffer the answer so headers and body leave in one write: two small writes per answer meet
    # Nagle's algorithm and the client's delayed ACK, costing some 40 ms per request.
    wbufsize = 1 << 16
    server: _HTTPServer

    def _serve(self) -> None:
        length = self.headers.get("Content-Length")
        if length is None and self.command in ("POST", "PUT", "PATCH"):
            self._send(
                _json(411, {"status": 411, "serviceErrorCode": 0, "message": "Length required"})
            )
            return
        body = self.rfile.read(int(length)) if length else b""
        answer = self.server.core.handle(self.command, self.path, dict(self.headers.items()), body)
        if answer.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(answer)

    def _send(self, answer: _Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("X-Restli-Protocol-Version", "2.0.0")
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read :attr:`LinkedInTestServer.requests` instead of a request log."""


def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
    # What httpx itself raises when a server closes the connection without answering.
    return httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    )


def _response(answer: _Answer, request: httpx.Request) -> httpx.Response:
    headers = {**answer.headers, "X-Restli-Protocol-Version": "2.0.0"}
    return httpx.Response(answer.status, headers=headers, content=answer.body, request=request)


class _SyncTransport(httpx.BaseTransport):
    def __init__(self, core: _Core) -> None:
        self._core = core

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._core.handle(
            request.method,
            request.url.raw_path.decode("ascii"),
            dict(request.headers.items()),
            request.read(),
        )
        if answer.drop:
            raise _dropped(request)
        return _response(answer, request)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, core: _Core) -> None:
        self._core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._core.handle(
            request.method,
            request.url.raw_path.decode("ascii"),
            dict(request.headers.items()),
            await request.aread(),
        )
        if answer.drop:
            raise _dropped(request)
        return _response(answer, request)


class LinkedInTestServer:
    """A local, stateful LinkedIn Marketing API server for one API version.

    ``version`` defaults to the newest version in this package. ``faults`` are applied in order
    (see :class:`Fault`); more can be added with :meth:`add_fault`. ``spec`` replaces the packaged
    resolved document (a dict or the path of a JSON file), for specs of one's own.

    Use it as a context manager to serve HTTP on 127.0.0.1 (:attr:`base_url`), or mount
    :meth:`transport` / :meth:`async_transport` in an httpx client without a socket. Any bearer
    token is accepted. State lives as long as the object and is shared by both ways in.
    """

    def __init__(
        self,
        version: str | None = None,
        *,
        faults: Iterable[Fault] = (),
        spec: Mapping[str, Any] | str | os.PathLike[str] | None = None,
    ) -> None:
        if version is None:
            versions = available_versions()
            if not versions:
                raise ValueError(f"{_PACKAGE} holds no resolved spec; pass a version and spec")
            version = versions[-1]
        self.version = version
        self._core = _Core(version, _load_document(version, spec), faults)
        self._http: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The base URL to give the client, such as ``http://127.0.0.1:54321/rest``."""
        if self._http is None:
            raise RuntimeError("the server is not running; use it as a context manager")
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}{self._core.prefix}"

    def __enter__(self) -> Self:
        self._http = _HTTPServer(self._core)
        # A short poll interval keeps shutdown (which waits for the next poll) fast.
        self._thread = threading.Thread(
            target=self._http.serve_forever,
            args=(0.02,),
            name="linkedin-test-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
        if self._thread is not None:
            self._thread.join()
        self._http = None
        self._thread = None

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering in-process, for ``httpx.Client(transport=...)``."""
        return _SyncTransport(self._core)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport answering in-process, for ``httpx.AsyncClient(transport=...)``."""
        return _AsyncTransport(self._core)

    def add_fault(self, fault: Fault) -> None:
        """Make the next requests matching ``fault`` fail (after the faults already given)."""
        with self._core.lock:
            self._core.faults.append([fault, fault.times])

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first, including those answered by a fault."""
        with self._core.lock:
            return list(self._core.requests)

    def entities(self, resource: str) -> list[dict[str, Any]]:
        """Copies of the stored entities of a Rest.li resource (``"adAccounts"``), oldest first."""
        with self._core.lock:
            return copy.deepcopy(list(self._core.entities.get(resource, {}).values()))
