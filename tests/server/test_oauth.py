"""The test server's OAuth 2.0 endpoints, checked with LinkedIn's own client and raw HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import linkedin_api.clients.auth.utils.oauth as official_oauth
import linkedin_api.common.constants as official_constants
import pytest
import requests
from linkedin_api.clients.auth.client import AuthClient as OfficialAuthClient
from linkedin_marketing.testing import LinkedInTestServer

from tests.e2e.oauth import CLIENT_ID, CLIENT_SECRET, REDIRECT_URL, consent, register
from tests.server.support import NEWEST, headers

EXPIRED = {
    "status": 401,
    "serviceErrorCode": 65602,
    "code": "EXPIRED_ACCESS_TOKEN",
    "message": "The token used in the request has expired",
}


@pytest.fixture
def running() -> Iterator[LinkedInTestServer]:
    with LinkedInTestServer(NEWEST) as server:
        server.register_app(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL)
        yield server


def rest_get(server: LinkedInTestServer, token: str) -> httpx.Response:
    return httpx.get(
        server.base_url + "/adAccounts/1", headers=headers(Authorization=f"Bearer {token}")
    )


def token_call(server: LinkedInTestServer, **form: str) -> httpx.Response:
    return httpx.post(server.oauth_base_url + "/accessToken", data=form)


def test_linkedin_official_auth_client_completes_the_whole_flow(
    running: LinkedInTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The official client reads its OAuth root from module constants: point them at the server.
    monkeypatch.setattr(official_constants, "OAUTH_BASE_URL", running.oauth_base_url)
    monkeypatch.setattr(official_oauth, "OAUTH_BASE_URL", running.oauth_base_url)
    official = OfficialAuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL)

    url = official.generate_member_auth_url(scopes=["r_ads", "rw_ads"], state="csrf-1")
    redirect = requests.get(url, allow_redirects=False, timeout=10)
    assert redirect.status_code == 302
    query = parse_qs(urlsplit(redirect.headers["Location"]).query)
    assert query["state"] == ["csrf-1"]

    token = official.exchange_auth_code_for_access_token(query["code"][0])
    assert token.status_code == 200
    assert token.expires_in == 60 * 24 * 3600
    assert token.refresh_token_expires_in == 365 * 24 * 3600
    assert token.scope == "r_ads,rw_ads"
    assert rest_get(running, token.access_token).status_code == 404  # accepted; no account 1

    info = official.introspect_access_token(token.access_token)
    assert (info.active, info.status, info.auth_type, info.client_id) == (
        True,
        "active",
        "3L",
        CLIENT_ID,
    )
    assert info.scope == "r_ads,rw_ads"
    assert info.expires_at - info.created_at == 60 * 24 * 3600

    running.expire_access_tokens()
    assert rest_get(running, token.access_token).json() == EXPIRED
    expired = official.introspect_access_token(token.access_token)
    assert (expired.active, expired.status) == (False, "expired")

    refreshed = official.exchange_refresh_token_for_access_token(token.refresh_token)
    assert refreshed.status_code == 200
    assert refreshed.access_token != token.access_token
    assert refreshed.refresh_token == token.refresh_token
    assert refreshed.refresh_token_expires_in <= token.refresh_token_expires_in
    assert rest_get(running, refreshed.access_token).status_code == 404

    two_legged = official.get_two_legged_access_token()
    assert two_legged.status_code == 200
    assert official.introspect_access_token(two_legged.access_token).auth_type == "2L"


def test_without_an_app_any_token_is_accepted_and_with_one_only_issued_tokens() -> None:
    with LinkedInTestServer(NEWEST) as server:
        assert rest_get(server, "any-token").status_code == 404
        auth = register(server)
        refused = rest_get(server, "any-token")
        assert refused.status_code == 401
        assert refused.json()["code"] == "INVALID_ACCESS_TOKEN"
        assert refused.json()["serviceErrorCode"] == 65600
        issued = auth.client_credentials()
        assert rest_get(server, issued.access_token).status_code == 404
        server.expire_access_tokens()
        answer = rest_get(server, issued.access_token)
        assert (answer.status_code, answer.json()) == (401, EXPIRED)
        # Tokens issued after the expiry are good.
        assert rest_get(server, auth.client_credentials().access_token).status_code == 404


def test_the_in_process_transport_serves_oauth_too() -> None:
    server = LinkedInTestServer(NEWEST)
    server.register_app(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL)
    with httpx.Client(transport=server.transport()) as client:
        answer = client.post(
            "https://www.linkedin.com/oauth/v2/accessToken",
            data={
                "grant_type": "client_credentials",
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
            },
        )
    assert answer.status_code == 200
    assert answer.json()["expires_in"] == 60 * 24 * 3600


def test_authorization_redirects_with_a_code_and_the_state(running: LinkedInTestServer) -> None:
    base = running.oauth_base_url + "/authorization?response_type=code&client_id=" + CLIENT_ID
    redirect = "&redirect_uri=" + REDIRECT_URL
    code = consent(base + redirect + "&scope=r_ads&state=xyz", "xyz")
    assert code
    assert consent(base + redirect + "&scope=r_ads")  # without state, none comes back

    refused = httpx.get(base + redirect + "&state=s")  # no scope: the error goes to the app
    assert refused.status_code == 302
    query = parse_qs(urlsplit(refused.headers["location"]).query)
    assert query["error"] == ["invalid_scope"]
    assert query["state"] == ["s"]

    # An unknown client or another redirect URL is never redirected to.
    unknown = httpx.get(base.replace(CLIENT_ID, "other") + redirect + "&scope=r_ads")
    assert (unknown.status_code, unknown.json()["error"]) == (400, "invalid_client_id")
    elsewhere = httpx.get(base + "&redirect_uri=https://evil.example/&scope=r_ads")
    assert (elsewhere.status_code, elsewhere.json()["error"]) == (400, "invalid_redirect_uri")


def test_access_token_errors_have_linkedins_shape(running: LinkedInTestServer) -> None:
    url = (
        running.oauth_base_url
        + f"/authorization?response_type=code&client_id={CLIENT_ID}"
        + f"&redirect_uri={REDIRECT_URL}&scope=r_ads"
    )
    code = consent(url)
    good = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    exchange = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URL}

    wrong_secret = token_call(running, **exchange, client_id=CLIENT_ID, client_secret="nope")
    assert (wrong_secret.status_code, wrong_secret.json()["error"]) == (401, "invalid_client")
    other_redirect = token_call(
        running, **{**exchange, "redirect_uri": "https://x.example/"}, **good
    )
    assert (other_redirect.status_code, other_redirect.json()["error"]) == (400, "invalid_request")
    # The failed exchange used the code up, as a code is good for one attempt.
    assert token_call(running, **exchange, **good).json()["error"] == "invalid_request"

    missing = token_call(running, grant_type="authorization_code", **good)
    assert missing.json()["error"] == "invalid_request"
    assert set(missing.json()) == {"error", "error_description"}
    unsupported = token_call(running, grant_type="password", **good)
    assert unsupported.json()["error"] == "unsupported_grant_type"
    bad_refresh = token_call(running, grant_type="refresh_token", refresh_token="no", **good)
    assert (bad_refresh.status_code, bad_refresh.json()["error"]) == (400, "invalid_request")
    as_json = httpx.post(running.oauth_base_url + "/accessToken", json=good)
    assert as_json.json()["error"] == "invalid_request"


def test_introspection_of_an_unknown_token_is_inactive(running: LinkedInTestServer) -> None:
    answer = httpx.post(
        running.oauth_base_url + "/introspectToken",
        data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "token": "unknown"},
    )
    assert (answer.status_code, answer.json()) == (200, {"active": False})
