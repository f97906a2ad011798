"""An OAuth application registered on the local server, and a member who authorized it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
from linkedin_marketing.auth import AsyncAuthClient, AuthClient, Token
from linkedin_marketing.testing import LinkedInTestServer

CLIENT_ID = "app-client-id"
CLIENT_SECRET = "app-client-secret-value"
REDIRECT_URL = "https://app.example/linkedin/callback"
SCOPES = ("r_ads", "rw_ads")
# One client for the member's browser and the auth clients of all tests: each new httpx client
# loads the system's CA certificates, which costs more than the requests of a test.
HTTP = httpx.Client(timeout=10)


def register(server: LinkedInTestServer) -> AuthClient:
    """Register the application; an AuthClient of it pointed at the server."""
    server.register_app(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL)
    return AuthClient(
        CLIENT_ID, CLIENT_SECRET, REDIRECT_URL, base_url=server.oauth_base_url, http_client=HTTP
    )


def async_auth(server: LinkedInTestServer) -> AsyncAuthClient:
    return AsyncAuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL, base_url=server.oauth_base_url)


def consent(url: str, state: str | None = None) -> str:
    """What the member's browser does: open the authorization URL, return the redirect's code."""
    answer = HTTP.get(url)
    assert answer.status_code == 302, answer.text
    location = answer.headers["location"]
    assert location.startswith(REDIRECT_URL + "?")
    query = parse_qs(urlsplit(location).query)
    assert query.get("state") == ([state] if state is not None else None)
    return query["code"][0]


def member_token(auth: AuthClient) -> Token:
    """A 3-legged token with a refresh token, through the authorization-code flow."""
    return auth.exchange_code(consent(auth.authorization_url(SCOPES, state="s"), "s"))


def count(server: LinkedInTestServer, fragment: str) -> int:
    """How many requests the server received whose path and body mention ``fragment``."""
    return sum(
        1
        for request in server.requests
        if fragment in request.path or fragment.encode() in request.body
    )
