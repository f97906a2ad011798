"""Batch results: per-key results, statuses and errors, including partial failures."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from linkedin_marketing.batch import (
    BatchCreateResult,
    BatchGetResult,
    BatchUpdateResult,
    parse_batch_create,
    parse_batch_delete,
    parse_batch_get,
    parse_batch_update,
)
from linkedin_marketing.errors import (
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    UnprocessableEntityError,
)
from linkedin_marketing.restli import build_batch_patch, encode
from linkedin_marketing.transport import RestliRequest

from tests.runtime.helpers import BASE, MODES, Harness, json_response

URN_1 = "urn:li:sponsoredCreative:1"
URN_2 = "urn:li:sponsoredCreative:2"
URN_3 = "urn:li:sponsoredCreative:3"

BATCH_GET_BODY = {
    "results": {encode(URN_1, "reduced"): {"id": URN_1, "intendedStatus": "ACTIVE"}},
    "errors": {
        encode(URN_2, "reduced"): {
            "status": 404,
            "serviceErrorCode": 100,
            "message": "Not found",
        },
        encode(URN_3, "reduced"): {"message": "Not allowed", "code": "ACCESS_DENIED"},
    },
    "statuses": {
        encode(URN_1, "reduced"): 200,
        encode(URN_2, "reduced"): 404,
        encode(URN_3, "reduced"): 403,
    },
}


def status_of(entity: Any) -> str:
    return str(entity["intendedStatus"])


def check_batch_get(result: BatchGetResult[str, str]) -> None:
    assert result.results == {URN_1: "ACTIVE"}
    assert result.statuses == {URN_1: 200, URN_2: 404, URN_3: 403}
    assert set(result.errors) == {URN_2, URN_3}
    assert isinstance(result.errors[URN_2], NotFoundError)
    assert result.errors[URN_2].service_error_code == 100
    assert isinstance(result.errors[URN_3], ForbiddenError)
    assert result.errors[URN_3].code == "ACCESS_DENIED"
    assert not result.ok


def test_parse_batch_get_partial_failure() -> None:
    check_batch_get(parse_batch_get(BATCH_GET_BODY, str, status_of))


@pytest.mark.parametrize("mode", MODES)
def test_batch_get_through_the_transport(mode: str) -> None:
    harness = Harness(mode, lambda request: json_response(200, BATCH_GET_BODY))
    ids = encode([URN_1, URN_2, URN_3])
    request = RestliRequest("GET", "BATCH_GET", "/creatives", (("ids", ids),), retry_safe=True)
    response = harness.send(request)
    check_batch_get(parse_batch_get(response.body, str, status_of))
    assert harness.requests[0].headers["X-RestLi-Method"] == "BATCH_GET"
    assert str(harness.requests[0].url) == (
        f"{BASE}/creatives?ids=List(urn%3Ali%3AsponsoredCreative%3A1,"
        "urn%3Ali%3AsponsoredCreative%3A2,urn%3Ali%3AsponsoredCreative%3A3)"
    )


def test_batch_get_long_keys_and_compound_keys() -> None:
    body = {"results": {"123": {"v": 1}, "456": {"v": 2}}, "errors": {}, "statuses": {}}
    result = parse_batch_get(body, int, lambda entity: entity["v"])
    assert result.results == {123: 1, 456: 2}
    assert result.statuses == {123: 200, 456: 200}
    assert result.ok
    compound = {"results": {"(a:1,b:urn%3Ali%3Ax%3A2)": {"v": 3}}}
    keys = parse_batch_get(compound, lambda key: tuple(sorted(key.items())), lambda e: e["v"])
    assert keys.results == {(("a", "1"), ("b", "urn:li:x:2")): 3}


def test_unencoded_keys_are_accepted_as_they_are() -> None:
    result = parse_batch_get({"results": {URN_1: {"v": 1}}}, str, lambda entity: entity["v"])
    assert result.results == {URN_1: 1}


def test_parse_batch_create_partial_failure() -> None:
    body = {
        "elements": [
            {"status": 201, "id": "urn%3Ali%3AsponsoredCampaignGroup%3A11"},
            {
                "status": 400,
                "error": {
                    "status": 400,
                    "code": "FIELD_VALUE_TOO_LONG",
                    "message": "name is too long",
                    "errorDetails": {"inputErrors": [{"description": "max 100"}]},
                },
            },
            {"status": 201, "id": "urn:li:sponsoredCampaignGroup:12"},
            {"status": 422, "error": {"message": "no budget"}},
        ]
    }
    result: BatchCreateResult[str] = parse_batch_create(body, str)
    assert [item.status for item in result.items] == [201, 400, 201, 422]
    assert result.ids == [
        "urn:li:sponsoredCampaignGroup:11",
        None,
        "urn:li:sponsoredCampaignGroup:12",
        None,
    ]
    assert set(result.errors) == {1, 3}
    assert isinstance(result.errors[1], BadRequestError)
    assert result.errors[1].code == "FIELD_VALUE_TOO_LONG"
    assert result.errors[1].error_details == {"inputErrors": [{"description": "max 100"}]}
    assert isinstance(result.errors[3], UnprocessableEntityError)
    assert [item.ok for item in result.items] == [True, False, True, False]
    assert not result.ok


def test_parse_batch_create_numeric_ids() -> None:
    result = parse_batch_create(
        {"elements": [{"status": 201, "id": 5}, {"status": 201, "id": "6"}]}, int
    )
    assert result.ids == [5, 6]
    assert result.ok


@pytest.mark.parametrize("mode", MODES)
def test_batch_partial_update_through_the_transport(mode: str) -> None:
    response_body = {
        "results": {"101": {"status": 204}, "102": {"status": 204}},
        "errors": {"103": {"status": 400, "message": "bad field", "serviceErrorCode": 2}},
    }
    harness = Harness(mode, lambda request: json_response(200, response_body))
    changes = {
        101: ({"name": "a"}, {"name": "b"}),
        102: ({"name": "a", "test": True}, {"name": "a"}),
        103: ({"name": "a"}, {"name": "x" * 101}),
    }
    body = build_batch_patch(changes)
    request = RestliRequest(
        "POST", "BATCH_PARTIAL_UPDATE", "/adAccounts", (("ids", encode(list(changes))),), body
    )
    response = harness.send(request)
    sent = harness.requests[0]
    assert sent.headers["X-RestLi-Method"] == "BATCH_PARTIAL_UPDATE"
    assert sent.url.query == b"ids=List(101,102,103)"
    assert body["entities"]["102"] == {"patch": {"$delete": ["test"]}}
    result: BatchUpdateResult[int] = parse_batch_update(response.body, int)
    assert result.statuses == {101: 204, 102: 204, 103: 400}
    assert set(result.errors) == {103}
    assert isinstance(result.errors[103], BadRequestError)
    assert result.errors[103].service_error_code == 2


def test_batch_delete_partial_failure_with_statuses() -> None:
    body = {
        "results": {encode(URN_1, "reduced"): {"status": 204}},
        "errors": {encode(URN_2, "reduced"): {"message": "gone"}},
        "statuses": {encode(URN_2, "reduced"): 404},
    }
    result = parse_batch_delete(body, str)
    assert result.statuses == {URN_1: 204, URN_2: 404}
    assert isinstance(result.errors[URN_2], NotFoundError)


@pytest.mark.parametrize("body", [{}, {"results": None}])
def test_bodies_without_entries_give_empty_results(body: Any) -> None:
    # Bodies that are not batch bodies at all raise ResponseDecodeError (test_decoding.py).
    assert parse_batch_get(body, str, str).results == {}
    assert parse_batch_create({**body, "elements": []}, str).items == []
    assert parse_batch_update(body, str).statuses == {}


def test_errors_carry_the_request_when_given() -> None:
    result = parse_batch_get(
        BATCH_GET_BODY, str, status_of, request_method="GET", request_url=f"{BASE}/creatives"
    )
    assert result.errors[URN_2].request_method == "GET"
    assert result.errors[URN_2].request_url == f"{BASE}/creatives"


def test_batch_create_async() -> None:
    created = {"elements": [{"status": 201, "id": "1"}, {"status": 201, "id": "2"}]}
    harness = Harness("async", lambda request: json_response(200, created))

    async def run() -> list[int | None]:
        assert harness.async_ is not None
        response = await harness.async_.send(
            RestliRequest("POST", "BATCH_CREATE", "/adAccounts", body={"elements": [{}, {}]})
        )
        return parse_batch_create(response.body, int).ids

    assert asyncio.run(run()) == [1, 2]
    assert harness.requests[0].headers["X-RestLi-Method"] == "BATCH_CREATE"
    assert isinstance(harness.requests[0], httpx.Request)
