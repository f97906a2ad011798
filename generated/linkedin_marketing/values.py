"""Base classes shared by the generated models of every API version.

Everything version-specific (the fields of a record, the values of an enum, the kind of a URN) is
generated into the version subpackages; what is the same for all of them lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, ClassVar, Self, TypeVar

U = TypeVar("U", bound=str)

#: How many URNs of one kind decoding keeps for reuse (see `intern_urn`); past it, they start over.
URN_CACHE_SIZE = 1024


def copy_json(value: Any) -> Any:
    """A copy of a JSON value: dicts and lists copied all the way down (other values are
    immutable)."""
    if isinstance(value, dict):
        return {k: copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_json(v) for v in value]
    return value


def intern_urn(cache: dict[Any, U], make: Callable[[Any], U], value: Any) -> U:
    """``make(value)``, kept in ``cache`` for the records decoded after this one.

    The records of a page mostly point at the same few entities (their account, their campaign,
    the people who changed them). A generated ``from_dict`` looks a URN field's text up in the
    cache of its kind first and calls this only when it is not there: the records share one URN
    object (a ``str``, so nothing can change it) instead of each copying the text into its own.
    A cache that reaches ``URN_CACHE_SIZE`` is emptied, so memory stays bounded however many
    distinct URNs go through.
    """
    if len(cache) >= URN_CACHE_SIZE:
        cache.clear()
    urn = cache[value] = make(value)
    return urn


class Model:
    """A generated record: typed attributes plus `unknown_fields`.

    LinkedIn adds fields without notice. Fields a response carries that the spec does not list are
    kept in `unknown_fields` and written back by `to_dict`, so reading and writing an entity never
    loses data.

    Finding them is deferred: `from_dict` keeps a reference to the JSON object it decoded and
    `unknown_fields` picks the unlisted keys out on first use. Checking every decoded object
    eagerly took a quarter of the decoding time of a page, and most callers never ask. (The
    decoded object is therefore not copied: do not change it after decoding.)
    """

    # Subclasses list their fields in `__slots__`; equality and repr walk them.
    __slots__: tuple[str, ...] = ("_source", "_unknown")
    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # records are mutable
    _known: ClassVar[frozenset[str]] = frozenset()  # the JSON names of the fields
    # The JSON names again, in the order of `__slots__`: a failed decode names its field with it.
    _wire: ClassVar[tuple[str, ...]] = ()

    _source: Mapping[str, Any] | None  # the decoded JSON object, until unknown_fields is asked for
    _unknown: dict[str, Any] | None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decodes a JSON object (as `json.loads` gives it) into a record."""
        raise NotImplementedError  # generated for each record

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this record, unknown fields included, ready for `json.dumps`."""
        raise NotImplementedError  # generated for each record

    def to_request_dict(self) -> dict[str, Any]:
        """The JSON object sent to LinkedIn: `to_dict` without the read-only fields."""
        raise NotImplementedError  # generated for each record

    def validate(self, *, for_create: bool = False, path: str = "") -> None:
        """Checks the documented limits of the record (generated for records that have some)."""

    def copy(self) -> Self:
        """A deep copy, sharing nothing with this record: edit it, then patch from one to the other
        (`partial_update(original=record, modified=copy)`)."""
        return type(self).from_dict(self.to_dict())

    def _unknown_fields_copy(self) -> dict[str, Any]:
        """A new JSON object holding a copy of the unknown fields: where `to_dict` and
        `to_request_dict` start, before adding the fields the spec lists."""
        source = self._source
        if source is None:
            unknown = self._unknown
        elif self._known.issuperset(source):  # the common case: decoded, nothing unknown
            return {}
        else:
            unknown = self.unknown_fields
        return {} if unknown is None else copy_json(unknown)

    @property
    def unknown_fields(self) -> dict[str, Any] | None:
        """Fields the spec does not list for this record, by JSON name; None when there are none."""
        source = self._source
        if source is not None:
            self._source = None
            known = self._known
            if known.issuperset(source):
                self._unknown = None
            else:
                self._unknown = {k: v for k, v in source.items() if k not in known}
        return self._unknown

    @unknown_fields.setter
    def unknown_fields(self, value: dict[str, Any] | None) -> None:
        self._source = None
        self._unknown = value

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.unknown_fields == other.unknown_fields and all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if getattr(self, name) is not None
        ]
        if self.unknown_fields is not None:
            shown.append(f"unknown_fields={self.unknown_fields!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


class OpenEnum(str, Enum):  # noqa: UP042 (StrEnum would change str() of members)
    """An enum that accepts values it does not know.

    LinkedIn adds enum values without notice; an unknown value decodes into a member created on the
    fly (`is_known` is false) and is written back unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the value is one the spec lists for this version."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)


class Urn(str):
    """A LinkedIn URN, `urn:li:{kind}:{id}`, as a `str` that also knows its parts.

    Subclasses are the URN kinds of the spec; they add `from_id` and a typed `id`.
    """

    __slots__ = ()
    kind: ClassVar[str] = ""  # the `{kind}` part; empty for a URN of any kind

    @classmethod
    def parse(cls, value: str) -> Self:
        """The URN in `value`; raises `ValueError` when it is not a URN of this kind."""
        parts = value.split(":", 3)
        if len(parts) != 4 or parts[0] != "urn" or parts[1] != "li" or not parts[2] or not parts[3]:
            raise ValueError(f"not a LinkedIn URN: {value!r}")
        if cls.kind and parts[2] != cls.kind:
            raise ValueError(f"not a urn:li:{cls.kind} URN: {value!r}")
        return cls(value)

    @property
    def entity_type(self) -> str:
        """The `{kind}` part, such as `sponsoredAccount`."""
        return self.split(":", 3)[2]

    @property
    def raw_id(self) -> str:
        """The `{id}` part, as written."""
        return self.split(":", 3)[3]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str.__repr__(self)})"
