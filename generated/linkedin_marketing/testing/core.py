"""The request-handling core the HTTP server and the httpx transports share: faults, the
protocol checks, routing to a resource and a Rest.li method, and decoding of parameters."""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from ..restli import RestliDecodeError, decode
from .answers import Answer, HttpError, bad_request, invalid, json_answer
from .methods import Methods
from .oauth import PREFIX as OAUTH_PREFIX
from .oauth import OAuthServer
from .schemas import Schemas
from .spec import Route, check_finders, operation_parameter, routes
from .store import Call, Store

#: The largest request body served; a larger one is answered 413 without being read. LinkedIn
#: documents no limit. The largest body its API takes is a batch of entities: at the documented
#: ceiling of 1,000 per request and a few kilobytes each (names <= 100 and descriptions <= 500
#: characters, targeting), some 4 MiB. Twice that serves every real request and keeps a runaway
#: test from filling the memory of the process that hosts the server.
MAX_BODY_BYTES = 8 * 1024 * 1024


def too_large(length: int) -> str:
    """The message of the 413 answer to a body of ``length`` bytes."""
    return f"The request body ({length} bytes) is larger than the limit of {MAX_BODY_BYTES} bytes"


# Batch methods that address existing entities by an ``ids`` parameter.
_KEYED_BATCHES = ("batch_get", "batch_partial_update", "batch_delete")
# Rest.li methods addressed without q, ids or action.
_SINGLE_KINDS = ("get", "create", "partial_update", "delete")


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


def parse_query(query: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in query.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        name = unquote(name)
        if name in params:
            bad_request(f"Parameter '{name}' is given more than once")
        # Values stay percent-encoded: Rest.li decoding unescapes each string token itself, after
        # the grammar characters have been recognised.
        params[name] = value
    return params


def untunnel(headers: Mapping[str, str], query: str, body: bytes) -> tuple[str, bytes]:
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
            bad_request("A tunneled request with a body must be multipart/mixed with two parts")
        form = _payload(parts[0]).decode("ascii", errors="replace")
        return "&".join(part for part in (query, form) if part), _payload(parts[1])
    bad_request("A tunneled request must carry its query as a form or multipart/mixed body")


def _payload(part: Any) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


class Core:
    """Answers one request at a time (under a lock), from whichever way it came in."""

    def __init__(self, version: str, document: Mapping[str, Any], faults: Iterable[Fault]) -> None:
        self.version = version
        self.schemas: Schemas = Schemas(document)
        self.prefix: str = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
        self.routes: list[Route] = routes(document, self.schemas)
        check_finders(self.routes, self.schemas)
        self.store: Store = Store(self.schemas, self.routes, self.prefix)
        self.methods: Methods = Methods(self.schemas, self.store)
        for route in self.routes:
            for operation in route.operations.values():
                for method in operation.get("x-restli-methods", ()):
                    if self.methods.handler(method["method"]) is None:
                        raise ValueError(
                            f"{route.template}: the {method['method']} method is not served"
                        )
        self.lock: threading.RLock = threading.RLock()
        self.faults: list[list[Any]] = [[fault, fault.times] for fault in faults]
        self.requests: list[RecordedRequest] = []
        self.oauth: OAuthServer = OAuthServer()

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Answer:
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
            except HttpError as error:
                answer = error.answer()
            except RecursionError:
                # JSON or a Rest.li value nested thousands deep: refused, never a dead connection.
                answer = HttpError(400, "The request nests values too deeply to be read").answer()
            record.status = answer.status
        if fault is not None:
            return Answer(drop=True)
        return answer

    def _take_fault(self, verb: str, path: str) -> Fault | None:
        for entry in self.faults:
            fault, left = entry
            if left > 0 and fault.matches(verb, path):
                entry[1] = left - 1
                return fault  # type: ignore[no-any-return]
        return None

    def _fault_answer(self, fault: Fault) -> Answer:
        if fault.drop:
            return Answer(drop=True)
        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
        message = "Too many requests" if fault.status == 429 else "Injected failure"
        return json_answer(
            fault.status,
            {"status": fault.status, "serviceErrorCode": 0, "message": message},
            headers,
        )

    def _serve(self, record: RecordedRequest, tunneled: bool) -> Answer:
        query, body = record.query, record.body
        if len(body) > MAX_BODY_BYTES:
            raise HttpError(413, too_large(len(body)))
        if record.path.startswith(OAUTH_PREFIX + "/"):
            return self.oauth.handle(record.method, record.path, query, record.headers, body)
        if tunneled:
            query, body = untunnel(record.headers, query, body)
        self._check_headers(record.headers)
        route, values = self._route(record.path)
        operation = route.operations.get(record.method)
        if operation is None:
            raise HttpError(
                405,
                f"Method {record.method} is not allowed on {route.template}",
                headers={"Allow": ", ".join(sorted(route.operations))},
            )
        raw = parse_query(query)
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
        call = Call(route, method, parents, key, params, payload, record.headers)
        handler = self.methods.handler(method["method"])
        assert handler is not None  # every method of the spec was checked when the core was built
        return handler(call)

    def _check_headers(self, headers: Mapping[str, str]) -> None:
        authorization = headers.get("authorization", "")
        if not authorization.startswith("Bearer ") or not authorization[7:].strip():
            raise HttpError(
                401, "Empty oauth2 access token", code="EMPTY_ACCESS_TOKEN", serviceErrorCode=65604
            )
        self.oauth.check_bearer(authorization[7:].strip())
        version = headers.get("linkedin-version")
        if not version:
            raise HttpError(
                400,
                "A version must be present. "
                "Please specify a version by adding the LinkedIn-Version header.",
                code="VERSION_MISSING",
            )
        if version != self.version:
            # Exactly the body LinkedIn sends for a version it does not serve (no serviceErrorCode).
            error = HttpError(
                426, f"Requested version {version} is not active", code="NONEXISTENT_VERSION"
            )
            del error.body["serviceErrorCode"]
            raise error
        if headers.get("x-restli-protocol-version") != "2.0.0":
            bad_request("X-Restli-Protocol-Version: 2.0.0 is required")

    def _route(self, path: str) -> tuple[Route, dict[str, str]]:
        if not path.startswith(self.prefix + "/"):
            raise HttpError(404, f"No resource at {path}")
        local = path[len(self.prefix) :]
        for route in self.routes:
            found = route.pattern.fullmatch(local)
            if found is not None:
                return route, dict(zip(route.params, found.groups(), strict=True))
        raise HttpError(404, f"No resource at {path}")

    def _path_key(self, route: Route, name: str, raw: str) -> Any:
        try:
            value = decode(raw)
        except RestliDecodeError as error:
            bad_request(f"Syntax exception in path variables: {error}")
        schema = route.parameter_schemas.get(name, {})
        typed = self.schemas.coerce(schema, value)
        problems = self.schemas.errors(schema, typed, f"/{name}")
        if problems:
            raise invalid(f"Syntax exception in path variables: invalid {name}", problems)
        return typed

    def _restli_method(
        self, route: Route, verb: str, raw: Mapping[str, str], headers: Mapping[str, str]
    ) -> dict[str, Any]:
        methods: list[dict[str, Any]] = list(route.operations[verb].get("x-restli-methods", ()))
        declared = headers.get("x-restli-method", "").upper()

        def pick(kind: str, name: str | None = None) -> dict[str, Any]:
            for method in methods:
                if method["method"] == kind and method.get("name") == name:
                    return method
            target = kind if name is None else f"{kind} {name!r}"
            bad_request(f"{route.template} does not support the {target} method")

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
                bad_request(f"{route.template} needs a q, ids or action parameter")
            method = pick(kinds[0])
        kind = "ACTION" if method["method"] == "action" else method["method"].upper()
        if declared and declared != kind:
            bad_request(f"X-RestLi-Method {declared} does not match the request, which is {kind}")
        return method

    def _params(
        self,
        route: Route,
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
                bad_request(f"Parameter '{name}' is not supported by this request")
            parameter = operation_parameter(operation, name, self.schemas)
            try:
                decoded = decode(value)
            except RestliDecodeError as error:
                bad_request(f"Parameter '{name}' is invalid: {error}")
            schema = parameter.get("x-restli-schema", parameter["schema"])
            typed = self.schemas.coerce(schema, decoded)
            plain = self.schemas.deref(parameter["schema"])
            if (
                name in ("count", "pageSize")
                and isinstance(typed, int)
                and typed > plain.get("maximum", typed)
            ):
                bad_request(f"Specified {name} is larger than {plain['maximum']}")
            problems = self.schemas.errors(schema, typed, f"/{name}")
            if problems:
                raise invalid(f"Parameter '{name}' is invalid", problems)
            params[name] = typed
        for name in sorted(allowed):
            if name in params:
                continue
            if name == "ids":
                bad_request("Parameter 'ids' is required")
            parameter = operation_parameter(operation, name, self.schemas)
            if parameter.get("required"):
                bad_request(f"Parameter '{name}' is required")
        return params

    def _body(self, method: Mapping[str, Any], body: bytes) -> Any:
        if "request" not in method:
            return None
        try:
            payload = json.loads(body) if body else None
        except ValueError as error:
            bad_request(f"The request body is not valid JSON: {error}")
        if payload is None:
            bad_request("The request needs a JSON body")
        return payload
