"""Finder paging through the transports: cursor and index styles, sync and async, lazily."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from linkedin_marketing.errors import PagingError, RequestValidationError
from linkedin_marketing.paging import (
    MAX_EMPTY_PAGES,
    AsyncPage,
    CursorPaging,
    IndexPaging,
    Page,
    Paging,
    afetch_page,
    fetch_page,
)
from linkedin_marketing.restli import encode
from linkedin_marketing.transport import RestliRequest

from tests.runtime.helpers import MODES, Harness, json_response

FINDER = RestliRequest(
    "GET",
    "FINDER",
    "/adAccounts",
    (("q", "search"), ("search", encode({"status": {"values": ["ACTIVE"]}}))),
    retry_safe=True,
)
ITEMS = [{"id": index, "name": f"account {index}"} for index in range(25)]


def query_of(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.url.query.decode(), strict_parsing=True))


def cursor_server(request: httpx.Request) -> httpx.Response:
    """25 items; tokens are 'p<offset>' (with a character that must be escaped: 'p:10')."""
    query = query_of(request)
    size = int(query.get("pageSize", "10"))
    offset = int(query["pageToken"].split(":")[1]) if "pageToken" in query else 0
    page = ITEMS[offset : offset + size]
    metadata: dict[str, Any] = {}
    if offset + size < len(ITEMS):
        metadata["nextPageToken"] = f"p:{offset + size}"
    return json_response(200, {"elements": page, "metadata": metadata})


def index_server(total: bool) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        query = query_of(request)
        start = int(query["start"])
        count = int(query.get("count", "10"))
        paging: dict[str, Any] = {"start": start, "count": count, "links": []}
        if total:
            paging["total"] = len(ITEMS)
        return json_response(200, {"elements": ITEMS[start : start + count], "paging": paging})

    return respond


def name_of(item: Any) -> str:
    return str(item["name"])


def collect(mode: str, harness: Harness, paging: Paging) -> tuple[list[str], int]:
    """All element names across pages, and the number of pages seen."""
    if mode == "sync":
        page = fetch_page(harness.sync, FINDER, paging, name_of)
        return list(page.iter_all()), len(list(page.iter_pages()))

    async def run() -> tuple[list[str], int]:
        page = await afetch_page(harness.async_, FINDER, paging, name_of)
        names = [name async for name in page.iter_all()]
        pages = [p async for p in page.iter_pages()]
        return names, len(pages)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_cursor_paging_across_three_pages(mode: str) -> None:
    harness = Harness(mode, cursor_server)
    names, pages = collect(mode, harness, CursorPaging(page_size=10, max_page_size=100))
    assert names == [item["name"] for item in ITEMS]
    assert pages == 3
    sent = [query_of(request) for request in harness.requests[:3]]
    assert [query.get("pageToken") for query in sent] == [None, "p:10", "p:20"]
    assert {query["pageSize"] for query in sent} == {"10"}
    assert all(query["q"] == "search" for query in sent)
    # The token is escaped like any Rest.li string.
    assert b"pageToken=p%3A10" in harness.requests[1].url.raw_path


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("total", [True, False])
def test_index_paging_across_three_pages(mode: str, total: bool) -> None:
    harness = Harness(mode, index_server(total))
    names, pages = collect(mode, harness, IndexPaging(count=10, max_count=1000))
    assert names == [item["name"] for item in ITEMS]
    assert pages == 3
    starts = [query_of(request)["start"] for request in harness.requests[:3]]
    assert starts == ["0", "10", "20"]


def test_index_paging_stops_at_total_without_an_extra_request() -> None:
    items = ITEMS[:20]

    def respond(request: httpx.Request) -> httpx.Response:
        start = int(query_of(request)["start"])
        paging = {"start": start, "count": 10, "total": 20}
        return json_response(200, {"elements": items[start : start + 10], "paging": paging})

    harness = Harness("sync", respond)
    page = fetch_page(harness.sync, FINDER, IndexPaging(count=10), name_of)
    assert len(list(page.iter_all())) == 20
    assert len(harness.requests) == 2


def test_index_paging_stops_on_a_short_page_without_total() -> None:
    harness = Harness("sync", index_server(total=False))
    page = fetch_page(harness.sync, FINDER, IndexPaging(count=10), name_of)
    pages = list(page.iter_pages())
    assert [len(p.elements) for p in pages] == [10, 10, 5]
    assert len(harness.requests) == 3
    assert pages[1].start == 10 and pages[1].count == 10 and pages[1].total is None
    assert not pages[2].has_next_page


def test_index_paging_without_count_uses_the_servers_count() -> None:
    harness = Harness("sync", index_server(total=False))
    page = fetch_page(harness.sync, FINDER, IndexPaging(), name_of)
    assert len(list(page.iter_all())) == 25
    assert "count" not in query_of(harness.requests[0])


def test_iteration_is_lazy() -> None:
    harness = Harness("sync", cursor_server)
    page = fetch_page(harness.sync, FINDER, CursorPaging(page_size=10), name_of)
    assert len(harness.requests) == 1
    iterator = page.iter_all()
    first_ten = [next(iterator) for _ in range(10)]
    assert len(first_ten) == 10
    assert len(harness.requests) == 1
    next(iterator)
    assert len(harness.requests) == 2


def test_page_fields() -> None:
    harness = Harness("sync", cursor_server)
    page: Page[str] = fetch_page(harness.sync, FINDER, CursorPaging(page_size=10), name_of)
    assert page.elements[0] == "account 0"
    assert page.next_page_token == "p:10"
    assert page.metadata == {"nextPageToken": "p:10"}
    assert page.has_next_page
    assert page.start is None and page.total is None
    last = page.next_page()
    assert last is not None
    last = last.next_page()
    assert last is not None
    assert last.next_page_token is None
    assert not last.has_next_page
    assert last.next_page() is None


def test_async_page_next_page() -> None:
    harness = Harness("async", cursor_server)

    async def run() -> list[int]:
        page: AsyncPage[str] | None = await afetch_page(
            harness.async_, FINDER, CursorPaging(page_size=10), name_of
        )
        sizes = []
        while page is not None:
            sizes.append(len(page.elements))
            page = await page.next_page()
        return sizes

    assert asyncio.run(run()) == [10, 10, 5]


def collect_until_error(mode: str, harness: Harness, paging: Paging) -> tuple[list[str], Exception]:
    """The element names iter_all() yields before it raises, and what it raises."""
    names: list[str] = []
    if mode == "sync":
        with pytest.raises(PagingError) as info:
            for name in fetch_page(harness.sync, FINDER, paging, name_of).iter_all():
                names.append(name)
        return names, info.value

    async def run() -> None:
        page = await afetch_page(harness.async_, FINDER, paging, name_of)
        async for name in page.iter_all():
            names.append(name)

    with pytest.raises(PagingError) as info:
        asyncio.run(run())
    return names, info.value


@pytest.mark.parametrize("mode", MODES)
def test_cursor_tokens_cycling_stop_with_an_error(mode: str) -> None:
    following = {None: "A", "A": "B", "B": "A"}

    def respond(request: httpx.Request) -> httpx.Response:
        token = query_of(request).get("pageToken")
        metadata = {"nextPageToken": following[token]}
        return json_response(200, {"elements": [{"name": f"after {token}"}], "metadata": metadata})

    harness = Harness(mode, respond)
    names, error = collect_until_error(mode, harness, CursorPaging(page_size=1))
    assert names == ["after None", "after A", "after B"]
    assert len(harness.requests) == 3
    assert "'A'" in str(error) and "again" in str(error)
    assert "GET /adAccounts" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_empty_pages_with_fresh_tokens_are_bounded(mode: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        fresh = f"t{len(harness.requests)}"
        return json_response(200, {"elements": [], "metadata": {"nextPageToken": fresh}})

    harness = Harness(mode, respond)
    names, error = collect_until_error(mode, harness, CursorPaging(page_size=10))
    assert names == []
    assert len(harness.requests) == MAX_EMPTY_PAGES
    assert f"{MAX_EMPTY_PAGES} pages in a row without elements" in str(error)


def test_empty_pages_between_full_ones_are_followed() -> None:
    pages = {None: (["a"], "1"), "1": ([], "2"), "2": ([], "3"), "3": (["b"], None)}

    def respond(request: httpx.Request) -> httpx.Response:
        names, token = pages[query_of(request).get("pageToken")]
        metadata = {"nextPageToken": token} if token else {}
        body = {"elements": [{"name": name} for name in names], "metadata": metadata}
        return json_response(200, body)

    harness = Harness("sync", respond)
    page = fetch_page(harness.sync, FINDER, CursorPaging(), name_of)
    assert list(page.iter_all()) == ["a", "b"]


@pytest.mark.parametrize("mode", MODES)
def test_index_paging_that_does_not_advance_stops_with_an_error(mode: str) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        # A server that ignores `start` and always answers the first page.
        paging = {"start": 0, "count": 2}
        return json_response(200, {"elements": ITEMS[:2], "paging": paging})

    harness = Harness(mode, respond)
    names, error = collect_until_error(mode, harness, IndexPaging(start=2, count=2))
    assert names == ["account 0", "account 1"]
    assert len(harness.requests) == 1
    assert "start" in str(error)


def test_repeated_cursor_token_stops_with_an_error() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return json_response(
            200, {"elements": [{"name": "x"}], "metadata": {"nextPageToken": "same"}}
        )

    harness = Harness("sync", respond)
    page = fetch_page(harness.sync, FINDER, CursorPaging(page_token="same"), name_of)
    assert page.has_next_page
    with pytest.raises(PagingError):
        page.next_page()
    assert len(harness.requests) == 1


def test_existing_paging_params_are_replaced_not_repeated() -> None:
    harness = Harness("sync", index_server(total=True))
    request = RestliRequest("GET", "FINDER", "/x", (("q", "a"), ("start", "99")))
    fetch_page(harness.sync, request, IndexPaging(start=5, count=3), name_of)
    names = [name for name, _ in parse_qsl(harness.requests[0].url.query.decode())]
    assert names == ["q", "start", "count"]


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: CursorPaging(page_size=101, max_page_size=100), "pageSize"),
        (lambda: CursorPaging(page_size=0), "pageSize"),
        (lambda: IndexPaging(count=1001, max_count=1000), "count"),
        (lambda: IndexPaging(start=-1), "start"),
    ],
)
def test_page_size_above_the_maximum_is_refused(make: Any, field: str) -> None:
    with pytest.raises(RequestValidationError) as info:
        make()
    assert info.value.field == field
    assert field in str(info.value)
    assert isinstance(info.value, ValueError)


def test_never_asks_more_than_the_maximum() -> None:
    harness = Harness("sync", cursor_server)
    page = fetch_page(harness.sync, FINDER, CursorPaging(page_size=100, max_page_size=100), name_of)
    list(page.iter_all())
    assert all(int(query_of(request)["pageSize"]) <= 100 for request in harness.requests)
