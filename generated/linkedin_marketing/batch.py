"""Typed results of Rest.li batch methods: per-key results, statuses and errors.

A batch request can partly succeed: each key (or each created element) has its own status, and
failed ones carry an error object. These parsers turn the response bodies into typed results
(a body that does not have the batch shape raises
:class:`~linkedin_marketing.errors.ResponseDecodeError`);
a failed entity's error is a :class:`~linkedin_marketing.errors.LinkedInError` of the class its
status calls for (``NotFoundError`` for 404, ...), returned rather than raised.

Keys in batch response bodies are written in Rest.li's reduced encoding
(``urn%3Ali%3AsponsoredCreative%3A1``). They are decoded before ``decode_key`` sees them, so
``decode_key`` receives the plain key (``"urn:li:sponsoredCreative:1"``, ``"123"``, or a dict for a
compound key) and only converts its type (``int``, a URN class, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .decoding import decode_failure, list_field, optional_object, require_object
from .errors import LinkedInError, error_from_body
from .restli import decode

__all__ = [
    "BatchCreateItem",
    "BatchCreateResult",
    "BatchDeleteResult",
    "BatchGetResult",
    "BatchUpdateResult",
    "decode_batch_key",
    "parse_batch_create",
    "parse_batch_delete",
    "parse_batch_get",
    "parse_batch_update",
]

K = TypeVar("K")
T = TypeVar("T")


@dataclass(frozen=True)
class BatchGetResult(Generic[K, T]):
    """BATCH_GET: the entities found, the errors for keys that failed, and every key's status."""

    results: dict[K, T] = field(default_factory=dict)
    errors: dict[K, LinkedInError] = field(default_factory=dict)
    statuses: dict[K, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no key failed."""
        return not self.errors


@dataclass(frozen=True)
class BatchCreateItem(Generic[K]):
    """One element of a BATCH_CREATE: its status and either the new id or the error."""

    status: int
    id: K | None = None
    error: LinkedInError | None = None

    @property
    def ok(self) -> bool:
        """True when this element was created."""
        return self.error is None and self.status < 400


@dataclass(frozen=True)
class BatchCreateResult(Generic[K]):
    """BATCH_CREATE: one item per element sent, in the same order."""

    items: list[BatchCreateItem[K]] = field(default_factory=list)

    @property
    def ids(self) -> list[K | None]:
        """The created ids in request order (None where an element failed)."""
        return [item.id for item in self.items]

    @property
    def errors(self) -> dict[int, LinkedInError]:
        """The errors by position in the request."""
        return {index: item.error for index, item in enumerate(self.items) if item.error}

    @property
    def ok(self) -> bool:
        """True when every element was created."""
        return all(item.ok for item in self.items)


@dataclass(frozen=True)
class BatchUpdateResult(Generic[K]):
    """BATCH_PARTIAL_UPDATE, BATCH_UPDATE or BATCH_DELETE: each key's status and the failures."""

    statuses: dict[K, int] = field(default_factory=dict)
    errors: dict[K, LinkedInError] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no key failed."""
        return not self.errors


BatchDeleteResult = BatchUpdateResult


def decode_batch_key(raw: str) -> Any:
    """Decode a reduced-encoded key; a key that is not valid Rest.li is returned as it is."""
    if "%" not in raw and "(" not in raw and "'" not in raw:
        return raw
    try:
        return decode(raw)
    except ValueError:
        return raw


def _status(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, Mapping):
        return _status(value.get("status"))
    return None


def _error(
    status: int | None, body: Any, request_method: str | None, request_url: str | None
) -> LinkedInError:
    return error_from_body(
        status if status is not None else _status(body),
        body,
        request_method=request_method,
        request_url=request_url,
    )


def _decoded(decode: Callable[[Any], K], raw: Any, path: tuple[str | int, ...]) -> K:
    """``decode(raw)``; a failure names ``path``."""
    try:
        return decode(raw)
    except Exception as exc:
        error = decode_failure(exc, raw, path)
        raise error from error.__cause__


def parse_batch_get(
    body: Any,
    decode_key: Callable[[str], K],
    decode_value: Callable[[Any], T],
    *,
    request_method: str | None = None,
    request_url: str | None = None,
) -> BatchGetResult[K, T]:
    """Parse ``{"results": {key: entity}, "errors": {key: error}, "statuses": {key: status}}``."""
    fields = require_object(body)
    raw_statuses = optional_object(fields.get("statuses"), ("statuses",))
    results: dict[K, T] = {}
    errors: dict[K, LinkedInError] = {}
    statuses: dict[K, int] = {}
    # Every key appears in `statuses` and again in `results` or `errors`: decode each once.
    keys: dict[str, K] = {}

    def key_of(raw_key: str) -> K:
        key = keys.get(raw_key)
        if key is None:
            key = keys[raw_key] = decode_key(decode_batch_key(raw_key))
        return key

    for raw_key, status in raw_statuses.items():
        code = _status(status)
        if code is not None:
            statuses[_decoded(key_of, raw_key, ("statuses", raw_key))] = code
    for raw_key, entity in optional_object(fields.get("results"), ("results",)).items():
        try:
            key = key_of(raw_key)
            results[key] = decode_value(entity)
        except Exception as exc:
            error = decode_failure(exc, entity, ("results", raw_key))
            raise error from error.__cause__
        statuses.setdefault(key, 200)
    for raw_key, error in optional_object(fields.get("errors"), ("errors",)).items():
        require_object(error, ("errors", raw_key))
        key = _decoded(key_of, raw_key, ("errors", raw_key))
        status = _status(error)
        if status is None:
            status = _status(raw_statuses.get(raw_key))
        errors[key] = _error(status, error, request_method, request_url)
        statuses[key] = errors[key].status
    return BatchGetResult(results, errors, statuses)


def parse_batch_create(
    body: Any,
    decode_id: Callable[[Any], K],
    *,
    request_method: str | None = None,
    request_url: str | None = None,
) -> BatchCreateResult[K]:
    """Parse ``{"elements": [{"status": 201, "id": ...} | {"status": 400, "error": {...}}]}``.

    A string id is decoded from its reduced encoding before ``decode_id`` converts it.
    """
    elements = list_field(require_object(body), "elements")
    items: list[BatchCreateItem[K]] = []
    for index, element in enumerate(elements):
        entry = require_object(element, ("elements", index))
        status = _status(entry.get("status"))
        raw_error = entry.get("error")
        if raw_error is not None or (status is not None and status >= 400):
            error = _error(status, raw_error, request_method, request_url)
            items.append(BatchCreateItem(status or error.status, None, error))
            continue
        raw_id = entry.get("id")
        if isinstance(raw_id, str):
            raw_id = decode_batch_key(raw_id)
        item_id = None if raw_id is None else _decoded(decode_id, raw_id, ("elements", index, "id"))
        items.append(BatchCreateItem(status or 201, item_id, None))
    return BatchCreateResult(items)


def parse_batch_update(
    body: Any,
    decode_key: Callable[[str], K],
    *,
    request_method: str | None = None,
    request_url: str | None = None,
) -> BatchUpdateResult[K]:
    """Parse ``{"results": {key: {"status": 204}}, "errors": {key: error}}``.

    Used for batch partial updates, batch updates and batch deletes alike.
    """
    fields = require_object(body)
    statuses: dict[K, int] = {}
    errors: dict[K, LinkedInError] = {}

    def key_of(raw_key: str) -> K:
        return decode_key(decode_batch_key(raw_key))

    for raw_key, status in optional_object(fields.get("statuses"), ("statuses",)).items():
        code = _status(status)
        if code is not None:
            statuses[_decoded(key_of, raw_key, ("statuses", raw_key))] = code
    for raw_key, result in optional_object(fields.get("results"), ("results",)).items():
        code = _status(require_object(result, ("results", raw_key)))
        key = _decoded(key_of, raw_key, ("results", raw_key))
        statuses[key] = code if code is not None else statuses.get(key, 204)
    for raw_key, error in optional_object(fields.get("errors"), ("errors",)).items():
        require_object(error, ("errors", raw_key))
        key = _decoded(key_of, raw_key, ("errors", raw_key))
        status = _status(error)
        if status is None:
            status = statuses.get(key)
        errors[key] = _error(status, error, request_method, request_url)
        statuses[key] = errors[key].status
    return BatchUpdateResult(statuses, errors)


parse_batch_delete = parse_batch_update
