"""The Rest.li 2.0 value codec: encoding for URLs and bodies, strict decoding, and patches.

Rest.li 2.0 writes structured values into URLs with its own small grammar::

    map     (key:value,key:value)      keys emitted sorted; empty map ()
    list    List(a,b)                  empty list List()
    string  text with ( ) , : ' % percent-escaped; the empty string is ''
    other   true / false / plain decimal numbers; null has no form (the field is omitted)

Three contexts differ only in which other characters are percent-encoded:

* ``"query"``: a query parameter value; everything outside ``A-Za-z0-9-._~!$*;@/?`` is
  percent-encoded (UTF-8 bytes, a space is ``%20``, never ``+``).
* ``"path"``: an entity key in the URL path; everything outside ``A-Za-z0-9-._~!$&*+=@``.
* ``"reduced"``: keys of a batch body's ``entities`` map and the ``X-RestLi-Id`` header; only the
  six characters ``( ) , : ' %`` are escaped.

The grammar characters themselves are never escaped, and characters inside strings and map keys
are always escaped, so no user-supplied string can change the structure of a value or add a query
parameter. This module sits on the request hot path: keep it straight-line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Literal
from urllib.parse import quote, unquote

from .errors import RequestValidationError
from .values import Urn

__all__ = [
    "Context",
    "RestliDecodeError",
    "build_batch_patch",
    "build_patch",
    "decode",
    "encode",
    "encode_key",
    "encode_projection",
    "to_plain",
]

Context = Literal["query", "path", "reduced"]
_Escape = Callable[[str], str]

# Characters (besides A-Z a-z 0-9 - . _ ~, which urllib.parse.quote always keeps) that may stay
# literal inside a string in each context. None of them is one of the six grammar characters.
_QUERY_SAFE = "!$*;@/?"
_PATH_SAFE = "!$&*+=@"

# Fast paths: most strings are plain identifiers or URNs, so match them with one regex and escape
# the few characters they may hold with str.replace (much faster than a per-character translate).
# A URN's only reserved character is ':', so "safe characters and colons" is tried first.
# Anything else (other ASCII, non-ASCII) goes through urllib.parse.quote, which writes UTF-8 bytes.
_QUERY_PLAIN = re.compile(r"[A-Za-z0-9\-._~!$*;@/?:]*")
_QUERY_SIMPLE = re.compile(r"[A-Za-z0-9\-._~!$*;@/?%(),:' ]*")
_PATH_PLAIN = re.compile(r"[A-Za-z0-9\-._~!$&*+=@:]*")
_PATH_SIMPLE = re.compile(r"[A-Za-z0-9\-._~!$&*+=@%(),:' ]*")
_GRAMMAR_CHARS = re.compile(r"[%(),:']")


def _replace_grammar(text: str) -> str:
    if "%" in text:
        text = text.replace("%", "%25")
    return (
        text.replace(":", "%3A")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace(",", "%2C")
        .replace("'", "%27")
    )


# Short strings (enum values, finder names, field names) recur in every request: remember their
# escaped query form. Longer ones (URNs, page tokens, names) rarely repeat and are not kept.
_SHORT = 24
_QUERY_MEMO: dict[str, str] = {}
_MEMO_SIZE = 4096


def _escape_query(text: str) -> str:
    if len(text) <= _SHORT:
        escaped = _QUERY_MEMO.get(text)
        if escaped is None:
            escaped = _escape_query_text(text)
            if len(_QUERY_MEMO) < _MEMO_SIZE:
                _QUERY_MEMO[text] = escaped
        return escaped
    return _escape_query_text(text)


def _escape_query_text(text: str) -> str:
    if _QUERY_PLAIN.fullmatch(text):
        return text.replace(":", "%3A")
    if _QUERY_SIMPLE.fullmatch(text):
        return _replace_grammar(text).replace(" ", "%20")
    return quote(text, safe=_QUERY_SAFE)


def _escape_path(text: str) -> str:
    if _PATH_PLAIN.fullmatch(text):
        return text.replace(":", "%3A")
    if _PATH_SIMPLE.fullmatch(text):
        return _replace_grammar(text).replace(" ", "%20")
    return quote(text, safe=_PATH_SAFE)


def _escape_reduced(text: str) -> str:
    if _GRAMMAR_CHARS.search(text) is None:
        return text
    return _replace_grammar(text)


_ESCAPERS: dict[str, _Escape] = {
    "query": _escape_query,
    "path": _escape_path,
    "reduced": _escape_reduced,
}

# Map keys are field names from a small set: remember their escaped form ("name:") per context.
_KEY_CACHE: dict[_Escape, dict[str, str]] = {escape: {} for escape in _ESCAPERS.values()}
_KEY_CACHE_SIZE = 4096


def encode(value: Any, context: Context = "query") -> str:
    """Encode ``value`` as a Rest.li 2.0 value for the given context.

    Accepts ``str``, ``int``, ``float``, ``bool``, ``Decimal``, enums (their value), mappings with
    string keys, lists and tuples, and any object with a ``to_dict()`` method. ``None`` values
    inside a mapping are omitted (Rest.li has no null); ``None`` anywhere else is a ``ValueError``.

    >>> encode({"status": {"values": ["ACTIVE", "DRAFT"]}, "test": False})
    '(status:(values:List(ACTIVE,DRAFT)),test:false)'
    >>> encode("urn:li:sponsoredAccount:123")
    'urn%3Ali%3AsponsoredAccount%3A123'
    """
    escape = _ESCAPERS.get(context)
    if escape is None:
        raise ValueError(f"unknown Rest.li encoding context {context!r}")
    if type(value) is str:  # most query parameters: one call less
        return escape(value) if value else "''"
    return _encode(value, escape)


def encode_key(value: Any, key_type: type, name: str) -> str:
    """Encode the entity key ``value`` for the URL path, after checking it is a ``key_type``.

    ``key_type`` is ``int`` (a ``bool``, which Python counts as one, is refused), ``str`` or a
    :class:`~linkedin_marketing.values.Urn` class, whose kind a plain string must also have. A key
    of another type would still encode (``True`` as ``true``, a dict as a record) and reach a URL
    the caller did not mean, so it raises :class:`RequestValidationError` naming ``name``.
    """
    if key_type is int:
        if type(value) is not int:
            raise RequestValidationError(name, f"must be an int, got {type(value).__name__}")
        return str(value)
    if not isinstance(value, str):
        expected = key_type.__name__
        raise RequestValidationError(name, f"must be a {expected}, got {type(value).__name__}")
    if issubclass(key_type, Urn) and not isinstance(value, key_type):
        try:
            key_type.parse(value)
        except ValueError as error:
            raise RequestValidationError(name, str(error)) from None
    return encode(value, "path")


def _encode(value: Any, escape: _Escape) -> str:
    kind = type(value)
    if kind is str:
        return escape(value) if value else "''"
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is dict:
        return _encode_map(value, escape)
    if kind is list or kind is tuple:
        # Lists are mostly of non-empty strings (ids, URNs, enum values): escape those inline.
        return (
            "List("
            + ",".join(
                [
                    escape(item) if type(item) is str and item else _encode(item, escape)
                    for item in value
                ]
            )
            + ")"
        )
    return _encode_other(value, escape)


def _encode_map(value: Mapping[Any, Any], escape: _Escape) -> str:
    try:
        keys = sorted(value)
        ascii_keys = "".join(keys).isascii()
    except TypeError:
        return _encode_map({_map_key(key): item for key, item in value.items()}, escape)
    if not ascii_keys:
        # Rest.li's Java client sorts by UTF-16 code unit; it differs from code point order
        # only when characters beyond the Basic Multilingual Plane are present.
        keys.sort(key=_utf16_order)
    cache = _KEY_CACHE[escape]
    parts = []
    for key in keys:
        item = value[key]
        if item is None:
            continue
        name = cache.get(key)
        if name is None:
            name = (escape(key) if key else "''") + ":"
            if len(cache) < _KEY_CACHE_SIZE:
                cache[key] = name
        kind = type(item)
        if kind is str:
            parts.append(name + (escape(item) if item else "''"))
        elif kind is dict:
            parts.append(name + _encode_map(item, escape))
        else:
            parts.append(name + _encode(item, escape))
    return "(" + ",".join(parts) + ")"


def _map_key(key: Any) -> str:
    if isinstance(key, Enum):
        key = key.value
    if isinstance(key, str):
        return str(key)
    if type(key) is int:
        return str(key)
    raise TypeError(f"Rest.li map keys must be strings, not {type(key).__name__}")


def _utf16_order(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")


def _encode_other(value: Any, escape: _Escape) -> str:
    if value is None:
        raise ValueError("None has no Rest.li representation: omit the field instead")
    if isinstance(value, Enum):
        return _encode(value.value, escape)
    if isinstance(value, str):
        return escape(str(value)) if value else "''"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return _format_float(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} has no Rest.li representation")
        return format(value, "f")
    if isinstance(value, Mapping):
        return _encode_map(value, escape)
    if isinstance(value, list | tuple):
        return "List(" + ",".join([_encode(item, escape) for item in value]) + ")"
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return _encode_map(to_dict(), escape)
    raise TypeError(f"cannot Rest.li-encode a value of type {type(value).__name__}")


def _format_float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{value} has no Rest.li representation")
    text = repr(value)
    if "e" in text or "E" in text:
        return format(Decimal(text), "f")
    return text


def encode_projection(fields: str | Iterable[Any] | Mapping[str, Any]) -> str:
    """Render a projection (``fields``, ``pagingFields``, ``metadataFields``) as a Rest.li mask.

    Masks are not Rest.li values and are passed unescaped. Accepts a ready mask string
    (``"id,name,runSchedule:(start)"``), an iterable of field names or nested masks, or a mapping
    ``{"id": True, "runSchedule": {"start": True}}``.
    """
    if isinstance(fields, str):
        return fields
    if isinstance(fields, Mapping):
        parts = []
        for name, sub in fields.items():
            if sub is True or sub is None:
                parts.append(name)
            elif sub is False:
                continue
            else:
                parts.append(f"{name}:({encode_projection(sub)})")
        return ",".join(parts)
    return ",".join([encode_projection(part) for part in fields])


class RestliDecodeError(ValueError):
    """Raised by :func:`decode` for text that is not a valid Rest.li 2.0 value."""

    def __init__(self, message: str, text: str, position: int) -> None:
        super().__init__(f"{message} at position {position} in {text!r}")
        self.reason = message
        self.text = text
        self.position = position


_STRING_END = re.compile(r"[^(),:]*")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_MAX_DEPTH = 200


def decode(text: str) -> Any:
    """Decode a Rest.li 2.0 value (any context) into strings, lists and dicts.

    Strict: empty input, empty values (``(a:)``, ``List(a,,b)``), trailing commas, map entries
    without a key, extra colons, unbalanced parentheses, stray apostrophes and malformed ``%``
    escapes are :class:`RestliDecodeError`, whose ``position`` is the offending offset. Numbers and
    booleans come back as strings; the caller's schema decides their type.

    >>> decode("(a:List(1,''),b:urn%3Ali%3Aapp%3A1)")
    {'a': ['1', ''], 'b': 'urn:li:app:1'}
    """
    if not text:
        raise RestliDecodeError("empty input", text, 0)
    if text[0] not in "(L" and "(" not in text and ")" not in text and "," not in text:
        if ":" in text:
            raise RestliDecodeError("unexpected ':'", text, text.index(":"))
        return _decode_string(text, 0, len(text), text)
    value, end = _parse(text, 0, 0)
    if end != len(text):
        raise RestliDecodeError(f"unexpected {text[end]!r}", text, end)
    return value


def _parse(text: str, pos: int, depth: int) -> tuple[Any, int]:
    if depth > _MAX_DEPTH:
        raise RestliDecodeError("nesting too deep", text, pos)
    if text.startswith("List(", pos):
        return _parse_list(text, pos + 5, depth)
    if pos < len(text) and text[pos] == "(":
        return _parse_map(text, pos + 1, depth)
    end = _STRING_END.match(text, pos).end()  # type: ignore[union-attr]
    if end == pos:
        if pos == len(text):
            raise RestliDecodeError("value expected, found end of input", text, pos)
        raise RestliDecodeError(f"value expected, found {text[pos]!r}", text, pos)
    return _decode_string(text, pos, end, text[pos:end]), end


def _parse_list(text: str, pos: int, depth: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    size = len(text)
    if pos < size and text[pos] == ")":
        return items, pos + 1
    while True:
        item, pos = _parse(text, pos, depth + 1)
        items.append(item)
        if pos >= size:
            raise RestliDecodeError("unclosed 'List('", text, pos)
        char = text[pos]
        if char == ")":
            return items, pos + 1
        if char != ",":
            raise RestliDecodeError(f"',' or ')' expected, found {char!r}", text, pos)
        pos += 1


def _parse_map(text: str, pos: int, depth: int) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    size = len(text)
    if pos < size and text[pos] == ")":
        return result, pos + 1
    while True:
        end = _STRING_END.match(text, pos).end()  # type: ignore[union-attr]
        if end == pos:
            if pos >= size:
                raise RestliDecodeError("unclosed '('", text, pos)
            raise RestliDecodeError(f"map key expected, found {text[pos]!r}", text, pos)
        key_at = pos
        key = _decode_string(text, pos, end, text[pos:end])
        if end >= size:
            raise RestliDecodeError("unclosed '('", text, end)
        if text[end] != ":":
            raise RestliDecodeError(f"':' expected after map key, found {text[end]!r}", text, end)
        value, pos = _parse(text, end + 1, depth + 1)
        if key in result:
            raise RestliDecodeError(f"duplicate map key {key!r}", text, key_at)
        result[key] = value
        if pos >= size:
            raise RestliDecodeError("unclosed '('", text, pos)
        char = text[pos]
        if char == ")":
            return result, pos + 1
        if char != ",":
            raise RestliDecodeError(f"',' or ')' expected, found {char!r}", text, pos)
        pos += 1


def _decode_string(text: str, start: int, end: int, token: str) -> str:
    if "%" not in token and "'" not in token:
        return token
    if token == "''":
        return ""
    quote_at = token.find("'")
    if quote_at >= 0:
        raise RestliDecodeError('unescaped "\'" inside a string', text, start + quote_at)
    bad = _BAD_ESCAPE.search(token)
    if bad is not None:
        raise RestliDecodeError("malformed '%' escape", text, start + bad.start())
    try:
        return unquote(token, errors="strict")
    except UnicodeDecodeError:
        raise RestliDecodeError("percent-escapes are not valid UTF-8", text, start) from None


# --- Patches -------------------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """A JSON-ready copy of ``value``: models through ``to_dict()``, enums as their values."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, type):
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    return value


def build_patch(original: Any, modified: Any) -> dict[str, Any]:
    """The Rest.li partial-update body ``{"patch": ...}`` turning ``original`` into ``modified``.

    Both are models (anything with ``to_dict()``) or dicts. Rules: a field that is new, or whose
    value changed and is not a record on both sides (including a nested record that appears or
    replaces a non-record), goes to ``$set``; a field present only in ``original`` (or now
    ``None``) goes to ``$delete``; a nested record present on both sides with changes becomes a
    nested patch under its field name; lists are compared whole and replaced with ``$set``.
    Identical objects give ``{"patch": {}}``.
    """
    return {"patch": _diff(_as_record(original, "original"), _as_record(modified, "modified"))}


def _as_record(value: Any, name: str) -> Mapping[str, Any]:
    plain = to_plain(value)
    if not isinstance(plain, Mapping):
        raise TypeError(f"{name} must be a model or a dict, not {type(value).__name__}")
    return plain


def _diff(original: Mapping[str, Any], modified: Mapping[str, Any]) -> dict[str, Any]:
    patch: dict[str, Any] = {}
    to_set: dict[str, Any] = {}
    to_delete: list[str] = []
    for key, new in modified.items():
        if new is None:
            continue
        old = original.get(key)
        if old is None:
            to_set[key] = _without_nulls(new)
            continue
        if old == new:
            continue
        old_plain = to_plain(old)
        new_plain = to_plain(new)
        if isinstance(old_plain, Mapping) and isinstance(new_plain, Mapping):
            nested = _diff(old_plain, new_plain)
            if nested:
                patch[key] = nested
        elif old_plain != new_plain:
            to_set[key] = _without_nulls(new)
    for key, old in original.items():
        if old is not None and modified.get(key) is None:
            to_delete.append(key)
    if to_set:
        patch["$set"] = to_set
    if to_delete:
        patch["$delete"] = to_delete
    return patch


def _without_nulls(value: Any) -> Any:
    """``value`` with ``None`` entries dropped from nested records (Rest.li has no null)."""
    if isinstance(value, Mapping):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def build_batch_patch(changes: Mapping[Any, tuple[Any, Any]]) -> dict[str, Any]:
    """The BATCH_PARTIAL_UPDATE body ``{"entities": {key: {"patch": ...}}}``.

    ``changes`` maps each entity key to its ``(original, modified)`` pair; keys are written in the
    reduced encoding the server expects in a body.
    """
    return {
        "entities": {
            encode(key, "reduced"): build_patch(original, modified)
            for key, (original, modified) in changes.items()
        }
    }
