"""The Rest.li methods other than finders, each answering one routed call."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..restli import RestliDecodeError, decode
from .answers import Answer, HttpError, InputError, bad_request, invalid, json_answer
from .finders import Finders
from .schemas import Schemas
from .store import Call, Store

# Actions that create an entity, and the body field holding it.
_CREATING_ACTIONS = {("creatives", "createInline"): "creative"}


class Methods:
    """One handler per Rest.li method kind; ``handler(kind)`` is None for a kind not served."""

    def __init__(self, schemas: Schemas, store: Store) -> None:
        self.schemas = schemas
        self.store = store
        self.finders: Finders = Finders(schemas, store)
        self._handlers: dict[str, Callable[[Call], Answer]] = {
            "get": self.do_get,
            "batch_get": self.do_batch_get,
            "create": self.do_create,
            "batch_create": self.do_batch_create,
            "action": self.do_action,
            "partial_update": self.do_partial_update,
            "batch_partial_update": self.do_batch_partial_update,
            "delete": self.do_delete,
            "batch_delete": self.do_batch_delete,
            "finder": self.finders.find,
        }

    def handler(self, kind: str) -> Callable[[Call], Answer] | None:
        return self._handlers.get(kind)

    def do_get(self, call: Call) -> Answer:
        entity = self.store.find(call, call.key)
        if entity is None:
            raise self.store.not_found(call.key)
        return json_answer(200, entity)

    def do_batch_get(self, call: Call) -> Answer:
        results, errors, statuses = {}, {}, {}
        for key in self.store.batch_keys(call):
            text = self.store.key_text(key)
            entity = self.store.find(call, key)
            if entity is None:
                errors[text] = self.store.not_found(key).body
                statuses[text] = 404
            else:
                results[text] = entity
                statuses[text] = 200
        body = {"results": results, "errors": errors, "statuses": statuses}
        return json_answer(call.method.get("status", 200), self.store.filter_response(call, body))

    def do_create(self, call: Call) -> Answer:
        key, _ = self.store.create(call, call.body)
        return Answer(call.method.get("status", 201), self.store.created_headers(call, key))

    def do_batch_create(self, call: Call) -> Answer:
        # Only the envelope is checked here: each element is validated on its own and fails alone.
        elements = call.body.get("elements") if isinstance(call.body, dict) else None
        if not isinstance(elements, list) or not elements:
            raise invalid(
                "A batch create needs a non-empty elements list",
                [InputError("/elements", "Required field is missing", "REQUIRED_FIELD_MISSING")],
            )
        status_schema = self.schemas.deref(
            self.schemas.deref(
                self.schemas.deref(call.method["response"])["properties"]["elements"]
            )["items"]
        )
        outcome = []
        for index, element in enumerate(elements):
            try:
                key, _ = self.store.create(call, element, f"/elements/{index}")
            except HttpError as error:
                outcome.append({"status": error.status, "error": error.body})
                continue
            item: dict[str, Any] = {"status": 201, "id": key}
            if "location" in status_schema.get("properties", {}):
                item["location"] = self.store.created_headers(call, key)["Location"]
            outcome.append(item)
        return json_answer(call.method.get("status", 200), {"elements": outcome})

    def do_action(self, call: Call) -> Answer:
        member = _CREATING_ACTIONS.get((call.route.resource, call.method["name"]))
        if member is None:
            bad_request(f"Action {call.method['name']} is not implemented by the test server")
        problems = self.schemas.errors(call.method["request"], call.body)
        if problems:
            raise invalid(f"Invalid {call.method['name']} request", problems)
        key, _ = self.store.create(call, call.body[member], f"/{member}")
        headers = self.store.created_headers(call, key)
        if "response" not in call.method:  # the key travels in x-restli-id only, as for create
            return Answer(call.method.get("status", 201), headers=headers)
        return json_answer(call.method.get("status", 201), {"value": key}, headers)

    def do_partial_update(self, call: Call) -> Answer:
        problems = self.schemas.errors(call.method["request"], call.body)
        if problems:
            raise invalid("Invalid partial update", problems)
        entity = self.store.find(call, call.key)
        if entity is None:
            raise HttpError(404, "Cannot find entity to update", code="NOT_FOUND")
        self.store.table(call)[(call.scope, call.key)] = self.store.patched(call, entity, call.body)
        return Answer(call.method.get("status", 204))

    def do_batch_partial_update(self, call: Call) -> Answer:
        problems = self.schemas.errors(call.method["request"], call.body)
        if problems:
            raise invalid("Invalid batch partial update", problems)
        keys = self.store.batch_keys(call)
        patches: dict[Any, Any] = {}
        for text, patch in call.body["entities"].items():
            try:
                patches[
                    json.dumps(
                        self.schemas.coerce(
                            self.store.key_schema(call.route.resource), decode(text)
                        )
                    )
                ] = patch
            except RestliDecodeError as error:
                bad_request(f"Invalid entity key {text!r}: {error}")
        if set(patches) != {json.dumps(key) for key in keys}:
            bad_request("The keys of 'entities' must be the keys of the 'ids' parameter")
        results, errors = {}, {}
        for key in keys:
            text = self.store.key_text(key)
            entity = self.store.find(call, key)
            try:
                if entity is None:
                    raise HttpError(404, "Cannot find entity to update", code="NOT_FOUND")
                self.store.table(call)[(call.scope, key)] = self.store.patched(
                    call, entity, patches[json.dumps(key)]
                )
                results[text] = {"status": 204}
            except HttpError as error:
                errors[text] = error.body
        return json_answer(
            call.method.get("status", 200),
            self.store.filter_response(call, {"results": results, "errors": errors}),
        )

    def do_delete(self, call: Call) -> Answer:
        self.store.remove(call, call.key)
        return Answer(call.method.get("status", 204))

    def do_batch_delete(self, call: Call) -> Answer:
        results, errors = {}, {}
        for key in self.store.batch_keys(call):
            try:
                self.store.remove(call, key)
                results[self.store.key_text(key)] = {"status": 204}
            except HttpError as error:
                errors[self.store.key_text(key)] = error.body
        return json_answer(
            call.method.get("status", 200),
            self.store.filter_response(call, {"results": results, "errors": errors}),
        )
