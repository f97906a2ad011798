"""Broken 2xx responses: each raises ResponseDecodeError naming where in the body, the status and
the request, never the token; nothing is read as an empty page or retried."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from linkedin_marketing.batch import parse_batch_create, parse_batch_get, parse_batch_update
from linkedin_marketing.errors import ResponseDecodeError
from linkedin_marketing.paging import CursorPaging, IndexPaging, Paging, afetch_page, fetch_page
from linkedin_marketing.transport import RestliRequest

from tests.runtime.helpers import MODES, TOKEN, Harness, json_response

FINDER = RestliRequest("GET", "FINDER", "/adAccounts", (("q", "search"),), retry_safe=True)
GET = RestliRequest("GET", "GET", "/adAccounts/1", retry_safe=True)


def name_of(item: Any) -> str:
    return str(item["name"])


def page_error(mode: str, respond: Any, paging: Paging | None = None) -> ResponseDecodeError:
    harness = Harness(mode, respond)
    paging = paging or CursorPaging(page_size=10)
    with pytest.raises(ResponseDecodeError) as info:
        if mode == "sync":
            fetch_page(harness.sync, FINDER, paging, name_of)
        else:
            asyncio.run(afetch_page(harness.async_, FINDER, paging, name_of))
    assert len(harness.requests) == 1  # a broken answer is not retried
    return info.value


def assert_names_the_request(error: ResponseDecodeError, status: int = 200) -> None:
    assert error.status == status
    assert error.request_method == "GET"
    assert error.request_url is not None
    assert error.request_url.startswith("https://api.linkedin.com/rest/adAccounts?q=search&")
    assert f"HTTP {status}" in str(error)
    assert "GET https://api.linkedin.com/rest/adAccounts?q=search" in str(error)
    assert TOKEN not in str(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "content", [b'{"elements": [{"name": "a"}', b"<html>proxy error</html>", b"[" * 100_000]
)
def test_a_body_that_is_not_json_raises(mode: str, content: bytes) -> None:
    error = page_error(mode, lambda request: httpx.Response(200, content=content))
    assert error.path == ()
    assert "not valid JSON" in str(error)
    assert_names_the_request(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("body", "path", "expected"),
    [
        ({}, ("elements",), "missing"),
        ({"elements": None}, ("elements",), "null"),
        ({"elements": {"name": "a"}}, ("elements",), "object"),
        ({"elements": "abc"}, ("elements",), "string"),
        ([{"name": "a"}], (), "array"),
        ({"elements": [], "metadata": []}, ("metadata",), "array"),
        ({"elements": [], "metadata": {"nextPageToken": 5}}, ("metadata", "nextPageToken"), "5"),
    ],
)
def test_a_page_without_a_list_of_elements_raises(
    mode: str, body: Any, path: tuple[Any, ...], expected: str
) -> None:
    error = page_error(mode, lambda request: json_response(200, body))
    assert error.path == path
    assert expected in error.reason
    assert_names_the_request(error)


@pytest.mark.parametrize("status", [200, 204])
def test_an_empty_body_is_not_an_empty_page(status: int) -> None:
    error = page_error("sync", lambda request: httpx.Response(status), IndexPaging(count=5))
    assert error.path == ()
    assert "no body" in error.reason
    assert_names_the_request(error, status)


@pytest.mark.parametrize("mode", MODES)
def test_an_element_that_does_not_decode_names_its_index_when_read(mode: str) -> None:
    body = {"elements": [{"name": "a"}, {"name": "b"}, {"title": "c"}]}
    harness = Harness(mode, lambda request: json_response(200, body))
    paging = CursorPaging(page_size=10)
    if mode == "sync":
        page = fetch_page(harness.sync, FINDER, paging, name_of)
    else:
        page = asyncio.run(afetch_page(harness.async_, FINDER, paging, name_of))
    assert page.elements[:2] == ["a", "b"]  # the records before it read as ever
    for read in (lambda: page.elements[2], lambda: list(page.elements)):
        with pytest.raises(ResponseDecodeError) as info:
            read()
        error = info.value
        assert error.path == ("elements", 2)
        assert error.field == "elements[2]"
        assert "elements[2]" in str(error)
        assert isinstance(error.__cause__, KeyError)
        assert_names_the_request(error)


def test_response_decode_error_paths_compose() -> None:
    inner = ResponseDecodeError("not a number", path=("amount",))
    outer = inner.within("elements", 3, "totalBudget")
    assert outer.path == ("elements", 3, "totalBudget", "amount")
    assert outer.field == "elements[3].totalBudget.amount"
    placed = outer.for_request(200, "GET", "https://x.test/rest/a")
    assert placed.path == outer.path and placed.reason == "not a number"
    assert str(placed) == (
        "elements[3].totalBudget.amount: not a number (HTTP 200, GET https://x.test/rest/a)"
    )
    assert ResponseDecodeError("not an object").field == ""
    assert str(ResponseDecodeError("not an object")).startswith("the response body: ")


@pytest.mark.parametrize(
    ("parse", "body", "path"),
    [
        (lambda body: parse_batch_get(body, int, dict), [], ()),
        (lambda body: parse_batch_get(body, int, dict), {"results": []}, ("results",)),
        (lambda body: parse_batch_get(body, int, dict), {"results": {"1": 5}}, ("results", "1")),
        (lambda body: parse_batch_get(body, int, dict), {"statuses": "x"}, ("statuses",)),
        (lambda body: parse_batch_get(body, int, dict), {"errors": {"1": []}}, ("errors", "1")),
        (lambda body: parse_batch_get(body, int, dict), {"results": {"x": {}}}, ("results", "x")),
        (lambda body: parse_batch_create(body, int), {}, ("elements",)),
        (lambda body: parse_batch_create(body, int), {"elements": [5]}, ("elements", 0)),
        (
            lambda body: parse_batch_create(body, int),
            {"elements": [{"status": 201, "id": "x"}]},
            ("elements", 0, "id"),
        ),
        (lambda body: parse_batch_update(body, int), None, ()),
        (lambda body: parse_batch_update(body, int), {"results": {"1": []}}, ("results", "1")),
    ],
)
def test_batch_bodies_that_do_not_match_raise(parse: Any, body: Any, path: tuple[Any, ...]) -> None:
    with pytest.raises(ResponseDecodeError) as info:
        parse(body)
    assert info.value.path == path
