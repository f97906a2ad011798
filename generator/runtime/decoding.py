"""Response bodies that do not match their schema: one :class:`ResponseDecodeError`, with the place.

Decoding stays straight-line and checks nothing twice: a generated ``from_dict`` reads each field
the fastest way, and a body that does not match fails there with whatever Python raises
(``AttributeError`` for a string where an object belongs, ``decimal.InvalidOperation``, ...).
Where decoding starts (:meth:`RestliResponse.decode
<linkedin_marketing.transport.RestliResponse.decode>`, paging, batch parsing) one ``try`` catches
that exception, and :func:`decode_failure` works out from its traceback where in the body it
happened: each generated ``from_dict`` frame was decoding the first field it had not assigned yet
(``__slots__`` and ``_wire`` list the fields in the order ``from_dict`` assigns them), and each
comprehension below it was at one item of that field's list or map. This costs nothing until a
body fails.

It reads the local names of the generated code (``templates/version/models.py.jinja`` and the type
templates): ``cls``, ``obj`` and ``data`` in ``from_dict``, and the comprehension variables
``v1``, ``v2``, ... with map keys ``k1``, ``k2``, ... . Plain values (numbers, strings, booleans,
lists and maps of them) are taken as they come and not checked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .errors import ResponseDecodeError
from .values import Model

__all__ = [
    "decode_elements",
    "decode_failure",
    "decode_items",
    "expected",
    "list_field",
    "optional_object",
    "require_object",
]

T = TypeVar("T")
Path = tuple[str | int, ...]
_MISSING: Any = object()


def describe(value: Any) -> str:
    """A JSON value as an error message shows it: its kind and (shortened) text."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"a number {value!r}"
    if isinstance(value, str):
        kind = "a string"
    elif isinstance(value, list):
        kind = "an array"
    elif isinstance(value, Mapping):
        kind = "an object"
    else:
        kind = f"a {type(value).__name__}"
    text = repr(value)
    return f"{kind} {text if len(text) <= 60 else text[:57] + '...'}"


def expected(what: str, value: Any, path: Path = ()) -> ResponseDecodeError:
    """The error for ``value`` at ``path`` where ``what`` belongs (``"a JSON object"``)."""
    got = "no body" if value is None and not path else describe(value)
    return ResponseDecodeError(f"expected {what}, got {got}", path=path)


def require_object(value: Any, path: Path = ()) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise expected("a JSON object", value, path)
    return value


def optional_object(value: Any, path: Path) -> Mapping[str, Any]:
    """``value`` when it is an object, ``{}`` when it is absent (null)."""
    return {} if value is None else require_object(value, path)


def list_field(fields: Mapping[str, Any], name: str, path: Path = ()) -> list[Any]:
    """The array ``fields[name]``, which must be there (``path`` leads to ``fields``)."""
    value = fields.get(name, _MISSING)
    if not isinstance(value, list):
        got = "nothing (the field is missing)" if value is _MISSING else describe(value)
        raise ResponseDecodeError(f"expected an array, got {got}", path=(*path, name))
    return value


def decode_items(items: list[Any], decode: Callable[[Any], T], path: Path) -> list[T]:
    """``[decode(item) for item in items]``; a failure names the item's index below ``path``."""
    try:
        return [decode(item) for item in items]
    except Exception:
        # Only now find which item failed: decoding is a pure function of the item.
        for index, item in enumerate(items):
            try:
                decode(item)
            except Exception as exc:
                error = decode_failure(exc, item, (*path, index))
                raise error from error.__cause__
        raise


def decode_elements(body: Any, decode: Callable[[Any], T]) -> list[T]:
    """The decoded ``elements`` of a collection response (a finder or get-all without paging)."""
    return decode_items(list_field(require_object(body), "elements"), decode, ("elements",))


def decode_failure(exc: BaseException, value: Any, path: Path = ()) -> ResponseDecodeError:
    """The ResponseDecodeError for ``exc``, raised while decoding ``value`` found at ``path``.

    Its ``__cause__`` is the exception decoding raised (for an ``exc`` that is already a
    ResponseDecodeError, the same cause); raise it ``from error.__cause__`` to keep that chain.
    """
    if isinstance(exc, ResponseDecodeError):
        return exc.within(*path)
    try:
        inner, reason = _locate(exc, value)
    except Exception:  # never let finding the place hide what went wrong
        inner, reason = (), f"cannot decode {describe(value)}: {_explain(exc)}"
    error = ResponseDecodeError(reason, path=path + inner)
    error.__cause__ = exc
    return error


def _locate(exc: BaseException, value: Any) -> tuple[Path, str]:
    """Where below ``value`` the exception happened, and what was wrong there."""
    path: list[str | int] = []
    current = None  # the last frame that added to the path
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        local = frame.f_locals
        name = frame.f_code.co_name
        tb = tb.tb_next
        if name == "from_dict":
            cls = local.get("cls")
            if not (isinstance(cls, type) and issubclass(cls, Model) and "obj" in local):
                continue
            data = local.get("data")
            if not isinstance(data, Mapping):
                return tuple(path), _expected_text("a JSON object", data, path)
            field = _unassigned(cls, local["obj"])
            if field is None:
                break
            path.append(field)
            value = data.get(field)
            current = frame
        elif name in ("<listcomp>", "<dictcomp>") and current is not None:
            if frame.f_back is not current:
                continue
            current = frame
        else:
            continue
        # The items a comprehension is at: in its own frame, or in from_dict's where
        # comprehensions are inlined (Python 3.12 and later).
        value, wrong = _items(local, value, path)
        if wrong is not None:
            return tuple(path), wrong
    return tuple(path), f"cannot decode {describe(value)}: {_explain(exc)}"


def _unassigned(cls: type[Model], obj: Model) -> str | None:
    """The JSON name of the first field ``from_dict`` had not assigned yet."""
    # The generated class itself, not a subclass of it someone wrote.
    generated: type[Model] = next(k for k in cls.__mro__ if "_wire" in k.__dict__)
    for slot, wire in zip(generated.__slots__, generated._wire, strict=True):
        if not hasattr(obj, slot):
            return wire
    return None


def _items(
    local: Mapping[str, Any], container: Any, path: list[str | int]
) -> tuple[Any, str | None]:
    depths = sorted(int(name[1:]) for name in local if name[:1] == "v" and name[1:].isdigit())
    for depth in depths:
        item = local[f"v{depth}"]
        key = local.get(f"k{depth}", _MISSING)
        if key is not _MISSING:
            path.append(key)
        elif isinstance(container, list):
            # The first item that is this very object: an equal earlier one would have failed first.
            path.append(next(i for i, candidate in enumerate(container) if candidate is item))
        else:
            return container, _expected_text("an array", container, path)
        container = item
    return container, None


def _expected_text(what: str, value: Any, path: list[str | int]) -> str:
    return expected(what, value, tuple(path)).reason


def _explain(exc: BaseException) -> str:
    if isinstance(exc, ArithmeticError):  # decimal.InvalidOperation says only "[<class ...>]"
        return "not a decimal number"
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
