"""Fault injection: error answers and dropped connections on chosen requests, over both paths."""

from __future__ import annotations

import httpx
import pytest
from linkedin_marketing.testing import Fault, LinkedInTestServer

from tests.server.support import NEWEST, create_account, headers


def local_client(server: LinkedInTestServer) -> httpx.Client:
    return httpx.Client(transport=server.transport(), base_url="https://x/rest", headers=headers())


def test_status_faults_answer_the_chosen_requests_a_given_number_of_times() -> None:
    fault = Fault(status=429, times=2, method="GET", path=r"/adAccounts/\d+$", retry_after=3)
    server = LinkedInTestServer(NEWEST, faults=[fault])
    with local_client(server) as api:
        account = create_account(api)
        first = api.get(f"/adAccounts/{account}")
        assert first.status_code == 429 and first.headers["retry-after"] == "3"
        assert api.get(f"/adAccounts?ids=List({account})").status_code == 200
        assert api.get(f"/adAccounts/{account}").status_code == 429
        assert api.get(f"/adAccounts/{account}").status_code == 200
    assert [request.status for request in server.requests] == [201, 429, 200, 429, 200]


def test_dropped_connection_over_http() -> None:
    with (
        LinkedInTestServer(NEWEST, faults=[Fault(drop=True, method="GET")]) as server,
        httpx.Client(base_url=server.base_url, headers=headers()) as api,
    ):
        with pytest.raises(httpx.RemoteProtocolError):
            api.get("/adAccounts/1")
        assert api.get("/adAccounts/1").status_code == 404


def test_dropped_answer_after_serving_keeps_the_effect() -> None:
    server = LinkedInTestServer(NEWEST)
    server.add_fault(Fault(drop=True, after=True, method="POST", path="/adAccounts$"))
    with local_client(server) as api, pytest.raises(httpx.RemoteProtocolError):
        api.post("/adAccounts", json={"name": "Lost answer", "type": "BUSINESS"})
    assert [account["name"] for account in server.entities("adAccounts")] == ["Lost answer"]


def test_faults_match_tunneled_requests_by_their_real_verb() -> None:
    server = LinkedInTestServer(NEWEST, faults=[Fault(status=503, method="GET")])
    with local_client(server) as api:
        response = api.post(
            "/adAccounts",
            content="ids=List(1)",
            headers={
                "X-HTTP-Method-Override": "GET",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
    assert response.status_code == 503
