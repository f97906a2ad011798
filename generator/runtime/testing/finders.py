"""Finders: filtering by the documented criteria, ordering, and cursor or index paging."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .answers import Answer, bad_request, json_answer
from .schemas import Schemas
from .spec import CRITERIA, ORDER_PARAMS, PAGING_PARAMS, operation_parameter
from .store import Call, Store, Stored

# The documented answer to an index-paged request without paging parameters that matches more
# entities than this.
_UNPAGED_LIMIT = 100
# Rest.li's default page size when only ``start`` is given.
_DEFAULT_COUNT = 10


def key_order(key: Any) -> tuple[int, str]:
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


class Finders:
    """Answers finder calls over the store."""

    def __init__(self, schemas: Schemas, store: Store) -> None:
        self.schemas = schemas
        self.store = store

    def find(self, call: Call) -> Answer:
        table = CRITERIA[(call.route.resource, call.method["name"])]
        found = []
        for (scope, key), entity in self.store.table(call).items():
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
        if name in PAGING_PARAMS or name in ORDER_PARAMS:
            return True
        if name in table:
            return _matches(entity, table[name], value)
        return all(
            _matches(entity, table[f"{name}.{child}"], item) for child, item in value.items()
        )

    def _page(self, call: Call, found: list[Stored]) -> Answer:
        params = call.params
        sort = params.get("sort", {})
        descending = params.get("sortOrder", sort.get("order", "ASCENDING")) == "DESCENDING"
        if params.get("sortField") == "NAME":
            found.sort(key=lambda item: (str(item[1].get("name", "")), key_order(item[0][1])))
        else:
            found.sort(key=lambda item: key_order(item[0][1]))
        if descending:
            found.reverse()
        response = self.schemas.deref(call.method.get("response")).get("properties", {})
        names = set(call.method.get("parameters", ()))
        if "pageToken" in names:
            return self._cursor_page(call, found, descending)
        if "start" in names:
            return self._index_page(call, found, "paging" in response)
        return json_answer(200, {"elements": [entity for _, entity in found]})

    def _cursor_page(self, call: Call, found: list[Stored], descending: bool) -> Answer:
        size_schema = self._parameter_schema(call, "pageSize")
        size = call.params.get("pageSize", size_schema.get("default", _UNPAGED_LIMIT))
        token = call.params.get("pageToken")
        if token is not None:
            # The token names the last entity of the previous page; resume after its place in the
            # order, which works even if that entity was deleted meanwhile.
            last = key_order(self._read_token(token))
            found = [
                item
                for item in found
                if (key_order(item[0][1]) < last if descending else key_order(item[0][1]) > last)
            ]
        page = found[:size]
        metadata: dict[str, Any] = {}
        # As documented, a page shorter than pageSize is the last one: only a full page has a token.
        if len(page) == size and page:
            metadata["nextPageToken"] = (b"k" + json.dumps(page[-1][0][1]).encode("utf-8")).hex()
        return json_answer(200, {"elements": [entity for _, entity in page], "metadata": metadata})

    def _read_token(self, token: str) -> Any:
        try:
            raw = bytes.fromhex(token)
            if raw.startswith(b"k"):
                return json.loads(raw[1:])
        except ValueError:
            pass
        bad_request(f"Invalid pageToken {token!r}")

    def _index_page(self, call: Call, found: list[Stored], with_paging: bool) -> Answer:
        params = call.params
        start = params.get("start", 0)
        if "count" in params:
            count = params["count"]
        elif "start" in params:
            count = _DEFAULT_COUNT
        else:
            if len(found) > _UNPAGED_LIMIT:
                maximum = self._parameter_schema(call, "count").get("maximum", 1000)
                bad_request(f"Specified count is larger than {maximum}")
            count = max(len(found), _DEFAULT_COUNT)
        page = found[start : start + count]
        body: dict[str, Any] = {"elements": [entity for _, entity in page]}
        if with_paging:
            paging: dict[str, Any] = {"start": start, "count": count, "links": []}
            if params.get("isTotalIncluded", True):
                paging["total"] = len(found)
            body["paging"] = paging
        return json_answer(200, body)

    def _parameter_schema(self, call: Call, name: str) -> dict[str, Any]:
        operation = next(
            op
            for op in call.route.operations.values()
            if call.method in op.get("x-restli-methods", ())
        )
        return self.schemas.deref(operation_parameter(operation, name, self.schemas)["schema"])
