"""linkedin_marketing.auth: AuthClient and AsyncAuthClient against the local server's OAuth."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from linkedin_marketing.auth import (
    OAUTH_BASE_URL,
    AsyncAuthClient,
    AuthClient,
    AuthError,
    Introspection,
    RefreshingToken,
    Token,
)
from linkedin_marketing.errors import TransportError
from linkedin_marketing.testing import LinkedInTestServer, available_versions

from tests.e2e.oauth import CLIENT_ID, CLIENT_SECRET, REDIRECT_URL, consent, register

DAY = timedelta(days=1)


@pytest.fixture
def server() -> Iterator[LinkedInTestServer]:
    with LinkedInTestServer(available_versions()[-1]) as running:
        yield running


def close_to(value: datetime | None, expected: datetime) -> bool:
    return value is not None and abs(value - expected) < timedelta(seconds=30)


def test_authorization_url_is_linkedins() -> None:
    auth = AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL)
    url = urlsplit(auth.authorization_url(["r_ads", "rw_ads"], state="a b&c"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == OAUTH_BASE_URL + "/authorization"
    assert parse_qs(url.query) == {
        "response_type": ["code"],
        "client_id": [CLIENT_ID],
        "redirect_uri": [REDIRECT_URL],
        "scope": ["r_ads rw_ads"],
        "state": ["a b&c"],
    }
    assert "scope=r_ads%20rw_ads" in url.query
    assert "state" not in auth.authorization_url(["r_ads"])


def test_the_flows_that_need_a_redirect_url_or_scopes_say_so() -> None:
    auth = AuthClient(CLIENT_ID, CLIENT_SECRET)
    with pytest.raises(ValueError, match="redirect_url"):
        auth.authorization_url(["r_ads"])
    with pytest.raises(ValueError, match="redirect_url"):
        auth.exchange_code("a-code")
    with pytest.raises(ValueError, match="scope"):
        AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT_URL).authorization_url([])
    with pytest.raises(ValueError, match="client_secret"):
        AuthClient(CLIENT_ID, "")


def test_the_token_lifecycle(server: LinkedInTestServer) -> None:
    auth = register(server)
    now = datetime.now(UTC)
    token = auth.exchange_code(consent(auth.authorization_url(["r_ads", "rw_ads"])))
    assert token.scopes == ("r_ads", "rw_ads")
    assert close_to(token.expires_at, now + 60 * DAY)
    assert close_to(token.refresh_token_expires_at, now + 365 * DAY)
    assert not token.expires_within(timedelta(days=59))
    assert token.expires_within(timedelta(days=61))

    info = auth.introspect(token.access_token)
    assert info == Introspection(
        active=True,
        status="active",
        client_id=CLIENT_ID,
        auth_type="3L",
        scopes=("r_ads", "rw_ads"),
        created_at=info.created_at,
        authorized_at=info.authorized_at,
        expires_at=info.expires_at,
    )
    assert close_to(info.created_at, now)
    assert close_to(info.expires_at, now + 60 * DAY)

    assert token.refresh_token is not None
    refreshed = auth.refresh(token.refresh_token)
    assert refreshed.access_token != token.access_token
    assert refreshed.refresh_token == token.refresh_token
    assert close_to(refreshed.refresh_token_expires_at, now + 365 * DAY)

    server.expire_access_tokens()
    assert (auth.introspect(token.access_token).active, auth.introspect("x").active) == (
        False,
        False,
    )
    assert auth.introspect(token.access_token).status == "expired"

    application = auth.client_credentials()
    assert (application.refresh_token, application.scopes) == (None, ())
    assert auth.introspect(application.access_token).auth_type == "2L"


def test_the_async_client_does_the_same(server: LinkedInTestServer) -> None:
    register(server)

    async def scenario() -> tuple[Token, Token, Introspection, Token]:
        async with AsyncAuthClient(
            CLIENT_ID, CLIENT_SECRET, REDIRECT_URL, base_url=server.oauth_base_url
        ) as auth:
            url = auth.authorization_url(["rw_ads"], state="s")
            code = await asyncio.to_thread(consent, url, "s")
            token = await auth.exchange_code(code)
            assert token.refresh_token is not None
            refreshed = await auth.refresh(token.refresh_token)
            return (
                token,
                refreshed,
                await auth.introspect(refreshed.access_token),
                (await auth.client_credentials()),
            )

    token, refreshed, info, application = asyncio.run(scenario())
    assert token.scopes == refreshed.scopes == info.scopes == ("rw_ads",)
    assert (info.active, info.auth_type) == (True, "3L")
    assert application.refresh_token is None


def test_oauth_errors_carry_linkedins_code(server: LinkedInTestServer) -> None:
    auth = register(server)
    code = consent(auth.authorization_url(["r_ads"]))
    auth.exchange_code(code)
    with pytest.raises(AuthError) as used:
        auth.exchange_code(code)
    assert (used.value.error, used.value.status) == ("invalid_request", 400)
    assert used.value.request_url == server.oauth_base_url + "/accessToken"
    assert used.value.description and "authorization code" in used.value.description

    impostor = AuthClient(CLIENT_ID, "wrong-secret", base_url=server.oauth_base_url)
    with pytest.raises(AuthError) as refused:
        impostor.client_credentials()
    assert (refused.value.error, refused.value.status) == ("invalid_client", 401)
    with pytest.raises(AuthError, match="invalid_client"):
        asyncio.run(
            AsyncAuthClient(CLIENT_ID, "wrong", base_url=server.oauth_base_url).introspect(
                "a-token"
            )
        )


SECRETS = (CLIENT_SECRET, "the-code-value", "the-refresh-token", "the-access-token")


def echoing(request: httpx.Request) -> httpx.Response:
    """An OAuth server that quotes what it received in its error."""
    form = request.read().decode()
    return httpx.Response(
        400, json={"error": "invalid_request", "error_description": f"cannot use {form}"}
    )


def test_secrets_never_reach_errors_or_reprs() -> None:
    auth = AuthClient(
        CLIENT_ID, CLIENT_SECRET, REDIRECT_URL, transport=httpx.MockTransport(echoing)
    )
    calls = [
        lambda: auth.exchange_code("the-code-value"),
        lambda: auth.refresh("the-refresh-token"),
        lambda: auth.introspect("the-access-token"),
        auth.client_credentials,
    ]
    for call in calls:
        with pytest.raises(AuthError) as info:
            call()
        assert "[REDACTED]" in str(info.value)
        for secret in SECRETS:
            assert secret not in str(info.value)
            assert secret not in repr(info.value.description)

    token = Token("the-access-token", datetime.now(UTC), "the-refresh-token", None, ("r_ads",))
    shown = repr(auth) + repr(token) + repr(AsyncAuthClient(CLIENT_ID, CLIENT_SECRET))
    assert CLIENT_ID in shown
    for secret in SECRETS:
        assert secret not in shown


def test_unreadable_answers_and_connection_errors_are_typed() -> None:
    def not_json(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad gateway</html>")

    auth = AuthClient(CLIENT_ID, CLIENT_SECRET, transport=httpx.MockTransport(not_json))
    with pytest.raises(AuthError) as info:
        auth.client_credentials()
    assert (info.value.error, info.value.status) == ("http_502", 502)

    no_token = AuthClient(
        CLIENT_ID,
        CLIENT_SECRET,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})),
    )
    with pytest.raises(AuthError, match="invalid_response"):
        no_token.client_credentials()

    nowhere = AuthClient(CLIENT_ID, CLIENT_SECRET, base_url="http://127.0.0.1:9/oauth/v2")
    with pytest.raises(TransportError) as failed:
        nowhere.refresh("the-refresh-token")
    assert "the-refresh-token" not in str(failed.value)
    assert CLIENT_SECRET not in str(failed.value)


def test_a_refresh_answer_without_refresh_token_or_scope_keeps_the_previous_ones() -> None:
    answers = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"access_token": "new", "expires_in": 3600})
    )
    stored: list[Token] = []
    first = Token("old", datetime.now(UTC), "the-refresh-token", datetime.now(UTC) + DAY, ("a",))
    token = RefreshingToken(
        AuthClient(CLIENT_ID, CLIENT_SECRET, transport=answers), first, on_refresh=stored.append
    )
    assert token.access_token() == "new"  # expired: refreshed before use
    assert token.token == stored[0]
    assert (token.token.refresh_token, token.token.scopes) == ("the-refresh-token", ("a",))
    assert token.token.refresh_token_expires_at == first.refresh_token_expires_at
    assert token.refresh_expired("some-older-token") == "new"  # replaced already: no refresh
    assert len(stored) == 1
