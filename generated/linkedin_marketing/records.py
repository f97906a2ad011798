"""Lists of records decoded one item at a time, when first read.

A page of 1,000 campaigns is mostly handed on (written to a store, filtered by one field, counted)
rather than read field by field. Decoding every record when the page arrives cost more than
parsing its JSON; :class:`Records` decodes a record the first time it is read and keeps it, and
writes back the items never read as the JSON objects they came as. Code that reads everything
pays what eager decoding cost, plus one check per item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableSequence
from operator import methodcaller
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, overload

from .decoding import Path, decode_failure
from .errors import ResponseDecodeError

if TYPE_CHECKING:
    from .values import Model

__all__ = ["Records", "records_to_dicts"]

T = TypeVar("T")


class _Pending:
    """Stands for an item not decoded yet (a JSON `null` item is a value like any other)."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "_PENDING"  # the one instance, also through copy.deepcopy and pickle


_PENDING: Any = _Pending()
_TO_DICT = methodcaller("to_dict")


class Records(MutableSequence[T]):
    """A list of records that decodes each one from its JSON object when it is first read.

    It behaves as a list: index it, slice it (a slice is a ``list``), iterate, ``len``, compare
    with a list, change it (``append``, ``insert``, ``del``, item assignment). ``list(records)``
    decodes everything into a plain list. A record that does not match its schema raises
    :class:`~linkedin_marketing.errors.ResponseDecodeError` when it is read, naming its place
    (``elements[3].totalBudget.amount``) and, for a page, the response.

    Items never read are written back by ``to_dict`` as the JSON objects they were decoded from,
    shared, not copied: copy the result before changing it in place.
    """

    __slots__ = ("_items", "_raw", "_decode", "_path", "_response")

    _items: list[T]  # the records, `_PENDING` where not decoded yet
    _raw: list[Any] | None  # the JSON items, in step with `_items`; None when built from records
    _decode: Callable[[Any], T] | None
    _path: Path
    _response: tuple[int, str, str] | None  # status, method, URL of the response they came in

    def __init__(self, records: Iterable[T] = ()) -> None:
        self._items = list(records)
        self._raw = None
        self._decode = None
        self._path = ()
        self._response = None

    @classmethod
    def from_json(
        cls,
        items: list[Any],
        decode: Callable[[Any], T],
        path: Path = (),
        response: tuple[int, str, str] | None = None,
    ) -> Records[T]:
        """The records of the JSON array ``items``, each decoded by ``decode`` when first read.

        ``path`` is where the array is in the response body (``("elements",)``) and ``response``
        the status, method and URL of the response, for the error a bad item raises.
        """
        if not isinstance(items, list):
            raise TypeError(f"expected a JSON array, got {type(items).__name__}")
        records: Records[T] = cls.__new__(cls)
        records._raw = list(items)
        records._items = [_PENDING] * len(items)
        records._decode = decode
        records._path = path
        records._response = response
        return records

    def _decode_at(self, index: int) -> T:
        raw = self._raw
        decode = self._decode
        assert raw is not None and decode is not None  # only pending items are decoded
        try:
            record = decode(raw[index])
        except Exception as exc:
            error = self._failure(exc, index)
            raise error from error.__cause__
        self._items[index] = record
        return record

    def _failure(self, exc: Exception, index: int) -> ResponseDecodeError:
        assert self._raw is not None
        error = decode_failure(exc, self._raw[index], (*self._path, index))
        if self._response is not None:
            error = error.for_request(*self._response)
        return error

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._items)))]
        record = self._items[index]
        if record is _PENDING:
            return self._decode_at(index if index >= 0 else index + len(self._items))
        return record

    def __iter__(self) -> Iterator[T]:
        # Decoding written out here rather than through _decode_at: a call per record cost about
        # 1% of reading a whole page.
        items = self._items
        raw = self._raw
        decode = self._decode
        if raw is None or decode is None:  # built from records: nothing to decode
            yield from items
            return
        for index, record in enumerate(items):
            if record is _PENDING:
                try:
                    record = items[index] = decode(raw[index])
                except Exception as exc:
                    error = self._failure(exc, index)
                    raise error from error.__cause__
            yield record

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __setitem__(self, index: int, value: T) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[T]) -> None: ...

    def __setitem__(self, index: int | slice, value: Any) -> None:
        if isinstance(index, slice):
            values = list(value)
            self._items[index] = values
            if self._raw is not None:
                self._raw[index] = [None] * len(values)
        else:
            self._items[index] = value

    def __delitem__(self, index: int | slice) -> None:
        del self._items[index]
        if self._raw is not None:
            del self._raw[index]

    def insert(self, index: int, value: T) -> None:
        """Inserts ``value`` before ``index``, as ``list.insert``."""
        self._items.insert(index, value)
        if self._raw is not None:
            self._raw.insert(index, None)

    def sort(self, *, key: Callable[[T], Any] | None = None, reverse: bool = False) -> None:
        """Sorts in place, as ``list.sort`` (every record is decoded first)."""
        records = list(self)
        records.sort(key=key, reverse=reverse)
        self._items = records
        self._raw = None

    def copy(self) -> Records[T]:
        """A shallow copy, as ``list.copy``: the same records, the unread ones still unread."""
        copied: Records[T] = Records.__new__(type(self))
        copied._items = list(self._items)
        copied._raw = None if self._raw is None else list(self._raw)
        copied._decode = self._decode
        copied._path = self._path
        copied._response = self._response
        return copied

    __copy__ = copy

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Records | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable, as a list

    def __repr__(self) -> str:
        return f"Records({list(self)!r})"

    def to_json(self, encode: Callable[[T], Any]) -> list[Any]:
        """The JSON array: ``encode(record)`` for each record read, the JSON object as it came for
        each never read."""
        raw = self._raw
        if raw is None:
            return [encode(record) for record in self._items]
        return [
            item if record is _PENDING else encode(record)
            for item, record in zip(raw, self._items, strict=True)
        ]


def records_to_dicts(records: Iterable[Model]) -> list[Any]:
    """``[record.to_dict() for record in records]``, without decoding what a Records never read."""
    if isinstance(records, Records):
        return records.to_json(_TO_DICT)
    return [record.to_dict() for record in records]
