"""Headers, routing, strict Rest.li query decoding and query tunneling."""

from __future__ import annotations

import asyncio
import json
from importlib.resources import files

import httpx
import pytest
from linkedin_marketing.testing import MAX_BODY_BYTES, LinkedInTestServer, available_versions

from tests.server.support import NEWEST, create_account, headers


def test_missing_bearer_token_is_401(api: httpx.Client) -> None:
    response = api.get("/adAccounts/1", headers={"Authorization": ""})
    assert response.status_code == 401
    assert response.json()["code"] == "EMPTY_ACCESS_TOKEN"


def test_missing_version_header_is_an_error(api: httpx.Client) -> None:
    response = api.get("/adAccounts/1", headers={"LinkedIn-Version": ""})
    assert response.status_code == 400
    assert response.json()["code"] == "VERSION_MISSING"


def test_unserved_version_is_426_in_linkedins_exact_shape(api: httpx.Client) -> None:
    response = api.get("/adAccounts/1", headers={"LinkedIn-Version": "20240401"})
    assert response.status_code == 426
    assert response.json() == {
        "status": 426,
        "code": "NONEXISTENT_VERSION",
        "message": "Requested version 20240401 is not active",
    }


def test_protocol_version_header_is_required(api: httpx.Client) -> None:
    response = api.get("/adAccounts/1", headers={"X-Restli-Protocol-Version": "1.0.0"})
    assert response.status_code == 400


def test_unknown_path_is_404_and_wrong_verb_405(api: httpx.Client) -> None:
    assert api.get("/nothingHere").status_code == 404
    refused = api.put("/adAccounts/1", json={})
    assert refused.status_code == 405
    assert refused.headers["Allow"] == "DELETE, GET, POST"
    assert refused.json()["status"] == 405


def test_a_body_above_the_limit_is_413_in_process_too(api: httpx.Client) -> None:
    response = api.post("/adAccounts", content=b" " * (MAX_BODY_BYTES + 1))
    assert response.status_code == 413
    assert response.json()["status"] == 413


@pytest.mark.parametrize(
    "search",
    [
        "(status:(values:List(ACTIVE,)))",  # trailing comma
        "(status:(values:List(ACTIVE,,DRAFT)))",  # empty item
        "(status:)",  # empty value
        "(status:(values:List(ACTIVE))",  # unbalanced
        "(status%3A(values:List(ACTIVE)))",  # grammar character percent-encoded
        "(name:(values:List(a%2)))",  # malformed escape
    ],
)
def test_malformed_restli_query_is_400(api: httpx.Client, search: str) -> None:
    response = api.get(f"/adAccounts?q=search&search={search}")
    assert response.status_code == 400
    assert "Parameter 'search' is invalid" in response.json()["message"]


def test_query_strings_decode_escapes_inside_strings(api: httpx.Client) -> None:
    create_account(api, name="a (b), c: 'd' 100%")
    encoded = "a%20%28b%29%2C%20c%3A%20%27d%27%20100%25"
    response = api.get(f"/adAccounts?q=search&search=(name:(values:List({encoded})))")
    assert [item["name"] for item in response.json()["elements"]] == ["a (b), c: 'd' 100%"]


def test_repeated_or_unknown_parameters_are_400(api: httpx.Client) -> None:
    assert api.get("/adAccounts?ids=List(1)&ids=List(2)").status_code == 400
    assert api.get("/adAccounts?q=search&bogus=1").status_code == 400
    assert api.get("/adAccounts?q=nosuchfinder").status_code == 400


def test_restli_method_header_must_match_the_request(api: httpx.Client) -> None:
    response = api.get("/adAccounts/1", headers={"X-RestLi-Method": "DELETE"})
    assert response.status_code == 400


def test_tunneled_get_with_a_form_body(api: httpx.Client) -> None:
    ids = [create_account(api) for _ in range(3)]
    query = "ids=List(" + ",".join(map(str, ids)) + ")"
    response = api.post(
        "/adAccounts",
        content=query,
        headers={
            "X-HTTP-Method-Override": "GET",
            "X-RestLi-Method": "BATCH_GET",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    assert response.status_code == 200
    assert sorted(response.json()["results"]) == sorted(map(str, ids))


def test_tunneled_post_with_a_multipart_body(api: httpx.Client) -> None:
    account = create_account(api)
    group_ids = []
    for name in ("one", "two"):
        body = {
            "account": f"urn:li:sponsoredAccount:{account}",
            "name": name,
            "runSchedule": {"start": 1},
            "status": "DRAFT",
        }
        created = api.post(f"/adAccounts/{account}/adCampaignGroups", json=body)
        group_ids.append(created.headers["x-restli-id"])
    patch = {"entities": {key: {"patch": {"$set": {"name": "renamed"}}} for key in group_ids}}
    content = (
        "--b1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n"
        f"ids=List({','.join(group_ids)})"
        "\r\n--b1\r\nContent-Type: application/json\r\n\r\n"
        f"{json.dumps(patch)}\r\n--b1--\r\n"
    )
    response = api.post(
        f"/adAccounts/{account}/adCampaignGroups",
        content=content,
        headers={
            "X-HTTP-Method-Override": "POST",
            "X-RestLi-Method": "BATCH_PARTIAL_UPDATE",
            "Content-Type": "multipart/mixed; boundary=b1",
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["results"] == {key: {"status": 204} for key in group_ids}


def test_http_and_in_process_share_state_and_answers() -> None:
    with LinkedInTestServer(NEWEST) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=server.base_url, headers=headers()) as http:
            created = http.post("/adAccounts", json={"name": "Over HTTP", "type": "BUSINESS"})
        assert created.status_code == 201
        key = created.headers["x-restli-id"]
        with httpx.Client(
            transport=server.transport(), base_url="https://x.test/rest", headers=headers()
        ) as local:
            assert local.get(f"/adAccounts/{key}").json()["name"] == "Over HTTP"
        assert [request.restli_method for request in server.requests] == ["create", "get"]


async def _async_get(server: LinkedInTestServer, key: str) -> httpx.Response:
    async with httpx.AsyncClient(
        transport=server.async_transport(), base_url="https://x.test/rest", headers=headers()
    ) as client:
        return await client.get(f"/adAccounts/{key}")


def test_async_transport(server: LinkedInTestServer, api: httpx.Client) -> None:
    key = str(create_account(api))
    assert asyncio.run(_async_get(server, key)).json()["id"] == int(key)


def test_every_packaged_version_loads() -> None:
    for version in available_versions():
        assert LinkedInTestServer(version).version == version


def test_spec_with_an_unknown_finder_criterion_is_refused() -> None:
    packaged = files("linkedin_marketing").joinpath(f"v{NEWEST}/openapi.json")
    document = json.loads(packaged.read_text())
    operation = document["paths"]["/adTargetTemplates"]["get"]
    operation["parameters"].append({"name": "color", "in": "query", "schema": {"type": "string"}})
    next(m for m in operation["x-restli-methods"] if m["method"] == "finder")["parameters"].append(
        "color"
    )
    with pytest.raises(ValueError, match="'color'"):
        LinkedInTestServer(NEWEST, spec=document)
