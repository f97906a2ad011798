"""The Rest.li codec against the protocol reference's vectors, plus property tests."""

from __future__ import annotations

import string
from decimal import Decimal
from enum import Enum
from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linkedin_marketing.restli import RestliDecodeError, decode, encode, encode_projection


class Status(str, Enum):  # noqa: UP042 - the (str, Enum) form is what models use
    ACTIVE = "ACTIVE"
    DRAFT = "DRAFT"


class Model:
    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return dict(self.fields)


# --- Encoding vectors (reference §1-§5) -----------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"b": "1", "a": "2"}, "(a:2,b:1)"),
        ({}, "()"),
        (["a", "b"], "List(a,b)"),
        ([], "List()"),
        ([1], "List(1)"),
        ("", "''"),
        ({"": ""}, "('':'')"),
        ([""], "List('')"),
        (True, "true"),
        (False, "false"),
        (123, "123"),
        (-7, "-7"),
        (1.5, "1.5"),
        (Decimal("100.50"), "100.50"),
        ({"%25": "%"}, "(%2525:%25)"),
        ("urn:li:sponsoredAccount:123", "urn%3Ali%3AsponsoredAccount%3A123"),
        ("\U0001f61b", "%F0%9F%98%9B"),
        ("a(b)c,d:e'f%g", "a%28b%29c%2Cd%3Ae%27f%25g"),
        ({"a": None, "b": "x"}, "(b:x)"),
        ({"$params": {"x": 1}, "a": "b"}, "($params:(x:1),a:b)"),
        (Status.ACTIVE, "ACTIVE"),
        (Model(b=[Status.DRAFT], a="x y"), "(a:x%20y,b:List(DRAFT))"),
        (
            {"status": {"values": ["ACTIVE", "DRAFT"]}, "test": False},
            "(status:(values:List(ACTIVE,DRAFT)),test:false)",
        ),
        (
            ["urn:li:sponsoredCampaign:123"],
            "List(urn%3Ali%3AsponsoredCampaign%3A123)",
        ),
        ([604716224, 604716214], "List(604716224,604716214)"),
        ({"part1": 1, "part2": 2}, "(part1:1,part2:2)"),
    ],
)
def test_encode_query_vectors(value: Any, expected: str) -> None:
    assert encode(value) == expected


def test_space_is_never_plus_and_query_reserved_are_escaped() -> None:
    assert encode("a b+c&d=e#f") == "a%20b%2Bc%26d%3De%23f"
    assert encode('q"[]{}') == "q%22%5B%5D%7B%7D"
    # Characters the query context may leave literal stay literal.
    assert encode("A-z0.9_~!$*;@/?") == "A-z0.9_~!$*;@/?"


def test_path_context() -> None:
    assert encode(120491345, "path") == "120491345"
    assert (
        encode("urn:li:sponsoredCreative:120491345", "path")
        == "urn%3Ali%3AsponsoredCreative%3A120491345"
    )
    assert encode("a b/c?d;e#f", "path") == "a%20b%2Fc%3Fd%3Be%23f"
    assert encode("x&y=z+w@!$*", "path") == "x&y=z+w@!$*"
    assert encode('"|\\^`[]{}', "path") == "%22%7C%5C%5E%60%5B%5D%7B%7D"
    assert encode({"part2": "b c", "part1": 1}, "path") == "(part1:1,part2:b%20c)"


def test_reduced_context() -> None:
    assert encode("urn:li:app:123", "reduced") == "urn%3Aapp%3A123".replace("urn", "urn%3Ali", 1)
    assert encode("a b/é?&", "reduced") == "a b/é?&"
    assert encode({"a": "(x)", "b": ["'", "%"]}, "reduced") == "(a:%28x%29,b:List(%27,%25))"


def test_keys_sort_by_utf16_code_unit() -> None:
    # U+FF21 sorts before U+1F600 by code point but after it by UTF-16 code unit, where U+1F600
    # starts with the surrogate 0xD83D.
    assert encode({"\U0001f600": "1", "\uff21": "2", "$params": "3", "a": "4"}, "reduced") == (
        "($params:3,a:4,\U0001f600:1,\uff21:2)"
    )


def test_float_is_plain_decimal() -> None:
    assert encode(1e20) == "100000000000000000000"
    assert encode(1.5e-7) == "0.00000015"


@pytest.mark.parametrize(
    "value", [None, [None], float("nan"), float("inf"), Decimal("NaN"), object()]
)
def test_unencodable_values_are_refused(value: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        encode(value)


def test_unknown_context_is_refused() -> None:
    with pytest.raises(ValueError):
        encode("x", "body")  # type: ignore[arg-type]


def test_projection_masks_pass_unescaped() -> None:
    assert encode_projection("id,name,runSchedule:(start)") == "id,name,runSchedule:(start)"
    assert encode_projection(["id", "name"]) == "id,name"
    assert (
        encode_projection({"id": True, "runSchedule": {"start": True, "end": True}, "x": False})
        == "id,runSchedule:(start,end)"
    )


# --- Decoding (reference §6) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''", ""),
        ("%27%27", "''"),
        ("abc", "abc"),
        ("123", "123"),
        ("true", "true"),
        ("()", {}),
        ("List()", []),
        ("List('')", [""]),
        ("('':'')", {"": ""}),
        ("(%2525:%25)", {"%25": "%"}),
        ("urn%3Ali%3Aapp%3A123", "urn:li:app:123"),
        ("%F0%9F%98%9B", "\U0001f61b"),
        ("Listing", "Listing"),
        ("(List:List(List()))", {"List": [[]]}),
        (
            "(status:(values:List(ACTIVE,DRAFT)),test:false)",
            {"status": {"values": ["ACTIVE", "DRAFT"]}, "test": "false"},
        ),
        ("a+b", "a+b"),
    ],
)
def test_decode_vectors(text: str, expected: Any) -> None:
    assert decode(text) == expected


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("", 0),
        ("(a:)", 3),
        ("List(a,,b)", 7),
        ("List(a,b,)", 9),
        ("(a,b)", 2),
        ("(a:b:c)", 4),
        ("(a:b", 4),
        ("((a:b)", 1),
        ("List(a", 6),
        ("(a:b))", 5),
        ("a)", 1),
        ("%", 0),
        ("ab%2", 2),
        ("%zz", 0),
        ("(a:%G1)", 3),
        ("%FF", 0),
        ("a'b", 1),
        ("(:b)", 1),
        ("(a:b,a:c)", 5),
        ("a:b", 1),
        (",", 0),
    ],
)
def test_decode_rejects_malformed_input_with_position(text: str, position: int) -> None:
    with pytest.raises(RestliDecodeError) as info:
        decode(text)
    assert info.value.position == position
    assert isinstance(info.value, ValueError)


def test_decode_rejects_deep_nesting_cleanly() -> None:
    with pytest.raises(RestliDecodeError):
        decode("List(" * 1000 + ")" * 1000)


# --- Properties -----------------------------------------------------------------------------

# Text biased towards the characters that matter: grammar, percent, quotes, query delimiters,
# spaces, non-ASCII and astral code points.
_SPECIAL = "()%,:'&=+#?/ ;!$*@\"[]{}|\\^`~.-_é中\U0001f61b\x00\n"
texts = st.text(
    alphabet=st.sampled_from(_SPECIAL + string.ascii_letters[:6] + "0L"), max_size=12
) | (st.text(max_size=12))
values = st.recursive(
    texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400)
@given(values, st.sampled_from(["query", "path", "reduced"]))
def test_decode_inverts_encode(value: Any, context: Any) -> None:
    assert decode(encode(value, context)) == value


_MUST_ESCAPE = {
    "query": set("(),:'&=+# \"<>[]{}|\\^`"),
    "path": set("(),:'/?;# \"<>[]{}|\\^`"),
    "reduced": set("(),:'"),
}


@given(texts.filter(bool))
def test_strings_never_contain_structure(text: str) -> None:
    for context, forbidden in _MUST_ESCAPE.items():
        encoded = encode(text, context)  # type: ignore[arg-type]
        assert not set(encoded) & forbidden
        if context != "reduced":
            assert encoded.isascii()


@settings(max_examples=300)
@given(texts, texts, st.lists(texts, max_size=3))
def test_user_strings_cannot_add_query_parameters(name: str, other: str, ids: list[str]) -> None:
    params = [
        ("q", "search"),
        ("search", encode({"name": {"values": [name]}, "other": other})),
        ("ids", encode(ids)),
    ]
    query = "&".join(f"{key}={value}" for key, value in params)
    parsed = parse_qsl(query, keep_blank_values=True, strict_parsing=True)
    assert parsed == [(key, unquote(value)) for key, value in params]
    raw = dict(part.split("=", 1) for part in query.split("&"))
    assert decode(raw["search"]) == {"name": {"values": [name]}, "other": other}
    assert decode(raw["ids"]) == ids
