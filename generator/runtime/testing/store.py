"""The server's state: entities by resource and place, and the rules of creating, patching and
removing them."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..restli import encode
from .answers import HttpError, InputError, bad_request, invalid
from .rules import Rules
from .schemas import Schemas
from .spec import Route

# A stored entity with its place: ((parent keys, key), entity).
Stored = tuple[tuple[tuple[Any, ...], Any], dict[str, Any]]


@dataclass
class Call:
    """A routed request: what each Rest.li method handler works from."""

    route: Route
    method: dict[str, Any]
    parents: dict[str, Any]
    key: Any
    params: dict[str, Any]
    body: Any
    headers: dict[str, str]

    @property
    def scope(self) -> tuple[Any, ...]:
        return tuple(self.parents.values())


def now_ms() -> int:
    return int(time.time() * 1000)


class Store:
    """Entities of every resource: resource -> (parent keys, key) -> entity."""

    def __init__(self, schemas: Schemas, routes: list[Route], prefix: str) -> None:
        self.schemas = schemas
        self.routes = routes
        self.prefix = prefix
        self.entities: dict[str, dict[tuple[tuple[Any, ...], Any], dict[str, Any]]] = {}
        self.next_id: int = 100000
        self.rules: Rules = Rules(self.entities)

    def table(self, call: Call) -> dict[tuple[tuple[Any, ...], Any], dict[str, Any]]:
        return self.entities.setdefault(call.route.resource, {})

    def _entity_schema(self, resource: str) -> Any:
        for route in self.routes:
            if route.resource == resource and route.key is not None:
                get = route.operations.get("GET", {})
                for method in get.get("x-restli-methods", ()):
                    if method["method"] == "get":
                        return method["response"]
        raise ValueError(f"the spec has no get method for {resource}")

    def key_schema(self, resource: str) -> dict[str, Any]:
        for route in self.routes:
            if route.resource == resource and route.key is not None:
                return route.parameter_schemas[route.key]
        raise ValueError(f"the spec has no entity path for {resource}")

    def _new_key(self, resource: str) -> Any:
        self.next_id += 1
        schema = self.key_schema(resource)
        if schema.get("type") == "integer":
            return self.next_id
        kind = schema.get("x-urn-type")
        if kind is None:
            return str(self.next_id)
        return f"urn:li:{kind}:{self.next_id}"

    def key_text(self, key: Any) -> str:
        """A key as batch responses write it: plain, as the documented samples do
        (``"urn:li:sponsoredCreative:1"``, ``"123"``)."""
        return str(key)

    def find(self, call: Call, key: Any) -> dict[str, Any] | None:
        return self.table(call).get((call.scope, key))

    def not_found(self, key: Any) -> HttpError:
        return HttpError(404, f"Key not found: {key}", code="NOT_FOUND")

    def _is_test_scope(self, call: Call) -> bool:
        account_id = call.parents.get("adAccountId")
        account = self.entities.get("adAccounts", {}).get(((), account_id))
        return bool(account and account.get("test"))

    def create(self, call: Call, data: Any, path: str = "") -> tuple[Any, dict[str, Any]]:
        """Validate and store a new entity; its key and stored form."""
        resource = call.route.resource
        schema = self._entity_schema(resource)
        problems = self.schemas.errors(schema, data, path, request=True)
        if problems:
            raise invalid("Invalid entity in the request body", problems)
        properties = self.schemas.deref(schema).get("properties", {})
        account_id = call.parents.get("adAccountId")
        if account_id is not None and "account" in properties:
            account = f"urn:li:sponsoredAccount:{account_id}"
            if data.get("account", account) != account:
                raise invalid(
                    "The account does not match the ad account of the path",
                    [
                        InputError(
                            f"{path}/account",
                            f"Must be {account}",
                            "INVALID_VALUE",
                            data["account"],
                        )
                    ],
                )
        self.rules.check_create(resource, call.scope, data, path)
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
        self.table(call)[(call.scope, key)] = entity
        return key, entity

    def _stamp(
        self, call: Call, entity: dict[str, Any], properties: Mapping[str, Any], key: Any
    ) -> None:
        """Set the fields the server owns: on create (``key`` given) the id and the test flag
        inherited from the ad account; on create and update the audit stamps."""
        now = now_ms()
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

    def patched(self, call: Call, entity: Mapping[str, Any], body: Any) -> dict[str, Any]:
        """The entity with the (validated) partial update ``body`` applied, or the error that
        refuses it."""
        schema = self._entity_schema(call.route.resource)
        result = copy.deepcopy(dict(entity))
        self._apply(schema, result, body["patch"], "")
        problems = self.schemas.errors(schema, result)
        if problems:
            raise invalid("The partial update leaves the entity invalid", problems)
        self.rules.check_update(call.route.resource, call.scope, entity, result)
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
                raise HttpError(
                    422,
                    f"{name}::CreateOnly field present in a partial_update request",
                    code="FIELD_NOT_EDITABLE",
                )
            if prop.get("readOnly"):
                raise invalid(
                    "Read-only field in a partial update",
                    [
                        InputError(
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
                raise invalid(
                    "Nested patch of a field that is not a record",
                    [InputError(f"{path}/{name}", "Not a record", "INVALID_VALUE", child)],
                )
            self._apply(properties.get(name), child, nested, f"{path}/{name}")

    def remove(self, call: Call, key: Any) -> None:
        entity = self.find(call, key)
        if entity is None:
            raise self.not_found(key)
        self.rules.check_delete(call.route.resource, entity)
        del self.table(call)[(call.scope, key)]

    def created_headers(self, call: Call, key: Any) -> dict[str, str]:
        reduced = encode(key, context="reduced")
        collection = self.prefix + call.route.template
        for name, value in call.parents.items():
            collection = collection.replace("{" + name + "}", encode(value, context="path"))
        return {
            "x-restli-id": reduced,
            "x-linkedin-id": reduced,
            "Location": f"{collection}/{encode(key, context='path')}",
        }

    def batch_keys(self, call: Call) -> list[Any]:
        ids = call.params["ids"]
        if len(set(map(json.dumps, ids))) != len(ids):
            bad_request("Parameter 'ids' lists a key more than once")
        return list(ids)

    def filter_response(self, call: Call, response: dict[str, Any]) -> dict[str, Any]:
        """Keep only the members the method's response schema declares (batch shapes differ)."""
        declared = self.schemas.deref(call.method.get("response")).get("properties", {})
        return {name: value for name, value in response.items() if name in declared}
